/**
 * Disiplin PNS: PP 94/2021 with PerBKN 6/2022 (hukuman, absence, effects, authority), PPPK termination
 * (PP 49/2018, UU 20/2023).
 * @module sistem-merit/discipline
 */
export { DISCIPLINE_REGULATIONS } from './regulations.js';
export { disciplineMessages } from './messages.js';
export { DISCIPLINE_RULES } from './rules.js';
export { describeDiscipline, explainDiscipline } from './explain.js';
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

// Violations, the date a hukuman takes effect, combining hukuman, their effects, and who may impose them.
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
