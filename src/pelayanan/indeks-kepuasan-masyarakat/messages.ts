import { defineMessages } from '../../core/messages.js';
import { TEKS_IKM } from '../_bersama/ikm.messages.js';
import type { INDEKS_KEPUASAN_MASYARAKAT_RULE_ID } from './index.js';

/** Reason texts of {@link INDEKS_KEPUASAN_MASYARAKAT_RULE_ID}: those of the shared IKM computation. */
export const INDEKS_KEPUASAN_MASYARAKAT_MESSAGES = defineMessages(
  'pelayanan.indeksKepuasanMasyarakat' satisfies typeof INDEKS_KEPUASAN_MASYARAKAT_RULE_ID,
  { ...TEKS_IKM },
);
