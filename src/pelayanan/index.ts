/**
 * Pelayanan publik: the Survei Kepuasan Masyarakat and its Indeks Kepuasan Masyarakat (PermenPANRB 14/2017,
 * PermenPANRB 16/2014, KepmenPAN 25/2004), dated by the survey period, and its hand-off to unit performance.
 * @module sistem-merit/pelayanan
 */
export * from './types.js';
export * from './regulations.js';
export * from './messages.js';
export * from './pedoman.js';
export {
  CATATAN_IKM,
  type IkmSettings,
  type IndeksKepuasanMasyarakat,
  ikmOptions,
  ikmOutput,
  MAKS_JAWABAN_RINGKASAN,
  MAKS_POPULASI,
  type NrrUnsur,
  type SampelSurvei,
} from './ikm.js';
export * from './indeks-kepuasan-masyarakat.js';
export * from './indeks-kepuasan-masyarakat-responden.js';
export * from './rekap-jawaban.js';
export * from './predikat-organisasi-ikm.js';
export * from './rules.js';
export * from './explain.js';
