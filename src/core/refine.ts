import * as z from 'zod/mini';
import type * as z4 from 'zod/v4/core';

/**
 * zod runs a schema's checks after "continuable" issues of its parts (a failed regex, say), when some
 * fields still hold the raw input instead of their parsed value (a string where a Decimal is expected).
 * Checks built here run only when everything below them parsed cleanly, so they can rely on the types.
 */
const whenParsed = { when: (payload: z4.ParsePayload) => payload.issues.length === 0 };

/** `z.refine` that runs only on a cleanly parsed value. */
export function refineParsed<T>(fn: (value: T) => unknown, params: { message: string; path?: PropertyKey[] } | string) {
  return z.refine<T>(fn, typeof params === 'string' ? { message: params, ...whenParsed } : { ...params, ...whenParsed });
}

/** `z.superRefine` that runs only on a cleanly parsed value. */
export function superRefineParsed<T>(fn: (value: T, ctx: z4.$RefinementCtx<T>) => void) {
  return z.superRefine<T>(fn, whenParsed);
}
