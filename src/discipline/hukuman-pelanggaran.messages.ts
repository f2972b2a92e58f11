import { defineMessages } from '../core/messages.js';
import { TEKS_TINGKAT_PELANGGARAN } from './_bersama/teks-pelanggaran.js';

/** Reason texts of `discipline.hukumanPelanggaran`: the tingkat of the breach and pengulangan. */
export const HUKUMAN_PELANGGARAN_MESSAGES = defineMessages('discipline.hukumanPelanggaran', {
  ...TEKS_TINGKAT_PELANGGARAN,
});
