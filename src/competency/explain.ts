import type { Decision } from '../core/decision.js';
import { createExplainer, type ExplainOptions, type Locale } from '../core/explain.js';
import { competencyMessages } from './messages.js';
import { disciplineMessages } from '../discipline/messages.js';
import { performanceMessages } from '../performance/messages.js';
import { promotionMessages } from '../promotion/messages.js';

const explainer = createExplainer(performanceMessages, promotionMessages, disciplineMessages, competencyMessages);

/**
 * Renders each reason of a decision of the competency rules as a line of text in Bahasa Indonesia (`'id'`,
 * default) or English (`'en'`), with its citations. Carries the competency texts only (with the labels of discipline, performance, promotion, whose values its reasons name), so a page that
 * explains these rules does not bundle every domain's messages; the root `explain` renders any decision.
 * `{ trace: true }` ends with the rule and library version that decided.
 */
export function explainCompetency(d: Decision<unknown>, locale: Locale = 'id', options: ExplainOptions = {}): string[] {
  return explainer(d, locale, options);
}
