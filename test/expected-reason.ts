import type { Reason } from '../src/core/decision.js';

/** A citation as a test writes it (plain strings; the rule's own are checked by test/citations.test.ts). */
export type CitationLike = { regulation: string; article?: string; annex?: string; unlocated?: string };

/**
 * Builds the reasons a test expects from one rule: `reasonsOf(RULE)('masaKerja', 'PASS', citations, facts)`
 * is `{ rule: RULE, code: 'RULE.masaKerja', outcome: 'PASS', citations, facts }`, to compare with `toEqual`.
 */
export const reasonsOf =
  (rule: string) => (code: string, outcome: Reason['outcome'], citations: readonly CitationLike[], facts: Record<string, unknown>) => ({
    rule,
    code: `${rule}.${code}`,
    outcome,
    citations,
    facts,
  });
