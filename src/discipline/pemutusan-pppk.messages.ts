import { defineMessages } from '../core/messages.js';
import type { PEMUTUSAN_PPPK_RULE_ID } from './pemutusan-pppk.js';

/** Reason texts of {@link PEMUTUSAN_PPPK_RULE_ID}. */
export const PEMUTUSAN_PPPK_MESSAGES = defineMessages('discipline.pemutusanPppk' satisfies typeof PEMUTUSAN_PPPK_RULE_ID, {
  alasan: {
    id: 'Alasan {alasan}: pemutusan hubungan perjanjian kerja {jenis}',
    en: 'Ground {alasan}: contract ended {jenis}',
  },
  banding: {
    id: 'Upaya administratif atas pemutusan hubungan perjanjian kerja: banding administratif kepada BPASN',
    en: 'Appeal against the termination: administrative appeal to the BPASN',
  },
});
