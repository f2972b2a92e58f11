import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal, decimalSchema, toDecimal, toPlainString } from '../../src/core/decimal.js';
import { arbitraryOf } from '../../src/testing/index.js';

const messages = (schema: ReturnType<typeof decimalSchema>, value: unknown) => {
  const r = schema.safeParse(value);
  return r.success ? [] : r.error.issues.map((i) => [i.code, i.message]);
};

describe('decimalSchema messages', () => {
  const s = decimalSchema({ min: 0, max: '120.5' });

  it('names the bound that was crossed', () => {
    expect(messages(s, -1)).toEqual([['custom', 'must be at least 0']]);
    expect(messages(s, '120.51')).toEqual([['custom', 'must be at most 120.5']]);
    expect(messages(s, '120.5')).toEqual([]);
  });

  it('explains what a decimal string must look like; non-finite numbers are refused', () => {
    expect(messages(s, '1e2')).toEqual([['invalid_format', 'must be a decimal number in plain notation, e.g. "89.99"']]);
    expect(messages(s, '1,5')).toEqual([['invalid_format', 'must be a decimal number in plain notation, e.g. "89.99"']]);
    expect(s.safeParse(Infinity).success).toBe(false);
    expect(s.safeParse(NaN).success).toBe(false);
  });

  it('accepts several digits after a leading point', () => {
    expect(toPlainString(s.parse('.55'))).toBe('0.55');
    expect(toPlainString(s.parse('-0.0'))).toBe('0');
  });

  it('without bounds accepts any finite decimal', () => {
    const free = decimalSchema();
    expect(toPlainString(free.parse('-123456789.123456789'))).toBe('-123456789.123456789');
    expect(toPlainString(free.parse(1e21))).toBe('1000000000000000000000');
  });

  it('toDecimal keeps a Decimal and converts numbers and strings', () => {
    const x = new Decimal('1.5');
    expect(toDecimal(x)).toBe(x);
    expect(toDecimal('0.1').plus(toDecimal(0.2)).toString()).toBe('0.3');
  });

  it('prints small and large values in plain notation', () => {
    expect(new Decimal('0.0000001').toString()).toBe('0.0000001');
    expect(new Decimal('123456789012345678901234567890').toString()).toBe('123456789012345678901234567890');
  });
});

describe('decimalSchema bounds reach sistem-merit/testing', () => {
  it('generated decimals stay within the schema bounds', () => {
    const s = decimalSchema({ min: '5.5', max: 6 });
    const values = fc.sample(arbitraryOf(s), { numRuns: 60, seed: 7 });
    for (const v of values) {
      const d = new Decimal(v as number | string);
      expect(d.greaterThanOrEqualTo('5.5') && d.lessThanOrEqualTo(6), String(v)).toBe(true);
    }
  });

  it('a lower bound alone is kept, with room above it', () => {
    const values = fc
      .sample(arbitraryOf(decimalSchema({ min: 2000 })), { numRuns: 60, seed: 7 })
      .map((v) => new Decimal(v as number | string));
    expect(values.every((d) => d.greaterThanOrEqualTo(2000))).toBe(true);
    expect(values.some((d) => d.greaterThan(2001))).toBe(true);
  });

  it('an upper bound alone is kept', () => {
    const values = fc
      .sample(arbitraryOf(decimalSchema({ max: '0.5' })), { numRuns: 60, seed: 7 })
      .map((v) => new Decimal(v as number | string));
    expect(values.every((d) => d.lessThanOrEqualTo('0.5'))).toBe(true);
  });
});
