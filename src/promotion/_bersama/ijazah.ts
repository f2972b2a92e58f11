import { deepFreeze } from '../../core/freeze.js';
import type { GolonganPns, Ijazah } from '../types.js';

/**
 * Highest pangkat reachable by kenaikan pangkat reguler for the ijazah held ("pangkat tertinggi")
 * (PP 99/2000 jo. PP 12/2002; Keputusan Kepala BKN 12/2002; kept by Peraturan BKN 2/2025).
 */
export const PLAFON_KP_REGULER: Readonly<Record<Ijazah, GolonganPns>> = deepFreeze({
  SD: 'II/a',
  SLTP: 'II/c',
  SLTP_KEJURUAN: 'II/d',
  SLTA: 'III/b',
  SLTA_KEJURUAN: 'III/b',
  D_I: 'III/b',
  D_II: 'III/b',
  SGPLB: 'III/c',
  D_III: 'III/c',
  SARJANA_MUDA: 'III/c',
  AKADEMI: 'III/c',
  BAKALOREAT: 'III/c',
  S1: 'III/d',
  D_IV: 'III/d',
  DOKTER: 'IV/a',
  DOKTER_GIGI: 'IV/a',
  APOTEKER: 'IV/a',
  S2: 'IV/a',
  S3: 'IV/b',
});

/**
 * Golongan at CPNS appointment for the ijazah held; also the target pangkat of kenaikan pangkat
 * penyesuaian ijazah (PP 99/2000 jo. PP 12/2002; BKD table citing Keputusan Kepala BKN 12/2002).
 */
export const GOLONGAN_AWAL_IJAZAH: Readonly<Record<Ijazah, GolonganPns>> = deepFreeze({
  SD: 'I/a',
  SLTP: 'I/c',
  SLTP_KEJURUAN: 'I/c',
  SLTA: 'II/a',
  SLTA_KEJURUAN: 'II/a',
  D_I: 'II/a',
  D_II: 'II/b',
  SGPLB: 'II/b',
  D_III: 'II/c',
  SARJANA_MUDA: 'II/c',
  AKADEMI: 'II/c',
  BAKALOREAT: 'II/c',
  S1: 'III/a',
  D_IV: 'III/a',
  DOKTER: 'III/b',
  DOKTER_GIGI: 'III/b',
  APOTEKER: 'III/b',
  S2: 'III/b',
  S3: 'III/c',
});

/**
 * Ijazah of S1/D-IV level or higher (exempt from Ujian Dinas Tingkat I). A frozen list (a Set cannot be
 * frozen: its `add` would change what the next decision reads).
 */
export const IJAZAH_SARJANA_KE_ATAS: readonly Ijazah[] = deepFreeze<Ijazah[]>([
  'S1',
  'D_IV',
  'DOKTER',
  'DOKTER_GIGI',
  'APOTEKER',
  'S2',
  'S3',
]);

/** Ijazah of dokter/apoteker/S2/S3 (exempt from Ujian Dinas Tingkat I and II). A frozen list. */
export const IJAZAH_PASCASARJANA: readonly Ijazah[] = deepFreeze<Ijazah[]>(['DOKTER', 'DOKTER_GIGI', 'APOTEKER', 'S2', 'S3']);
