import { COMPETENCY_REGULATIONS } from './competency/regulations.js';
import { COMPETENCY_RULES } from './competency/rules.js';
import { CORE_REGULATIONS, type Regulation } from './core/regulations.js';
import { deepFreeze } from './core/freeze.js';
import type { AnyRule } from './core/rule.js';
import { DISCIPLINE_REGULATIONS } from './discipline/regulations.js';
import { DISCIPLINE_RULES } from './discipline/rules.js';
import { MERIT_REGULATIONS } from './merit/regulations.js';
import { MERIT_RULES } from './merit/rules.js';
import { PELAYANAN_REGULATIONS } from './pelayanan/regulations.js';
import { PELAYANAN_RULES } from './pelayanan/rules.js';
import { PERFORMANCE_REGULATIONS } from './performance/regulations.js';
import { PERFORMANCE_RULES } from './performance/rules.js';
import { PROMOTION_REGULATIONS } from './promotion/regulations.js';
import { PROMOTION_RULES } from './promotion/rules.js';
import { REWARDS_REGULATIONS } from './rewards/regulations.js';
import { REWARDS_RULES } from './rewards/rules.js';

/** Every rule of the library: the source of the documentation, the CLI and the catalogue tests. */
export const RULES: readonly AnyRule[] = deepFreeze([
  ...PERFORMANCE_RULES,
  ...PROMOTION_RULES,
  ...DISCIPLINE_RULES,
  ...REWARDS_RULES,
  ...COMPETENCY_RULES,
  ...PELAYANAN_RULES,
  ...MERIT_RULES,
]);

/** Every regulation cited by a rule, by catalogue id. */
export const REGULATIONS: Readonly<Record<string, Regulation>> = deepFreeze({
  ...CORE_REGULATIONS,
  ...PERFORMANCE_REGULATIONS,
  ...PROMOTION_REGULATIONS,
  ...DISCIPLINE_REGULATIONS,
  ...REWARDS_REGULATIONS,
  ...COMPETENCY_REGULATIONS,
  ...PELAYANAN_REGULATIONS,
  ...MERIT_REGULATIONS,
});

/** The rule with this id, or `undefined`. */
export function findRule(id: string): AnyRule | undefined {
  return RULES.find((r) => r.id === id);
}
