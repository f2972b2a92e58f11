import type { Decision } from '../core/decision.js';
import { createDescriber, type DecisionExplanation, type ExplainOptions, type Locale, renderExplanation } from '../core/explain.js';
import { competencyMessages } from './messages.js';
import { disciplineMessages } from '../discipline/messages.js';
import { performanceMessages } from '../performance/messages.js';
import { promotionMessages } from '../promotion/messages.js';

const describer = createDescriber(performanceMessages, promotionMessages, disciplineMessages, competencyMessages);

/**
 * Explains a decision of the competency rules as structured lines in Bahasa Indonesia (`'id'`, default) or English
 * (`'en'`): each reason's outcome (`berlaku`, `terpenuhi`, `tidak terpenuhi`, `catatan`), its text in words and
 * the numbers of its citations, which are listed once. Carries the competency texts only (with the labels of discipline, performance, promotion, whose values its reasons name), so a page that
 * explains these rules does not bundle every domain's messages; the root `describeDecision` explains any decision.
 */
export function describeCompetency(d: Decision<unknown>, locale: Locale = 'id', options: ExplainOptions = {}): DecisionExplanation {
  return describer(d, locale, options);
}

/**
 * Renders a decision of the competency rules as lines of plain text (`Berlaku: … [1]`, then the citations once), the
 * text form of {@link describeCompetency}. `{ trace: true }` ends with the rule and library version that decided.
 */
export function explainCompetency(d: Decision<unknown>, locale: Locale = 'id', options: ExplainOptions = {}): string[] {
  return renderExplanation(describer(d, locale, options));
}
