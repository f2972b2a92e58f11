import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RULES_UNDER_TEST } from './rules-under-test.js';
import { MeritInputError, RULES } from '../src/index.js';
import { unknownKeys } from '../src/core/unknown-keys.js';
import { validOptions } from '../src/testing/index.js';
import * as z from 'zod/mini';

/** A misspelt setting must not silently fall back to its preset: every rule refuses unknown option keys. */
describe.each(RULES_UNDER_TEST.map((r) => [r.id, r] as const))('%s options', (_id, rule) => {
  it('refuse an unknown key, at the top and inside settings, naming it', () => {
    const options = (fc.sample(validOptions(rule), { numRuns: 1, seed: 11 })[0] ?? {}) as Record<string, unknown>;
    const input = rule.examples[0]!.input;
    expect(() => rule.run(input, { ...options, tidakAda: 1 })).toThrow(MeritInputError);
    expect(() => rule.withOptions({ ...options, tidakAda: 1 })).toThrow(/options\.tidakAda: is not a setting of this rule/);
    const settings = options.settings;
    if (settings && typeof settings === 'object' && !Array.isArray(settings) && Object.keys(settings).length > 0) {
      expect(() => rule.withOptions({ ...options, settings: { ...settings, salahKetik: 1 } })).toThrow(
        /options\.settings\.salahKetik: is not a setting of this rule/,
      );
    }
  });
});

describe('unknownKeys', () => {
  const schema = z.object({
    a: z.optional(z.object({ b: z.number() })),
    list: z.array(z.object({ c: z.string() })),
    loose: z.looseObject({ d: z.number() }),
    rec: z.record(z.string(), z.number()),
  });
  it('finds keys the schema does not know, at any depth, but not in loose objects or records', () => {
    expect(
      unknownKeys(schema, { a: { b: 1, x: 2 }, list: [{ c: 'c' }, { c: 'c', y: 1 }], loose: { d: 1, z: 1 }, rec: { any: 1 }, w: 0 }).map(
        ({ path, message }) => ({ path, message }),
      ),
    ).toEqual([
      { path: ['a', 'x'], message: 'is not a setting of this rule' },
      { path: ['list', 1, 'y'], message: 'is not a setting of this rule' },
      { path: ['w'], message: 'is not a setting of this rule' },
    ]);
    expect(unknownKeys(schema, { valueOf: 1, toString: 2 })).toHaveLength(2);
    expect(unknownKeys(schema, 'not an object')).toEqual([]);
  });
});
