import * as z from 'zod/mini';
import type * as z4 from 'zod/v4/core';

// Schemas of what rules return, as JSON (`JSON.stringify(decision)`), for apps in other languages
// (`jsonSchemaOf(rule, 'output')`). They describe data, so they have no defaults or transforms.

/** A `Decimal` in a decision, serialised as its exact plain-notation string (e.g. `"89.99"`, never `8.999e1`). */
export const decimalOutputSchema = z
  .string()
  .check(z.regex(/^-?\d+(?:\.\d+)?$/), z.describe('Exact decimal number as a plain-notation string, e.g. "89.99"'));

/**
 * A calendar date `YYYY-MM-DD` in a decision. Wider than the input range: a date computed from an input
 * (a pension date 75 years on, say) may fall after the last year an input may carry.
 */
export const dateOutputSchema = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/), z.meta({ format: 'date' }));

export const citationOutputSchema = z.object({
  regulation: z.string().check(z.describe('Catalogue id of the regulation (see REGULATIONS)')),
  article: z.optional(z.string()),
  annex: z.optional(z.string()),
  unlocated: z.optional(z.string().check(z.describe('Why the article or annex is not given yet: what was searched, what is known'))),
});

export const traceOutputSchema = z.object({
  library: z.string().check(z.describe('Version of sistem-merit that decided')),
  rule: z.string().check(z.describe('Rule id')),
  version: z.nullable(z.string()).check(z.describe('Id of the rule version applied (its versions row); null for a rule with one version')),
});

export const reasonOutputSchema = z.object({
  rule: z.string().check(z.describe('Rule id')),
  code: z.string().check(z.describe('Message key, rendered by explain()')),
  outcome: z
    .enum(['PASS', 'FAIL', 'APPLIES', 'INFO'])
    .check(z.describe('PASS a condition met, FAIL a condition not met, APPLIES the table row that applies, INFO a computation or note')),
  citations: z.array(citationOutputSchema),
  facts: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
});

/** Schema of a whole decision (`{ value, reasons }`) whose value has schema `value`. */
export function decisionOutputSchema<V extends z4.$ZodType>(value: V) {
  return z.object({ value, reasons: z.array(reasonOutputSchema), trace: traceOutputSchema });
}
