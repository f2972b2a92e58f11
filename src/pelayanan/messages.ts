import { catalogueOf } from '../core/messages.js';
import type { MessageCatalogue } from '../core/explain.js';
import { INDEKS_KEPUASAN_MASYARAKAT_MESSAGES } from './indeks-kepuasan-masyarakat/messages.js';
import { INDEKS_KEPUASAN_MASYARAKAT_RESPONDEN_MESSAGES } from './indeks-kepuasan-masyarakat-responden.messages.js';
import { PELAYANAN_LABELS } from './labels.js';
import { PREDIKAT_ORGANISASI_IKM_MESSAGES } from './predikat-organisasi-ikm.messages.js';

/** Reason texts and labels of the pelayanan domain, in Bahasa Indonesia and English: each rule's texts, beside it. */
export const pelayananMessages: MessageCatalogue = catalogueOf(
  'pelayanan',
  [INDEKS_KEPUASAN_MASYARAKAT_MESSAGES, INDEKS_KEPUASAN_MASYARAKAT_RESPONDEN_MESSAGES, PREDIKAT_ORGANISASI_IKM_MESSAGES],
  PELAYANAN_LABELS,
);
