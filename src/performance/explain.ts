import type { Decision } from '../core/decision.js';
import { createExplainer, type ExplainOptions, type Locale } from '../core/explain.js';
import { performanceMessages } from './messages.js';

const explainer = createExplainer(performanceMessages);

/**
 * Renders each reason of a decision of the performance rules as a line of text in Bahasa Indonesia (`'id'`,
 * default) or English (`'en'`), with its citations. Carries the performance texts only, so a page that
 * explains these rules does not bundle every domain's messages; the root `explain` renders any decision.
 * `{ trace: true }` ends with the rule and library version that decided.
 */
export function explainPerformance(d: Decision<unknown>, locale: Locale = 'id', options: ExplainOptions = {}): string[] {
  return explainer(d, locale, options);
}
