import { deepFreeze } from '../core/freeze.js';
import type { AnyRule } from '../core/rule.js';
import { jobPersonMatchRule } from './job-person-match/index.js';
import { jpmTertimbangRule } from './jpm-tertimbang.js';
import { kelompokRencanaSuksesiRule } from './kelompok-rencana-suksesi.js';
import { kotakTalentaRule } from './kotak-talenta/index.js';
import { masaMutasiRule } from './masa-mutasi.js';
import { nilaiSeleksiJptRule } from './nilai-seleksi-jpt.js';
import { penempatanOptimalRule } from './penempatan-optimal/index.js';
import { peringkatKandidatRule } from './peringkat-kandidat/index.js';

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
