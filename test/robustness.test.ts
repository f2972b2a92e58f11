import DecimalJs from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RULES_UNDER_TEST } from './rules-under-test.js';
import { MeritInputError, RuleNotInForceError, RULES } from '../src/index.js';
import { validOptions } from '../src/testing/index.js';

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

const clone = <T>(v: T): T => structuredClone(v);

function leafPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => leafPaths(v, [...path, i]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => leafPaths(v, [...path, k]));
  return [path];
}

function setPath(root: unknown, path: (string | number)[], v: unknown): unknown {
  if (path.length === 0) return v;
  const copy = clone(root) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1]!] = v;
  return copy;
}

/** Runs per property; `FUZZ_RUNS=10000 npx vitest run test/robustness.test.ts` for a long run. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 100);

const nasty = fc.oneof(
  fc.constantFrom(NaN, Infinity, -Infinity, -1, -0.5, 1e308, Number.MAX_SAFE_INTEGER + 2, '', ' ', '1e3', '2023-02-29', '9999-99-99', null, undefined, true, [], {}),
  fc.anything(),
);

/** Accepts only a Decision whose JSON has no NaN/undefined holes, or one of the library's own errors. */
function checkOutcome(run: () => unknown) {
  try {
    const d = run() as { value: unknown; reasons: unknown[] };
    expect(d.value).not.toBeUndefined();
    expect(Array.isArray(d.reasons)).toBe(true);
    expect(JSON.stringify(d)).not.toMatch(/NaN|Infinity/);
  } catch (e) {
    if (!(e instanceof MeritInputError || e instanceof RuleNotInForceError)) throw e;
    if (e instanceof MeritInputError) expect(e.issues.length).toBeGreaterThan(0);
  }
}

describe.each(RULES_UNDER_TEST.map((r) => [r.id, r] as const))('robustness of %s', (_id, rule) => {
  it('returns a Decision or a typed error for arbitrary input', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => checkOutcome(() => rule.run(input, rule.examples[0]?.options))),
      { numRuns: Math.max(1, Math.round(RUNS * 0.6)) },
    );
  });

  it('returns a Decision or a typed error when one field of an example is corrupted', () => {
    const examples = rule.examples.filter((e) => e.input && typeof e.input === 'object');
    if (examples.length === 0) return;
    fc.assert(
      fc.property(fc.constantFrom(...examples), fc.nat(), nasty, (ex, pick, v) => {
        const paths = leafPaths(ex.input);
        const path = paths[pick % paths.length]!;
        checkOutcome(() => rule.run(setPath(ex.input, path, v), ex.options));
      }),
      { numRuns: RUNS },
    );
  });

  it('returns a Decision or a typed error when one field of valid options is corrupted', () => {
    const example = rule.examples[0];
    fc.assert(
      fc.property(validOptions(rule), fc.nat(), nasty, (options, pick, v) => {
        const paths = leafPaths(options);
        if (paths.length === 0) return;
        const path = paths[pick % paths.length]!;
        checkOutcome(() => rule.run(example?.input, setPath(options, path, v)));
      }),
      { numRuns: RUNS },
    );
  });

  it('never mutates its input and is deterministic (deep-frozen examples)', () => {
    for (const ex of rule.examples) {
      const expected = rule.run(clone(ex.input), clone(ex.options));
      const frozenInput = deepFreeze(clone(ex.input));
      const frozenOptions = deepFreeze(clone(ex.options));
      expect(rule.run(frozenInput, frozenOptions)).toEqual(expected);
      expect(rule.run(frozenInput, frozenOptions)).toEqual(expected);
    }
  });

  it("ignores a host application's global Decimal settings", () => {
    const saved = { precision: DecimalJs.precision, rounding: DecimalJs.rounding };
    const before = rule.examples.map((ex) => rule.run(clone(ex.input), clone(ex.options)));
    try {
      DecimalJs.set({ precision: 5, rounding: DecimalJs.ROUND_DOWN });
      expect(rule.examples.map((ex) => rule.run(clone(ex.input), clone(ex.options)))).toEqual(before);
    } finally {
      DecimalJs.set(saved);
    }
  });
});

it('the robustness suite covers every rule', () => {
  expect(RULES.length).toBeGreaterThan(0);
});
