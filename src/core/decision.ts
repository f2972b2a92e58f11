import { deepFreeze } from './freeze.js';

/** Where a rule comes from: a regulation in the catalogue, and optionally its Pasal/ayat and Lampiran. */
export interface Citation {
  /** Catalogue id of the regulation, e.g. `'PERMENPANRB_6_2022'` (see `REGULATIONS`). */
  regulation: string;
  /** Article, e.g. `'Pasal 41 ayat (3)'`. */
  article?: string;
  /** Annex, e.g. `'Lampiran II'`. */
  annex?: string;
}

export type ReasonOutcome = 'PASS' | 'FAIL' | 'INFO';
export type FactValue = string | number | boolean | null;

/** One rule applied: machine-readable, rendered to text by `explain()`. */
export interface Reason {
  /** Rule id, e.g. `'performance.predikatKinerja'`. */
  rule: string;
  /** Message key, rendered by `explain()`. */
  code: string;
  outcome: ReasonOutcome;
  /** Shared by every decision of the rule, and frozen. */
  citations: readonly Citation[];
  /** Inputs and parameters this reason used. Decimal values are plain-notation strings. */
  facts: Record<string, FactValue>;
}

/** A result plus the reasons that produced it. */
export interface Decision<T> {
  value: T;
  reasons: Reason[];
}

/**
 * Builds a {@link Reason}. Citation lists are the rules' own constants, shared by every decision: they
 * are frozen (to the bottom) the first time they are handed out, so a caller writing to one gets a TypeError instead of
 * changing the next decision. `facts` is new for each reason and belongs to the caller.
 */
export function reason(
  rule: string,
  code: string,
  outcome: ReasonOutcome,
  citations: readonly Citation[],
  facts: Record<string, FactValue> = {},
): Reason {
  deepFreeze(citations);
  return { rule, code, outcome, citations, facts };
}

/** Builds a {@link Decision}. */
export function decision<T>(value: T, reasons: Reason[]): Decision<T> {
  return { value, reasons };
}
