/**
 * fast-check arbitraries of valid inputs for every rule, for apps that property-test their own
 * integration (`import { validInput } from 'sistem-merit/testing'`). Needs the `fast-check` package.
 * @module sistem-merit/testing
 */
import fc from 'fast-check';
import type * as z4 from 'zod/v4/core';
import { safeParse } from 'zod/v4/core';
import { arbitraryHints } from '../core/hints.js';
import { defOf, type SchemaDef } from '../core/schema-def.js';
import type { AnyRule } from '../core/rule.js';

const checksOf = (def: SchemaDef) => (def.checks ?? []).map((c) => c._zod.def);

const DAY = 86_400_000;
/** Calendar dates from 1950 to 2040. */
export const isoDateArbitrary: fc.Arbitrary<string> = fc
  .integer({ min: Math.floor(Date.UTC(1950, 0, 1) / DAY), max: Math.floor(Date.UTC(2040, 11, 31) / DAY) })
  .map((d) => new Date(d * DAY).toISOString().slice(0, 10));

/** Decimal inputs between `min` and `max` (two decimals), as numbers or plain decimal strings. */
export function decimalArbitrary(min = 0, max = min + 1000): fc.Arbitrary<number | string> {
  const lo = Math.ceil(min * 100);
  const hi = Math.floor(max * 100);
  return fc
    .integer({ min: lo, max: Math.max(lo, hi) })
    .chain((cents) => fc.constantFrom<number | string>(cents / 100, (cents / 100).toFixed(2)));
}

function numberArbitrary(def: SchemaDef): fc.Arbitrary<number> {
  let min = -1_000_000;
  let max = 1_000_000;
  // `z.int()` is itself a format check: its format sits on the schema's own def, not among its checks.
  const own = def as { check?: string; format?: string };
  let integer = own.check === 'number_format' && (own.format === 'safeint' || own.format === 'int32');
  for (const c of checksOf(def)) {
    if (c.check === 'number_format' && (c.format === 'safeint' || c.format === 'int32')) integer = true;
    if (c.check === 'greater_than') min = Math.max(min, (c.value as number) + (c.inclusive ? 0 : integer ? 1 : 1e-9));
    if (c.check === 'less_than') max = Math.min(max, (c.value as number) - (c.inclusive ? 0 : integer ? 1 : 1e-9));
  }
  if (integer) return fc.integer({ min: Math.ceil(min), max: Math.max(Math.ceil(min), Math.floor(max)) });
  return fc.double({ min, max: Math.max(min, max), noNaN: true, noDefaultInfinity: true });
}

function stringArbitrary(def: SchemaDef): fc.Arbitrary<string> {
  let minLength = 0;
  let maxLength = 20;
  for (const c of checksOf(def)) {
    if (c.check === 'min_length') minLength = c.minimum as number;
    if (c.check === 'max_length') maxLength = Math.min(maxLength, c.maximum as number);
  }
  return fc.string({ minLength, maxLength: Math.max(minLength, maxLength) });
}

/**
 * A best-effort arbitrary of values shaped like the schema's input. Refinements the schema cannot
 * describe (cross-field checks) may still reject some values: use {@link validInput} for valid ones.
 */
