import type { Citation, Reason } from '../src/core/decision.js';

/**
 * Builds the reasons a test expects from one rule: `reasonsOf(RULE)('masaKerja', 'PASS', citations, facts)`
 * is `{ rule: RULE, code: 'RULE.masaKerja', outcome: 'PASS', citations, facts }`, to compare with `toEqual`.
 */
export const reasonsOf =
  (rule: string) => (code: string, outcome: Reason['outcome'], citations: readonly Citation[], facts: Record<string, unknown>) => ({
    rule,
    code: `${rule}.${code}`,
    outcome,
    citations,
    facts,
  });
