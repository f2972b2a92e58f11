import type { MessageCatalogue } from '../core/explain.js';
import { catalogueOf } from '../core/messages.js';
import { JOB_PERSON_MATCH_MESSAGES } from './job-person-match/messages.js';
import { JPM_TERTIMBANG_MESSAGES } from './jpm-tertimbang.messages.js';
import { KELOMPOK_RENCANA_SUKSESI_MESSAGES } from './kelompok-rencana-suksesi.messages.js';
import { KOTAK_TALENTA_MESSAGES } from './kotak-talenta/messages.js';
import { COMPETENCY_LABELS } from './labels.js';
import { MASA_MUTASI_MESSAGES } from './masa-mutasi.messages.js';
import { NILAI_SELEKSI_JPT_MESSAGES } from './nilai-seleksi-jpt.messages.js';
import { PENEMPATAN_OPTIMAL_MESSAGES } from './penempatan-optimal/messages.js';
import { PERINGKAT_KANDIDAT_MESSAGES } from './peringkat-kandidat/messages.js';

/** Reason texts and labels of the competency domain, in Bahasa Indonesia and English: each rule's texts, beside it. */
export const competencyMessages: MessageCatalogue = catalogueOf(
  'competency',
  [
    JOB_PERSON_MATCH_MESSAGES,
    KOTAK_TALENTA_MESSAGES,
    PENEMPATAN_OPTIMAL_MESSAGES,
    MASA_MUTASI_MESSAGES,
    KELOMPOK_RENCANA_SUKSESI_MESSAGES,
    NILAI_SELEKSI_JPT_MESSAGES,
    PERINGKAT_KANDIDAT_MESSAGES,
    JPM_TERTIMBANG_MESSAGES,
  ],
  COMPETENCY_LABELS,
);