export function arbitraryOf(schema: z4.$ZodType, depth = 0): fc.Arbitrary<unknown> {
  const hint = arbitraryHints.get(schema);
  if (hint?.kind === 'date') return isoDateArbitrary;
  if (hint?.kind === 'decimal')
    return decimalArbitrary(hint.min === undefined ? 0 : Number(hint.min), hint.max === undefined ? undefined : Number(hint.max));
  const def = defOf(schema);
  switch (def.type) {
    case 'object': {
      const shape = def.shape ?? {};
      const arbs: Record<string, fc.Arbitrary<unknown>> = {};
      const requiredKeys: string[] = [];
      for (const [key, s] of Object.entries(shape)) {
        const t = defOf(s).type;
        const optional = t === 'optional' || t === 'default' || t === 'prefault';
        arbs[key] = optional ? arbitraryOf(defOf(s).innerType!, depth + 1) : arbitraryOf(s, depth + 1);
        if (!optional) requiredKeys.push(key);
      }
      return fc.record(arbs, { requiredKeys });
    }
    case 'string':
      return stringArbitrary(def);
    case 'number':
      return numberArbitrary(def);
    case 'int':
      return fc.integer({ min: -1000, max: 1000 });
    case 'boolean':
      return fc.boolean();
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries ?? {}));
    case 'literal':
      return fc.constantFrom(...(def.values ?? []));
    case 'array': {
      let minLength = 0;
      let maxLength = 6;
      for (const c of checksOf(def)) {
        if (c.check === 'min_length') minLength = c.minimum as number;
        if (c.check === 'max_length') maxLength = Math.min(maxLength, c.maximum as number);
      }
      return fc.array(arbitraryOf(def.element!, depth + 1), {
        minLength,
        maxLength: Math.max(minLength, depth > 2 ? minLength : maxLength),
      });
    }
    case 'tuple':
      return fc.tuple(...(def.items ?? []).map((i) => arbitraryOf(i, depth + 1)));
    case 'union':
      return fc.oneof(...(def.options ?? []).map((o) => arbitraryOf(o, depth + 1)));
    case 'optional':
      return fc.option(arbitraryOf(def.innerType!, depth + 1), { nil: undefined });
    case 'nullable':
      return fc.option(arbitraryOf(def.innerType!, depth + 1), { nil: null });
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return arbitraryOf(def.innerType!, depth + 1);
    case 'pipe':
      return arbitraryOf(def.in!, depth + 1);
    case 'record': {
      const keyDef = defOf(def.keyType!);
      const value = arbitraryOf(def.valueType!, depth + 1);
      if (keyDef.type === 'enum') {
        const keys = Object.values(keyDef.entries ?? {}).map(String);
        return fc.record(Object.fromEntries(keys.map((k) => [k, value])), { requiredKeys: [] });
      }
      return fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), value, { maxKeys: 4 });
    }
    case 'intersection':
      return fc
        .tuple(arbitraryOf(def.left!, depth + 1), arbitraryOf(def.right!, depth + 1))
        .map(([a, b]) => (a && b && typeof a === 'object' && typeof b === 'object' ? { ...a, ...b } : a));
    case 'lazy':
      return depth > 4 ? fc.constant(undefined) : arbitraryOf(def.getter!(), depth + 1);
    default:
      return fc.constant(undefined);
  }
}

/**
 * Valid inputs of a rule: generated from its input schema and kept when the schema accepts them;
 * otherwise one of the rule's worked examples, so generation always makes progress.
 */
export function validInput<I = unknown>(rule: AnyRule): fc.Arbitrary<I> {
  const examples = rule.examples.map((e) => e.input);
  const fallback = examples.length > 0 ? fc.constantFrom(...examples) : fc.constant(undefined);
  return fc
    .tuple(arbitraryOf(rule.input), fallback)
    .map(([generated, example]) => (safeParse(rule.input, generated).success ? generated : example) as I);
}

/** Valid options of a rule (settings generated from the options schema), or an example's options. */
export function validOptions<O = unknown>(rule: AnyRule): fc.Arbitrary<O> {
  const examples = rule.examples.map((e) => e.options);
  const fallback = examples.length > 0 ? fc.constantFrom(...examples) : fc.constant(undefined);
  if (!rule.options) return fallback as fc.Arbitrary<O>;
  const schema = rule.options;
  return fc
    .tuple(arbitraryOf(schema), fallback)
    .map(([generated, example]) => (safeParse(schema, generated).success ? generated : example) as O);
}

/** The share (0–1) of generated values the rule's input schema accepts, to judge {@link validInput}'s coverage. */
export function acceptanceRate(rule: AnyRule, samples = 200, seed = 1): number {
  const values = fc.sample(arbitraryOf(rule.input), { numRuns: samples, seed });
  return values.filter((v) => safeParse(rule.input, v).success).length / samples;
}
