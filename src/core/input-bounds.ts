import type * as z4 from 'zod/v4/core';
import { type InputIssue, ownIssue } from './errors.js';
import { defOf } from './schema-def.js';
import { unwrapSchema } from './unknown-keys.js';

/**
 * Bounded work: every list a rule accepts has an upper bound that fits its domain (a `z.maxLength`
 * check on the array schema, documented in the rule's JSON Schema as `maxItems`). Lengths are checked
 * before anything else is read, so a million rows are refused at once instead of being parsed first.
 */

/** The bound of a list whose schema names none. The tests require every rule's lists to name their own. */
export const DEFAULT_MAX_ITEMS = 10_000;
/** The bound of a keyed table (`z.record`) whose keys are free text. */
export const MAX_RECORD_KEYS = 1_000;

const recordBounds = new WeakMap<z4.$ZodType, number>();

/**
 * Gives a keyed table (`z.record`) its own bound on the number of keys, checked before parsing like a
 * list's and shown as `maxProperties`; without one, {@link MAX_RECORD_KEYS} applies. Returns the schema:
 * wrap the finished schema (`.check(...)` makes a new one).
 */
export function maxKeys<S extends z4.$ZodType>(schema: S, max: number): S {
  recordBounds.set(schema, max);
  return schema;
}

/** The bound on the keys of a keyed table (its own, or {@link MAX_RECORD_KEYS}). */
export function maxKeysOf(schema: z4.$ZodType): number {
  return recordBounds.get(schema) ?? MAX_RECORD_KEYS;
}

/** The `z.maxLength` of an array schema, if it names one. */
export function maxItemsOf(schema: z4.$ZodType): number | undefined {
  const check = defOf(schema).checks?.find((c) => c._zod.def['check'] === 'max_length');
  return check?._zod.def['maximum'] as number | undefined;
}

const holdsLists = new WeakMap<z4.$ZodType, boolean>();

/** Whether a schema has a list or a keyed table anywhere below it (cached: schemas are built once). */
function hasLists(schema: z4.$ZodType): boolean {
  let known = holdsLists.get(schema);
  if (known === undefined) {
    holdsLists.set(schema, false); // a recursive schema stops here while it is being looked at
    const def = defOf(unwrapSchema(schema));
    known =
      def.type === 'array' ||
      def.type === 'record' ||
      def.type === 'tuple' ||
      (def.type === 'object' && Object.values(def.shape ?? {}).some(hasLists)) ||
      (def.type === 'union' && (def.options ?? []).some(hasLists));
    holdsLists.set(schema, known);
  }
  return known;
}

/** Lists and tables in `value` longer than their schema allows, with their paths. */
export function oversizedLists(schema: z4.$ZodType, value: unknown, path: (string | number)[] = []): InputIssue[] {
  if (value === null || typeof value !== 'object' || !hasLists(schema)) return NONE;
  const issues: InputIssue[] = [];
  walk(schema, value, path, issues);
  return issues;
}

const NONE: InputIssue[] = Object.freeze([]) as unknown as InputIssue[];

function tooMany(path: (string | number)[], count: number, max: number, what: 'list' | 'table' = 'list'): InputIssue {
  const text =
    what === 'list'
      ? { en: `has ${count} items; at most ${max} are accepted`, id: `berisi ${count} butir; paling banyak ${max} yang diterima` }
      : { en: `has ${count} entries; at most ${max} are accepted`, id: `berisi ${count} entri; paling banyak ${max} yang diterima` };
  return ownIssue(path, text, 'too_many_items');
}

function walk(schema: z4.$ZodType, value: unknown, path: (string | number)[], issues: InputIssue[]): void {
  if (value === null || typeof value !== 'object' || issues.length > 0 || !hasLists(schema)) return;
  const s = unwrapSchema(schema);
  const def = defOf(s);
  if (def.type === 'array' || def.type === 'tuple') {
    if (!Array.isArray(value)) return;
    const max = def.type === 'array' ? (maxItemsOf(s) ?? DEFAULT_MAX_ITEMS) : (def.items?.length ?? 0) + (def.rest ? DEFAULT_MAX_ITEMS : 0);
    if (value.length > max) {
      issues.push(tooMany(path, value.length, max));
      return;
    }
    for (let i = 0; i < value.length && issues.length === 0; i++) {
      const item = def.type === 'array' ? def.element : (def.items?.[i] ?? def.rest ?? undefined);
      if (item) walk(item, value[i], [...path, i], issues);
    }
  } else if (def.type === 'object' && def.shape && !Array.isArray(value)) {
    for (const [key, field] of Object.entries(def.shape)) {
      if (Object.hasOwn(value, key)) walk(field, (value as Record<string, unknown>)[key], [...path, key], issues);
    }
  } else if (def.type === 'record' && def.valueType && !Array.isArray(value)) {
    const keys = Object.keys(value);
    const max = Math.min(maxKeysOf(schema), maxKeysOf(s));
    if (keys.length > max) issues.push(tooMany(path, keys.length, max, 'table'));
    else for (const key of keys) walk(def.valueType, (value as Record<string, unknown>)[key], [...path, key], issues);
  } else if (def.type === 'union') {
    for (const option of def.options ?? []) walk(option, value, path, issues);
  }
}
