import type * as z4 from 'zod/v4/core';
import { safeParse } from 'zod/v4/core';
import { type InputIssue, ownIssue } from './errors.js';
import { defOf, isOpenObject, unwrapSchema } from './schema-def.js';
import type { Bilingual } from './explain.js';
import { closestName, withSuggestion } from './suggest.js';

export { unwrapSchema } from './schema-def.js';

/** What the keys of a schema are called in messages: fields of an input, or settings of a rule. */
export type KeyKind = 'field' | 'setting';

export interface UnknownKeysOptions {
  kind?: KeyKind;
  /**
   * Keys the caller declared as carried along and not for the rule (identification such as `nip`, `nama`,
   * `unit`): accepted at any depth when the schema has no field of that name. Nothing is ignored by default.
   */
  ignoreKeys?: ReadonlySet<string>;
}

const NO_KEYS: ReadonlySet<string> = new Set();

function unknownKeyText(key: string, kind: KeyKind, suggestion: string | undefined): Bilingual {
  const base: Bilingual =
    kind === 'setting'
      ? { en: 'is not a setting of this rule', id: 'bukan pengaturan aturan ini' }
      : { en: 'is not a field of this input', id: 'bukan kolom masukan ini' };
  return withSuggestion(base, suggestion);
}

/**
 * Keys of `value` that `schema` does not know, at any depth (plain objects, arrays, tuples, records and
 * unions; loose objects accept any key), each with the closest known key as a suggestion. zod drops
 * them silently, which turns a misspelt field or setting into its default without a word, so every rule
 * refuses them.
 */
export function unknownKeys(
  schema: z4.$ZodType,
  value: unknown,
  path: (string | number)[] = [],
  options: UnknownKeysOptions = {},
): InputIssue[] {
  const issues: InputIssue[] = [];
  if (value !== null && typeof value === 'object')
    walk(schema, value, path, options.kind ?? 'setting', options.ignoreKeys ?? NO_KEYS, issues);
  return issues;
}

/** Stops collecting past this many issues: the error keeps 50, a hostile input must not cost more. */
const ISSUE_LIMIT = 1000;

function walk(
  schema: z4.$ZodType,
  value: unknown,
  path: (string | number)[],
  kind: KeyKind,
  ignore: ReadonlySet<string>,
  issues: InputIssue[],
): void {
  if (value === null || typeof value !== 'object' || issues.length >= ISSUE_LIMIT) return;
  const s = unwrapSchema(schema);
  const def = defOf(s);
  switch (def.type) {
    case 'object': {
      if (Array.isArray(value) || !def.shape) return;
      const shape = def.shape;
      if (isOpenObject(def)) {
        // An open object (its other keys go to another rule) still catches a misspelt key of its own.
        const missing = Object.keys(shape).filter((k) => !Object.hasOwn(value, k));
        for (const key of missing.length > 0 ? Object.keys(value) : []) {
          const meant = closestName(key, missing);
          if (meant !== undefined && !ignore.has(key))
            issues.push(ownIssue([...path, key], unknownKeyText(key, kind, meant), 'unknown_key'));
        }
        return;
      }
      for (const key of Object.keys(value)) {
        if (Object.hasOwn(shape, key)) {
          const v = (value as Record<string, unknown>)[key];
          if (v !== null && typeof v === 'object') walk(shape[key]!, v, [...path, key], kind, ignore, issues);
        } else if (!ignore.has(key)) {
          issues.push(ownIssue([...path, key], unknownKeyText(key, kind, closestName(key, Object.keys(shape))), 'unknown_key'));
          if (issues.length >= ISSUE_LIMIT) return;
        }
      }
      return;
    }
    case 'array':
      if (Array.isArray(value) && def.element) value.forEach((v, i) => walk(def.element!, v, [...path, i], kind, ignore, issues));
      return;
    case 'tuple':
      if (Array.isArray(value) && def.items) {
        value.forEach((v, i) => {
          const item = def.items![i] ?? def.rest ?? undefined;
          if (item) walk(item, v, [...path, i], kind, ignore, issues);
        });
      }
      return;
    case 'record':
      if (!Array.isArray(value) && def.valueType) {
        for (const key of Object.keys(value))
          walk(def.valueType, (value as Record<string, unknown>)[key], [...path, key], kind, ignore, issues);
      }
      return;
    case 'union': {
      // The keys of the option zod takes: the first that accepts the value.
      const chosen = def.options?.find((o) => safeParse(o, value).success);
      if (chosen) walk(chosen, value, path, kind, ignore, issues);
      return;
    }
    default:
      return;
  }
}
