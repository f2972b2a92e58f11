import * as z from 'zod/mini';
import { deepFreeze } from '../core/freeze.js';

/** Tingkat hukuman disiplin (PP 94/2021 Pasal 8 ayat (1)), lightest first. */
export const TINGKAT_HUKUMAN = deepFreeze(['RINGAN', 'SEDANG', 'BERAT'] as const);
export type TingkatHukuman = (typeof TINGKAT_HUKUMAN)[number];

/**
 * Jenis hukuman disiplin (PP 94/2021 Pasal 8 ayat (2)–(4)), lightest first: this order is the
 * severity order used for "heavier than" (PerBKN 6/2022 contoh kasus).
 */
export const JENIS_HUKUMAN = deepFreeze([
  'TEGURAN_LISAN',
  'TEGURAN_TERTULIS',
  'PERNYATAAN_TIDAK_PUAS_TERTULIS',
  'POTONGAN_TUKIN_6_BULAN',
  'POTONGAN_TUKIN_9_BULAN',
  'POTONGAN_TUKIN_12_BULAN',
  'PENURUNAN_JABATAN',
  'PEMBEBASAN_DARI_JABATAN',
  'PDHTAPS',
] as const);
export type JenisHukuman = (typeof JENIS_HUKUMAN)[number];
export const jenisHukumanSchema = z.enum(JENIS_HUKUMAN);

/** Level, duration in months (null: none or permanent) and Pasal 8 ayat of each hukuman. */
export const HUKUMAN: Readonly<
  Record<JenisHukuman, Readonly<{ tingkat: TingkatHukuman; durasiBulan: number | null; permanen: boolean; ayat: string }>>
> = deepFreeze({
  TEGURAN_LISAN: { tingkat: 'RINGAN', durasiBulan: null, permanen: false, ayat: 'Pasal 8 ayat (2) huruf a' },
  TEGURAN_TERTULIS: { tingkat: 'RINGAN', durasiBulan: null, permanen: false, ayat: 'Pasal 8 ayat (2) huruf b' },
  PERNYATAAN_TIDAK_PUAS_TERTULIS: { tingkat: 'RINGAN', durasiBulan: null, permanen: false, ayat: 'Pasal 8 ayat (2) huruf c' },
  POTONGAN_TUKIN_6_BULAN: { tingkat: 'SEDANG', durasiBulan: 6, permanen: false, ayat: 'Pasal 8 ayat (3) huruf a' },
  POTONGAN_TUKIN_9_BULAN: { tingkat: 'SEDANG', durasiBulan: 9, permanen: false, ayat: 'Pasal 8 ayat (3) huruf b' },
  POTONGAN_TUKIN_12_BULAN: { tingkat: 'SEDANG', durasiBulan: 12, permanen: false, ayat: 'Pasal 8 ayat (3) huruf c' },
  PENURUNAN_JABATAN: { tingkat: 'BERAT', durasiBulan: 12, permanen: false, ayat: 'Pasal 8 ayat (4) huruf a' },
  PEMBEBASAN_DARI_JABATAN: { tingkat: 'BERAT', durasiBulan: 12, permanen: false, ayat: 'Pasal 8 ayat (4) huruf b' },
  PDHTAPS: { tingkat: 'BERAT', durasiBulan: null, permanen: true, ayat: 'Pasal 8 ayat (4) huruf c' },
});

/** Severity rank: 0 for TEGURAN_LISAN … 8 for PDHTAPS. */
export function tingkatKeberatan(jenis: JenisHukuman): number {
  return JENIS_HUKUMAN.indexOf(jenis);
}

/** `true` when hukuman `a` is heavier than `b`. */
export function lebihBerat(a: JenisHukuman, b: JenisHukuman): boolean {
  return tingkatKeberatan(a) > tingkatKeberatan(b);
}

/** Tingkat of a jenis hukuman (PP 94/2021 Pasal 8 ayat (1)). */
export function tingkatHukuman(jenis: JenisHukuman): TingkatHukuman {
  return HUKUMAN[jenis].tingkat;
}

/** The jenis hukuman of a tingkat, lightest first. */
export function jenisPadaTingkat(tingkat: TingkatHukuman): JenisHukuman[] {
  return JENIS_HUKUMAN.filter((j) => HUKUMAN[j].tingkat === tingkat);
}

/** The next heavier jenis hukuman, or `null` after PDHTAPS. */
export function hukumanLebihBeratBerikutnya(jenis: JenisHukuman): JenisHukuman | null {
  return JENIS_HUKUMAN[tingkatKeberatan(jenis) + 1] ?? null;
}

/** The heavier of two hukuman (either when equal). */
export function hukumanTerberat(a: JenisHukuman, b: JenisHukuman): JenisHukuman {
  return lebihBerat(b, a) ? b : a;
}

export const tingkatHukumanSchema = z.enum(TINGKAT_HUKUMAN);

/**
 * Dampak negatif of a breach (PP 94/2021 Pasal 9–14): on the unit kerja, the instansi, or the
 * negara and/or pemerintah. Lightest first.
 */
export const DAMPAK = deepFreeze(['UNIT_KERJA', 'INSTANSI', 'NEGARA'] as const);
export type Dampak = (typeof DAMPAK)[number];
export const dampakSchema = z.enum(DAMPAK);

/**
 * How the sedang hukuman are carried out. PP 94/2021 Pasal 8 ayat (3) names tukin cuts; BKN's 2023
 * slides say they apply only after the PP on gaji dan tunjangan, and KMK 5/KMK.01/2022 uses interim
 * forms (penundaan KGB, penundaan KP, penurunan pangkat, each 1 year). Which applies is unconfirmed [U].
 */
export const MODE_HUKUMAN_SEDANG = deepFreeze(['TUKIN', 'INTERIM_KGB_KP_PANGKAT'] as const);
export type ModeHukumanSedang = (typeof MODE_HUKUMAN_SEDANG)[number];
export const modeHukumanSedangSchema = z.enum(MODE_HUKUMAN_SEDANG);
