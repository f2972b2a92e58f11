/**
 * @module sistem-merit/rewards
 */
export * from './regulations.js';
export * from './messages.js';
export * from './rules.js';
