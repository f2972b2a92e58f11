import { deepFreeze } from '../core/freeze.js';
import type { AnyRule } from '../core/rule.js';
import { konsekuensiKinerjaRule } from './konsekuensi-kinerja/index.js';
import { potonganTukinRule } from './potongan-tukin/index.js';
import { satyalancanaKaryaSatyaRule } from './satyalancana-karya-satya.js';

/** Every rule of the rewards domain, for the catalogue. */
export const REWARDS_RULES: readonly AnyRule[] = deepFreeze([satyalancanaKaryaSatyaRule, potonganTukinRule, konsekuensiKinerjaRule]);
