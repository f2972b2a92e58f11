import { defineMessages } from '../core/messages.js';
import { TEKS_IKM } from './_bersama/ikm.messages.js';
import type { INDEKS_KEPUASAN_MASYARAKAT_RESPONDEN_RULE_ID } from './indeks-kepuasan-masyarakat-responden.js';

/** Reason texts of {@link INDEKS_KEPUASAN_MASYARAKAT_RESPONDEN_RULE_ID}: those of the shared IKM computation, and the answers left out. */
export const INDEKS_KEPUASAN_MASYARAKAT_RESPONDEN_MESSAGES = defineMessages(
  'pelayanan.indeksKepuasanMasyarakatResponden' satisfies typeof INDEKS_KEPUASAN_MASYARAKAT_RESPONDEN_RULE_ID,
  {
    ...TEKS_IKM,
    jawabanKosong: {
      id: '{jumlahKosong} jawaban kosong dari {jumlahResponden} responden diabaikan: NRR setiap unsur dihitung atas responden yang menjawabnya',
      en: '{jumlahKosong} unanswered items from {jumlahResponden} respondents are left out: each NRR is computed over the respondents who answered that unsur',
    },
  },
);
