import type { AnyRule } from '../core/rule.js';
import { predikatKinerjaRule } from './predikat-kinerja.js';

/** Every rule of the performance domain, for the catalogue. */
export const PERFORMANCE_RULES: readonly AnyRule[] = [predikatKinerjaRule];
