import { defineMessages } from '../../core/messages.js';
import { TEKS_IKM } from '../_bersama/ikm.messages.js';

/** Reason texts of `pelayanan.indeksKepuasanMasyarakat`: those of the shared IKM computation. */
export const INDEKS_KEPUASAN_MASYARAKAT_MESSAGES = defineMessages('pelayanan.indeksKepuasanMasyarakat', { ...TEKS_IKM });
