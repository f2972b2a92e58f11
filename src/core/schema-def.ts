import type * as z4 from 'zod/v4/core';

/**
 * The parts of a zod schema's definition that the library's schema walkers read: unknown keys, list
 * bounds, CSV headers, JSON Schema closing, generated test inputs. One shape for all of them.
 */
export interface SchemaDef {
  type: string;
  shape?: Record<string, z4.$ZodType>;
  catchall?: z4.$ZodType;
  element?: z4.$ZodType;
  items?: z4.$ZodType[];
  rest?: z4.$ZodType | null;
  options?: z4.$ZodType[];
  innerType?: z4.$ZodType;
  in?: z4.$ZodType;
  keyType?: z4.$ZodType;
  valueType?: z4.$ZodType;
  left?: z4.$ZodType;
  right?: z4.$ZodType;
  getter?: () => z4.$ZodType;
  entries?: Record<string, string | number>;
  values?: unknown[];
  checks?: { _zod: { def: Record<string, unknown> } }[];
}

/** The definition of a schema as the walkers read it. */
export const defOf = (schema: z4.$ZodType): SchemaDef => schema._zod.def as unknown as SchemaDef;

/** An object definition that takes keys it does not list (`z.looseObject`, a catchall other than `never`). */
export const isOpenObject = (def: SchemaDef): boolean => def.catchall !== undefined && defOf(def.catchall).type !== 'never';

const unwrapped = new WeakMap<z4.$ZodType, z4.$ZodType>();

/** The schema under optional/nullable/default/prefault/readonly/lazy wrappers and the input side of pipes. */
export function unwrapSchema(schema: z4.$ZodType): z4.$ZodType {
  let inner = unwrapped.get(schema);
  if (inner === undefined) {
    inner = unwrapOnce(schema);
    unwrapped.set(schema, inner);
  }
  return inner;
}

function unwrapOnce(schema: z4.$ZodType): z4.$ZodType {
  let s = schema;
  for (;;) {
    const def = defOf(s);
    if (def.innerType) s = def.innerType;
    else if (def.type === 'pipe' && def.in) s = def.in;
    else if (def.type === 'lazy' && def.getter) s = def.getter();
    else return s;
  }
}
