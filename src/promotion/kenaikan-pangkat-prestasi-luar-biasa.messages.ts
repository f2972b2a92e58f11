import { defineMessages } from '../core/messages.js';
import { TEKS_HUKUMAN, TEKS_MASA_DALAM_PANGKAT, TEKS_PANGKAT_PUNCAK, TEKS_PENILAIAN, TEKS_PERIODE } from './_bersama/teks-syarat.js';
import type { KENAIKAN_PANGKAT_PRESTASI_LUAR_BIASA_RULE_ID } from './kenaikan-pangkat-prestasi-luar-biasa.js';

/** Reason texts of {@link KENAIKAN_PANGKAT_PRESTASI_LUAR_BIASA_RULE_ID}. */
export const KENAIKAN_PANGKAT_PRESTASI_LUAR_BIASA_MESSAGES = defineMessages(
  'promotion.kenaikanPangkatPrestasiLuarBiasa' satisfies typeof KENAIKAN_PANGKAT_PRESTASI_LUAR_BIASA_RULE_ID,
  {
    ...TEKS_PERIODE,
    ...TEKS_PANGKAT_PUNCAK,
    ...TEKS_MASA_DALAM_PANGKAT,
    ...TEKS_PENILAIAN,
    ...TEKS_HUKUMAN,
  },
);
