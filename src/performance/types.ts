import * as z from 'zod/mini';
import { deepFreeze } from '../core/freeze.js';

/** Rating hasil kerja / perilaku kerja (PermenPANRB 6/2022). */
export const RATING = deepFreeze(['DI_ATAS_EKSPEKTASI', 'SESUAI_EKSPEKTASI', 'DI_BAWAH_EKSPEKTASI'] as const);
export type Rating = (typeof RATING)[number];
export const ratingSchema = z.enum(RATING);

/** Predikat kinerja pegawai (PermenPANRB 6/2022), best first. `KURANG` is the regulation's "Kurang/Misconduct". */
export const PREDIKAT = deepFreeze(['SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG'] as const);
export type Predikat = (typeof PREDIKAT)[number];
export const predikatSchema = z.enum(PREDIKAT);

/** Predikat kinerja organisasi (PermenPANRB 6/2022), best first. */
export const PREDIKAT_ORGANISASI = deepFreeze(['ISTIMEWA', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG'] as const);
export type PredikatOrganisasi = (typeof PREDIKAT_ORGANISASI)[number];

/** Predikat kinerja PNS under PP 30/2019 Pasal 41, best first. */
export const PREDIKAT_PP30 = deepFreeze(['SANGAT_BAIK', 'BAIK', 'CUKUP', 'KURANG', 'SANGAT_KURANG'] as const);
export type PredikatPp30 = (typeof PREDIKAT_PP30)[number];

/** Sebutan of nilai prestasi kerja under PP 46/2011 (its article was not located), best first. */
export const SEBUTAN_PP46 = deepFreeze(['SANGAT_BAIK', 'BAIK', 'CUKUP', 'KURANG', 'BURUK'] as const);
export type SebutanPp46 = (typeof SEBUTAN_PP46)[number];

/**
 * How a non-integer nilai between two printed ranges is read. The regulation prints whole-number ranges
 * (91 ke atas Sangat Baik, 76–90 Baik, 61–75 Cukup, 51–60 Kurang, 50 ke bawah Buruk), which leave
 * 90.01–90.99 (and the like) unassigned:
 * - `BATAS_ATAS_INKLUSIF` (preset): each range ends at its printed upper bound, so 90.5 is Sangat Baik
 *   (≤ 50 Buruk, ≤ 60 Kurang, ≤ 75 Cukup, ≤ 90 Baik, > 90 Sangat Baik); a common reading, not confirmed by
 *   any source or implementation found (U).
 * - `BATAS_BAWAH_BULAT`: each range starts at its printed lower bound, so 90.5 is Baik
 *   (≥ 91 Sangat Baik, ≥ 76 Baik, ≥ 61 Cukup, ≥ 51 Kurang, < 51 Buruk).
 */
export const TAFSIR_BATAS_PP46 = deepFreeze(['BATAS_ATAS_INKLUSIF', 'BATAS_BAWAH_BULAT'] as const);
export type TafsirBatasPp46 = (typeof TAFSIR_BATAS_PP46)[number];

/** Rank of a value in a best-first list: 0 is best. */
export function rankOf<T extends string>(order: readonly T[], value: T): number {
  return order.indexOf(value);
}

/** `true` when predikat `p` is `min` or better (e.g. "at least BAIK" for kenaikan pangkat). */
export function isPredikatAtLeast(p: Predikat, min: Predikat): boolean {
  return rankOf(PREDIKAT, p) <= rankOf(PREDIKAT, min);
}
