/**
 * Penghargaan dan akibat kinerja: Satyalancana Karya Satya (PP 35/2010), the monthly tukin/TPP deduction
 * (instansi schedules and PP 94/2021), the consequences of a missed performance target (PP 30/2019).
 * @module sistem-merit/rewards
 */
export { REWARDS_REGULATIONS } from './regulations.js';
export { rewardsMessages } from './messages.js';
export { REWARDS_RULES } from './rules.js';
export { describeRewards, explainRewards } from './explain.js';

export {
  KELAS_SLKS,
  type KelasSlks,
  SATYALANCANA_KARYA_SATYA_RULE_ID,
  satyalancanaKaryaSatya,
  type SatyalancanaKaryaSatya,
  satyalancanaKaryaSatyaInput,
  type SatyalancanaKaryaSatyaInput,
  satyalancanaKaryaSatyaOptions,
  type SatyalancanaKaryaSatyaOptions,
  satyalancanaKaryaSatyaOutput,
  type SatyalancanaKaryaSatyaOutput,
  satyalancanaKaryaSatyaRule,
  TAHUN_SLKS,
} from './satyalancana-karya-satya.js';

export {
  POTONGAN_TUKIN_RULE_ID,
  potonganTukin,
  type PotonganTukin,
  potonganTukinInput,
  type PotonganTukinInput,
  potonganTukinOptions,
  type PotonganTukinOptions,
  potonganTukinOutput,
  type PotonganTukinOutput,
  potonganTukinRule,
} from './potongan-tukin/index.js';
export {
  type JadwalPotongan,
  type JadwalPotonganInput,
  jadwalPotonganSchema,
  POTONGAN_HUKUMAN_SEDANG_PP94,
} from './potongan-tukin/jadwal.js';
export { NAMA_PRESET_JADWAL, type NamaPresetJadwal, PRESET_JADWAL_POTONGAN } from './potongan-tukin/presets.js';
export {
  CADANGAN_POTONGAN,
  type CadanganPotongan,
  SEBAB_POTONGAN,
  type SebabPotongan,
  SIFAT_PELANGGARAN,
  type SifatPelanggaran,
  STATUS_JADWAL,
  type StatusJadwal,
  UNSUR_PELANGGARAN,
  type UnsurPelanggaran,
} from './potongan-tukin/sebab.js';

export {
  KONSEKUENSI_KINERJA_RULE_ID,
  konsekuensiKinerja,
  type KonsekuensiKinerja,
  konsekuensiKinerjaInput,
  type KonsekuensiKinerjaInput,
  konsekuensiKinerjaOptions,
  type KonsekuensiKinerjaOptions,
  konsekuensiKinerjaOutput,
  type KonsekuensiKinerjaOutput,
  konsekuensiKinerjaRule,
  TAHAP_KONSEKUENSI_KINERJA,
  type TahapKonsekuensiKinerja,
} from './konsekuensi-kinerja/index.js';
