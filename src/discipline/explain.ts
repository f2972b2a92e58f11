import type { Decision } from '../core/decision.js';
import { createExplainer, type ExplainOptions, type Locale } from '../core/explain.js';
import { disciplineMessages } from './messages.js';

const explainer = createExplainer(disciplineMessages);

/**
 * Renders each reason of a decision of the discipline rules as a line of text in Bahasa Indonesia (`'id'`,
 * default) or English (`'en'`), with its citations. Carries the discipline texts only, so a page that
 * explains these rules does not bundle every domain's messages; the root `explain` renders any decision.
 * `{ trace: true }` ends with the rule and library version that decided.
 */
export function explainDiscipline(d: Decision<unknown>, locale: Locale = 'id', options: ExplainOptions = {}): string[] {
  return explainer(d, locale, options);
}
