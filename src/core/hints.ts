import * as z from 'zod/mini';
import type { Bilingual } from './explain.js';

/**
 * Hints for generating valid values of a schema (used by `sistem-merit/testing`): a plain-string
 * schema cannot tell fast-check that it holds a calendar date or a bounded decimal.
 */
export type ArbitraryHint = { kind: 'date' } | { kind: 'decimal'; min?: string; max?: string };

/** The registry of generation hints (kept apart from zod's global registry, so JSON Schema output is unchanged). */
export const arbitraryHints = z.registry<ArbitraryHint>();

/**
 * What to type in a field whose schema alone cannot say it in words (a code's alphabet, a month's form), and a
 * note for the person typing (where a value not offered is decided instead), in both languages. Read by the
 * issue texts (`core/issue-from-zod.ts`); kept apart from zod's global registry like the hints above.
 */
export interface IssueHint {
  /** Replaces what the schema says to type (`tulis …` / `write …`). */
  expected?: Bilingual;
  /** Added at the end of the issue's text. */
  note?: Bilingual;
}

/** The registry of issue hints: `schema.register(issueHints, { expected: { id, en } })`. */
export const issueHints = z.registry<IssueHint>();
