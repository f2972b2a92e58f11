import type { Decision } from '../core/decision.js';
import { createExplainer, type ExplainOptions, type Locale } from '../core/explain.js';
import { disciplineMessages } from '../discipline/messages.js';
import { performanceMessages } from '../performance/messages.js';
import { promotionMessages } from './messages.js';

const explainer = createExplainer(performanceMessages, promotionMessages, disciplineMessages);

/**
 * Renders each reason of a decision of the promotion rules as a line of text in Bahasa Indonesia (`'id'`,
 * default) or English (`'en'`), with its citations. Carries the promotion texts only (with the labels of discipline, performance, whose values its reasons name), so a page that
 * explains these rules does not bundle every domain's messages; the root `explain` renders any decision.
 * `{ trace: true }` ends with the rule and library version that decided.
 */
export function explainPromotion(d: Decision<unknown>, locale: Locale = 'id', options: ExplainOptions = {}): string[] {
  return explainer(d, locale, options);
}
