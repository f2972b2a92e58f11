import { deepFreeze } from '../../core/freeze.js';
import type { Ijazah } from '../../core/ijazah.js';

// Which ijazah counts as which jenjang pendidikan, for formasi.pendidikanMinimum of competency.peringkatKandidat.

/** Jenjang pendidikan, lowest first: a candidate meets pendidikanMinimum when their jenjang is not lower. */
export const JENJANG_PENDIDIKAN = deepFreeze(['SD', 'SLTP', 'SLTA', 'D_I', 'D_II', 'D_III', 'S1', 'PROFESI', 'S2', 'S3'] as const);
export type JenjangPendidikan = (typeof JENJANG_PENDIDIKAN)[number];

/**
 * The jenjang of each ijazah (the core list of ijazah, as the KP ceiling table groups them). Vocational
 * schools count as their general level; Sarjana Muda, Akademi and Bakaloreat as Diploma III and SGPLB as
 * Diploma II (the same golongan awal, Keputusan Kepala BKN 12/2002); Diploma IV as S1 (sarjana terapan);
 * dokter, dokter gigi and apoteker are a profesi after S1, below S2. An implementation table: no
 * regulation read sets it.
 */
export const JENJANG_IJAZAH: Readonly<Record<Ijazah, JenjangPendidikan>> = deepFreeze({
  SD: 'SD',
  SLTP: 'SLTP',
  SLTP_KEJURUAN: 'SLTP',
  SLTA: 'SLTA',
  SLTA_KEJURUAN: 'SLTA',
  D_I: 'D_I',
  D_II: 'D_II',
  SGPLB: 'D_II',
  D_III: 'D_III',
  SARJANA_MUDA: 'D_III',
  AKADEMI: 'D_III',
  BAKALOREAT: 'D_III',
  S1: 'S1',
  D_IV: 'S1',
  DOKTER: 'PROFESI',
  DOKTER_GIGI: 'PROFESI',
  APOTEKER: 'PROFESI',
  S2: 'S2',
  S3: 'S3',
});

/** The rank of an ijazah's jenjang, 0 = SD: compare two ijazah by it. */
export const tingkatPendidikan = (ijazah: Ijazah): number => JENJANG_PENDIDIKAN.indexOf(JENJANG_IJAZAH[ijazah]);
