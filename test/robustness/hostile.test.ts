import { describe, expect, it } from 'vitest';
import { RULES_UNDER_TEST } from '../rules-under-test.js';
import { MAX_INPUT_ISSUES, MeritInputError, RuleNotInForceError } from '../../src/index.js';

/** Paths of every array inside a value. */
function arrayPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return [path, ...value.flatMap((v, i) => arrayPaths(v, [...path, i]))];
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => arrayPaths(v, [...path, k]));
  return [];
}

function setAt(root: unknown, path: (string | number)[], v: unknown): unknown {
  if (path.length === 0) return v;
  const [head, ...rest] = path;
  if (Array.isArray(root)) return root.map((x, i) => (i === head ? setAt(x, rest, v) : x));
  return { ...(root as object), [head!]: setAt((root as Record<string | number, unknown>)[head!], rest, v) };
}

/** Only a Decision or the library's own error; a refusal says what and where. */
function outcome(run: () => unknown): 'decided' | MeritInputError {
  try {
    const d = run() as { value: unknown; reasons: unknown[] };
    expect(Array.isArray(d.reasons)).toBe(true);
    return 'decided';
  } catch (e) {
    if (e instanceof RuleNotInForceError) return 'decided';
    if (!MeritInputError.is(e)) throw e;
    expect(e.issues.length).toBeGreaterThan(0);
    expect(e.issues.length).toBeLessThanOrEqual(MAX_INPUT_ISSUES);
    return e;
  }
}

const throwingGetter = () =>
  Object.defineProperty({}, 'x', {
    enumerable: true,
    get() {
      throw new Error('getter exploded');
    },
  });

const hostileProxy = () =>
  new Proxy(
    {},
    {
      ownKeys() {
        throw new Error('ownKeys exploded');
      },
      get() {
        throw new Error('get exploded');
      },
      getOwnPropertyDescriptor() {
        throw new Error('descriptor exploded');
      },
      has() {
        throw new Error('has exploded');
      },
    },
  );

describe('huge and hostile inputs end in a Decision or a typed error', () => {
  for (const rule of RULES_UNDER_TEST) {
    const ex = rule.examples.find((e) => e.input !== null && typeof e.input === 'object');
    if (!ex) continue;
    it(rule.id, () => {
      // Far more rows than any list allows (200,000; bench/worst-input.ts times a million): refused by length, before a row is read.
      for (const path of arrayPaths(ex.input)) {
        const list = Array.from({ length: 200_000 }, () => ({}));
        const result = outcome(() => rule.run(setAt(ex.input, path, list), ex.options));
        expect(result).toBeInstanceOf(MeritInputError);
        expect((result as MeritInputError).issues[0]).toMatchObject({ path, code: 'too_many_items' });
      }
      // Throwing getters and Proxies, as the whole input and as any field: refused as unreadable.
      const whole = outcome(() => rule.run(hostileProxy(), ex.options));
      expect(whole).toBeInstanceOf(MeritInputError);
      expect((whole as MeritInputError).issues[0]).toMatchObject({
        code: 'unreadable',
        text: { id: expect.stringContaining('tidak dapat dibaca') },
      });
      expect(outcome(() => rule.run(throwingGetter(), ex.options))).toBeInstanceOf(MeritInputError);
      for (const key of Object.keys(ex.input as object)) {
        outcome(() => rule.run({ ...(ex.input as object), [key]: hostileProxy() }, ex.options));
        outcome(() => rule.run({ ...(ex.input as object), [key]: throwingGetter() }, ex.options));
      }
      // Cycles: an object that contains itself, where a field is expected.
      const cyclic: Record<string, unknown> = { ...(ex.input as object) };
      for (const key of Object.keys(cyclic)) outcome(() => rule.run({ ...cyclic, [key]: cyclic }, ex.options));
      // Hostile options too.
      outcome(() => rule.run(ex.input, hostileProxy()));
      outcome(() => rule.run(ex.input, throwingGetter()));
    });
  }

  it('an error keeps the first 50 issues and counts the rest', () => {
    const rule = RULES_UNDER_TEST.find((r) => r.id === 'performance.predikatKinerja');
    if (!rule) return;
    const input = Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`kolom${i}`, i]));
    const e = outcome(() => rule.run(input)) as MeritInputError;
    expect(e.issues).toHaveLength(MAX_INPUT_ISSUES);
    expect(e.issueCount).toBe(502); // 500 unknown keys and the two missing ratings
    expect(e.message).toMatch(/… and 452 more$/);
    expect(e.describe('id').at(-1)).toBe('… dan 452 masalah lain');
  });
});
