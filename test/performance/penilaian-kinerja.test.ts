import { describe, expect, it } from 'vitest';
import { explain, MeritInputError, RuleNotInForceError } from '../../src/index.js';
import { penilaianKinerja } from '../../src/performance/index.js';

const pp46 = { metode: 'PP_46_2011', nilaiSkp: 90, perilaku: { orientasiPelayanan: 80, integritas: 80, komitmen: 80, disiplin: 80, kerjaSama: 80 } } as const;
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
    expect(d.value.predikat).toBe(predikat);
    expect(d.reasons[0]?.code).toMatch(/^performance.penilaianKinerja.rezim/);
    expect(explain(d, 'en').length).toBe(d.reasons.length);
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
    const d = penilaianKinerja({ ...pp30, nilaiSkp: 55, nilaiPerilaku: 55 }, { asOf: '2021-12-31', settings: { batasSangatKurang: 60 } });
    expect(d.value.predikat).toBe('SANGAT_KURANG');
    expect(() => penilaianKinerja(p622, {} as never)).toThrow(/asOf/);
  });
});
