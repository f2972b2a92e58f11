import { toJSONSchema } from 'zod/v4/core';
import { decisionOutputSchema } from './core/output.js';
import type { AnyRule } from './core/rule.js';

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
    json = toJSONSchema(decisionOutputSchema(rule.output), { io: 'output', unrepresentable: 'any' }) as JsonSchema;
  } else {
    json = toJSONSchema(part === 'input' ? rule.input : rule.options, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  }
  return { ...json, title: `${rule.id} ${part}`, description: rule.title.en };
}
