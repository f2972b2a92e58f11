import type * as z4 from 'zod/v4/core';
import type { Bilingual } from './explain.js';
import { arbitraryHints } from './hints.js';
import { defOf, unwrapSchema } from './schema-def.js';

// What to type in a field, read from its schema, for the texts of input issues.

/** The schema of the field at `path` below `schema` (objects, lists, tuples, tables, unions), if one is found. */
export function schemaAt(schema: z4.$ZodType, path: readonly PropertyKey[]): z4.$ZodType | undefined {
  let s: z4.$ZodType | undefined = schema;
  for (const key of path) {
    if (s === undefined) return undefined;
    s = childOf(unwrapSchema(s), key);
  }
  return s;
}

function childOf(s: z4.$ZodType, key: PropertyKey): z4.$ZodType | undefined {
  const def = defOf(s);
  switch (def.type) {
    case 'object':
      return typeof key === 'string' && def.shape && Object.hasOwn(def.shape, key) ? def.shape[key] : undefined;
    case 'array':
      return def.element;
    case 'tuple':
      return typeof key === 'number' ? (def.items?.[key] ?? def.rest ?? undefined) : undefined;
    case 'record':
      return def.valueType;
    case 'union':
      for (const option of def.options ?? []) {
        const child = childOf(unwrapSchema(option), key);
        if (child) return child;
      }
      return undefined;
    default:
      return undefined;
  }
}

/** The decimal or date hint of a field's schema (set by `decimalSchema` and `isoDateSchema`). */
export function hintOf(schema: z4.$ZodType | undefined) {
  return schema === undefined ? undefined : (arbitraryHints.get(schema) ?? arbitraryHints.get(unwrapSchema(schema)));
}

/** An example of a date as it must be typed. */
export const DATE_EXAMPLE = '2024-02-01';
/** How many options a text lists before it says how many there are. */
const OPTIONS_LISTED = 20;

const both = (id: string, en: string): Bilingual => ({ id, en });

