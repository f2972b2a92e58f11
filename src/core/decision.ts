import { deepFreeze } from './freeze.js';
import type { RegulationId } from './regulation-ids.js';

/**
 * Where a rule comes from: a regulation in the catalogue and the text in it, its article (Pasal/ayat)
 * or annex (Lampiran); or, where that text has not been found yet, why (`unlocated`: what was searched
 * and what is known), shown as such on the rule's page and by `explain`.
 */
export type Citation =
  | { regulation: RegulationId; article: string; annex?: string; unlocated?: undefined }
  | { regulation: RegulationId; article?: undefined; annex: string; unlocated?: undefined }
  | { regulation: RegulationId; article?: undefined; annex?: undefined; unlocated: string };

/**
 * What a reason says of the case: `PASS` a condition met, `FAIL` a condition not met, `APPLIES` the row of a
 * table or scale that applies (a band, a penalty, a consequence), `INFO` a computation or a note.
 */
export type ReasonOutcome = 'PASS' | 'FAIL' | 'APPLIES' | 'INFO';
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

/**
 * What made a decision: the library version and the rule version applied (the `versions` row in force,
 * `null` for a rule with one version). One frozen object per rule version, shared by its decisions.
 */
export interface DecisionTrace {
  readonly library: string;
  readonly rule: string;
  readonly version: string | null;
}

/** A result plus the reasons that produced it; a rule's `run` also says which rule version decided it. */
export interface Decision<T> {
  value: T;
  reasons: Reason[];
  /** Set by every rule's `run`; absent on a decision built inside a rule, before it is returned. */
  trace?: DecisionTrace;
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
