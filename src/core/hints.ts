import * as z from 'zod/mini';

/**
 * Hints for generating valid values of a schema (used by `sistem-merit/testing`): a plain-string
 * schema cannot tell fast-check that it holds a calendar date or a bounded decimal.
 */
export type ArbitraryHint = { kind: 'date' } | { kind: 'decimal'; min?: string; max?: string };

/** The registry of generation hints (kept apart from zod's global registry, so JSON Schema output is unchanged). */
export const arbitraryHints = z.registry<ArbitraryHint>();
