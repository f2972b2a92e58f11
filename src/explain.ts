import { competencyMessages } from './competency/messages.js';
import type { Decision } from './core/decision.js';
import {
  createDescriber,
  type DecisionExplanation,
  type ExplainOptions,
  type Locale,
  mergeCatalogues,
  renderExplanation,
} from './core/explain.js';
import { deepFreeze } from './core/freeze.js';
import { disciplineMessages } from './discipline/messages.js';
import { meritMessages } from './merit/messages.js';
import { pelayananMessages } from './pelayanan/messages.js';
import { performanceMessages } from './performance/messages.js';
import { promotionMessages } from './promotion/messages.js';
import { rewardsMessages } from './rewards/messages.js';

/** Every domain's reason texts and labels, merged. */
const CATALOGUES = [
  performanceMessages,
  promotionMessages,
  disciplineMessages,
  rewardsMessages,
  competencyMessages,
  pelayananMessages,
  meritMessages,
];

/** Every domain's reason texts and labels, merged (on a duplicate label, a domain's own wins in its reasons). */
export const MESSAGES = deepFreeze(mergeCatalogues(...CATALOGUES));

const describeAll = createDescriber(...CATALOGUES);

/**
 * Explains a decision of any rule as structured lines, in Bahasa Indonesia (`'id'`, default) or English (`'en'`):
 * `{ lines: [{ outcome, outcomeText, text, citations: [1] }], citations: [{ ref: 1, text: 'PP 94/2021 Pasal 9' }] }`.
 * Each line's `outcomeText` is the outcome in words (`berlaku` for the table row that applies, `terpenuhi`,
 * `tidak terpenuhi`, `catatan`); ranges and dates are in words, citations are listed once and referenced by number.
 */
export function describeDecision(d: Decision<unknown>, locale: Locale = 'id', options: ExplainOptions = {}): DecisionExplanation {
  return describeAll(d, locale, options);
}

/**
 * Renders a decision as lines of plain text in Bahasa Indonesia (`'id'`, default) or English (`'en'`): one line
 * per reason, `Berlaku: 10 hari kerja … [1]`, then its citations once (`Dasar hukum:`, `[1] PP 94/2021 Pasal 9`);
 * `{ trace: true }` ends with the rule and library version that decided. The text form of {@link describeDecision}.
 */
export function explain(d: Decision<unknown>, locale: Locale = 'id', options: ExplainOptions = {}): string[] {
  return renderExplanation(describeAll(d, locale, options));
}
