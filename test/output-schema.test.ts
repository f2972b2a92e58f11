import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { genericRuns, RULES_UNDER_TEST } from './rules-under-test.js';
import { safeParse } from 'zod/v4/core';
import { decisionOutputSchema, MeritInputError, RuleNotInForceError, RULES, type AnyRule } from '../src/index.js';
import { jsonSchemaOf } from '../src/schema.js';
import { validInput, validOptions } from '../src/testing/index.js';

/**
 * Every rule declares the schema of its decision as JSON, and every decision it makes matches that
 * schema exactly: nothing missing, nothing extra (an undeclared field would be stripped by the
 * schema, so the parsed copy would differ from the decision).
 */
function expectMatchesOutputSchema(rule: AnyRule, decision: unknown) {
  const json = JSON.parse(JSON.stringify(decision));
  const parsed = safeParse(decisionOutputSchema(rule.output), json);
  if (!parsed.success) throw new Error(`${rule.id}: decision does not match its output schema: ${JSON.stringify(parsed.error.issues)}\n${JSON.stringify(json)}`);
  expect(parsed.data).toEqual(json);
}

describe.each(RULES_UNDER_TEST.map((r) => [r.id, r] as const))('%s output schema', (_id, rule) => {
  it('is declared and converts to JSON Schema', () => {
    const schema = jsonSchemaOf(rule, 'output');
    expect(schema.type).toBe('object');
    expect(schema.required).toEqual(['value', 'reasons', 'trace']);
  });

  it("matches the rule's worked examples exactly", () => {
    for (const example of rule.examples) expectMatchesOutputSchema(rule, rule.run(example.input, example.options));
  });

  it('matches decisions on generated valid inputs exactly', () => {
    fc.assert(
      fc.property(validInput(rule), validOptions(rule), (input, options) => {
        let decision;
        try {
          decision = rule.run(input, options);
        } catch (e) {
          if (e instanceof MeritInputError || e instanceof RuleNotInForceError) return;
          throw e;
        }
        expectMatchesOutputSchema(rule, decision);
      }),
      { numRuns: genericRuns(60) },
    );
  });
});
