/**
 * Competency: standar kompetensi jabatan, Job Person Match, talent nine-box, candidate ranking and
 * optimal placement.
 * @module sistem-merit/competency
 */
export * from './types.js';
export * from './kamus-kompetensi.js';
export * from './profil.js';
export * from './regulations.js';
export * from './messages.js';
export * from './job-person-match.js';
export * from './jpm-tertimbang.js';
export * from './kotak-talenta.js';
export * from './fit.js';
export * from './linear-assignment.js';
export * from './penempatan-optimal.js';
export * from './peringkat-kandidat.js';
export * from './rencana-suksesi.js';
export * from './masa-mutasi.js';
export * from './seleksi-jpt.js';
export * from './rules.js';
export * from './explain.js';
