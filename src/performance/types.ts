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

/** Sebutan of nilai prestasi kerja under PP 46/2011 Pasal 17, best first. */
export const SEBUTAN_PP46 = deepFreeze(['SANGAT_BAIK', 'BAIK', 'CUKUP', 'KURANG', 'BURUK'] as const);
export type SebutanPp46 = (typeof SEBUTAN_PP46)[number];

/** Rank of a value in a best-first list: 0 is best. */
export function rankOf<T extends string>(order: readonly T[], value: T): number {
  return order.indexOf(value);
}

/** `true` when predikat `p` is `min` or better (e.g. "at least BAIK" for kenaikan pangkat). */
export function isPredikatAtLeast(p: Predikat, min: Predikat): boolean {
  return rankOf(PREDIKAT, p) <= rankOf(PREDIKAT, min);
}
