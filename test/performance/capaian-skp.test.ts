import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal, explain, MeritInputError } from '../../src/index.js';
import { capaianSkp, nilaiEfisiensi, rankOf, SEBUTAN_PP46 } from '../../src/performance/index.js';
import { issuesOf, issueMessagesOf } from '../input-issues.js';
import { citedLines, reasonLines } from '../explain/lines.js';

const d = (v: string | number) => new Decimal(v);
const kegiatan = (over: Record<string, unknown> = {}) => ({
  kuantitas: { target: 1, realisasi: 1 },
  kualitas: { realisasi: 90 },
  waktu: { target: 12, realisasi: 12 },
  ...over,
});

describe('waktu / biaya efficiency formula (Perka BKN 1/2013)', () => {
  it.each([
    // [target, realisasi, efisiensi, nilai]
    [12, 12, '0.00', '76.00'], // T1
    [5, 4, '20.00', '96.00'], // T2
    [5000000, 3800000, '24.00', '100.00'], // T5: exactly 24% uses the plain formula
    [12, 6, '50.00', '50.00'], // > 24%: 76 − (126 − 100)
    [100, 75, '25.00', '75.00'], // just over the threshold: 76 − (101 − 100)
    [12, 13, '-8.33', '67.67'], // late: (21.12 − 13) / 12 × 100
  ])('target %s realisasi %s → efisiensi %s%%, nilai %s', (t, r, e, n) => {
    const out = nilaiEfisiensi(d(t), d(r));
    expect(out.efisiensi.toFixed(2)).toBe(e);
    expect(out.nilai.toFixed(2)).toBe(n);
  });

  it('the threshold is inclusive: 24% → 100, 24.01% → 75.99', () => {
    expect(nilaiEfisiensi(d(10000), d(7600)).nilai.toString()).toBe('100');
    expect(nilaiEfisiensi(d(10000), d(7599)).nilai.toString()).toBe('75.99');
  });
});

describe('capaianSkp', () => {
  it('averages kegiatan and adds tugas tambahan and kreativitas', () => {
    const v = capaianSkp({
      kegiatan: [kegiatan(), kegiatan({ kualitas: { realisasi: 100 }, waktu: { target: 5, realisasi: 4 } })],
      tugasTambahan: 4,
      kreativitas: 'UNIT_KERJA',
    }).value;
    // (88.666… + (100 + 100 + 96) / 3) / 2 = (88.666… + 98.666…) / 2 = 93.666…; + 2 + 3
    expect(v.kegiatan.map((k) => k.nilaiCapaian)).toEqual(['88.67', '98.67']);
    expect(v.rataRata).toBe('93.67');
    expect(v.nilaiTugasTambahan).toBe('2');
    expect(v.nilaiKreativitas).toBe('3');
    expect(v.nilaiSkp).toBe('98.67');
    expect(v.sebutan).toBe('SANGAT_BAIK');
  });

  it.each([
    [0, '0'],
    [1, '1'],
    [3, '1'],
    [4, '2'],
    [6, '2'],
    [7, '3'],
    [20, '3'],
  ])('tugas tambahan %i → %s', (n, nilai) => {
    expect(capaianSkp({ kegiatan: [kegiatan()], tugasTambahan: n }).value.nilaiTugasTambahan).toBe(nilai);
  });

  it('kreativitas values 3/6/12 are settings', () => {
    expect(capaianSkp({ kegiatan: [kegiatan()], kreativitas: 'NEGARA' }).value.nilaiKreativitas).toBe('12');
    expect(capaianSkp({ kegiatan: [kegiatan()], kreativitas: 'ORGANISASI' }).value.nilaiKreativitas).toBe('6');
    const custom = capaianSkp(
      { kegiatan: [kegiatan()], kreativitas: 'NEGARA' },
      { nilaiKreativitas: { UNIT_KERJA: 1, ORGANISASI: 2, NEGARA: 4 } },
    );
    expect(custom.value.nilaiKreativitas).toBe('4');
  });

  it('truncates instead of rounding when configured (88,66 in one published example)', () => {
    expect(capaianSkp({ kegiatan: [kegiatan()] }, { pembulatan: 'DOWN' }).value.nilaiSkp).toBe('88.66');
  });

  it('a kegiatan not carried out at all scores 0', () => {
    const v = capaianSkp({
      kegiatan: [kegiatan({ kuantitas: { target: 1, realisasi: 0 }, kualitas: { realisasi: 0 }, waktu: { target: 12, realisasi: 0 } })],
    }).value;
    expect(v.nilaiSkp).toBe('0.00');
    expect(v.sebutan).toBe('BURUK');
  });

  it('rejects zero targets, empty lists and quality above 100', () => {
    expect(() => capaianSkp({ kegiatan: [kegiatan({ waktu: { target: 0, realisasi: 1 } })] })).toThrow(/kegiatan\[0\]\.waktu\.target/);
    expect(() => capaianSkp({ kegiatan: [] })).toThrow(MeritInputError);
    expect(() => capaianSkp({ kegiatan: [kegiatan({ kualitas: { realisasi: 101 } })] })).toThrow(/kualitas\.realisasi/);
  });

  it('property: more output (kuantitas) never lowers the nilai SKP', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100 }), fc.integer({ min: 0, max: 150 }), fc.integer({ min: 0, max: 150 }), (t, r1, r2) => {
        const lo = capaianSkp({ kegiatan: [kegiatan({ kuantitas: { target: t, realisasi: Math.min(r1, r2) } })] }).value;
        const hi = capaianSkp({ kegiatan: [kegiatan({ kuantitas: { target: t, realisasi: Math.max(r1, r2) } })] }).value;
        expect(d(hi.nilaiSkp).greaterThanOrEqualTo(lo.nilaiSkp)).toBe(true);
        expect(rankOf(SEBUTAN_PP46, hi.sebutan)).toBeLessThanOrEqual(rankOf(SEBUTAN_PP46, lo.sebutan));
      }),
    );
  });
});

