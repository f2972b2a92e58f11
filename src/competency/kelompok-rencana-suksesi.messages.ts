import { defineMessages } from '../core/messages.js';

/** Reason texts of `competency.kelompokRencanaSuksesi`. */
export const KELOMPOK_RENCANA_SUKSESI_MESSAGES = defineMessages('competency.kelompokRencanaSuksesi', {
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
});
