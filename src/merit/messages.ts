import type { MessageCatalogue } from '../core/explain.js';
import { catalogueOf } from '../core/messages.js';
import { INDEKS_SISTEM_MERIT_MESSAGES } from './indeks-sistem-merit/messages.js';
import { JAM_PELAJARAN_PNS_MESSAGES } from './jam-pelajaran-pns.messages.js';
import { JAM_PELAJARAN_PPPK_MESSAGES } from './jam-pelajaran-pppk.messages.js';
import { KEBUTUHAN_PENGEMBANGAN_MESSAGES } from './kebutuhan-pengembangan.messages.js';
import { MERIT_LABELS } from './labels.js';
import { MANFAAT_KATEGORI_MERIT_MESSAGES } from './manfaat-kategori-merit.messages.js';

/** Reason texts and labels of the merit domain, in Bahasa Indonesia and English: each rule's texts, beside it. */
export const meritMessages: MessageCatalogue = catalogueOf(
  'merit',
  [
    INDEKS_SISTEM_MERIT_MESSAGES,
    MANFAAT_KATEGORI_MERIT_MESSAGES,
    JAM_PELAJARAN_PNS_MESSAGES,
    JAM_PELAJARAN_PPPK_MESSAGES,
    KEBUTUHAN_PENGEMBANGAN_MESSAGES,
  ],
  MERIT_LABELS,
);
