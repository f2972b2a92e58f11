import type { Decision } from '../core/decision.js';
import { createDescriber, type DecisionExplanation, type ExplainOptions, type Locale, renderExplanation } from '../core/explain.js';
import { competencyMessages } from '../competency/messages.js';
import { performanceMessages } from '../performance/messages.js';
import { meritMessages } from './messages.js';

// The merit texts, with the labels of performance and competency, whose values its reasons name.
const describer = createDescriber(performanceMessages, competencyMessages, meritMessages);

/**
 * Explains a decision of the merit rules as structured lines in Bahasa Indonesia (`'id'`, default) or English
 * (`'en'`): each reason's outcome (`berlaku`, `terpenuhi`, `tidak terpenuhi`, `catatan`), its text in words and
 * the numbers of its citations, which are listed once. The root `describeDecision` explains any decision.
 */
export function describeMerit(d: Decision<unknown>, locale: Locale = 'id', options: ExplainOptions = {}): DecisionExplanation {
  return describer(d, locale, options);
}

/**
 * Renders a decision of the merit rules as lines of plain text (`Berlaku: … [1]`, then the citations once), the
 * text form of {@link describeMerit}. `{ trace: true }` ends with the rule and library version that decided.
 */
export function explainMerit(d: Decision<unknown>, locale: Locale = 'id', options: ExplainOptions = {}): string[] {
  return renderExplanation(describer(d, locale, options));
}