describe('capaianSkp: targets and added values are validated at their bounds (Perka BKN 1/2013)', () => {
  it('a target of kuantitas, waktu or biaya must be greater than 0 (the formulas divide by it)', () => {
    expect(
      issuesOf(() =>
        capaianSkp({
          kegiatan: [
            kegiatan({ kuantitas: { target: 0, realisasi: 1 }, waktu: { target: 0, realisasi: 1 }, biaya: { target: 0, realisasi: 1 } }),
          ],
        }),
      ),
    ).toEqual([
      {
        path: ['kegiatan', 0, 'kuantitas', 'target'],
        message: 'target must be greater than 0',
        text: { en: 'target must be greater than 0', id: 'target harus lebih dari 0' },
        code: 'contradiction',
      },
      {
        path: ['kegiatan', 0, 'waktu', 'target'],
        message: 'target must be greater than 0',
        text: { en: 'target must be greater than 0', id: 'target harus lebih dari 0' },
        code: 'contradiction',
      },
      {
        path: ['kegiatan', 0, 'biaya', 'target'],
        message: 'target must be greater than 0',
        text: { en: 'target must be greater than 0', id: 'target harus lebih dari 0' },
        code: 'contradiction',
      },
    ]);
    // The smallest positive target is accepted: 0.01 done as planned scores 100 on kuantitas.
    expect(capaianSkp({ kegiatan: [kegiatan({ kuantitas: { target: '0.01', realisasi: '0.01' } })] }).value.kegiatan[0]!.kuantitas).toBe(
      '100.00',
    );
  });

  it('the kualitas target is a score in (0, 100], 100 unless given', () => {
    const mutu = (target: number | string) => capaianSkp({ kegiatan: [kegiatan({ kualitas: { target, realisasi: 45 } })] });
    expect(mutu(100).value.kegiatan[0]!.kualitas).toBe('45.00');
    expect(capaianSkp({ kegiatan: [kegiatan({ kualitas: { realisasi: 45 } })] }).value.kegiatan[0]!.kualitas).toBe('45.00');
    expect(mutu(50).value.kegiatan[0]!.kualitas).toBe('90.00');
    const path = ['kegiatan', 0, 'kualitas', 'target'];
    expect(issueMessagesOf(() => mutu('100.01'))).toEqual([{ path, message: '"100.01" is out of range; must be from 0 to 100' }]);
    expect(issuesOf(() => mutu(0))).toEqual([
      {
        path,
        message: 'target must be greater than 0',
        text: { en: 'target must be greater than 0', id: 'target harus lebih dari 0' },
        code: 'contradiction',
      },
    ]);
    expect(issueMessagesOf(() => mutu(-1))).toEqual([{ path, message: '-1 is out of range; must be from 0 to 100' }]);
  });

  it('the value of tugas tambahan set by an agency is within 0–100', () => {
    const run = (nilai: number | string) =>
      capaianSkp({ kegiatan: [kegiatan()], tugasTambahan: 2 }, { nilaiTugasTambahan: [{ minimal: 1, nilai }] });
    expect(run(100).value.nilaiTugasTambahan).toBe('100');
    expect(run(0).value.nilaiTugasTambahan).toBe('0');
    const path = ['options', 'nilaiTugasTambahan', 0, 'nilai'];
    expect(issueMessagesOf(() => run('100.01'))).toEqual([{ path, message: '"100.01" is out of range; must be from 0 to 100' }]);
    expect(issueMessagesOf(() => run('-0.01'))).toEqual([{ path, message: '"-0.01" is out of range; must be from 0 to 100' }]);
  });

  it('the values of kreativitas (unit kerja, organisasi, negara) set by an agency are within 0–100', () => {
    const settings = (v: Record<'UNIT_KERJA' | 'ORGANISASI' | 'NEGARA', number | string>) => ({ nilaiKreativitas: v });
    for (const k of ['UNIT_KERJA', 'ORGANISASI', 'NEGARA'] as const) {
      expect(
        capaianSkp({ kegiatan: [kegiatan()], kreativitas: k }, settings({ UNIT_KERJA: 100, ORGANISASI: 100, NEGARA: 100 })).value
          .nilaiKreativitas,
      ).toBe('100');
      expect(
        capaianSkp({ kegiatan: [kegiatan()], kreativitas: k }, settings({ UNIT_KERJA: 0, ORGANISASI: 0, NEGARA: 0 })).value
          .nilaiKreativitas,
      ).toBe('0');
    }
    const prefix = ['options', 'nilaiKreativitas'];
    expect(
      issueMessagesOf(() => capaianSkp({ kegiatan: [kegiatan()] }, settings({ UNIT_KERJA: '100.01', ORGANISASI: 101, NEGARA: 1000 }))),
    ).toEqual([
      { path: [...prefix, 'UNIT_KERJA'], message: '"100.01" is out of range; must be from 0 to 100' },
      { path: [...prefix, 'ORGANISASI'], message: '101 is out of range; must be from 0 to 100' },
      { path: [...prefix, 'NEGARA'], message: '1000 is out of range; must be from 0 to 100' },
    ]);
    expect(
      issueMessagesOf(() => capaianSkp({ kegiatan: [kegiatan()] }, settings({ UNIT_KERJA: -1, ORGANISASI: '-0.01', NEGARA: -12 }))),
    ).toEqual([
      { path: [...prefix, 'UNIT_KERJA'], message: '-1 is out of range; must be from 0 to 100' },
      { path: [...prefix, 'ORGANISASI'], message: '"-0.01" is out of range; must be from 0 to 100' },
      { path: [...prefix, 'NEGARA'], message: '-12 is out of range; must be from 0 to 100' },
    ]);
  });
});

