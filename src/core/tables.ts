import type { Band } from './bands.js';
import { formatBand } from './bands.js';
import type { Citation } from './decision.js';
import type { Bilingual } from './explain.js';
import { deepFreeze } from './freeze.js';
import type { RuleTable } from './rule.js';

/**
 * An interval as a lawyer reads a scale: `'[3, 4)'` (3 ≤ x < 4), `'(90, 120]'`, `'[28, ∞)'`, `'(−∞, 50)'`.
 * Bounds are decimals written as text (`'89.99'`) or whole numbers.
 */
export type Interval = `${'[' | '('}${string}, ${string}${']' | ')'}`;

/** One row of a scale: its interval, its value and the article that sets it. */
export type ScaleRow<V> = readonly [interval: Interval, value: V, dasar: Citation | readonly Citation[]];

/** A band of a {@link scale}: the value, and the citations of its row (`dasar`). */
export interface ScaleBand<V> extends Band<V> {
  readonly dasar: readonly Citation[];
}

const INTERVAL = /^([[(])\s*([^,\s]+)\s*,\s*([^\])\s]+)\s*([\])])$/;
const INFINITE = new Set(['∞', '+∞', '−∞', '-∞', 'Infinity', '-Infinity']);

function bound(text: string): number | string | undefined {
  if (INFINITE.has(text)) return undefined;
  if (!/^-?\d+(\.\d+)?$/.test(text)) throw new Error(`scale bound '${text}' is not a number`);
  // Whole numbers stay numbers, so a rule that counts (days, years) compares them without decimal.js.
  return /^-?\d+$/.test(text) ? Number(text) : text;
}

/** Parses one interval into the band bounds that `findBand` and `checkBandTable` use. */
export function parseInterval(interval: Interval): Pick<Band<unknown>, 'min' | 'max'> {
  const m = INTERVAL.exec(interval);
  if (!m) throw new Error(`'${interval}' is not an interval such as '[3, 4)'`);
  const lo = bound(m[2]!);
  const hi = bound(m[3]!);
  return {
    ...(lo === undefined ? {} : { min: { at: lo, inclusive: m[1] === '[' } }),
    ...(hi === undefined ? {} : { max: { at: hi, inclusive: m[4] === ']' } }),
  };
}

/**
 * A scale written one row per line, as the regulation prints it:
 * ```ts
 * scale<JenisHukuman | null>([
 *   ['[0, 3)', null,            pp94('Pasal 15 ayat (1)')],
 *   ['[3, 4)', 'TEGURAN_LISAN', pp94('Pasal 9 ayat (2) huruf b angka 1')],
 * ])
 * ```
 * gives the frozen bands `findBand` searches, each with its row's citations.
 */
export function scale<V>(rows: readonly ScaleRow<V>[]): readonly ScaleBand<V>[] {
  return deepFreeze(
    rows.map(([interval, value, dasar]) => ({
      value,
      ...parseInterval(interval),
      dasar: citationsOf(dasar),
    })),
  );
}

/** Most distinct settings a cached scale keeps: presets and an agency's own values are a handful. */
const CACHED_SCALES_MAKS = 64;

/**
 * A scale built from a setting (a threshold an agency may change), built once per distinct setting rather
 * than on every decision: `key` names the setting's values (e.g. their plain-notation strings). Holds at
 * most {@link CACHED_SCALES_MAKS} settings, so odd inputs cannot make it grow without bound.
 */
export function cachedScale<A extends unknown[], V>(
  build: (...args: A) => readonly ScaleBand<V>[],
  key: (...args: A) => string,
): (...args: A) => readonly ScaleBand<V>[] {
  const built = new Map<string, readonly ScaleBand<V>[]>();
  return (...args) => {
    const k = key(...args);
    let bands = built.get(k);
    if (bands === undefined) {
      if (built.size >= CACHED_SCALES_MAKS) built.clear();
      bands = build(...args);
      built.set(k, bands);
    }
    return bands;
  };
}

const citationsOf = (dasar: Citation | readonly Citation[]): readonly Citation[] =>
  Array.isArray(dasar) ? [...(dasar as readonly Citation[])] : [dasar as Citation];
const shown = (v: unknown) => (v === null || v === undefined ? '—' : String(v));

/**
 * A scale as a rule page's table: interval, value (one or more columns), and each row's dasar (rendered
 * by the documentation as the last column).
 * `columns` names the value columns; `cells` turns a value into them (default: the value as text).
 */
export function scaleTable<V>(
  title: Bilingual,
  bands: readonly ScaleBand<V>[],
  columns: { range: string; values: readonly string[] },
  cells: (value: V) => readonly unknown[] = (v) => [v],
): RuleTable {
  return deepFreeze({
    title,
    columns: [columns.range, ...columns.values],
    rows: bands.map((b) => [formatBand(b), ...cells(b.value).map(shown)]),
    dasar: bands.map((b) => b.dasar),
  });
}

/** A two-key matrix (`MATRIKS[row][column]`) as a table: rows by `rowKeys`, columns by `columnKeys`. */
export function matrixTable<R extends string, C extends string, V>(
  title: Bilingual,
  matrix: Readonly<Record<R, Readonly<Record<C, V>>>>,
  keys: { corner: string; rows: readonly R[]; columns: readonly C[] },
): RuleTable {
  return deepFreeze({
    title,
    columns: [keys.corner, ...keys.columns],
    rows: keys.rows.map((r) => [r, ...keys.columns.map((c) => shown(matrix[r][c]))]),
  });
}

/**
 * A record of named entries (a preset per agency, a setting per jenjang) as a table: one row per key,
 * `cells` giving the columns after the key.
 */
export function recordTable<K extends string, V>(
  title: Bilingual,
  record: Readonly<Record<K, V>>,
  columns: readonly string[],
  cells: (value: V, key: K) => readonly unknown[],
  dasar?: (value: V, key: K) => Citation | readonly Citation[],
): RuleTable {
  const keys = Object.keys(record) as K[];
  return deepFreeze({
    title,
    columns: [...columns],
    rows: keys.map((k) => [k, ...cells(record[k], k).map(shown)]),
    ...(dasar ? { dasar: keys.map((k) => citationsOf(dasar(record[k], k))) } : {}),
  });
}

/**
 * A formula as a table of steps, for a rule whose decision is a calculation rather than a lookup:
 * `formulaTable(title, [['nilai kinerja', '60% × SKP + 40% × perilaku', pp30('Pasal 41 ayat (3)')]])`.
 */
export function formulaTable(
  title: Bilingual,
  steps: readonly (readonly [name: string, formula: string, dasar: Citation | readonly Citation[]])[],
): RuleTable {
  return deepFreeze({
    title,
    columns: ['langkah', 'rumus'],
    rows: steps.map(([name, formula]) => [name, formula]),
    dasar: steps.map(([, , dasar]) => citationsOf(dasar)),
  });
}
