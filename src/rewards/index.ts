/**
 * @module sistem-merit/rewards
 */
export * from './regulations.js';
export * from './messages.js';
export * from './rules.js';
export * from './satyalancana-karya-satya.js';
export * from './potongan-tukin.js';
export * from './konsekuensi-kinerja.js';
export * from './explain.js';
