import type { AnyRule } from '../core/rule.js';

/** Every rule of the competency domain, for the catalogue. */
export const COMPETENCY_RULES: readonly AnyRule[] = [];
