import * as z from 'zod/mini';
import { deepFreeze } from '../core/freeze.js';

/**
 * Golongan/ruang PNS, lowest first (PP 99/2000, Lampiran: susunan pangkat). "Setingkat lebih tinggi"
 * is the next entry of this list.
 */
export const GOLONGAN_PNS = deepFreeze([
  'I/a',
  'I/b',
  'I/c',
  'I/d',
  'II/a',
  'II/b',
  'II/c',
  'II/d',
  'III/a',
  'III/b',
  'III/c',
  'III/d',
  'IV/a',
  'IV/b',
  'IV/c',
  'IV/d',
  'IV/e',
] as const);
export type GolonganPns = (typeof GOLONGAN_PNS)[number];
export const golonganSchema = z.enum(GOLONGAN_PNS);

/** One row of the pangkat table: ordinal (1 = I/a … 17 = IV/e), golongan/ruang and pangkat name. */
export interface PangkatPns {
  readonly urutan: number;
  readonly golongan: GolonganPns;
  readonly pangkat: string;
}

const NAMA_PANGKAT: Readonly<Record<GolonganPns, string>> = deepFreeze({
  'I/a': 'Juru Muda',
  'I/b': 'Juru Muda Tingkat I',
  'I/c': 'Juru',
  'I/d': 'Juru Tingkat I',
  'II/a': 'Pengatur Muda',
  'II/b': 'Pengatur Muda Tingkat I',
  'II/c': 'Pengatur',
  'II/d': 'Pengatur Tingkat I',
  'III/a': 'Penata Muda',
  'III/b': 'Penata Muda Tingkat I',
  'III/c': 'Penata',
  'III/d': 'Penata Tingkat I',
  'IV/a': 'Pembina',
  'IV/b': 'Pembina Tingkat I',
  'IV/c': 'Pembina Utama Muda',
  'IV/d': 'Pembina Utama Madya',
  'IV/e': 'Pembina Utama',
});

/** The 17 pangkat of PNS (PP 99/2000 Lampiran), lowest first. */
export const PANGKAT: readonly PangkatPns[] = deepFreeze(
  GOLONGAN_PNS.map((golongan, i) => ({
    urutan: i + 1,
    golongan,
    pangkat: NAMA_PANGKAT[golongan],
  })),
);

/** Ordinal of a golongan: 1 for I/a … 17 for IV/e. */
export function urutanGolongan(g: GolonganPns): number {
  return GOLONGAN_PNS.indexOf(g) + 1;
}

/** Negative, zero or positive as golongan `a` is lower than, equal to or higher than `b`. */
export function compareGolongan(a: GolonganPns, b: GolonganPns): number {
  return urutanGolongan(a) - urutanGolongan(b);
}

/** The pangkat name of a golongan, e.g. `'III/a'` → `'Penata Muda'`. */
export function namaPangkat(g: GolonganPns): string {
  return NAMA_PANGKAT[g];
}

/** The golongan one level higher ("setingkat lebih tinggi"), or `null` for IV/e. */
export function golonganBerikutnya(g: GolonganPns): GolonganPns | null {
  return GOLONGAN_PNS[GOLONGAN_PNS.indexOf(g) + 1] ?? null;
}

/** The golongan one level lower, or `null` for I/a. */
export function golonganSebelumnya(g: GolonganPns): GolonganPns | null {
  const i = GOLONGAN_PNS.indexOf(g);
  return i > 0 ? GOLONGAN_PNS[i - 1]! : null;
}

/** Golongan PPPK I–XVII (Perpres 98/2020). PPPK have no pangkat and get no kenaikan pangkat. */
export const GOLONGAN_PPPK = deepFreeze([
  'I',
  'II',
  'III',
  'IV',
  'V',
  'VI',
  'VII',
  'VIII',
  'IX',
  'X',
  'XI',
  'XII',
  'XIII',
  'XIV',
  'XV',
  'XVI',
  'XVII',
] as const);
export type GolonganPppk = (typeof GOLONGAN_PPPK)[number];
export const golonganPppkSchema = z.enum(GOLONGAN_PPPK);

export { IJAZAH, type Ijazah, ijazahSchema } from '../core/ijazah.js';

/** Jenjang jabatan fungsional (PermenPANRB 1/2023), keterampilan then keahlian, lowest first. */
export const JENJANG_JF = deepFreeze([
  'PEMULA',
  'TERAMPIL',
  'MAHIR',
  'PENYELIA',
  'AHLI_PERTAMA',
  'AHLI_MUDA',
  'AHLI_MADYA',
  'AHLI_UTAMA',
] as const);
export type JenjangJf = (typeof JENJANG_JF)[number];
export const jenjangJfSchema = z.enum(JENJANG_JF);

export type KategoriJf = 'KETERAMPILAN' | 'KEAHLIAN';

/** Ujian dinas for crossing into golongan III (Tingkat I) and IV (Tingkat II). */
export const UJIAN_DINAS = deepFreeze(['TINGKAT_I', 'TINGKAT_II'] as const);
export type UjianDinas = (typeof UJIAN_DINAS)[number];
export const ujianDinasSchema = z.enum(UJIAN_DINAS);

/**
 * Leadership training passed, as it bears on the ujian-dinas exemptions: Diklatpim IV (or the older
 * Sepada/Adum/Sepala) and Diklatpim III (or Sepadya/Spama).
 */
export const DIKLAT_KEPEMIMPINAN = deepFreeze(['DIKLATPIM_IV', 'DIKLATPIM_III'] as const);
export type DiklatKepemimpinan = (typeof DIKLAT_KEPEMIMPINAN)[number];
export const diklatKepemimpinanSchema = z.enum(DIKLAT_KEPEMIMPINAN);
