import type { Decision } from '../core/decision.js';
import { createDescriber, type DecisionExplanation, type ExplainOptions, type Locale, renderExplanation } from '../core/explain.js';
import { disciplineMessages } from '../discipline/messages.js';
import { performanceMessages } from '../performance/messages.js';
import { promotionMessages } from './messages.js';

const describer = createDescriber(performanceMessages, promotionMessages, disciplineMessages);

/**
 * Explains a decision of the promotion rules as structured lines in Bahasa Indonesia (`'id'`, default) or English
 * (`'en'`): each reason's outcome (`berlaku`, `terpenuhi`, `tidak terpenuhi`, `catatan`), its text in words and
 * the numbers of its citations, which are listed once. Carries the promotion texts only (with the labels of discipline, performance, whose values its reasons name), so a page that
 * explains these rules does not bundle every domain's messages; the root `describeDecision` explains any decision.
 */
export function describePromotion(d: Decision<unknown>, locale: Locale = 'id', options: ExplainOptions = {}): DecisionExplanation {
  return describer(d, locale, options);
}

/**
 * Renders a decision of the promotion rules as lines of plain text (`Berlaku: … [1]`, then the citations once), the
 * text form of {@link describePromotion}. `{ trace: true }` ends with the rule and library version that decided.
 */
export function explainPromotion(d: Decision<unknown>, locale: Locale = 'id', options: ExplainOptions = {}): string[] {
  return renderExplanation(describer(d, locale, options));
}
