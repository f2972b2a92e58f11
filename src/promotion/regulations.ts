import { defineRegulations } from '../core/regulations.js';

/** Regulations cited by the promotion domain. */
export const PROMOTION_REGULATIONS = defineRegulations({});
