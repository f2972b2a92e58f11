import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkBandTable, Decimal, MeritInputError } from '../../src/index.js';
import { bandsPp30, nilaiKinerjaPp30, PREDIKAT_PP30, rankOf } from '../../src/performance/index.js';

const at = (n: string | number, inovasi = false) =>
  nilaiKinerjaPp30({ nilaiSkp: n, nilaiPerilaku: n, bobot: '70_30', inovasi }).value.predikat;

describe('nilaiKinerjaPp30 (PP 30/2019 Pasal 41)', () => {
  it('weights 70/30 and 60/40 exactly', () => {
    expect(nilaiKinerjaPp30({ nilaiSkp: 100, nilaiPerilaku: 80, bobot: '70_30' }).value.nilai).toBe('94');
    expect(nilaiKinerjaPp30({ nilaiSkp: 100, nilaiPerilaku: 80, bobot: '60_40' }).value.nilai).toBe('92');
    expect(nilaiKinerjaPp30({ nilaiSkp: '0.1', nilaiPerilaku: '0.2', bobot: '70_30' }).value.nilai).toBe('0.13');
  });

  it.each([
    ['120', true, 'SANGAT_BAIK'],
    ['110', true, 'SANGAT_BAIK'],
    ['109.99', true, 'BAIK'],
    ['120', false, 'BAIK'],
    ['110', false, 'BAIK'],
    ['90', false, 'BAIK'],
    ['89.99', false, 'CUKUP'],
    ['70', false, 'CUKUP'],
    ['69.99', false, 'KURANG'],
    ['50', false, 'KURANG'],
    ['49.99', false, 'SANGAT_KURANG'],
    ['0', false, 'SANGAT_KURANG'],
  ])('nilai %s (inovasi %s) → %s', (n, inovasi, expected) => {
    expect(at(n, inovasi)).toBe(expected);
  });

  it('moves the Kurang / Sangat Kurang boundary by setting', () => {
    const d = nilaiKinerjaPp30({ nilaiSkp: 55, nilaiPerilaku: 55, bobot: '70_30' }, { batasSangatKurang: 60 });
    expect(d.value.predikat).toBe('SANGAT_KURANG');
    expect(() => nilaiKinerjaPp30({ nilaiSkp: 55, nilaiPerilaku: 55, bobot: '70_30' }, { batasSangatKurang: 75 })).toThrow(MeritInputError);
  });

  it('band tables have no gaps or overlaps over 0–120 for any boundary setting', () => {
    for (const b of ['0.01', '30', '50', '69.99', '70']) {
      const bands = bandsPp30(new Decimal(b)).filter((band) => !(band.min && band.max && new Decimal(band.min.at).equals(band.max.at)));
      expect(checkBandTable(bands, { min: 0, max: 120 }), b).toEqual([]);
    }
  });

  it('rejects scores outside 0–120 and unknown weights', () => {
    expect(() => nilaiKinerjaPp30({ nilaiSkp: 120.5, nilaiPerilaku: 0, bobot: '70_30' })).toThrow(/nilaiSkp/);
    expect(() => nilaiKinerjaPp30({ nilaiSkp: 10, nilaiPerilaku: -1, bobot: '70_30' })).toThrow(/nilaiPerilaku/);
    expect(() => nilaiKinerjaPp30({ nilaiSkp: 10, nilaiPerilaku: 10, bobot: '50_50' as never })).toThrow(/bobot/);
    expect(() => nilaiKinerjaPp30({ nilaiSkp: NaN, nilaiPerilaku: 10, bobot: '70_30' })).toThrow(MeritInputError);
  });

  it('property: a higher score never gives a lower predikat; innovation never lowers it', () => {
    const score = fc.integer({ min: 0, max: 12000 }).map((n) => new Decimal(n).dividedBy(100).toString());
    fc.assert(
      fc.property(
        score,
        score,
        score,
        score,
        fc.constantFrom('70_30' as const, '60_40' as const),
        fc.boolean(),
        (a, b, c, d, bobot, inovasi) => {
          const lo = nilaiKinerjaPp30({
            nilaiSkp: Decimal.min(a, c).toString(),
            nilaiPerilaku: Decimal.min(b, d).toString(),
            bobot,
            inovasi,
          }).value;
          const hi = nilaiKinerjaPp30({
            nilaiSkp: Decimal.max(a, c).toString(),
            nilaiPerilaku: Decimal.max(b, d).toString(),
            bobot,
            inovasi,
          }).value;
          expect(new Decimal(hi.nilai).greaterThanOrEqualTo(lo.nilai)).toBe(true);
          expect(rankOf(PREDIKAT_PP30, hi.predikat)).toBeLessThanOrEqual(rankOf(PREDIKAT_PP30, lo.predikat));
          const withInnovation = nilaiKinerjaPp30({ nilaiSkp: a, nilaiPerilaku: b, bobot, inovasi: true }).value.predikat;
          const without = nilaiKinerjaPp30({ nilaiSkp: a, nilaiPerilaku: b, bobot, inovasi: false }).value.predikat;
          expect(rankOf(PREDIKAT_PP30, withInnovation)).toBeLessThanOrEqual(rankOf(PREDIKAT_PP30, without));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('nilaiKinerjaPp30: each predikat cites its letter of Pasal 41 ayat (5)', () => {
  const cited = (nilai: string, inovasi = false) =>
    nilaiKinerjaPp30({ nilaiSkp: nilai, nilaiPerilaku: nilai, bobot: '70_30', inovasi })
      .reasons.slice(1)
      .map((r) => [r.code.split('.').at(-1), r.citations.map((c) => c.article)]);

  it.each([
    ['110', true, [['sangatBaik', ['Pasal 41 ayat (5) huruf a']]]],
    [
      '110',
      false,
      [
        ['tanpaInovasi', ['Pasal 41 ayat (5) huruf a angka 2']],
        ['rentang', ['Pasal 41 ayat (5) huruf b']],
      ],
    ],
    ['90', false, [['rentang', ['Pasal 41 ayat (5) huruf b']]]],
    ['89.99', false, [['rentang', ['Pasal 41 ayat (5) huruf c']]]],
    ['70', false, [['rentang', ['Pasal 41 ayat (5) huruf c']]]],
    ['69.99', false, [['rentang', ['Pasal 41 ayat (5) huruf d']]]],
    ['50', false, [['rentang', ['Pasal 41 ayat (5) huruf d']]]],
    ['49.99', false, [['rentang', ['Pasal 41 ayat (5) huruf e']]]],
  ] as const)('nilai %s (inovasi %s) → %j', (nilai, inovasi, expected) => {
    expect(cited(nilai, inovasi)).toEqual(expected);
  });
});