// Impossible records the rule used to decide, reproduced before they were fixed.
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
    expect(citedLines(d, 'id')).toContain(
      'Catatan: Kegiatan 1: rumus aspek biaya menghasilkan -824,00 karena realisasi 10000000 melebihi 176% dari target 1000000; nilai aspek paling rendah 0, sehingga dihitung 0 (Perka BKN 1/2013 Lampiran (penilaian SKP))',
    );
    expect(citedLines(d, 'en')).toContain(
      'Note: Activity 1: the cost formula gives -824.00 because the realisation 10000000 exceeds 176% of the target 1000000; an aspect score is at least 0, so it counts as 0 (Perka BKN 1/2013 Lampiran (penilaian SKP))',
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

describe('capaianSkp: a kegiatan not carried out scores 0 on every aspect (setting kegiatanTidakTerlaksanaNol, preset true)', () => {
  const CITE_TIDAK_TERLAKSANA = [
    {
      regulation: 'PERKA_BKN_1_2013',
      unlocated:
        'A 2014 blog on the SKP waktu formulas (denganbasmalahakubisa.blogspot.com) says "Dalam hal kegiatan atau target tidak terlaksana, maka digunakan rumus" of its own but shows it only as an image; a public implementation scores every aspect 0 (I); the Lampiran text was not read',
    },
  ];

  it('realisasi kuantitas 0: kuantitas, kualitas, waktu and biaya all 0, with a reason that says why', () => {
    const d = capaianSkp({
      kegiatan: [
        kegiatan({
          nama: 'Rakor',
          kuantitas: { target: 2, realisasi: 0 },
          kualitas: { realisasi: 90 },
          biaya: { target: 1_000_000, realisasi: 500_000 },
        }),
      ],
    });
    expect(d.value.kegiatan[0]).toEqual({
      nama: 'Rakor',
      kuantitas: '0.00',
      kualitas: '0.00',
      waktu: '0.00',
      biaya: '0.00',
      penghitungan: '0.00',
      jumlahAspek: 4,
      nilaiCapaian: '0.00',
    });
    expect(d.value.nilaiSkp).toBe('0.00');
    expect(d.value.sebutan).toBe('BURUK');
    expect(d.reasons[0]).toEqual({
      rule: 'performance.capaianSkp',
      code: 'performance.capaianSkp.tidakTerlaksana',
      outcome: 'INFO',
      citations: CITE_TIDAK_TERLAKSANA,
      facts: { nomor: 1, nama: 'Rakor', targetKuantitas: '2', jumlahAspek: 4, nilaiCapaian: '0.00' },
    });
    expect(reasonLines(d, 'id')[0]).toMatchInlineSnapshot(
      `"Catatan: Kegiatan 1 (Rakor): realisasi kuantitas 0 dari target 2, kegiatan tidak terlaksana, sehingga setiap aspek (4 aspek, termasuk waktu dan biaya bila diukur) bernilai 0; nilai capaian 0,00 [1]"`,
    );
    expect(reasonLines(d, 'en')[0]).toMatchInlineSnapshot(
      `"Note: Activity 1 (Rakor): output realised 0 of the target 2, so the activity was not carried out and every aspect (4, time and cost included where measured) scores 0; achievement 0.00 [1]"`,
    );
  });

  it('boundary: realisasi 0 scores 0, the smallest positive realisasi (0.0001) scores every aspect by its formula', () => {
    const nol = capaianSkp({ kegiatan: [kegiatan({ kuantitas: { target: 1, realisasi: 0 } })] }).value.kegiatan[0]!;
    expect(nol).toMatchObject({ kuantitas: '0.00', kualitas: '0.00', waktu: '0.00', penghitungan: '0.00', nilaiCapaian: '0.00' });
    const d = capaianSkp({ kegiatan: [kegiatan({ kuantitas: { target: 1, realisasi: '0.0001' } })] });
    // 0.01 + 90 + 76 = 166.01; / 3 = 55.336…
    expect(d.value.kegiatan[0]).toMatchObject({
      kuantitas: '0.01',
      kualitas: '90.00',
      waktu: '76.00',
      penghitungan: '166.01',
      nilaiCapaian: '55.34',
    });
    expect(d.reasons.map((r) => r.code)).not.toContain('performance.capaianSkp.tidakTerlaksana');
  });

  it('one kegiatan not carried out counts 0 in the mean of the others', () => {
    const v = capaianSkp({ kegiatan: [kegiatan({ kuantitas: { target: 1, realisasi: 0 } }), kegiatan()] }).value;
    expect(v.kegiatan.map((k) => k.nilaiCapaian)).toEqual(['0.00', '88.67']);
    expect(v.rataRata).toBe('44.33');
  });

  it('with the setting off, waktu and biaya keep their formula scores (the behaviour of 0.1.0)', () => {
    const input = {
      kegiatan: [kegiatan({ kuantitas: { target: 1, realisasi: 0 }, kualitas: { realisasi: 0 }, biaya: { target: 100, realisasi: 100 } })],
    };
    const off = capaianSkp(input, { kegiatanTidakTerlaksanaNol: false });
    // (0 + 0 + 76 + 76) / 4 = 38
    expect(off.value.kegiatan[0]).toMatchObject({
      kuantitas: '0.00',
      kualitas: '0.00',
      waktu: '76.00',
      biaya: '76.00',
      nilaiCapaian: '38.00',
    });
    expect(off.value.sebutan).toBe('BURUK');
    expect(off.reasons.map((r) => r.code)).not.toContain('performance.capaianSkp.tidakTerlaksana');
    expect(capaianSkp(input).value.kegiatan[0]!.nilaiCapaian).toBe('0.00');
    // A kegiatan with no output and no time scores 0 either way (the > 24 % formula gives 76 − 76 = 0 for waktu).
    const both = {
      kegiatan: [kegiatan({ kuantitas: { target: 1, realisasi: 0 }, kualitas: { realisasi: 0 }, waktu: { target: 12, realisasi: 0 } })],
    };
    expect(capaianSkp(both, { kegiatanTidakTerlaksanaNol: false }).value.nilaiSkp).toBe('0.00');
    expect(capaianSkp(both).value.nilaiSkp).toBe('0.00');
  });

  it('the setting is a boolean', () => {
    expect(
      issuesOf(() => capaianSkp({ kegiatan: [kegiatan()] }, { kegiatanTidakTerlaksanaNol: 'ya' as never })).map((i) => i.path),
    ).toEqual([['options', 'kegiatanTidakTerlaksanaNol']]);
  });
});
