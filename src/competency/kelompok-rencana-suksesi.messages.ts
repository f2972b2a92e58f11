import { defineMessages } from '../core/messages.js';
import type { KELOMPOK_RENCANA_SUKSESI_RULE_ID } from './kelompok-rencana-suksesi.js';

/** Reason texts of {@link KELOMPOK_RENCANA_SUKSESI_RULE_ID}. */
export const KELOMPOK_RENCANA_SUKSESI_MESSAGES = defineMessages(
  'competency.kelompokRencanaSuksesi' satisfies typeof KELOMPOK_RENCANA_SUKSESI_RULE_ID,
  {
    kompetensi: {
      id: 'Kompetensi sesuai klasifikasi jabatan: {terpenuhi}',
      en: 'Competency matches the job classification: {terpenuhi}',
    },
    pengembangan: {
      id: 'Kewajiban pengembangan kompetensi terpenuhi: {terpenuhi}',
      en: 'Competency-development duty fulfilled: {terpenuhi}',
    },
    kinerja: {
      id: 'Predikat kinerja 2 tahun terakhir {predikat1} dan {predikat2} (paling kurang Baik)',
      en: 'Performance ratings of the last 2 years {predikat1} and {predikat2} (at least Baik)',
    },
  },
);
