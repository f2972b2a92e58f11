import { deepFreeze } from '../core/freeze.js';
import type { AnyRule } from '../core/rule.js';
import { indeksKepuasanMasyarakatRule } from './indeks-kepuasan-masyarakat/index.js';
import { indeksKepuasanMasyarakatRespondenRule } from './indeks-kepuasan-masyarakat-responden.js';
import { predikatOrganisasiIkmRule } from './predikat-organisasi-ikm.js';

/** Every rule of the pelayanan domain, for the catalogue. */
export const PELAYANAN_RULES: readonly AnyRule[] = deepFreeze([
  indeksKepuasanMasyarakatRule,
  indeksKepuasanMasyarakatRespondenRule,
  predikatOrganisasiIkmRule,
]);
