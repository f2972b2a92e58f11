import { defineMessages } from '../core/messages.js';

/** Reason texts of `promotion.angkaKreditIntegrasi`. */
export const ANGKA_KREDIT_INTEGRASI_MESSAGES = defineMessages('promotion.angkaKreditIntegrasi', {
  rumus: {
    id: 'AK integrasi = AK konvensional {akKonvensional} − nilai dasar {golongan} {nilaiDasar} = {akIntegrasi}',
    en: 'Integrated AK = conventional AK {akKonvensional} − base value of {golongan} {nilaiDasar} = {akIntegrasi}',
  },
});
