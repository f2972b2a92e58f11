/**
 * Pangkat, kenaikan pangkat, angka kredit jabatan fungsional, jabatan requirements, KGB and BUP.
 * @module sistem-merit/promotion
 */
export * from './types.js';
export * from './ijazah.js';
export * from './penilaian.js';
export * from './periode-kenaikan-pangkat.js';
export * from './kenaikan-pangkat-reguler.js';
export * from './jenjang-jf.js';
export * from './angka-kredit.js';
export * from './regulations.js';
export * from './messages.js';
export * from './rules.js';
