/**
 * @module sistem-merit/competency
 */
export * from './regulations.js';
export * from './messages.js';
export * from './rules.js';
