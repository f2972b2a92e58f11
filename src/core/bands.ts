import { Decimal, type DecimalInput } from './decimal.js';

/**
 * One band of a numeric scale, e.g. "Baik: 90 ≤ nilai ≤ 120". A missing bound is open (−∞ / +∞).
 */
export interface Band<T> {
  value: T;
  min?: { at: DecimalInput; inclusive: boolean };
  max?: { at: DecimalInput; inclusive: boolean };
}

/** −1, 0 or 1 as `x` is below, at or above the bound; a whole count is compared without decimals. */
function compare(x: Decimal | number, at: DecimalInput): number {
  if (typeof x !== 'number') return x.comparedTo(at);
  const bound = typeof at === 'number' ? at : Number(at);
  return x < bound ? -1 : x > bound ? 1 : 0;
}

function inBand<T>(band: Band<T>, x: Decimal | number): boolean {
  if (band.min) {
    const c = compare(x, band.min.at);
    if (c < 0 || (c === 0 && !band.min.inclusive)) return false;
  }
  if (band.max) {
    const c = compare(x, band.max.at);
    if (c > 0 || (c === 0 && !band.max.inclusive)) return false;
  }
  return true;
}

/**
 * The band containing `x`, or `undefined` when `x` is outside the scale. A score is a Decimal; a whole
 * count (days, years) may be a number, compared as such, so a rule that counts needs no decimal.js.
 */
export function findBand<T>(bands: readonly Band<T>[], x: Decimal | number): Band<T> | undefined {
  if (typeof x === 'number' && !Number.isSafeInteger(x)) throw new RangeError('findBand compares whole counts as numbers; pass a Decimal');
  return bands.find((b) => inBand(b, x));
}

/** Renders a band's interval in mathematical notation, e.g. `[70, 90)`. */
export function formatBand(band: Band<unknown>): string {
  const lo = band.min ? `${band.min.inclusive ? '[' : '('}${String(band.min.at)}` : '(−∞';
  const hi = band.max ? `${String(band.max.at)}${band.max.inclusive ? ']' : ')'}` : '+∞)';
  return `${lo}, ${hi}`;
}

/**
 * Checks that bands, in ascending order, cover `[lowest, highest]` of the scale without gaps or
 * overlaps: each band starts exactly where the previous one ends, with exactly one of the two
 * sides inclusive. Returns the problems found (empty when sound).
 */
export function checkBandTable(bands: readonly Band<unknown>[], scale: { min?: DecimalInput; max?: DecimalInput } = {}): string[] {
  const problems: string[] = [];
  const first = bands[0];
  const last = bands[bands.length - 1];
  if (!first || !last) return ['no bands'];
  const sameAt = (a: DecimalInput | undefined, b: DecimalInput | undefined) =>
    a === undefined || b === undefined ? a === b : new Decimal(a).equals(b);
  if (!sameAt(first.min?.at, scale.min) || (first.min && !first.min.inclusive)) {
    problems.push(`lowest band ${formatBand(first)} does not start at the scale minimum ${String(scale.min ?? '−∞')}`);
  }
  if (!sameAt(last.max?.at, scale.max) || (last.max && !last.max.inclusive)) {
    problems.push(`highest band ${formatBand(last)} does not end at the scale maximum ${String(scale.max ?? '+∞')}`);
  }
  for (let i = 1; i < bands.length; i++) {
    const prev = bands[i - 1]!;
    const next = bands[i]!;
    if (!prev.max || !next.min || !sameAt(prev.max.at, next.min.at)) {
      problems.push(`gap or overlap between ${formatBand(prev)} and ${formatBand(next)}`);
    } else if (prev.max.inclusive === next.min.inclusive) {
      problems.push(
        prev.max.inclusive
          ? `overlap at ${String(next.min.at)}: both ${formatBand(prev)} and ${formatBand(next)} include it`
          : `gap at ${String(next.min.at)}: neither ${formatBand(prev)} nor ${formatBand(next)} includes it`,
      );
    }
  }
  return problems;
}
