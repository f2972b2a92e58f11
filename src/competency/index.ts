/**
 * Competency: standar kompetensi jabatan, Job Person Match, talent nine-box, candidate ranking and
 * optimal placement. The public names are listed one by one; shared parts (`_bersama/`: the JPM
 * computation, the assignment solver, the checks of impossible records) are internal.
 * @module sistem-merit/competency
 */

// The domain's enumerations and level schemas.
export {
  JENJANG_JABATAN,
  type JenjangJabatan,
  jenjangJabatanSchema,
  KATEGORI_PEMETAAN,
  KATEGORI_PENGISIAN,
  type KategoriJpm,
  kategoriJpmSchema,
  type KategoriPemetaan,
  type KategoriPengisian,
  KELOMPOK_KOMPETENSI,
  type KelompokKompetensi,
  kodeKompetensiSchema,
  KOMPETENSI_MANAJERIAL,
  KOMPETENSI_MANSOSKUL,
  KOMPETENSI_SOSIAL_KULTURAL,
  type KompetensiManajerial,
  type KompetensiMansoskul,
  type KompetensiSosialKultural,
  type Kotak,
  LEVEL_KOMPETENSI,
  levelAktualSchema,
  levelStandarSchema,
  type LevelKompetensi,
  SKEMA_JPM,
  type SkemaJpm,
  TINGKAT_KINERJA,
  TINGKAT_POTENSIAL,
  type TingkatKinerja,
  tingkatKinerjaSchema,
  type TingkatPotensial,
  tingkatPotensialSchema,
} from './types.js';

// The kamus kompetensi (PermenPANRB 38/2017 Lampiran II) and the profiles read against it.
export {
  type EntriKamus,
  KAMUS_KOMPETENSI,
  LEVEL_STANDAR_PRESET,
  type ProfilKompetensi,
  SEBUTAN_LEVEL,
  standarKompetensiPreset,
} from './_bersama/kamus-kompetensi.js';
export { KOMPETENSI_PER_PROFIL_MAKS, profilAktualSchema, standarKompetensiSchema } from './_bersama/profil.js';

export {
  AMBANG_KATEGORI_JPM_PRESET,
  type AmbangKategoriJpm,
  BAND_JPM,
  BAND_PEMETAAN,
  BAND_PENGISIAN,
  type GapKompetensi,
  JOB_PERSON_MATCH_RULE_ID,
  jobPersonMatch,
  type JobPersonMatch,
  jobPersonMatchInput,
  type JobPersonMatchInput,
  jobPersonMatchOptions,
  type JobPersonMatchOptions,
  jobPersonMatchOutput,
  type JobPersonMatchOutput,
  jobPersonMatchRule,
  JPM_MAKSIMUM,
  kategoriJpm,
  type RekomendasiPengembangan,
} from './job-person-match/index.js';

export {
  BOBOT_TEKNIS_PRESET,
  JENJANG_JF_KEAHLIAN,
  type JenjangJfKeahlian,
  JPM_LULUS_MINIMUM,
  JPM_TERTIMBANG_RULE_ID,
  jpmTertimbang,
  type JpmTertimbang,
  jpmTertimbangInput,
  type JpmTertimbangInput,
  jpmTertimbangOptions,
  type JpmTertimbangOptions,
  jpmTertimbangOutput,
  type JpmTertimbangOutput,
  jpmTertimbangRule,
} from './jpm-tertimbang.js';

export {
  AMBANG_SKOR_PRESET,
  KOTAK_RENCANA_SUKSESI_TERENDAH,
  KOTAK_TALENTA_RULE_ID,
  kotakTalenta,
  type KotakTalenta,
  kotakTalentaInput,
  type KotakTalentaInput,
  kotakTalentaOptions,
  type KotakTalentaOptions,
  kotakTalentaOutput,
  type KotakTalentaOutput,
  kotakTalentaRule,
  masukKelompokRencanaSuksesi,
  NOMOR_KOTAK,
  PEMETAAN_PREDIKAT_PRESET,
  PENOMORAN_KOTAK,
  type PenomoranKotak,
  REKOMENDASI_KOTAK,
  REKOMENDASI_TALENTA,
  type RekomendasiTalenta,
  selKotak,
} from './kotak-talenta/index.js';

