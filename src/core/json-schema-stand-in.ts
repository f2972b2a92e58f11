import type { $ZodType } from 'zod/v4/core';

/**
 * The JSON Schema of what a schema accepts, when zod cannot derive it: a setting parsed by a transform
 * (a preset name or an instansi's own schedule, checked with error paths kept) would otherwise show
 * as "string or any object". The stand-in documents the accepted input; parsing is unchanged.
 * (Kept apart from zod's JSON Schema code, so a rule's bundle does not carry it.)
 */
const standIns = new WeakMap<$ZodType, $ZodType>();

/** Documents `schema`'s accepted input as `input` in JSON Schema (jsonSchemaOf, docs/rules). */
export function describeInputAs<T extends $ZodType>(schema: T, input: $ZodType): T {
  standIns.set(schema, input);
  return schema;
}

/** The stand-in registered for `schema`, if any (read by jsonSchemaOf). */
export const inputStandInOf = (schema: $ZodType): $ZodType | undefined => standIns.get(schema);
