import type { Decision } from '../core/decision.js';
import { createDescriber, type DecisionExplanation, type ExplainOptions, type Locale, renderExplanation } from '../core/explain.js';
import { disciplineMessages } from './messages.js';

const describer = createDescriber(disciplineMessages);

/**
 * Explains a decision of the discipline rules as structured lines in Bahasa Indonesia (`'id'`, default) or English
 * (`'en'`): each reason's outcome (`berlaku`, `terpenuhi`, `tidak terpenuhi`, `catatan`), its text in words and
 * the numbers of its citations, which are listed once. Carries the discipline texts only, so a page that
 * explains these rules does not bundle every domain's messages; the root `describeDecision` explains any decision.
 */
export function describeDiscipline(d: Decision<unknown>, locale: Locale = 'id', options: ExplainOptions = {}): DecisionExplanation {
  return describer(d, locale, options);
}

/**
 * Renders a decision of the discipline rules as lines of plain text (`Berlaku: … [1]`, then the citations once), the
 * text form of {@link describeDiscipline}. `{ trace: true }` ends with the rule and library version that decided.
 */
export function explainDiscipline(d: Decision<unknown>, locale: Locale = 'id', options: ExplainOptions = {}): string[] {
  return renderExplanation(describer(d, locale, options));
}
