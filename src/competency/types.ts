import * as z from 'zod/mini';
import { deepFreeze } from '../core/freeze.js';
import { issueHints } from '../core/hints.js';

/** Kompetensi manajerial of PermenPANRB 38/2017 Lampiran II, in the kamus order (codes M.1–M.8). */
export const KOMPETENSI_MANAJERIAL = deepFreeze([
  'INTEGRITAS',
  'KERJASAMA',
  'KOMUNIKASI',
  'ORIENTASI_PADA_HASIL',
  'PELAYANAN_PUBLIK',
  'PENGEMBANGAN_DIRI_DAN_ORANG_LAIN',
  'MENGELOLA_PERUBAHAN',
  'PENGAMBILAN_KEPUTUSAN',
] as const);
export type KompetensiManajerial = (typeof KOMPETENSI_MANAJERIAL)[number];

/** Kompetensi sosial kultural of PermenPANRB 38/2017 Lampiran II (the only one, code SK.1). */
export const KOMPETENSI_SOSIAL_KULTURAL = deepFreeze(['PEREKAT_BANGSA'] as const);
export type KompetensiSosialKultural = (typeof KOMPETENSI_SOSIAL_KULTURAL)[number];

/** The nine national competencies: eight manajerial plus Perekat Bangsa. */
export const KOMPETENSI_MANSOSKUL = deepFreeze([...KOMPETENSI_MANAJERIAL, ...KOMPETENSI_SOSIAL_KULTURAL] as const);
export type KompetensiMansoskul = (typeof KOMPETENSI_MANSOSKUL)[number];

/** Groups of competency in a Standar Kompetensi Jabatan (PermenPANRB 38/2017). */
export const KELOMPOK_KOMPETENSI = deepFreeze(['MANAJERIAL', 'SOSIAL_KULTURAL', 'TEKNIS'] as const);
export type KelompokKompetensi = (typeof KELOMPOK_KOMPETENSI)[number];

/** Competency levels 1–5 of the kamus kompetensi. */
export const LEVEL_KOMPETENSI = deepFreeze([1, 2, 3, 4, 5] as const);
export type LevelKompetensi = (typeof LEVEL_KOMPETENSI)[number];

/**
 * Level schema. A level achieved in an assessment may be 0 (not shown at all); a standard level is 1–5.
 * Whole levels only: the kamus has no half levels.
 */
export const levelStandarSchema = z.int().check(z.minimum(1), z.maximum(5));
export const levelAktualSchema = z.int().check(z.minimum(0), z.maximum(5));

/**
 * A competency code: one of the nine national codes or an agency's teknis code (kamus teknis is set by
 * the PPK, PermenPANRB 38/2017). Teknis codes are free text without spaces, e.g. `'TEKNIS.PENGADAAN'`.
 */
export const kodeKompetensiSchema = z
  .string()
  .check(z.minLength(1), z.maxLength(100), z.regex(/^[A-Za-z0-9_.\-]+$/, { message: 'must be a code of letters, digits, "_", "." or "-"' }))
  .register(issueHints, {
    expected: {
      id: 'kode dari huruf, angka, "_", "." atau "-" (tanpa spasi), mis. TEKNIS.PENGADAAN',
      en: 'a code of letters, digits, "_", "." or "-" (no spaces), e.g. TEKNIS.PENGADAAN',
    },
  });

/** Jenjang jabatan with a standard-level preset (JPT Madya … Pelaksana). */
export const JENJANG_JABATAN = deepFreeze(['JPT_MADYA', 'JPT_PRATAMA', 'ADMINISTRATOR', 'PENGAWAS', 'PELAKSANA'] as const);
export type JenjangJabatan = (typeof JENJANG_JABATAN)[number];
export const jenjangJabatanSchema = z.enum(JENJANG_JABATAN);

/** Purpose of a competency assessment, which selects the JPM category scheme. */
export const SKEMA_JPM = deepFreeze(['PEMETAAN', 'PENGISIAN_JABATAN'] as const);
export type SkemaJpm = (typeof SKEMA_JPM)[number];

/** JPM categories for pemetaan kompetensi, best first. */
export const KATEGORI_PEMETAAN = deepFreeze(['OPTIMAL', 'CUKUP_OPTIMAL', 'KURANG_OPTIMAL'] as const);
/** JPM categories for pengisian jabatan / uji kompetensi, best first. */
export const KATEGORI_PENGISIAN = deepFreeze(['MEMENUHI_SYARAT', 'MASIH_MEMENUHI_SYARAT', 'KURANG_MEMENUHI_SYARAT'] as const);
export type KategoriPemetaan = (typeof KATEGORI_PEMETAAN)[number];
export type KategoriPengisian = (typeof KATEGORI_PENGISIAN)[number];
export type KategoriJpm = KategoriPemetaan | KategoriPengisian;
/** Every JPM category of both schemes (pemetaan first), for output schemas. */
export const kategoriJpmSchema = z.enum([...KATEGORI_PEMETAAN, ...KATEGORI_PENGISIAN]);

/** Status pemeringkatan kinerja (PermenPANRB 3/2020 Pasal 17 as amended by PermenPANRB 20/2025), best first. */
export const TINGKAT_KINERJA = deepFreeze(['DI_ATAS_EKSPEKTASI', 'SESUAI_EKSPEKTASI', 'DI_BAWAH_EKSPEKTASI'] as const);
export type TingkatKinerja = (typeof TINGKAT_KINERJA)[number];
export const tingkatKinerjaSchema = z.enum(TINGKAT_KINERJA);

/** Tingkatan potensial (same article), best first. */
export const TINGKAT_POTENSIAL = deepFreeze(['TINGGI', 'MENENGAH', 'RENDAH'] as const);
export type TingkatPotensial = (typeof TINGKAT_POTENSIAL)[number];
export const tingkatPotensialSchema = z.enum(TINGKAT_POTENSIAL);

/** Box number of the nine-box talent grid, 1 (lowest) … 9 (highest). */
export type Kotak = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
