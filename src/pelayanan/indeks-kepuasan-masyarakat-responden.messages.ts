import { defineMessages } from '../core/messages.js';
import { TEKS_IKM } from './_bersama/ikm.messages.js';

/** Reason texts of `pelayanan.indeksKepuasanMasyarakatResponden`: those of the shared IKM computation, and the answers left out. */
export const INDEKS_KEPUASAN_MASYARAKAT_RESPONDEN_MESSAGES = defineMessages('pelayanan.indeksKepuasanMasyarakatResponden', {
  ...TEKS_IKM,
  jawabanKosong: {
    id: '{jumlahKosong} jawaban kosong dari {jumlahResponden} responden diabaikan: NRR setiap unsur dihitung atas responden yang menjawabnya',
    en: '{jumlahKosong} unanswered items from {jumlahResponden} respondents are left out: each NRR is computed over the respondents who answered that unsur',
  },
});
