import { defineMessages } from '../core/messages.js';
import type { NILAI_SELEKSI_JPT_RULE_ID } from './nilai-seleksi-jpt.js';

/** Reason texts of {@link NILAI_SELEKSI_JPT_RULE_ID}. */
export const NILAI_SELEKSI_JPT_MESSAGES = defineMessages('competency.nilaiSeleksiJpt' satisfies typeof NILAI_SELEKSI_JPT_RULE_ID, {
  komponen: {
    id: '{komponen}: nilai {nilai} × bobot {bobot} % = {hasil}',
    en: '{komponen}: score {nilai} × weight {bobot} % = {hasil}',
  },
  total: { id: 'Nilai akhir seleksi {nilai}', en: 'Final selection score {nilai}' },
});
