import type { AnyRule } from '../core/rule.js';
import { akumulasiAngkaKreditRule, angkaKreditKonversiRule } from './angka-kredit.js';
import { kenaikanPangkatRegulerRule } from './kenaikan-pangkat-reguler.js';
import { periodeKenaikanPangkatRule } from './periode-kenaikan-pangkat.js';

/** Every rule of the promotion domain, for the catalogue. */
export const PROMOTION_RULES: readonly AnyRule[] = [
  periodeKenaikanPangkatRule,
  kenaikanPangkatRegulerRule,
  angkaKreditKonversiRule,
  akumulasiAngkaKreditRule,
];
