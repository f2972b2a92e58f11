import type * as z4 from 'zod/v4/core';
import type { RuleDescriptor } from '../../src/core/rule.js';

type AnyDef = Record<string, unknown> & { type?: string };

/**
 * Every enumeration value (`z.enum` entries, string `z.literal`s) a schema can produce, at any depth:
 * objects, arrays, records, unions, tuples, optional/nullable/default wrappers and pipes are followed.
 */
export function enumValuesOf(schema: z4.$ZodType, seen = new Set<unknown>()): Set<string> {
  const values = new Set<string>();
  const visit = (s: unknown): void => {
    if (!s || typeof s !== 'object' || seen.has(s)) return;
    seen.add(s);
    const def = (s as { _zod?: { def?: AnyDef } })._zod?.def;
    if (!def) return;
    switch (def.type) {
      case 'enum':
        for (const v of Object.values(def.entries as Record<string, unknown>)) if (typeof v === 'string') values.add(v);
        return;
      case 'literal':
        for (const v of def.values as unknown[]) if (typeof v === 'string') values.add(v);
        return;
      case 'object':
        for (const f of Object.values(def.shape as Record<string, unknown>)) visit(f);
        return;
      case 'array':
        return visit(def.element);
      case 'record':
        visit(def.keyType);
        return visit(def.valueType);
      case 'union':
        for (const o of def.options as unknown[]) visit(o);
        return;
      case 'tuple':
        for (const i of def.items as unknown[]) visit(i);
        return visit(def.rest);
      case 'intersection':
        visit(def.left);
        return visit(def.right);
      case 'pipe':
        visit(def.in);
        return visit(def.out);
      case 'lazy':
        return visit((def.getter as () => unknown)());
      default:
        // optional, nullable, default, prefault, readonly, catch, nonoptional: one inner schema
        visit(def.innerType);
    }
  };
  visit(schema);
  return values;
}

/** Every enumeration value of every rule's output schema, with the rules whose output holds it. */
export function outputEnumValues(rules: readonly RuleDescriptor[]): Map<string, string[]> {
  const byValue = new Map<string, string[]>();
  for (const rule of rules) {
    for (const v of enumValuesOf(rule.output as z4.$ZodType)) byValue.set(v, [...(byValue.get(v) ?? []), rule.id]);
  }
  return byValue;
}
