import type { Decision } from '../core/decision.js';
import { createExplainer, type ExplainOptions, type Locale } from '../core/explain.js';
import { pelayananMessages } from './messages.js';

const explainer = createExplainer(pelayananMessages);

/**
 * Renders each reason of a decision of the pelayanan rules as a line of text in Bahasa Indonesia (`'id'`,
 * default) or English (`'en'`), with its citations. Carries the pelayanan texts only; the root `explain`
 * renders any decision.
 */
export function explainPelayanan(d: Decision<unknown>, locale: Locale = 'id', options: ExplainOptions = {}): string[] {
  return explainer(d, locale, options);
}
