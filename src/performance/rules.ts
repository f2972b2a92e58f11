import { deepFreeze } from '../core/freeze.js';
import type { AnyRule } from '../core/rule.js';
import { capaianSkpRule } from './capaian-skp/index.js';
import { kurvaDistribusiRule } from './kurva-distribusi/index.js';
import { nilaiKinerjaPp30Rule } from './nilai-kinerja-pp30.js';
import { nilaiPrestasiKerjaPp46Rule } from './nilai-prestasi-kerja-pp46.js';
import { penilaianKinerjaRule } from './penilaian-kinerja.js';
import { predikatKinerjaRule } from './predikat-kinerja.js';

/** Every rule of the performance domain, for the catalogue. */
export const PERFORMANCE_RULES: readonly AnyRule[] = deepFreeze([
  predikatKinerjaRule,
  kurvaDistribusiRule,
  nilaiKinerjaPp30Rule,
  capaianSkpRule,
  nilaiPrestasiKerjaPp46Rule,
  penilaianKinerjaRule,
]);
