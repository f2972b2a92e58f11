import { deepFreeze } from '../core/freeze.js';
import type { AnyRule } from '../core/rule.js';
import { jobPersonMatchRule } from './job-person-match.js';
import { jpmTertimbangRule } from './jpm-tertimbang.js';
import { kotakTalentaRule } from './kotak-talenta.js';
import { masaMutasiRule } from './masa-mutasi.js';
import { penempatanOptimalRule } from './penempatan-optimal.js';
import { peringkatKandidatRule } from './peringkat-kandidat.js';
import { kelompokRencanaSuksesiRule } from './rencana-suksesi.js';
import { nilaiSeleksiJptRule } from './seleksi-jpt.js';

/** Every rule of the competency domain, for the catalogue. */
export const COMPETENCY_RULES: readonly AnyRule[] = deepFreeze([
  jobPersonMatchRule,
  jpmTertimbangRule,
  kotakTalentaRule,
  peringkatKandidatRule,
  penempatanOptimalRule,
  kelompokRencanaSuksesiRule,
  masaMutasiRule,
  nilaiSeleksiJptRule,
]);
