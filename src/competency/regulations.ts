import { defineRegulations } from '../core/regulations.js';

/** Regulations cited by the competency domain. */
export const COMPETENCY_REGULATIONS = defineRegulations({});
