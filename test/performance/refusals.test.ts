import { describe, expect, it } from 'vitest';
import { explain, issueText } from '../../src/index.js';
import { capaianSkp, penilaianKinerja } from '../../src/performance/index.js';
import { thrownIssues } from '../input-issues.js';

// Impossible records the performance rules used to decide, reproduced before they were fixed.

const kegiatan = (over: Record<string, unknown> = {}) => ({
  kuantitas: { target: 1, realisasi: 1 },
  kualitas: { realisasi: 90 },
  waktu: { target: 12, realisasi: 12 },
  ...over,
});

describe('capaianSkp: an aspect score never goes below 0 (Perka BKN 1/2013 Lampiran)', () => {
  it('10× the budget spent: the biaya aspect scores 0, not −824, and the nilai SKP is 66.50, not −139.50', () => {
    const d = capaianSkp({ kegiatan: [kegiatan({ biaya: { target: 1_000_000, realisasi: 10_000_000 } })] });
    expect(d.value.kegiatan[0]).toMatchObject({ biaya: '0.00', penghitungan: '266.00', jumlahAspek: 4, nilaiCapaian: '66.50' });
    expect(d.value.nilaiSkp).toBe('66.50');
    expect(d.value.sebutan).toBe('CUKUP');
    const clamp = d.reasons.find((r) => r.code === 'performance.capaianSkp.aspekNol');
    expect(clamp).toMatchObject({
      outcome: 'INFO',
      citations: [{ regulation: 'PERKA_BKN_1_2013', annex: 'Lampiran (penilaian SKP)' }],
      facts: { nomor: 1, aspek: 'BIAYA', target: '1000000', realisasi: '10000000', nilaiRumus: '-824.00' },
    });
    expect(explain(d, 'id')).toContain(
      '• Kegiatan 1: rumus aspek biaya menghasilkan -824,00 karena realisasi 10000000 melebihi 176% dari target 1000000; nilai aspek paling rendah 0, sehingga dihitung 0 (Perka BKN 1/2013 Lampiran (penilaian SKP))',
    );
    expect(explain(d, 'en')).toContain(
      '• Activity 1: the cost formula gives -824.00 because the realisation 10000000 exceeds 176% of the target 1000000; an aspect score is at least 0, so it counts as 0 (Perka BKN 1/2013 Lampiran (penilaian SKP))',
    );
  });

  it('twice the planned time: the waktu aspect scores 0, not −24', () => {
    const d = capaianSkp({ kegiatan: [kegiatan({ waktu: { target: 6, realisasi: 12 } })] });
    expect(d.value.kegiatan[0]).toMatchObject({ waktu: '0.00', penghitungan: '190.00', nilaiCapaian: '63.33' });
    expect(d.reasons.filter((r) => r.code === 'performance.capaianSkp.aspekNol').map((r) => r.facts['aspek'])).toEqual(['WAKTU']);
  });

  it('at exactly 176 % the formula itself gives 0, and no clamp is reported', () => {
    const d = capaianSkp({ kegiatan: [kegiatan({ waktu: { target: 100, realisasi: 176 } })] });
    expect(d.value.kegiatan[0]!.waktu).toBe('0.00');
    expect(d.reasons.some((r) => r.code === 'performance.capaianSkp.aspekNol')).toBe(false);
  });
});

describe('penilaianKinerja: the regime part is strict, with the paths of the whole input', () => {
  const options = { asOf: '2024-12-31' };
  const input = { metode: 'PERMENPANRB_6_2022', hasilKerja: 'SESUAI_EKSPEKTASI', perilakuKerja: 'SESUAI_EKSPEKTASI' };

  it('a misspelt field of the regime is refused with a suggestion, in both languages', () => {
    const { perilakuKerja, ...rest } = input;
    const issues = thrownIssues(() => penilaianKinerja({ ...rest, perilakuKerjaa: perilakuKerja } as never, options));
    const typo = issues.find((i) => i.path.join('.') === 'perilakuKerjaa')!;
    expect(typo.code).toBe('unknown_key');
    expect(issueText(typo, 'en')).toBe('is not a field of this input; did you mean "perilakuKerja"?');
    expect(issueText(typo, 'id')).toBe('bukan kolom masukan ini; mungkin maksudnya "perilakuKerja"?');
  });

  it('a misspelt metode is refused with a suggestion', () => {
    const { metode, ...rest } = input;
    const issues = thrownIssues(() => penilaianKinerja({ ...rest, metod: metode } as never, options));
    expect(issues.find((i) => i.path.join('.') === 'metod')).toMatchObject({
      code: 'unknown_key',
      message: 'is not a field of this input; did you mean "metode"?',
    });
  });

  it('a nested misspelt field names its full path', () => {
    const pp46 = {
      metode: 'PP_46_2011',
      nilaiSkp: 90,
      perilaku: { orientasiPelayanan: 80, integritas: 80, komitmen: 80, disiplin: 80, kerjaSama: 80, kepemimpinn: 80 },
    };
    const issues = thrownIssues(() => penilaianKinerja(pp46 as never, { asOf: '2019-12-31' }));
    expect(issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['perilaku.kepemimpinn', 'is not a field of this input; did you mean "kepemimpinan"?'],
    ]);
  });

  it("a field of another regime's input is refused there", () => {
    const issues = thrownIssues(() => penilaianKinerja({ ...input, nilaiSkp: 90 } as never, options));
    expect(issues.map((i) => [i.path, i.code])).toEqual([[['nilaiSkp'], 'unknown_key']]);
  });

  it('identification carried along is accepted when the caller names it (ignoreKeys), and refused otherwise', () => {
    const carried = { ...input, nip: '199001012020121001' };
    expect(thrownIssues(() => penilaianKinerja(carried as never, options)).map((i) => i.path)).toEqual([['nip']]);
    expect(penilaianKinerja(carried as never, options, { ignoreKeys: ['nip'] }).value).toEqual(
      penilaianKinerja(input as never, options).value,
    );
  });

  it('a misspelt setting of the regime is refused under options.settings', () => {
    const issues = thrownIssues(() =>
      penilaianKinerja(
        { metode: 'PP_30_2019', nilaiSkp: 60, nilaiPerilaku: 60, bobot: '70_30' },
        { asOf: '2021-12-31', settings: { batasSangatKurng: 40 } },
      ),
    );
    expect(issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['options.settings.batasSangatKurng', 'is not a setting of this rule; did you mean "batasSangatKurang"?'],
    ]);
  });

  it('a metode that is not the regime in force is refused in both languages', () => {
    const issues = thrownIssues(() => penilaianKinerja({ ...input, metode: 'PP_30_2019' } as never, options));
    expect(issues).toEqual([
      {
        path: ['metode'],
        message: 'the appraisal period of 2024-12-31 is assessed under PERMENPANRB_6_2022, not PP_30_2019',
        text: {
          en: 'the appraisal period of 2024-12-31 is assessed under PERMENPANRB_6_2022, not PP_30_2019',
          id: 'periode penilaian 2024-12-31 dinilai menurut PERMENPANRB_6_2022, bukan PP_30_2019',
        },
        code: 'contradiction',
      },
    ]);
  });
});
