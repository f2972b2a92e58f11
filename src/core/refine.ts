import * as z from 'zod/mini';
import type * as z4 from 'zod/v4/core';
import type { Bilingual } from './explain.js';

/**
 * zod runs a schema's checks after "continuable" issues of its parts (a failed regex, say), when some
 * fields still hold the raw input instead of their parsed value (a string where a Decimal is expected).
 * Checks built here run only when everything below them parsed cleanly, so they can rely on the types.
 */
const whenParsed = { when: (payload: z4.ParsePayload) => payload.issues.length === 0 };

/** What a check says when it fails: its message in both languages, and the field it points at. */
export type CheckMessage = { text: Bilingual; path?: PropertyKey[] } | { message: string; path?: PropertyKey[] } | string;

function paramsOf(params: CheckMessage) {
  if (typeof params === 'string') return { message: params, ...whenParsed };
  if ('text' in params) {
    const { text, path } = params;
    // The English text is zod's message; MeritInputError.fromZod reads both languages from `params`.
    return { message: text.en, params: { text }, ...(path ? { path } : {}), ...whenParsed };
  }
  return { ...params, ...whenParsed };
}

/** `z.refine` that runs only on a cleanly parsed value. */
export function refineParsed<T>(fn: (value: T) => unknown, params: CheckMessage) {
  return z.refine<T>(fn, paramsOf(params));
}

/** `z.superRefine` that runs only on a cleanly parsed value. */
export function superRefineParsed<T>(fn: (value: T, ctx: z4.$RefinementCtx<T>) => void) {
  return z.superRefine<T>(fn, whenParsed);
}

/**
 * An issue for `ctx.addIssue` inside {@link superRefineParsed}, with its message in both languages.
 * `path` is relative to the value being refined.
 */
export function contradiction(text: Bilingual, path: PropertyKey[] = []) {
  return { code: 'custom' as const, message: text.en, params: { text }, path };
}
