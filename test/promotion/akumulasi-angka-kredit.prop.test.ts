import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths, endOfMonth, isoDate } from '../../src/core/calendar.js';
import { Decimal } from '../../src/core/decimal.js';
import { akumulasiAngkaKredit, angkaKreditKonversi, JENJANG_JABATAN_FUNGSIONAL, JENJANG_JF } from '../../src/promotion/index.js';
import { arbPredikat } from './arbitraries.js';

const arbJenjang = fc.constantFrom(...JENJANG_JF);

describe('angka kredit properties', () => {
  it('AKK is additive over periods: splitting a period changes nothing', () => {
    fc.assert(
      fc.property(arbJenjang, arbPredikat, fc.integer({ min: 2, max: 36 }), fc.integer({ min: 1, max: 35 }), (jenjang, predikat, n, k0) => {
        const k = 1 + (k0 % (n - 1));
        const golongan = JENJANG_JABATAN_FUNGSIONAL[jenjang].golongan[0]!;
        const dari = isoDate(2023, 1, 1);
        const sampai = endOfMonth(addMonths(dari, n - 1));
        const whole = akumulasiAngkaKredit({ jenjang, golongan, periode: [{ dari, sampai, predikat }] }).value;
        const split = akumulasiAngkaKredit({
          jenjang,
          golongan,
          periode: [
            { dari, sampai: endOfMonth(addMonths(dari, k - 1)), predikat },
            { dari: addMonths(dari, k), sampai, predikat },
          ],
        }).value;
        expect(split.akk).toBe(whole.akk);
        expect(split.memenuhiKenaikanPangkat).toBe(whole.memenuhiKenaikanPangkat);
      }),
      { numRuns: 200 },
    );
  });

  it('AKK equals the sum of the periods converted separately plus the other components', () => {
    fc.assert(
      fc.property(arbJenjang, fc.array(arbPredikat, { minLength: 0, maxLength: 5 }), fc.integer({ min: 0, max: 300 }), (jenjang, predikats, dasar) => {
        const golongan = JENJANG_JABATAN_FUNGSIONAL[jenjang].golongan[0]!;
        const periode = predikats.map((predikat, i) => ({ dari: isoDate(2023 + i, 1, 1), sampai: isoDate(2023 + i, 12, 31), predikat }));
        const v = akumulasiAngkaKredit({ jenjang, golongan, periode, akDasar: dasar }).value;
        const sum = predikats.reduce((s, predikat) => s.plus(angkaKreditKonversi({ jenjang, predikat }).value.angkaKredit), new Decimal(dasar));
        expect(v.akk).toBe(sum.toFixed());
      }),
      { numRuns: 200 },
    );
  });

  it('a better predikat never lowers the AK and never turns a met threshold into unmet', () => {
    fc.assert(
      fc.property(arbJenjang, fc.integer({ min: 1, max: 60 }), fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 4 }), (jenjang, bulan, a, b) => {
        const PRED = ['SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG'] as const;
        const [hi, lo] = [PRED[Math.min(a, b)], PRED[Math.max(a, b)]];
        const golongan = JENJANG_JABATAN_FUNGSIONAL[jenjang].golongan[0]!;
        const p = (predikat: (typeof PRED)[number]) =>
          akumulasiAngkaKredit({ jenjang, golongan, periode: [{ dari: '2023-01-01', sampai: endOfMonth(addMonths('2023-01-01', bulan - 1)), predikat }] }).value;
        const better = p(hi!);
        const worse = p(lo!);
        expect(new Decimal(better.akk).greaterThanOrEqualTo(worse.akk)).toBe(true);
        if (worse.memenuhiKenaikanPangkat) expect(better.memenuhiKenaikanPangkat).toBe(true);
        if (worse.memenuhiKenaikanJenjang) expect(better.memenuhiKenaikanJenjang).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('the projected month is the first one that meets the KP threshold', () => {
    fc.assert(
      fc.property(arbJenjang, arbPredikat, fc.integer({ min: 1, max: 24 }), (jenjang, predikat, bulan) => {
        const golongan = JENJANG_JABATAN_FUNGSIONAL[jenjang].golongan[0]!;
        const dari = '2023-01-01';
        const v = akumulasiAngkaKredit({ jenjang, golongan, periode: [{ dari, sampai: endOfMonth(addMonths(dari, bulan - 1)), predikat }] }).value;
        fc.pre(!v.memenuhiKenaikanPangkat && v.bulanKekurangan !== null);
        const at = (m: number) =>
          akumulasiAngkaKredit({ jenjang, golongan, periode: [{ dari, sampai: endOfMonth(addMonths(dari, bulan + m - 1)), predikat }] }).value;
        const met = at(v.bulanKekurangan!);
        expect(met.memenuhiKenaikanPangkat).toBe(true);
        expect(endOfMonth(addMonths(dari, bulan + v.bulanKekurangan! - 1))).toBe(v.tanggalPalingCepat);
        if (v.bulanKekurangan! > 1) expect(at(v.bulanKekurangan! - 1).memenuhiKenaikanPangkat).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});
