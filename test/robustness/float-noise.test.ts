import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { genericRuns, RULES_UNDER_TEST } from '../rules-under-test.js';
import { MeritInputError, RuleNotInForceError } from '../../src/index.js';
import { validInput, validOptions } from '../../src/testing/index.js';

/**
 * Float noise: the trace binary floating point leaves in a decimal (`0.1 + 0.2` → `0.30000000000000004`,
 * or a Decimal made from such a number: `67.810000000000000008`): a run of 8 or more zeros or nines inside
 * the fractional part, followed by other digits; or a number only exponent notation can print (`6.4e-311`).
 */
const NOISE = /\.\d*(0{8,}[1-9]|9{8,}[0-8])|e[-+]/;

function noisy(value: unknown, path = ''): string[] {
  if (typeof value === 'number') return NOISE.test(String(value)) ? [`${path} = ${value}`] : [];
  if (typeof value === 'string') return /^-?\d+\.\d+$/.test(value) && NOISE.test(value) ? [`${path} = "${value}"`] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => noisy(v, `${path}[${i}]`));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => noisy(v, `${path}.${k}`));
  return [];
}

function decided(run: () => unknown): unknown {
  try {
    return JSON.parse(JSON.stringify(run()));
  } catch (e) {
    if (MeritInputError.is(e) || e instanceof RuleNotInForceError) return undefined;
    throw e;
  }
}

describe('no float noise in any output: values and reason facts are exact decimals', () => {
  it('detects noise (guards the check itself)', () => {
    expect(noisy({ a: 0.1 + 0.2, b: '67.810000000000000008', c: '20.83', d: 110.4, e: '0.3333333333', f: 5e-324, g: 0.29999999999999998 })).toEqual([
      '.a = 0.30000000000000004',
      '.b = "67.810000000000000008"',
      '.f = 5e-324',
    ]);
  });

  for (const rule of RULES_UNDER_TEST) {
    it(rule.id, () => {
      for (const ex of rule.examples) expect(noisy(decided(() => rule.run(ex.input, ex.options)))).toEqual([]);
      fc.assert(
        fc.property(validInput(rule), validOptions(rule), (input, options) => {
          expect(noisy(decided(() => rule.run(input, options)))).toEqual([]);
        }),
        { numRuns: genericRuns(60) },
      );
    });
  }
});
