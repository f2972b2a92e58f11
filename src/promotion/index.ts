/**
 * Pangkat, kenaikan pangkat (reguler and pilihan), angka kredit jabatan fungsional, jabatan requirements,
 * kenaikan gaji berkala and batas usia pensiun.
 * @module sistem-merit/promotion
 */
export * from './types.js';
export * from './ijazah.js';
export {
  PREDIKAT_PENILAIAN,
  type PredikatPenilaian,
  predikatPenilaianSchema,
  predikatPenilaianAtLeast,
  penilaianTahunanSchema,
  type PenilaianTahunan,
  riwayatPenilaianSchema,
} from './penilaian.js';
export * from './periode-kenaikan-pangkat.js';
export { type KenaikanPangkatPilihan, kenaikanPangkatPilihanOutput } from './kp-bersama.js';
export * from './kenaikan-pangkat-reguler.js';
export * from './kenaikan-pangkat-fungsional.js';
export * from './kenaikan-pangkat-struktural.js';
export * from './kenaikan-pangkat-ijazah-prestasi.js';
export * from './jenjang-jf.js';
export * from './angka-kredit.js';
export * from './angka-kredit-integrasi.js';
export * from './kenaikan-gaji-berkala.js';
export * from './batas-usia-pensiun.js';
export * from './syarat-jabatan.js';
export {
  CITATION_USIA_MINIMAL_PENGANGKATAN,
  MAKS_PERIODE_ANGKA_KREDIT,
  MAKS_RIWAYAT_JABATAN,
  MAKS_RIWAYAT_PENILAIAN,
  TANGGAL_TERAKHIR,
} from './invariants.js';
export * from './regulations.js';
export * from './messages.js';
export * from './rules.js';
export * from './explain.js';
