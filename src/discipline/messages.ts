import type { MessageCatalogue } from '../core/explain.js';
import { catalogueOf } from '../core/messages.js';
import { BENTUK_HUKUMAN_MESSAGES } from './bentuk-hukuman.messages.js';
import { EFEK_HUKUMAN_MESSAGES } from './efek-hukuman.messages.js';
import { GABUNG_HUKUMAN_MESSAGES } from './gabung-hukuman.messages.js';
import { HUKUMAN_ATASAN_LALAI_MESSAGES } from './hukuman-atasan-lalai.messages.js';
import { HUKUMAN_BEBERAPA_PELANGGARAN_MESSAGES } from './hukuman-beberapa-pelanggaran.messages.js';
import { HUKUMAN_KETIDAKHADIRAN_MESSAGES } from './hukuman-ketidakhadiran.messages.js';
import { HUKUMAN_PELANGGARAN_MESSAGES } from './hukuman-pelanggaran.messages.js';
import { KEWENANGAN_MENGHUKUM_MESSAGES } from './kewenangan-menghukum.messages.js';
import { DISCIPLINE_LABELS } from './labels.js';
import { PEMUTUSAN_PPPK_MESSAGES } from './pemutusan-pppk.messages.js';
import { PENINGKATAN_HUKUMAN_KETIDAKHADIRAN_MESSAGES } from './peningkatan-hukuman-ketidakhadiran.messages.js';
import { PENYESUAIAN_GAJI_KETIDAKHADIRAN_MESSAGES } from './penyesuaian-gaji-ketidakhadiran.messages.js';
import { REKAP_KETIDAKHADIRAN_MESSAGES } from './rekap-ketidakhadiran/messages.js';
import { TANGGAL_BERLAKU_HUKUMAN_MESSAGES } from './tanggal-berlaku-hukuman.messages.js';

/** Reason texts and labels of the discipline domain, in Bahasa Indonesia and English: each rule's texts, beside it. */
export const disciplineMessages: MessageCatalogue = catalogueOf(
  'discipline',
  [
    HUKUMAN_KETIDAKHADIRAN_MESSAGES,
    PENINGKATAN_HUKUMAN_KETIDAKHADIRAN_MESSAGES,
    REKAP_KETIDAKHADIRAN_MESSAGES,
    PENYESUAIAN_GAJI_KETIDAKHADIRAN_MESSAGES,
    PEMUTUSAN_PPPK_MESSAGES,
    BENTUK_HUKUMAN_MESSAGES,
    HUKUMAN_PELANGGARAN_MESSAGES,
    HUKUMAN_BEBERAPA_PELANGGARAN_MESSAGES,
    TANGGAL_BERLAKU_HUKUMAN_MESSAGES,
    GABUNG_HUKUMAN_MESSAGES,
    EFEK_HUKUMAN_MESSAGES,
    KEWENANGAN_MENGHUKUM_MESSAGES,
    HUKUMAN_ATASAN_LALAI_MESSAGES,
  ],
  DISCIPLINE_LABELS,
);
