/**
 * Disiplin PNS: PP 94/2021 with PerBKN 6/2022 (hukuman, absence, effects, authority), PPPK termination
 * (PP 49/2018, UU 20/2023).
 * @module sistem-merit/discipline
 */
export { DISCIPLINE_REGULATIONS } from './regulations.js';
export { disciplineMessages } from './messages.js';
export { DISCIPLINE_RULES } from './rules.js';
export { explainDiscipline } from './explain.js';
export {
  DAMPAK,
  type Dampak,
  dampakSchema,
  HUKUMAN,
  hukumanLebihBeratBerikutnya,
  hukumanTerberat,
  JENIS_HUKUMAN,
  type JenisHukuman,
  jenisHukumanSchema,
  jenisPadaTingkat,
  lebihBerat,
  MODE_HUKUMAN_SEDANG,
  type ModeHukumanSedang,
  modeHukumanSedangSchema,
  TINGKAT_HUKUMAN,
  type TingkatHukuman,
  tingkatHukuman,
  tingkatHukumanSchema,
  tingkatKeberatan,
} from './types.js';

// Unexcused absence: the tables of PP 94/2021 Pasal 11 and 15, and the four rules that read them.
export {
  HARI_BERTURUT_TURUT_PDHTAPS,
  HARI_KUMULATIF_HUKUMAN_PERTAMA,
  HARI_SETAHUN_MAKS,
  ketidakhadiranOptions,
  TABEL_BERTURUT_TURUT,
  TABEL_KETIDAKHADIRAN,
} from './_bersama/ketidakhadiran.js';
export {
  HUKUMAN_KETIDAKHADIRAN_RULE_ID,
  hukumanKetidakhadiran,
  hukumanKetidakhadiranInput,
  type HukumanKetidakhadiranInput,
  type HukumanKetidakhadiranOptions,
  hukumanKetidakhadiranOutput,
  type HukumanKetidakhadiranOutput,
  hukumanKetidakhadiranRule,
} from './hukuman-ketidakhadiran.js';
export {
  PENINGKATAN_HUKUMAN_KETIDAKHADIRAN_RULE_ID,
  peningkatanHukumanKetidakhadiran,
  peningkatanHukumanKetidakhadiranInput,
  type PeningkatanHukumanKetidakhadiranInput,
  type PeningkatanHukumanKetidakhadiranOptions,
  peningkatanHukumanKetidakhadiranOutput,
  type PeningkatanHukumanKetidakhadiranOutput,
  peningkatanHukumanKetidakhadiranRule,
} from './peningkatan-hukuman-ketidakhadiran.js';
export {
  KETERLAMBATAN_MAKS,
  MENIT_PER_HARI_KMK_5_2022,
  MENIT_SEHARI,
  REKAP_KETIDAKHADIRAN_RULE_ID,
  type RekapKetidakhadiran,
  rekapKetidakhadiran,
  rekapKetidakhadiranInput,
  type RekapKetidakhadiranInput,
  rekapKetidakhadiranOptions,
  type RekapKetidakhadiranOptions,
  rekapKetidakhadiranOutput,
  type RekapKetidakhadiranOutput,
  rekapKetidakhadiranRule,
  TANGGAL_TIDAK_MASUK_MAKS,
} from './rekap-ketidakhadiran/index.js';
export {
  PENYESUAIAN_GAJI,
  PENYESUAIAN_GAJI_KETIDAKHADIRAN_RULE_ID,
  type PenyesuaianGaji,
  type PenyesuaianGajiKetidakhadiran,
  penyesuaianGajiKetidakhadiran,
  penyesuaianGajiKetidakhadiranInput,
  type PenyesuaianGajiKetidakhadiranInput,
  type PenyesuaianGajiKetidakhadiranOptions,
  penyesuaianGajiKetidakhadiranOutput,
  type PenyesuaianGajiKetidakhadiranOutput,
  penyesuaianGajiKetidakhadiranRule,
} from './penyesuaian-gaji-ketidakhadiran.js';

// Carrying out a hukuman, and PPPK termination.
export {
  BENTUK_HUKUMAN_RULE_ID,
  BENTUK_SEDANG_INTERIM,
  type BentukHukuman,
  bentukHukuman,
  bentukHukumanInput,
  type BentukHukumanInput,
  bentukHukumanOptions,
  type BentukHukumanOptions,
  bentukHukumanOutput,
  type BentukHukumanOutput,
  bentukHukumanRule,
  type BentukSedangInterim,
  type PelaksanaanHukuman,
} from './bentuk-hukuman.js';
export {
  ALASAN_PEMUTUSAN_PPPK,
  type AlasanPemutusanPppk,
  JENIS_PEMUTUSAN_PPPK,
  type JenisPemutusanPppk,
  PEMUTUSAN_DISIPLIN_BERAT,
  PEMUTUSAN_PPPK,
  PEMUTUSAN_PPPK_RULE_ID,
  type PemutusanPppk,
  pemutusanPppk,
  pemutusanPppkInput,
  type PemutusanPppkInput,
  pemutusanPppkOptions,
  type PemutusanPppkOptions,
  pemutusanPppkOutput,
  type PemutusanPppkOutput,
  pemutusanPppkRule,
} from './pemutusan-pppk.js';

// The rules converted on the discipline-hukuman branch (the lead merges their explicit lists).
export * from './riwayat-hukuman.js';
export * from './hukuman-pelanggaran.js';
export * from './berlaku-hukuman.js';
export * from './efek-hukuman.js';
export * from './pejabat-berwenang.js';
export * from './versi.js';
