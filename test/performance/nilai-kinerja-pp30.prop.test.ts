import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/decimal.js';
import { nilaiKinerjaPp30 } from '../../src/performance/index.js';

const RUNS = { numRuns: 100 };

describe('nilaiKinerjaPp30: exact numbers', () => {
  it('the weighted score is the exact decimal of the inputs (number inputs read through their shortest string)', () => {
    const nilai = fc
      .integer({ min: 0, max: 1_200_000 })
      .chain((n) => fc.constantFrom<number | string>(n / 10_000, (n / 10_000).toString()));
    fc.assert(
      fc.property(nilai, nilai, fc.constantFrom('70_30', '60_40') as fc.Arbitrary<'70_30' | '60_40'>, (skp, perilaku, bobot) => {
        const w = bobot === '70_30' ? ['0.7', '0.3'] : ['0.6', '0.4'];
        const exact = new Decimal(String(skp)).times(w[0]!).plus(new Decimal(String(perilaku)).times(w[1]!));
        const v = nilaiKinerjaPp30({ nilaiSkp: skp, nilaiPerilaku: perilaku, bobot }).value;
        expect(v.nilai).toBe(exact.toFixed());
        expect(v.nilai).not.toMatch(/\.\d{6,}/); // 4 places in, one more from the weights at most
      }),
      RUNS,
    );
  });
});
