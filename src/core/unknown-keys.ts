import type * as z4 from 'zod/v4/core';
import type { InputIssue } from './errors.js';

type Def = {
  type: string;
  innerType?: z4.$ZodType;
  in?: z4.$ZodType;
  shape?: Record<string, z4.$ZodType>;
  catchall?: z4.$ZodType;
  element?: z4.$ZodType;
};

const defOf = (schema: z4.$ZodType): Def => schema._zod.def as unknown as Def;

/** The schema under optional/nullable/default/prefault/readonly wrappers and the input side of pipes. */
function unwrap(schema: z4.$ZodType): z4.$ZodType {
  let s = schema;
  for (;;) {
    const def = defOf(s);
    if (def.innerType) s = def.innerType;
    else if (def.type === 'pipe' && def.in) s = def.in;
    else return s;
  }
}

/**
 * Keys of `value` that `schema` does not know, at any depth (plain objects only; loose objects and
 * records accept any key). zod drops them silently; for settings that would turn a misspelt setting
 * into its preset without a word, so rules refuse them in their options.
 */
export function unknownKeys(schema: z4.$ZodType, value: unknown, path: (string | number)[] = []): InputIssue[] {
  const s = unwrap(schema);
  const def = defOf(s);
  if (def.type === 'object' && def.shape && value !== null && typeof value === 'object' && !Array.isArray(value)) {
    if (def.catchall && defOf(def.catchall).type !== 'never') return [];
    const issues: InputIssue[] = [];
    for (const [key, v] of Object.entries(value)) {
      const field = Object.hasOwn(def.shape, key) ? def.shape[key] : undefined;
      if (field === undefined) issues.push({ path: [...path, key], message: 'is not a setting of this rule' });
      else issues.push(...unknownKeys(field, v, [...path, key]));
    }
    return issues;
  }
  if (def.type === 'array' && def.element && Array.isArray(value)) {
    return value.flatMap((v, i) => unknownKeys(def.element!, v, [...path, i]));
  }
  return [];
}
