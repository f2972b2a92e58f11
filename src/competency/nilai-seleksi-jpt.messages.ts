import { defineMessages } from '../core/messages.js';

/** Reason texts of `competency.nilaiSeleksiJpt`. */
export const NILAI_SELEKSI_JPT_MESSAGES = defineMessages('competency.nilaiSeleksiJpt', {
  komponen: {
    id: '{komponen}: nilai {nilai} × bobot {bobot} % = {hasil}',
    en: '{komponen}: score {nilai} × weight {bobot} % = {hasil}',
  },
  total: { id: 'Nilai akhir seleksi {nilai}', en: 'Final selection score {nilai}' },
});
