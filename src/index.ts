/**
 * sistem-merit: the rules of Indonesia's civil-service merit system as tested, explainable, dated functions.
 * Each domain is also a subpath export (`sistem-merit/performance`, …) for smaller bundles; the JSON Schema
 * converter is `sistem-merit/schema`.
 */
export * from './core/index.js';
export * from './performance/index.js';
export * from './promotion/index.js';
export * from './discipline/index.js';
export * from './rewards/index.js';
export * from './competency/index.js';
export * from './pelayanan/index.js';
export * from './merit/index.js';
export { describeDecision, explain, MESSAGES } from './explain.js';
export { RULES, REGULATIONS, findRule } from './catalogue.js';
export { type CitationUse, citationsOf, rulesCiting } from './citations.js';
