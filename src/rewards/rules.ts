import type { AnyRule } from '../core/rule.js';

/** Every rule of the rewards domain, for the catalogue. */
export const REWARDS_RULES: readonly AnyRule[] = [];
