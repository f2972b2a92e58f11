import { defineMessages } from '../core/messages.js';
import { TEKS_TINGKAT_PELANGGARAN } from './_bersama/teks-pelanggaran.js';
import type { HUKUMAN_PELANGGARAN_RULE_ID } from './hukuman-pelanggaran.js';

/** Reason texts of {@link HUKUMAN_PELANGGARAN_RULE_ID}: the tingkat of the breach and pengulangan. */
export const HUKUMAN_PELANGGARAN_MESSAGES = defineMessages('discipline.hukumanPelanggaran' satisfies typeof HUKUMAN_PELANGGARAN_RULE_ID, {
  ...TEKS_TINGKAT_PELANGGARAN,
});