export {
  JENJANG_IJAZAH,
  JENJANG_PENDIDIKAN,
  type JenjangPendidikan,
  type KandidatBerperingkat,
  PERINGKAT_KANDIDAT_MAKS,
  PERINGKAT_KANDIDAT_RULE_ID,
  peringkatKandidat,
  type PeringkatKandidat,
  peringkatKandidatInput,
  type PeringkatKandidatInput,
  peringkatKandidatOptions,
  type PeringkatKandidatOptions,
  peringkatKandidatOutput,
  type PeringkatKandidatOutput,
  peringkatKandidatRule,
  SYARAT_KANDIDAT,
  type SyaratKandidat,
} from './peringkat-kandidat/index.js';

export {
  ALASAN_FORMASI_KOSONG,
  ALASAN_TIDAK_DITEMPATKAN,
  type AlasanFormasiKosong,
  type AlasanTidakDitempatkan,
  KECOCOKAN_MAKS,
  type Penempatan,
  PENEMPATAN_MAKS,
  PENEMPATAN_OPTIMAL_RULE_ID,
  PENEMPATAN_PASANGAN_MAKS,
  penempatanOptimal,
  type PenempatanOptimal,
  penempatanOptimalInput,
  type PenempatanOptimalInput,
  penempatanOptimalOptions,
  type PenempatanOptimalOptions,
  penempatanOptimalOutput,
  type PenempatanOptimalOutput,
  penempatanOptimalRule,
  PRIORITAS_PENEMPATAN,
  type PrioritasPenempatan,
  TERLARANG_MAKS,
} from './penempatan-optimal/index.js';

export {
  KELOMPOK_RENCANA_SUKSESI_RULE_ID,
  kelompokRencanaSuksesi,
  kelompokRencanaSuksesiInput,
  type KelompokRencanaSuksesiInput,
  type KelompokRencanaSuksesiOptions,
  kelompokRencanaSuksesiOutput,
  type KelompokRencanaSuksesiOutput,
  kelompokRencanaSuksesiRule,
  PREDIKAT_MINIMUM_RENCANA_SUKSESI,
  SYARAT_RENCANA_SUKSESI,
} from './kelompok-rencana-suksesi.js';

export {
  MASA_MUTASI,
  MASA_MUTASI_RULE_ID,
  masaMutasi,
  type MasaMutasi,
  masaMutasiInput,
  type MasaMutasiInput,
  masaMutasiOptions,
  type MasaMutasiOptions,
  masaMutasiOutput,
  type MasaMutasiOutput,
  masaMutasiRule,
  STATUS_MASA_MUTASI,
  type StatusMasaMutasi,
} from './masa-mutasi.js';

export {
  BOBOT_JPT_PRESET,
  bobotJptSchema,
  KOMPONEN_SELEKSI_JPT,
  type KomponenSeleksiJpt,
  NILAI_SELEKSI_JPT_RULE_ID,
  nilaiSeleksiJpt,
  nilaiSeleksiJptInput,
  type NilaiSeleksiJptInput,
  nilaiSeleksiJptOptions,
  type NilaiSeleksiJptOptions,
  nilaiSeleksiJptOutput,
  type NilaiSeleksiJptOutput,
  nilaiSeleksiJptRule,
  RENTANG_BOBOT_JPT,
  rentangBobotJptSchema,
} from './nilai-seleksi-jpt.js';

export { COMPETENCY_REGULATIONS } from './regulations.js';
export { competencyMessages } from './messages.js';
export { COMPETENCY_RULES } from './rules.js';
export { describeCompetency, explainCompetency } from './explain.js';
