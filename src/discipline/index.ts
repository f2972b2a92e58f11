/**
 * @module sistem-merit/discipline
 */
export * from './regulations.js';
export * from './messages.js';
export * from './rules.js';
export * from './types.js';
export * from './riwayat-hukuman.js';
