import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MeritInputError, RuleNotInForceError } from '../../src/index.js';
import { PROMOTION_RULES } from '../../src/promotion/index.js';

// Any input at all: a Decision or a typed error, never a crash, NaN or undefined.
describe.each(PROMOTION_RULES.map((r) => [r.id, r] as const))('%s on arbitrary input', (_id, rule) => {
  it('returns a Decision or throws MeritInputError / RuleNotInForceError', () => {
    fc.assert(
      fc.property(fc.anything(), fc.option(fc.anything(), { nil: undefined }), (input, options) => {
        try {
          const d = rule.run(input, options);
          expect(d.value).not.toBeUndefined();
          expect(d.reasons.length).toBeGreaterThan(0);
        } catch (e) {
          expect(e instanceof MeritInputError || e instanceof RuleNotInForceError, String(e)).toBe(true);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('accepts its own examples with mutated fields only by validating them', () => {
    for (const ex of rule.examples) {
      if (typeof ex.input !== 'object' || ex.input === null) continue;
      for (const key of Object.keys(ex.input)) {
        for (const bad of [null, -1, 'x', Number.NaN, {}]) {
          const input = { ...(ex.input as Record<string, unknown>), [key]: bad };
          try {
            const d = rule.run(input, ex.options);
            expect(JSON.stringify(d.value)).not.toMatch(/NaN|null,"reasons"/);
          } catch (e) {
            expect(e, `${key}=${String(bad)}`).toBeInstanceOf(MeritInputError);
            expect((e as MeritInputError).issues[0]!.path[0], `${key}=${String(bad)}`).toBe(key);
          }
        }
      }
    }
  });
});
