import { deepFreeze } from '../core/freeze.js';
import type { AnyRule } from '../core/rule.js';
import { indeksSistemMeritRule } from './indeks-sistem-merit/index.js';
import { jamPelajaranPnsRule } from './jam-pelajaran-pns.js';
import { jamPelajaranPppkRule } from './jam-pelajaran-pppk.js';
import { kebutuhanPengembanganRule } from './kebutuhan-pengembangan.js';
import { manfaatKategoriMeritRule } from './manfaat-kategori-merit.js';

/** Every rule of the merit domain, for the catalogue. */
export const MERIT_RULES: readonly AnyRule[] = deepFreeze([
  indeksSistemMeritRule,
  manfaatKategoriMeritRule,
  jamPelajaranPnsRule,
  jamPelajaranPppkRule,
  kebutuhanPengembanganRule,
]);
