import { defineRegulations } from '../core/regulations.js';

/** Regulations cited by the discipline domain. */
export const DISCIPLINE_REGULATIONS = defineRegulations({});
