/**
 * @module sistem-merit/discipline
 */
export * from './regulations.js';
export * from './messages.js';
export * from './rules.js';
export * from './types.js';
export * from './kalender.js';
export * from './hukuman-ketidakhadiran.js';
export * from './rekap-ketidakhadiran.js';
export * from './bentuk-hukuman.js';
export * from './pemutusan-pppk.js';
export * from './penyesuaian-gaji.js';
// discipline-hukuman: the violation, date, effect and authority rules and their shared parts (explicit exports).
export {
  HUKUMAN_PELANGGARAN_RULE_ID,
  hukumanPelanggaran,
  hukumanPelanggaranInput,
  hukumanPelanggaranRule,
  type HukumanPelanggaranInput,
  type HukumanPelanggaranOptions,
  type HukumanPelanggaranOutput,
} from './hukuman-pelanggaran.js';
export {
  HUKUMAN_BEBERAPA_PELANGGARAN_RULE_ID,
  hukumanBeberapaPelanggaran,
  hukumanBeberapaPelanggaranInput,
  hukumanBeberapaPelanggaranOutput,
  hukumanBeberapaPelanggaranRule,
  PELANGGARAN_SATU_PEMERIKSAAN_MAKS,
  type HukumanBeberapaPelanggaranInput,
  type HukumanBeberapaPelanggaranOptions,
  type HukumanBeberapaPelanggaranOutput,
} from './hukuman-beberapa-pelanggaran.js';
export {
  type HukumanPelanggaran,
  hukumanPelanggaranOptions,
  hukumanPelanggaranOutput,
  kodeKetentuanSchema,
  PRESET_TINGKAT_IKUT_KAMPANYE,
} from './_bersama/pelanggaran.js';
export {
  type AturanTingkat,
  JABATAN_PELAKU,
  type JabatanPelaku,
  type Ketentuan,
  KETENTUAN_DISIPLIN,
  KODE_KETENTUAN,
  type KodeKetentuan,
  PASAL_5_N_POKOK,
} from './_bersama/ketentuan-disiplin.js';
export { TABEL_KETENTUAN_DISIPLIN } from './_bersama/tabel-ketentuan-disiplin.js';
export {
  HARI_KE_BERLAKU,
  RUMUS_TANGGAL_BERLAKU_HUKUMAN,
  TANGGAL_BERLAKU_HUKUMAN_RULE_ID,
  tanggalBerlakuHukuman,
  tanggalBerlakuHukumanInput,
  tanggalBerlakuHukumanOptions,
  tanggalBerlakuHukumanOutput,
  tanggalBerlakuHukumanRule,
  type TanggalBerlakuHukumanInput,
  type TanggalBerlakuHukumanOptions,
  type TanggalBerlakuHukumanOutput,
} from './tanggal-berlaku-hukuman.js';
export {
  ATURAN_GABUNG_HUKUMAN,
  GABUNG_HUKUMAN_RULE_ID,
  gabungHukuman,
  gabungHukumanInput,
  gabungHukumanOutput,
  gabungHukumanRule,
  type GabungHukumanInput,
  type GabungHukumanOptions,
  type GabungHukumanOutput,
} from './gabung-hukuman.js';
export { type JadwalHukuman, jadwalHukumanOutput } from './_bersama/jadwal-hukuman.js';
export {
  EFEK_HUKUMAN_RULE_ID,
  type EfekHukuman,
  efekHukuman,
  efekHukumanInput,
  efekHukumanOptions,
  efekHukumanOutput,
  efekHukumanRule,
  TABEL_EFEK_HUKUMAN,
  type EfekHukumanInput,
  type EfekHukumanOptions,
  type EfekHukumanOutput,
} from './efek-hukuman.js';
export {
  KEWENANGAN_LAMPIRAN_PERBKN_6_2022,
  KEWENANGAN_MENGHUKUM_RULE_ID,
  KEWENANGAN_PP_94_2021,
  kewenanganMenghukum,
  kewenanganMenghukumInput,
  kewenanganMenghukumOptions,
  kewenanganMenghukumOutput,
  kewenanganMenghukumRule,
  type MatriksKewenangan,
  MATRIKS_KEWENANGAN,
  PEJABAT_BERWENANG,
  type PejabatBerwenang,
  SASARAN_HUKUMAN,
  type SasaranHukuman,
  TABEL_KEWENANGAN_MENGHUKUM,
  type KewenanganMenghukumInput,
  type KewenanganMenghukumOptions,
  type KewenanganMenghukumOutput,
} from './kewenangan-menghukum.js';
export {
  HUKUMAN_ATASAN_LALAI_RULE_ID,
  hukumanAtasanLalai,
  hukumanAtasanLalaiInput,
  hukumanAtasanLalaiOutput,
  hukumanAtasanLalaiRule,
  TABEL_HUKUMAN_ATASAN_LALAI,
  type HukumanAtasanLalaiInput,
  type HukumanAtasanLalaiOptions,
  type HukumanAtasanLalaiOutput,
} from './hukuman-atasan-lalai.js';
export { RIWAYAT_HUKUMAN_MAKS, type RiwayatHukuman, riwayatHukumanSchema } from './_bersama/riwayat-hukuman.js';
// end discipline-hukuman
export * from './explain.js';
