import type { Decision } from '../core/decision.js';
import { createExplainer, type ExplainOptions, type Locale } from '../core/explain.js';
import { competencyMessages } from '../competency/messages.js';
import { performanceMessages } from '../performance/messages.js';
import { meritMessages } from './messages.js';

const explainer = createExplainer(performanceMessages, competencyMessages, meritMessages);

/**
 * Renders each reason of a decision of the merit rules as a line of text in Bahasa Indonesia (`'id'`,
 * default) or English (`'en'`), with its citations. Carries the merit texts (with the labels of performance and
 * competency, whose values its reasons name); the root `explain` renders any decision.
 */
export function explainMerit(d: Decision<unknown>, locale: Locale = 'id', options: ExplainOptions = {}): string[] {
  return explainer(d, locale, options);
}
