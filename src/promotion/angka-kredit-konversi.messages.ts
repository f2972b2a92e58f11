import { defineMessages } from '../core/messages.js';
import type { ANGKA_KREDIT_KONVERSI_RULE_ID } from './angka-kredit-konversi.js';

/** Reason texts of {@link ANGKA_KREDIT_KONVERSI_RULE_ID}. */
export const ANGKA_KREDIT_KONVERSI_MESSAGES = defineMessages(
  'promotion.angkaKreditKonversi' satisfies typeof ANGKA_KREDIT_KONVERSI_RULE_ID,
  {
    rumus: {
      id: 'AK = {bulan}/12 × {persentase}% ({predikat}) × koefisien {koefisien} ({jenjang}) = {angkaKredit}',
      en: 'AK = {bulan}/12 × {persentase}% ({predikat}) × coefficient {koefisien} ({jenjang}) = {angkaKredit}',
    },
  },
);
