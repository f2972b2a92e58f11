/**
 * Penilaian kinerja: PermenPANRB 6/2022 (matrix and distribution), PP 30/2019, PP 46/2011 with Perka BKN 1/2013.
 * @module sistem-merit/performance
 */
export {
  isPredikatAtLeast,
  PREDIKAT,
  PREDIKAT_ORGANISASI,
  PREDIKAT_PP30,
  type Predikat,
  type PredikatOrganisasi,
  type PredikatPp30,
  predikatSchema,
  rankOf,
  RATING,
  type Rating,
  ratingSchema,
  SEBUTAN_PP46,
  type SebutanPp46,
  TAFSIR_BATAS_PP46,
  type TafsirBatasPp46,
} from './types.js';
export { PERFORMANCE_REGULATIONS } from './regulations.js';
export { performanceMessages } from './messages.js';
export { describePerformance, explainPerformance } from './explain.js';
export { PERFORMANCE_RULES } from './rules.js';

// performance.predikatKinerja
export {
  MATRIKS_PREDIKAT_KINERJA,
  PERIODE_EVALUASI,
  type PeriodeEvaluasi,
  PREDIKAT_KINERJA_RULE_ID,
  predikatKinerja,
  predikatKinerjaInput,
  type PredikatKinerjaInput,
  type PredikatKinerjaOptions,
  type PredikatKinerjaOutput,
  predikatKinerjaRule,
} from './predikat-kinerja.js';

// performance.kurvaDistribusi
export {
  KURVA_DISTRIBUSI_RULE_ID,
  kurvaDistribusi,
  type KurvaDistribusiOptions,
  type KurvaDistribusiOutput,
  kurvaDistribusiRule,
} from './kurva-distribusi/index.js';
export {
  type BatasDistribusi,
  BATAS_SEBAGIAN_BESAR,
  JENIS_BATAS,
  type JenisBatas,
  MINIMUM_SEBAGIAN_BESAR,
  type MinimumSebagianBesar,
  PEMBULATAN_BATAS_ORANG,
  type PembulatanBatasOrang,
  POLA_DISTRIBUSI_SE_3_2023,
} from './kurva-distribusi/pola.js';
export {
  type BatasTidakTerpenuhi,
  type KurvaDistribusi,
  kurvaDistribusiInput,
  type KurvaDistribusiInput,
  kurvaDistribusiOptions,
  kurvaDistribusiOutput,
} from './kurva-distribusi/schema.js';

// performance.nilaiKinerjaPp30
export {
  bandsPp30,
  BOBOT_PP30,
  type BobotPp30,
  NILAI_KINERJA_PP30_RULE_ID,
  NILAI_MAKSIMUM_PP30,
  type NilaiKinerjaPp30,
  nilaiKinerjaPp30,
  nilaiKinerjaPp30Input,
  type NilaiKinerjaPp30Input,
  nilaiKinerjaPp30Options,
  type NilaiKinerjaPp30Options,
  nilaiKinerjaPp30Output,
  type NilaiKinerjaPp30Output,
  nilaiKinerjaPp30Rule,
} from './nilai-kinerja-pp30.js';

// performance.capaianSkp (and the sebutan table it shares with nilaiPrestasiKerjaPp46)
export { CAPAIAN_SKP_RULE_ID, capaianSkp, type CapaianSkpOptions, type CapaianSkpOutput, capaianSkpRule } from './capaian-skp/index.js';
export { KREATIVITAS, type Kreativitas, PRESET_NILAI_KREATIVITAS, PRESET_NILAI_TUGAS_TAMBAHAN } from './capaian-skp/data.js';
export { nilaiEfisiensi } from './capaian-skp/hitung.js';
export {
  type CapaianKegiatan,
  type CapaianSkp,
  capaianSkpInput,
  type CapaianSkpInput,
  capaianSkpOptions,
  capaianSkpOutput,
} from './capaian-skp/schema.js';
export { BANDS_SEBUTAN_PP46 } from './_bersama/sebutan-pp46.js';

// performance.nilaiPrestasiKerjaPp46
export {
  ASPEK_PERILAKU_PP46,
  type AspekPerilakuPp46,
  BOBOT_PP46,
  NILAI_PRESTASI_KERJA_PP46_RULE_ID,
  type NilaiPrestasiKerjaPp46,
  nilaiPrestasiKerjaPp46,
  nilaiPrestasiKerjaPp46Input,
  type NilaiPrestasiKerjaPp46Input,
  nilaiPrestasiKerjaPp46Options,
  type NilaiPrestasiKerjaPp46Options,
  nilaiPrestasiKerjaPp46Output,
  type NilaiPrestasiKerjaPp46Output,
  nilaiPrestasiKerjaPp46Rule,
} from './nilai-prestasi-kerja-pp46.js';

// performance.penilaianKinerja
export {
  PENILAIAN_KINERJA_RULE_ID,
  type PenilaianKinerja,
  penilaianKinerja,
  penilaianKinerjaInput,
  type PenilaianKinerjaInput,
  penilaianKinerjaOptions,
  type PenilaianKinerjaOptions,
  penilaianKinerjaOutput,
  type PenilaianKinerjaOutput,
  penilaianKinerjaRule,
  REZIM_PENILAIAN,
  type RezimPenilaian,
  VERSI_PENILAIAN_KINERJA,
} from './penilaian-kinerja.js';
