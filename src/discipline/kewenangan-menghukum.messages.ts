import { defineMessages } from '../core/messages.js';

/** Reason texts of `discipline.kewenanganMenghukum`. */
export const KEWENANGAN_MENGHUKUM_MESSAGES = defineMessages('discipline.kewenanganMenghukum', {
  berwenang: {
    id: '{pejabat} berwenang menjatuhkan {jumlahJenis} jenis hukuman disiplin kepada {sasaran} (matriks {matriks})',
    en: '{pejabat} may impose {jumlahJenis} penalty types on {sasaran} (matrix {matriks})',
  },
  tidakBerwenang: {
    id: '{pejabat} tidak berwenang menghukum {sasaran} (matriks {matriks}; jumlah jenis {jumlahJenis})',
    en: '{pejabat} has no power to punish {sasaran} (matrix {matriks}; {jumlahJenis} types)',
  },
});
