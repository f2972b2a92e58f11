/**
 * Penilaian kinerja: PermenPANRB 6/2022 (matrix and distribution), PP 30/2019, PP 46/2011 with Perka BKN 1/2013.
 * @module sistem-merit/performance
 */
export * from './types.js';
export * from './regulations.js';
export * from './messages.js';
export * from './predikat-kinerja.js';
export * from './kurva-distribusi.js';
export * from './nilai-kinerja-pp30.js';
export * from './sebutan-pp46.js';
export * from './capaian-skp.js';
export * from './nilai-prestasi-kerja-pp46.js';
export * from './penilaian-kinerja.js';
export * from './rules.js';
export * from './explain.js';
