/**
 * Pelayanan publik: the Survei Kepuasan Masyarakat and its Indeks Kepuasan Masyarakat (PermenPANRB 14/2017,
 * PermenPANRB 16/2014, KepmenPAN 25/2004), dated by the survey period, and its hand-off to unit performance.
 * @module sistem-merit/pelayanan
 */

// Enums and types of the domain.
export {
  KINERJA_UNIT_MENURUT_MUTU,
  KINERJA_UNIT_PELAYANAN,
  type KinerjaUnitPelayanan,
  MUTU_PELAYANAN,
  type MutuPelayanan,
  mutuPelayananSchema,
  NILAI_PERSEPSI,
  PEDOMAN_SKM,
  type PedomanSkm,
  UNSUR_IKM_2004,
  UNSUR_PELAYANAN,
  UNSUR_SKM_2014,
  UNSUR_SKM_2017,
  type UnsurPelayanan,
  unsurPelayananSchema,
} from './types.js';

// The legal tables, for readers: pedoman by survey period, conversion tables, minimum sample.
export { INTERVAL_MUTU_2004, INTERVAL_MUTU_2017, type IntervalMutu, type Pedoman, VERSI_SKM } from './_bersama/pedoman.js';
export { METODE_SAMPEL, type MetodeSampel, sampelMinimum, TABEL_KREJCIE_MORGAN } from './_bersama/sampel.js';

// What both index rules share: options, output, bounds.
export {
  ikmOptions,
  ikmOutput,
  type IndeksKepuasanMasyarakat,
  MAKS_JAWABAN_RINGKASAN,
  MAKS_POPULASI,
  type NrrUnsur,
  type SampelSurvei,
} from './_bersama/skema-ikm.js';

// pelayanan.indeksKepuasanMasyarakat
export {
  INDEKS_KEPUASAN_MASYARAKAT_RULE_ID,
  indeksKepuasanMasyarakat,
  indeksKepuasanMasyarakatInput,
  type IndeksKepuasanMasyarakatInput,
  type IndeksKepuasanMasyarakatOptions,
  type IndeksKepuasanMasyarakatOutput,
  indeksKepuasanMasyarakatRule,
  ringkasanUnsurSchema,
} from './indeks-kepuasan-masyarakat/index.js';

// pelayanan.indeksKepuasanMasyarakatResponden, and the fold of responses into its summary input.
export {
  INDEKS_KEPUASAN_MASYARAKAT_RESPONDEN_RULE_ID,
  indeksKepuasanMasyarakatResponden,
  indeksKepuasanMasyarakatRespondenInput,
  type IndeksKepuasanMasyarakatRespondenInput,
  type IndeksKepuasanMasyarakatRespondenOptions,
  type IndeksKepuasanMasyarakatRespondenOutput,
  indeksKepuasanMasyarakatRespondenRule,
  type JawabanResponden,
  jawabanRespondenSchema,
  MAKS_RESPONDEN,
} from './indeks-kepuasan-masyarakat-responden.js';
export { type RekapJawaban, rekapJawaban, type RekapSurvei } from './_bersama/rekap-jawaban.js';

// pelayanan.predikatOrganisasiIkm
export {
  PEMETAAN_PERINGKAT_SEJAJAR,
  PREDIKAT_ORGANISASI_IKM_RULE_ID,
  predikatOrganisasiIkm,
  predikatOrganisasiIkmInput,
  type PredikatOrganisasiIkmInput,
  type PredikatOrganisasiIkmOptions,
  predikatOrganisasiIkmOptions,
  type PredikatOrganisasiIkmOutput,
  predikatOrganisasiIkmOutput,
  predikatOrganisasiIkmRule,
} from './predikat-organisasi-ikm.js';

export { PELAYANAN_RULES } from './rules.js';
export { PELAYANAN_REGULATIONS } from './regulations.js';
export { pelayananMessages } from './messages.js';
export { describePelayanan, explainPelayanan } from './explain.js';