/** A value as a message quotes it: strings in quotes, long ones cut. */
export function quoted(value: unknown): string {
  const text =
    typeof value === 'string' ? JSON.stringify(value) : typeof value === 'bigint' ? `${value}n` : String(JSON.stringify(value) ?? value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** What a value was, for `wrong_type`: "teks "abc"" / "text "abc"". */
export function receivedOf(value: unknown): Bilingual {
  if (value === null) return both('null (kosong)', 'null (empty)');
  if (Array.isArray(value)) return both('daftar (array)', 'a list (array)');
  switch (typeof value) {
    case 'string':
      return both(`teks ${quoted(value)}`, `text ${quoted(value)}`);
    case 'number':
      return Number.isFinite(value) ? both(`angka ${value}`, `the number ${value}`) : both(`${value}`, `${value}`);
    case 'boolean':
      return both(`${value}`, `${value}`);
    case 'object':
      return both('objek', 'an object');
    default:
      return both(typeof value, typeof value);
  }
}

/** The options of a list of values: `"A", "B" atau "C"` (the first 20 and a count beyond). */
export function optionsText(values: readonly unknown[]): Bilingual {
  const shown = values.slice(0, OPTIONS_LISTED).map(quoted);
  const more = values.length - shown.length;
  if (shown.length === 1) return both(shown[0]!, shown[0]!);
  const list = shown.slice(0, -1).join(', ');
  const last = shown[shown.length - 1]!;
  if (more > 0)
    return both(
      `salah satu dari ${shown.join(', ')} … (${values.length} pilihan)`,
      `one of ${shown.join(', ')} … (${values.length} options)`,
    );
  return both(`salah satu dari ${list} atau ${last}`, `one of ${list} or ${last}`);
}

/** A range in words: "antara 0 dan 120" / "from 0 to 120", "paling sedikit 0" / "at least 0". */
export function rangeText(min: string | undefined, max: string | undefined, exclusive = { min: false, max: false }): Bilingual {
  const lo = exclusive.min ? both(`lebih dari ${min}`, `greater than ${min}`) : both(`paling sedikit ${min}`, `at least ${min}`);
  const hi = exclusive.max ? both(`kurang dari ${max}`, `less than ${max}`) : both(`paling banyak ${max}`, `at most ${max}`);
  if (min !== undefined && max !== undefined) {
    if (!exclusive.min && !exclusive.max) return both(`antara ${min} dan ${max}`, `from ${min} to ${max}`);
    return both(`${lo.id} dan ${hi.id}`, `${lo.en} and ${hi.en}`);
  }
  if (min !== undefined) return lo;
  if (max !== undefined) return hi;
  return both('dalam rentang yang diterima', 'within the accepted range');
}

/** The bounds of a number schema's `z.minimum`/`z.maximum`/`z.gt`/`z.lt` checks, as plain strings. */
export function numberBounds(schema: z4.$ZodType | undefined): { min?: string; max?: string; exclusive: { min: boolean; max: boolean } } {
  const exclusive = { min: false, max: false };
  const out: { min?: string; max?: string; exclusive: typeof exclusive } = { exclusive };
  for (const c of (schema && defOf(unwrapSchema(schema)).checks) || []) {
    const d = c._zod.def;
    if (d['check'] === 'greater_than') {
      out.min = String(d['value']);
      exclusive.min = d['inclusive'] === false;
    } else if (d['check'] === 'less_than') {
      out.max = String(d['value']);
      exclusive.max = d['inclusive'] === false;
    }
  }
  return out;
}

/** A number inside the bounds, to show as an example. */
function exampleNumber(min: string | undefined, max: string | undefined): string {
  if (min !== undefined && max !== undefined) return String((Number(min) + Number(max)) / 2);
  if (min !== undefined) return String(Number(min) + 1);
  if (max !== undefined) return String(Math.min(Number(max), 89.99));
  return '89.99';
}

/** What to type in a field of this schema, in both languages. */
export function expectedOf(schema: z4.$ZodType | undefined, depth = 0): Bilingual {
  if (schema === undefined || depth > 3) return both('nilai yang sah', 'a valid value');
  const hint = hintOf(schema);
  if (hint?.kind === 'date') return both(`tanggal YYYY-MM-DD, mis. ${DATE_EXAMPLE}`, `a date YYYY-MM-DD, e.g. ${DATE_EXAMPLE}`);
  if (hint?.kind === 'decimal') {
    const r = rangeText(hint.min, hint.max);
    const e = exampleNumber(hint.min, hint.max);
    const range = hint.min === undefined && hint.max === undefined ? both('', '') : both(` ${r.id}`, ` ${r.en}`);
    return both(`angka${range.id}, mis. ${e}`, `a number${range.en}, e.g. ${e}`);
  }
  const s = unwrapSchema(schema);
  const def = defOf(s);
  switch (def.type) {
    case 'enum':
      return optionsText(Object.values(def.entries ?? {}));
    case 'literal':
      return optionsText(def.values ?? []);
    case 'boolean':
      return both('true atau false', 'true or false');
    case 'number': {
      const b = numberBounds(s);
      const whole =
        defOf(s).checks?.some((c) => c._zod.def['format'] === 'safeint') || (s._zod.def as { format?: string }).format === 'safeint';
      const r = b.min === undefined && b.max === undefined ? undefined : rangeText(b.min, b.max, b.exclusive);
      const noun = whole ? both('bilangan bulat', 'a whole number') : both('angka', 'a number');
      return r ? both(`${noun.id} ${r.id}`, `${noun.en} ${r.en}`) : noun;
    }
    case 'string':
      return both('teks', 'text');
    case 'array':
    case 'tuple':
      return both('daftar (array)', 'a list (array)');
    case 'record':
      return both('tabel kunci → nilai (objek)', 'a table of key → value (an object)');
    case 'object': {
      const keys = Object.keys(def.shape ?? {});
      const shown = keys.slice(0, 8).join(', ') + (keys.length > 8 ? ', …' : '');
      return keys.length === 0 ? both('objek', 'an object') : both(`objek dengan kolom ${shown}`, `an object with fields ${shown}`);
    }
    case 'union': {
      const parts = (def.options ?? []).map((o) => expectedOf(o, depth + 1));
      const id = [...new Set(parts.map((p) => p.id))];
      const en = [...new Set(parts.map((p) => p.en))];
      return both(id.join(' atau '), en.join(' or '));
    }
    default:
      return both('nilai yang sah', 'a valid value');
  }
}
