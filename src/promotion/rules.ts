import type { AnyRule } from '../core/rule.js';

/** Every rule of the promotion domain, for the catalogue. */
export const PROMOTION_RULES: readonly AnyRule[] = [];
