import type { AnyRule } from '../core/rule.js';
import { jobPersonMatchRule } from './job-person-match.js';
import { kotakTalentaRule } from './kotak-talenta.js';
import { penempatanOptimalRule } from './penempatan-optimal.js';

/** Every rule of the competency domain, for the catalogue. */
export const COMPETENCY_RULES: readonly AnyRule[] = [jobPersonMatchRule, kotakTalentaRule, penempatanOptimalRule];
