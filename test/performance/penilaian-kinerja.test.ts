import { describe, expect, it } from 'vitest';
import { safeParse } from 'zod/v4/core';
import { explain, issueText, MeritInputError, RuleNotInForceError } from '../../src/index.js';
import { penilaianKinerja, penilaianKinerjaOutput } from '../../src/performance/index.js';
import { issuesOf, thrownIssues, issueMessagesOf } from '../input-issues.js';
import { reasonLines } from '../explain/lines.js';

const pp46 = {
  metode: 'PP_46_2011',
  nilaiSkp: 90,
  perilaku: { orientasiPelayanan: 80, integritas: 80, komitmen: 80, disiplin: 80, kerjaSama: 80 },
} as const;
const pp30 = { metode: 'PP_30_2019', nilaiSkp: 100, nilaiPerilaku: 100, bobot: '70_30' } as const;
const p622 = { metode: 'PERMENPANRB_6_2022', hasilKerja: 'DI_ATAS_EKSPEKTASI', perilakuKerja: 'DI_ATAS_EKSPEKTASI' } as const;

describe('penilaianKinerja: the regime in force on asOf', () => {
  it.each([
    ['2014-01-01', pp46, 'BAIK'],
    ['2021-06-30', pp46, 'BAIK'],
    ['2021-07-01', pp30, 'BAIK'],
    ['2021-12-31', pp30, 'BAIK'],
    ['2022-01-01', p622, 'SANGAT_BAIK'],
    ['2026-11-23', p622, 'SANGAT_BAIK'],
  ] as const)('%s with %o', (asOf, input, predikat) => {
    const d = penilaianKinerja(input, { asOf });
    expect(d.value.rezim).toBe(input.metode);
    // versionOn reads asOf: the trace names the version row of the regime in force, each side of a change.
    expect(d.trace.version).toBe(input.metode);
    expect(d.value.predikat).toBe(predikat);
    expect(d.reasons[0]?.code).toMatch(/^performance.penilaianKinerja.rezim/);
    expect(reasonLines(d, 'en').every((l) => /^(Applies|Met|Not met|Note): /.test(l))).toBe(true);
  });

  it('refuses an input written for another regime, naming the one in force', () => {
    expect(() => penilaianKinerja(pp46, { asOf: '2021-07-01' })).toThrow(/assessed under PP_30_2019/);
    expect(() => penilaianKinerja(p622, { asOf: '2021-12-31' })).toThrow(MeritInputError);
    expect(() => penilaianKinerja(pp30, { asOf: '2022-01-01' })).toThrow(/PERMENPANRB_6_2022/);
  });

  it('has no regime before 2014 (DP-3 is not encoded)', () => {
    expect(() => penilaianKinerja(pp46, { asOf: '2013-12-31' })).toThrow(RuleNotInForceError);
  });

  it('validates the regime input and forwards settings', () => {
    expect(() => penilaianKinerja({ ...pp30, nilaiSkp: 130 }, { asOf: '2021-12-31' })).toThrow(/nilaiSkp/);
    const d = penilaianKinerja({ ...pp30, nilaiSkp: 55, nilaiPerilaku: 55 }, { asOf: '2021-12-31', batasSangatKurang: 60 });
    expect(d.value.predikat).toBe('SANGAT_KURANG');
    expect(() => penilaianKinerja(p622, {} as never)).toThrow(/asOf/);
  });
});

