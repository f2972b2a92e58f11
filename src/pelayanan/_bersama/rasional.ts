import type { Decimal } from '../../core/decimal.js';

/**
 * Exact fractions on integers, for the survey arithmetic: an NRR is a sum over a count (1/3, 2/7, …),
 * and a band edge must be compared with the exact index, never with a rounded 40-digit quotient that could
 * land a hair below it. Values are shown as decimals only at the named rounding steps.
 * Internal to the pelayanan domain.
 */
export interface Rasional {
  readonly n: bigint;
  /** Always positive. */
  readonly d: bigint;
}

const gcd = (a: bigint, b: bigint): bigint => {
  a = a < 0n ? -a : a;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
};

export function rasional(n: bigint | number, d: bigint | number = 1n): Rasional {
  let nn = BigInt(n);
  let dd = BigInt(d);
  if (dd === 0n) throw new RangeError('division by zero');
  if (dd < 0n) [nn, dd] = [-nn, -dd];
  const g = gcd(nn, dd) || 1n;
  return { n: nn / g, d: dd / g };
}

export const NOL = rasional(0);

export const tambah = (a: Rasional, b: Rasional): Rasional => rasional(a.n * b.d + b.n * a.d, a.d * b.d);
export const kali = (a: Rasional, b: Rasional): Rasional => rasional(a.n * b.n, a.d * b.d);
/** −1, 0 or 1. */
export const banding = (a: Rasional, b: Rasional): number => {
  const l = a.n * b.d;
  const r = b.n * a.d;
  return l < r ? -1 : l > r ? 1 : 0;
};

/** A plain decimal string or a Decimal (from `decimalSchema`) as an exact fraction. */
export function dariDesimal(value: Decimal | string): Rasional {
  const text = typeof value === 'string' ? value : value.toFixed();
  const negative = text.startsWith('-');
  const [whole = '0', frac = ''] = (negative ? text.slice(1) : text).split('.');
  const n = BigInt(whole + frac) * (negative ? -1n : 1n);
  return rasional(n, 10n ** BigInt(frac.length));
}

/** Rounded half away from zero to `dp` decimals (the school rule), still exact. */
export function bulatkan(q: Rasional, dp: number): Rasional {
  const scale = 10n ** BigInt(dp);
  const scaled = q.n * scale;
  const abs = scaled < 0n ? -scaled : scaled;
  let whole = abs / q.d;
  if ((abs % q.d) * 2n >= q.d) whole += 1n;
  return rasional(scaled < 0n ? -whole : whole, scale);
}

/** Rounded half up to `dp` decimals and written with exactly `dp` decimals: `"88.31"`. */
export function tulis(q: Rasional, dp: number): string {
  const r = bulatkan(q, dp);
  const scale = 10n ** BigInt(dp);
  const units = (r.n * scale) / r.d; // exact: r has at most dp decimals
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(dp + 1, '0');
  const text = dp === 0 ? digits : `${digits.slice(0, -dp)}.${digits.slice(-dp)}`;
  return negative ? `-${text}` : text;
}
