import type { AnyRule } from '../core/rule.js';

/** Every rule of the discipline domain, for the catalogue. */
export const DISCIPLINE_RULES: readonly AnyRule[] = [];
