/**
 * @module sistem-merit/promotion
 */
export * from './regulations.js';
export * from './messages.js';
export * from './rules.js';
