import { defineMessages } from '../core/messages.js';

/** Reason texts of `promotion.angkaKreditKonversi`. */
export const ANGKA_KREDIT_KONVERSI_MESSAGES = defineMessages('promotion.angkaKreditKonversi', {
  rumus: {
    id: 'AK = {bulan}/12 × {persentase}% ({predikat}) × koefisien {koefisien} ({jenjang}) = {angkaKredit}',
    en: 'AK = {bulan}/12 × {persentase}% ({predikat}) × coefficient {koefisien} ({jenjang}) = {angkaKredit}',
  },
});
