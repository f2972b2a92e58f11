import DecimalJs from 'decimal.js';
import { describe, expect, it } from 'vitest';
import {
  Decimal,
  decimalSchema,
  formatFixed,
  roundCeil,
  roundDown,
  roundFloor,
  roundHalfEven,
  roundHalfUp,
  roundUp,
  toPlainString,
} from '../../src/core/decimal.js';

describe('Decimal', () => {
  it('is a private clone: a host app changing the global Decimal does not affect it', () => {
    const saved = { precision: DecimalJs.precision, rounding: DecimalJs.rounding };
    try {
      DecimalJs.set({ precision: 5, rounding: DecimalJs.ROUND_DOWN });
      expect(new Decimal(2).dividedBy(3).toFixed(10)).toBe('0.6666666667');
      expect(Decimal.precision).toBe(40);
    } finally {
      DecimalJs.set(saved);
    }
  });

  it('prints plain notation, never exponents', () => {
    expect(toPlainString(new Decimal('1e-12'))).toBe('0.000000000001');
    expect(toPlainString(new Decimal('1e25'))).toBe('10000000000000000000000000');
    expect(new Decimal('1e-12').toString()).toBe('0.000000000001');
  });

  it('rounds by named modes', () => {
    const x = new Decimal('2.345');
    expect(roundHalfUp(x, 2).toString()).toBe('2.35');
    expect(roundHalfEven(x, 2).toString()).toBe('2.34');
    expect(roundDown(new Decimal('2.349'), 2).toString()).toBe('2.34');
    expect(roundUp(new Decimal('2.341'), 2).toString()).toBe('2.35');
    expect(roundFloor(new Decimal('-2.341'), 2).toString()).toBe('-2.35');
    expect(roundCeil(new Decimal('-2.349'), 2).toString()).toBe('-2.34');
    expect(roundHalfUp(new Decimal('-2.345'), 2).toString()).toBe('-2.35');
    expect(formatFixed(new Decimal('20.833'), 2)).toBe('20.83');
    expect(formatFixed(new Decimal('18.75').plus('2.0833333'), 2)).toBe('20.83');
  });
});

describe('decimalSchema', () => {
  const s = decimalSchema({ min: 0, max: 120 });
  it.each([0, 120, '89.99', '0.5', '.5', '120.000'])('accepts %s', (v) => {
    expect(s.safeParse(v).success).toBe(true);
  });
  it.each([NaN, Infinity, -Infinity, -1, 120.01, '1e2', 'abc', '', ' 1', '1,5', null, undefined, true, {}])('rejects %s', (v) => {
    expect(s.safeParse(v).success).toBe(false);
  });
  it('parses numbers through their shortest decimal form', () => {
    expect(toPlainString(s.parse(0.1 + 0.2 > 0.3 ? 0.3 : 0.3))).toBe('0.3');
    expect(toPlainString(s.parse('89.99'))).toBe('89.99');
  });
});
