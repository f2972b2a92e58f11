import { competencyMessages } from './competency/messages.js';
import type { Decision } from './core/decision.js';
import { createExplainer, type ExplainOptions, type Locale, mergeCatalogues } from './core/explain.js';
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

const explainAll = createExplainer(...CATALOGUES);

/**
 * Renders each reason of a decision as a line of text in Bahasa Indonesia (`'id'`, default) or English (`'en'`),
 * with its citations; `{ trace: true }` ends with the rule and library version that decided.
 */
export function explain(d: Decision<unknown>, locale: Locale = 'id', options: ExplainOptions = {}): string[] {
  return explainAll(d, locale, options);
}