describe('penilaianKinerja: errors name the field, decisions match the output schema', () => {
  it('a wrong metode is reported on the field metode, with the regime in force', () => {
    expect(issuesOf(() => penilaianKinerja(pp46, { asOf: '2021-07-01' }))).toEqual([
      {
        path: ['metode'],
        message: 'the appraisal period of 2021-07-01 is assessed under PP_30_2019, not PP_46_2011',
        text: {
          en: 'the appraisal period of 2021-07-01 is assessed under PP_30_2019, not PP_46_2011',
          id: 'periode penilaian 2021-07-01 dinilai menurut PP_30_2019, bukan PP_46_2011',
        },
        code: 'contradiction',
      },
    ]);
  });

  it("errors in the regime's input keep their input path; errors in its settings are under options", () => {
    expect(issueMessagesOf(() => penilaianKinerja({ ...pp30, nilaiSkp: 'x' }, { asOf: '2021-12-31' }))).toEqual([
      {
        path: ['nilaiSkp'],
        message: '"x" is not a number that can be read; write digits with a decimal point and no thousands separator, e.g. 89.99',
      },
    ]);
    // PP 30/2019 Pasal 41: the Kurang / Sangat Kurang boundary is a setting between 0 and 70.
    expect(issueMessagesOf(() => penilaianKinerja(pp30, { asOf: '2021-12-31', batasSangatKurang: 71 }))).toEqual([
      { path: ['options', 'batasSangatKurang'], message: '71 is out of range; must be from 0 to 70' },
    ]);
    expect(issuesOf(() => penilaianKinerja(pp46, { asOf: '2020-12-31', desimal: 11 })).map((i) => i.path)).toEqual([
      ['options', 'desimal'],
    ]);
  });

  it.each([
    ['2020-12-31', pp46],
    ['2021-12-31', pp30],
    ['2024-12-31', p622],
  ] as const)('the decision for %s (%o) matches the output schema of its regime exactly', (asOf, input) => {
    const json = JSON.parse(JSON.stringify(penilaianKinerja(input, { asOf }).value));
    const parsed = safeParse(penilaianKinerjaOutput, json);
    expect(parsed.success).toBe(true);
    expect(parsed.data).toEqual(json);
    expect(json.rezim).toBe(input.metode);
  });

  it('PP 46/2011 (appraisals 2014 – semester I 2021): the predikat is the sebutan of nilai prestasi kerja', () => {
    const d = penilaianKinerja(pp46, { asOf: '2020-12-31' });
    expect(d.value).toEqual({
      rezim: 'PP_46_2011',
      predikat: 'BAIK',
      hasil: { nilaiSkp: '90.00', nilaiPerilaku: '80.00', sebutanPerilaku: 'BAIK', nilaiPrestasiKerja: '86.00', sebutan: 'BAIK' },
    });
    expect(d.reasons[0]).toEqual({
      rule: 'performance.penilaianKinerja',
      code: 'performance.penilaianKinerja.rezim',
      outcome: 'INFO',
      citations: [
        {
          regulation: 'PP_46_2011',
          unlocated:
            'Appraisals from 1 January 2014 (SE MenPANRB 02/2013, S) to semester I 2021 (Kemenkumham SE SEK-04.KP.05.02 Tahun 2021, B) follow PP 46/2011; the PP text was not read, so its in-force article is not known',
        },
        { regulation: 'PERKA_BKN_1_2013', annex: 'Lampiran' },
      ],
      facts: { asOf: '2020-12-31', rezim: 'PP_46_2011', berlakuMulai: '2014-01-01', berlakuSampai: '2021-07-01' },
    });
  });
});

describe('penilaianKinerja refuses settings the regime does not have', () => {
  const pp30 = { metode: 'PP_30_2019', nilaiSkp: 55, nilaiPerilaku: 55, bobot: '70_30' } as const;
  const pp30Options = { asOf: '2021-12-31' };

  it('a misspelt PP 30/2019 setting is refused, not replaced by its preset', () => {
    expect(() => penilaianKinerja(pp30, { ...pp30Options, batasSangatKurangg: 60 } as never)).toThrowError(
      expect.objectContaining({
        issues: [
          expect.objectContaining({
            path: ['options', 'batasSangatKurangg'],
            message: 'is not a setting of this rule; did you mean "batasSangatKurang"?',
          }),
        ],
      }),
    );
    // the spelled setting still applies: 55 is Sangat Kurang below 60 and Kurang with the preset 50
    expect(penilaianKinerja(pp30, { ...pp30Options, batasSangatKurang: 60 }).value.predikat).not.toBe(
      penilaianKinerja(pp30, pp30Options).value.predikat,
    );
  });

  it('the former settings wrapper is refused, whatever it holds; a setting the regime cannot read is refused', () => {
    for (const settings of [5, 'x', [], [1], null, {}, { batasSangatKurang: 60 }]) {
      expect(() => penilaianKinerja(pp30, { ...pp30Options, settings } as never), JSON.stringify(settings)).toThrowError(MeritInputError);
    }
    for (const batasSangatKurang of ['x', [], [1], null, 71]) {
      expect(() => penilaianKinerja(pp30, { ...pp30Options, batasSangatKurang }), JSON.stringify(batasSangatKurang)).toThrowError(
        MeritInputError,
      );
    }
  });

  it("a setting of another regime's rule is refused by the regime in force, at its path", () => {
    expect(issuesOf(() => penilaianKinerja(pp30, { ...pp30Options, desimal: 2 })).map((i) => i.path)).toEqual([['options', 'desimal']]);
  });

  it('the PermenPANRB 6/2022 regime has no settings: any setting is refused, no setting is not', () => {
    const input = { metode: 'PERMENPANRB_6_2022', hasilKerja: 'SESUAI_EKSPEKTASI', perilakuKerja: 'SESUAI_EKSPEKTASI' } as const;
    expect(() => penilaianKinerja(input, { asOf: '2023-12-31', anything: 1 } as never)).toThrowError(MeritInputError);
    expect(() => penilaianKinerja(input, { asOf: '2023-12-31', batasSangatKurang: 60 })).toThrowError(MeritInputError);
    expect(penilaianKinerja(input, { asOf: '2023-12-31' }).value.predikat).toBe('BAIK');
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

  it('a misspelt setting of the regime is refused under options', () => {
    const issues = thrownIssues(() =>
      penilaianKinerja({ metode: 'PP_30_2019', nilaiSkp: 60, nilaiPerilaku: 60, bobot: '70_30' }, {
        asOf: '2021-12-31',
        batasSangatKurng: 40,
      } as never),
    );
    expect(issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['options.batasSangatKurng', 'is not a setting of this rule; did you mean "batasSangatKurang"?'],
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
