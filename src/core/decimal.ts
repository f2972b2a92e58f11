// The named export, not the default: decimal.js's declarations are CommonJS-style, so to a consumer
// compiling as Node ESM (nodenext) a default import is the whole module, not the class, and the shipped
// .d.ts would not compile there. At run time both are the same constructor (decimal.mjs and decimal.js).
import { Decimal as DecimalJs } from 'decimal.js';
import * as z from 'zod/mini';
import { arbitraryHints } from './hints.js';

/**
 * The library's own Decimal constructor: a clone, so that a host application's global
 * `Decimal.set(...)` can never change a result computed here.
 * Precision 40 significant digits is far above anything a score, percentage or rupiah amount needs;
 * `toExpNeg`/`toExpPos` keep `toString()` in plain notation.
 */
export const Decimal = DecimalJs.clone({
  precision: 40,
  rounding: DecimalJs.ROUND_HALF_UP,
  toExpNeg: -40,
  toExpPos: 40,
  modulo: DecimalJs.ROUND_FLOOR,
});
// Frozen: `Decimal.set(...)` by a caller would otherwise change every later result (it throws instead).
// Callers who need their own settings make their own clone: `Decimal.clone({ ... })`.
Object.freeze(Decimal);
export type Decimal = InstanceType<typeof Decimal>;

/** A number or a decimal string such as `"89.99"`. */
export type DecimalInput = number | string;

const DECIMAL_STRING = /^-?(?:\d+(?:\.\d*)?|\.\d+)$/;

/** Converts a validated number or decimal string to a Decimal (numbers go through their shortest string form). */
export function toDecimal(value: DecimalInput | Decimal): Decimal {
  return value instanceof Decimal ? value : new Decimal(value);
}

/**
 * Zod schema for a decimal input: a finite number or a plain decimal string.
 * Parses to a `Decimal`. Exponent notation and `NaN`/`Infinity` are rejected.
 */
export function decimalSchema(opts: { min?: DecimalInput; max?: DecimalInput; description?: string } = {}) {
  const min = opts.min === undefined ? undefined : new Decimal(opts.min);
  const max = opts.max === undefined ? undefined : new Decimal(opts.max);
  const base = z
    .union([
      z.number().check(z.refine(Number.isFinite, { message: 'must be a finite number' })),
      z.string().check(z.regex(DECIMAL_STRING, { message: 'must be a decimal number in plain notation, e.g. "89.99"' })),
    ])
    .register(arbitraryHints, {
      kind: 'decimal',
      ...(min === undefined ? {} : { min: min.toString() }),
      ...(max === undefined ? {} : { max: max.toString() }),
    });
  const schema = z.pipe(
    base,
    z.transform((value: number | string, payload) => {
      const d = new Decimal(value);
      if (min && d.lessThan(min)) payload.issues.push({ code: 'custom', message: `must be at least ${min.toString()}`, input: value });
      else if (max && d.greaterThan(max))
        payload.issues.push({ code: 'custom', message: `must be at most ${max.toString()}`, input: value });
      return d;
    }),
  );
  return opts.description ? schema.check(z.describe(opts.description)) : schema;
}

/** Plain-notation string of a Decimal, without rounding (never exponent notation). */
export function toPlainString(value: Decimal): string {
  return value.toFixed();
}

// Rounding helpers, named by mode. `dp` is the number of decimal places kept.

/** Half away from zero: 2.345 → 2.35, −2.345 → −2.35 (the school rule, used unless a regulation says otherwise). */
export const roundHalfUp = (value: Decimal, dp: number): Decimal => value.toDecimalPlaces(dp, Decimal.ROUND_HALF_UP);
/** Half to even (banker's rounding): 2.345 → 2.34, 2.355 → 2.36. */
export const roundHalfEven = (value: Decimal, dp: number): Decimal => value.toDecimalPlaces(dp, Decimal.ROUND_HALF_EVEN);
/** Towards zero (truncation): 2.349 → 2.34. */
export const roundDown = (value: Decimal, dp: number): Decimal => value.toDecimalPlaces(dp, Decimal.ROUND_DOWN);
/** Away from zero: 2.341 → 2.35. */
export const roundUp = (value: Decimal, dp: number): Decimal => value.toDecimalPlaces(dp, Decimal.ROUND_UP);
/** Towards −∞. */
export const roundFloor = (value: Decimal, dp: number): Decimal => value.toDecimalPlaces(dp, Decimal.ROUND_FLOOR);
/** Towards +∞. */
export const roundCeil = (value: Decimal, dp: number): Decimal => value.toDecimalPlaces(dp, Decimal.ROUND_CEIL);

/** Formats with exactly `dp` decimals, rounding half up: `formatFixed(new Decimal('20.833'), 2) === '20.83'`. */
export function formatFixed(value: Decimal, dp: number): string {
  return value.toFixed(dp, Decimal.ROUND_HALF_UP);
}
