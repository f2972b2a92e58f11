import type * as z4 from 'zod/v4/core';
import { defOf as schemaDefOf, isOpenObject, type SchemaDef } from '../../src/core/schema-def.js';
import { unwrapSchema } from '../../src/core/unknown-keys.js';

const defOf = (s: z4.$ZodType): SchemaDef => schemaDefOf(unwrapSchema(s));

/** A place in an input where the schema expects a plain object with a fixed set of keys. */
export interface ObjectNode {
  path: (string | number)[];
  value: Record<string, unknown>;
  keys: string[];
}

/**
 * Every object of `value` that `schema` reads as a strict object (not a record, not a loose object),
 * at any depth, with its path and known keys. Unions are followed into every option that has the key.
 */
export function strictObjectNodes(schema: z4.$ZodType, value: unknown, path: (string | number)[] = []): ObjectNode[] {
  if (value === null || typeof value !== 'object') return [];
  const def = defOf(schema);
  if (def.type === 'object' && def.shape && !Array.isArray(value)) {
    const open = isOpenObject(def);
    const nodes: ObjectNode[] = open ? [] : [{ path, value: value as Record<string, unknown>, keys: Object.keys(def.shape) }];
    for (const [key, v] of Object.entries(value)) {
      const field = def.shape[key];
      if (field) nodes.push(...strictObjectNodes(field, v, [...path, key]));
    }
    return nodes;
  }
  if (def.type === 'array' && def.element && Array.isArray(value))
    return value.flatMap((v, i) => strictObjectNodes(def.element!, v, [...path, i]));
  if (def.type === 'tuple' && def.items && Array.isArray(value)) {
    return value.flatMap((v, i) => (def.items![i] ? strictObjectNodes(def.items![i]!, v, [...path, i]) : []));
  }
  if (def.type === 'union' && def.options) {
    for (const option of def.options) {
      const nodes = strictObjectNodes(option, value, path);
      if (nodes.length > 0) return nodes;
    }
  }
  return [];
}

/** A copy of `root` with the object at `path` replaced by `replace(object)`. */
export function replaceAt(root: unknown, path: (string | number)[], replace: (o: Record<string, unknown>) => unknown): unknown {
  if (path.length === 0) return replace(root as Record<string, unknown>);
  const [head, ...rest] = path;
  if (Array.isArray(root)) return root.map((v, i) => (i === head ? replaceAt(v, rest, replace) : v));
  const o = root as Record<string, unknown>;
  return { ...o, [head!]: replaceAt(o[head!], rest, replace) };
}
