import * as z from 'zod/mini';
import { deepFreeze } from '../core/freeze.js';

/**
 * The nine unsur of the Survei Kepuasan Masyarakat under PermenPANRB 14/2017 (Lampiran), keyed by name.
 * Agency copies disagree on the order of the last two (Penanganan Pengaduan / Sarana dan Prasarana), so the
 * library never keys an unsur by its position; the order here is only the order of reports.
 */
export const UNSUR_SKM_2017 = deepFreeze([
  'PERSYARATAN',
  'SISTEM_MEKANISME_PROSEDUR',
  'WAKTU_PENYELESAIAN',
  'BIAYA_TARIF',
  'PRODUK_SPESIFIKASI_JENIS_PELAYANAN',
  'KOMPETENSI_PELAKSANA',
  'PERILAKU_PELAKSANA',
  'PENANGANAN_PENGADUAN',
  'SARANA_PRASARANA',
] as const);

/**
 * The nine unsur under PermenPANRB 16/2014: as 14/2017, with Maklumat Pelayanan instead of Sarana dan
 * Prasarana (agency pages citing 16/2014; KemenPANRB PEKPPP instrument 2022 p. 30).
 */
export const UNSUR_SKM_2014 = deepFreeze([
  'PERSYARATAN',
  'SISTEM_MEKANISME_PROSEDUR',
  'WAKTU_PENYELESAIAN',
  'BIAYA_TARIF',
  'PRODUK_SPESIFIKASI_JENIS_PELAYANAN',
  'KOMPETENSI_PELAKSANA',
  'PERILAKU_PELAKSANA',
  'MAKLUMAT_PELAYANAN',
  'PENANGANAN_PENGADUAN',
] as const);

/** The fourteen unsur of the Indeks Kepuasan Masyarakat under KepmenPAN 25/M.PAN/2/2004, in the order agencies used. */
export const UNSUR_IKM_2004 = deepFreeze([
  'PROSEDUR_PELAYANAN',
  'PERSYARATAN_PELAYANAN',
  'KEJELASAN_PETUGAS',
  'KEDISIPLINAN_PETUGAS',
  'TANGGUNG_JAWAB_PETUGAS',
  'KEMAMPUAN_PETUGAS',
  'KECEPATAN_PELAYANAN',
  'KEADILAN_PELAYANAN',
  'KESOPANAN_KERAMAHAN_PETUGAS',
  'KEWAJARAN_BIAYA',
  'KEPASTIAN_BIAYA',
  'KEPASTIAN_JADWAL',
  'KENYAMANAN_LINGKUNGAN',
  'KEAMANAN_PELAYANAN',
] as const);

/** Every unsur of every pedoman (the input accepts any of them; each survey is checked against its own pedoman's set). */
export const UNSUR_PELAYANAN = deepFreeze([...new Set([...UNSUR_SKM_2017, ...UNSUR_SKM_2014, ...UNSUR_IKM_2004])] as const);
export type UnsurPelayanan = (typeof UNSUR_SKM_2017)[number] | (typeof UNSUR_SKM_2014)[number] | (typeof UNSUR_IKM_2004)[number];
export const unsurPelayananSchema = z.enum(UNSUR_PELAYANAN as readonly UnsurPelayanan[] as [UnsurPelayanan, ...UnsurPelayanan[]]);

/** The pedoman of a survey, oldest first. */
export const PEDOMAN_SKM = deepFreeze(['KEPMENPAN_25_2004', 'PERMENPANRB_16_2014', 'PERMENPANRB_14_2017'] as const);
export type PedomanSkm = (typeof PEDOMAN_SKM)[number];

/** Mutu pelayanan, best first. */
export const MUTU_PELAYANAN = deepFreeze(['A', 'B', 'C', 'D'] as const);
export type MutuPelayanan = (typeof MUTU_PELAYANAN)[number];
export const mutuPelayananSchema = z.enum(MUTU_PELAYANAN);

/** Kinerja unit pelayanan, best first, in step with {@link MUTU_PELAYANAN}. */
export const KINERJA_UNIT_PELAYANAN = deepFreeze(['SANGAT_BAIK', 'BAIK', 'KURANG_BAIK', 'TIDAK_BAIK'] as const);
export type KinerjaUnitPelayanan = (typeof KINERJA_UNIT_PELAYANAN)[number];

/** The kinerja unit of each mutu (the conversion table of each pedoman). */
export const KINERJA_UNIT_MENURUT_MUTU: Readonly<Record<MutuPelayanan, KinerjaUnitPelayanan>> = deepFreeze({
  A: 'SANGAT_BAIK',
  B: 'BAIK',
  C: 'KURANG_BAIK',
  D: 'TIDAK_BAIK',
});

/** The answers of one question: 1 (worst) to 4 (best). */
export const NILAI_PERSEPSI = deepFreeze([1, 2, 3, 4] as const);
