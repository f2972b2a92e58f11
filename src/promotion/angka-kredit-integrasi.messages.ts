import { defineMessages } from '../core/messages.js';
import type { ANGKA_KREDIT_INTEGRASI_RULE_ID } from './angka-kredit-integrasi.js';

/** Reason texts of {@link ANGKA_KREDIT_INTEGRASI_RULE_ID}. */
export const ANGKA_KREDIT_INTEGRASI_MESSAGES = defineMessages(
  'promotion.angkaKreditIntegrasi' satisfies typeof ANGKA_KREDIT_INTEGRASI_RULE_ID,
  {
    rumus: {
      id: 'AK integrasi = AK konvensional {akKonvensional} − nilai dasar {golongan} {nilaiDasar} = {akIntegrasi}',
      en: 'Integrated AK = conventional AK {akKonvensional} − base value of {golongan} {nilaiDasar} = {akIntegrasi}',
    },
  },
);
