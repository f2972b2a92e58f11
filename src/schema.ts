import { toJSONSchema, type $ZodType, type JSONSchema } from 'zod/v4/core';
import { maxKeysOf } from './core/input-bounds.js';
import { defOf, isOpenObject } from './core/schema-def.js';
import { inputStandInOf } from './core/json-schema-stand-in.js';
import { decisionOutputSchema } from './core/output.js';
import type { AnyRule } from './core/rule.js';

/** `YYYY-MM-DD` with a year the library accepts (1800–2999), a month 01–12 and a day 01–31. */
export const ISO_DATE_PATTERN = '^(1[89]|2[0-9])[0-9]{2}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$';

/** A JSON Schema document (draft 2020-12), as produced by zod. */
export type JsonSchema = Record<string, unknown>;

/** Which schema of a rule: what it accepts (`input`, `options`) or the decision it returns as JSON (`output`). */
export type SchemaPart = 'input' | 'options' | 'output';

export const SCHEMA_PARTS: readonly SchemaPart[] = ['input', 'options', 'output'];

/**
 * JSON Schema of a rule's input, options or output, so apps in other languages (PHP, Java…) can
 * validate a case before calling the library or the CLI, and read its decisions.
 * `output` describes the whole decision as JSON, `{ value, reasons }` (decimals are strings).
 * Checks that JSON Schema cannot express (e.g. real calendar dates) are still enforced by the rule itself.
 */
export function jsonSchemaOf(rule: AnyRule, part: SchemaPart = 'input'): JsonSchema {
  let json: JsonSchema;
  if (part === 'output') {
    json = toJsonSchemaWithStandIns(decisionOutputSchema(rule.output), 'output') as JsonSchema;
  } else {
    json = toJsonSchemaWithStandIns(part === 'input' ? rule.input : rule.options, 'input') as JsonSchema;
  }
  return { ...json, title: `${rule.id} ${part}`, description: rule.title.en };
}

/** zod's `toJSONSchema` with the stand-ins of core/json-schema-stand-in.ts applied (keeping each node's own description and default). */
export function toJsonSchemaWithStandIns(schema: $ZodType, io: 'input' | 'output'): JSONSchema.BaseSchema {
  return toJSONSchema(schema, {
    io,
    unrepresentable: 'any',
    override: ({ zodSchema, jsonSchema }) => {
      // Rules refuse keys they do not know (core/unknown-keys.ts); the schema says so to other validators.
      if (isClosedObject(zodSchema)) jsonSchema.additionalProperties = false;
      if (zodSchema._zod.def.type === 'record') jsonSchema.maxProperties = maxKeysOf(zodSchema);
      // Many validators ignore `format: date`: the pattern makes them refuse what the library refuses
      // (the calendar check itself, 2023-02-29, stays the rule's).
      if (jsonSchema.format === 'date' && jsonSchema.pattern === undefined) jsonSchema.pattern = ISO_DATE_PATTERN;
      const standIn = io === 'input' ? inputStandInOf(zodSchema) : undefined;
      if (!standIn) return;
      const { $schema: _, ...replacement } = toJsonSchemaWithStandIns(standIn, io);
      const { description, default: preset } = jsonSchema;
      for (const key of Object.keys(jsonSchema)) delete (jsonSchema as Record<string, unknown>)[key];
      Object.assign(
        jsonSchema,
        replacement,
        description === undefined ? {} : { description },
        preset === undefined ? {} : { default: preset },
      );
    },
  });
}

/** A plain or strict object schema (not a loose one, not a record): its JSON Schema allows no other key. */
function isClosedObject(schema: $ZodType): boolean {
  const def = defOf(schema);
  return def.type === 'object' && !isOpenObject(def);
}
