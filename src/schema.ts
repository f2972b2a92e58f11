import * as z from 'zod/mini';
import { toJSONSchema } from 'zod/v4/core';
import type { AnyRule } from './core/rule.js';

/** A JSON Schema document (draft 2020-12), as produced by zod. */
export type JsonSchema = Record<string, unknown>;

/**
 * JSON Schema of a rule's input (and of its options), so apps in other languages (PHP, Java…) can
 * validate a case before calling the library or the CLI. Checks that JSON Schema cannot express
 * (e.g. real calendar dates) are still enforced by the rule itself.
 */
export function jsonSchemaOf(rule: AnyRule, part: 'input' | 'options' = 'input'): JsonSchema {
  const schema = part === 'input' ? rule.input : (rule.options ?? z.object({}));
  return {
    ...(toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema),
    title: `${rule.id} ${part}`,
    description: rule.title.en,
  };
}
