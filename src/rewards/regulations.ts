import { defineRegulations } from '../core/regulations.js';

/** Regulations cited by the rewards domain. */
export const REWARDS_REGULATIONS = defineRegulations({});
