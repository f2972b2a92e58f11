import type { Decision } from '../../src/core/decision.js';
import { type Locale, outcomeHeading } from '../../src/core/explain.js';
import { describeDecision, explain } from '../../src/explain.js';

/** The plain-text lines of a decision's reasons, one per reason, without the citation list that follows them. */
export const reasonLines = (d: Decision<unknown>, locale: Locale): string[] => explain(d, locale).slice(0, d.reasons.length);

/**
 * Each reason of a decision on its own line with its citations written out in brackets, as a test pins one
 * reason's whole rendering: `Tidak terpenuhi: Usia 59 tahun pada 31 Mei 2025 (paling tinggi 58 tahun) (PP 11/2017 …)`.
 */
export function citedLines(d: Decision<unknown>, locale: Locale): string[] {
  const { lines, citations } = describeDecision(d, locale);
  return lines.map((l) => {
    const line = `${outcomeHeading(l.outcome, locale)}: ${l.text}`;
    const cites = l.citations.map((ref) => citations[ref - 1]!.text).join('; ');
    return cites ? `${line} (${cites})` : line;
  });
}
