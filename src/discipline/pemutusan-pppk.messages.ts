import { defineMessages } from '../core/messages.js';

/** Reason texts of `discipline.pemutusanPppk`. */
export const PEMUTUSAN_PPPK_MESSAGES = defineMessages('discipline.pemutusanPppk', {
  alasan: {
    id: 'Alasan {alasan}: pemutusan hubungan perjanjian kerja {jenis}',
    en: 'Ground {alasan}: contract ended {jenis}',
  },
  banding: {
    id: 'Upaya administratif atas pemutusan hubungan perjanjian kerja: banding administratif kepada BPASN',
    en: 'Appeal against the termination: administrative appeal to the BPASN',
  },
});
