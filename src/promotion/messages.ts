import type { MessageCatalogue } from '../core/explain.js';
import { catalogueOf } from '../core/messages.js';
import { AKUMULASI_ANGKA_KREDIT_MESSAGES } from './akumulasi-angka-kredit/messages.js';
import { ANGKA_KREDIT_INTEGRASI_MESSAGES } from './angka-kredit-integrasi.messages.js';
import { ANGKA_KREDIT_KONVERSI_MESSAGES } from './angka-kredit-konversi.messages.js';
import { BATAS_USIA_PENSIUN_MESSAGES } from './batas-usia-pensiun.messages.js';
import { KENAIKAN_GAJI_BERKALA_MESSAGES } from './kenaikan-gaji-berkala.messages.js';
import { KENAIKAN_PANGKAT_FUNGSIONAL_MESSAGES } from './kenaikan-pangkat-fungsional.messages.js';
import { KENAIKAN_PANGKAT_PENYESUAIAN_IJAZAH_MESSAGES } from './kenaikan-pangkat-penyesuaian-ijazah.messages.js';
import { KENAIKAN_PANGKAT_PRESTASI_LUAR_BIASA_MESSAGES } from './kenaikan-pangkat-prestasi-luar-biasa.messages.js';
import { KENAIKAN_PANGKAT_REGULER_MESSAGES } from './kenaikan-pangkat-reguler/messages.js';
import { KENAIKAN_PANGKAT_STRUKTURAL_MESSAGES } from './kenaikan-pangkat-struktural.messages.js';
import { PROMOTION_LABELS } from './labels.js';
import { PERIODE_KENAIKAN_PANGKAT_MESSAGES } from './periode-kenaikan-pangkat.messages.js';
import { SYARAT_JABATAN_MESSAGES } from './syarat-jabatan/messages.js';

/** Reason texts and labels of the promotion domain, in Bahasa Indonesia and English: each rule's texts, beside it. */
export const promotionMessages: MessageCatalogue = catalogueOf(
  'promotion',
  [
    PERIODE_KENAIKAN_PANGKAT_MESSAGES,
    KENAIKAN_PANGKAT_REGULER_MESSAGES,
    KENAIKAN_PANGKAT_FUNGSIONAL_MESSAGES,
    KENAIKAN_PANGKAT_STRUKTURAL_MESSAGES,
    KENAIKAN_PANGKAT_PENYESUAIAN_IJAZAH_MESSAGES,
    KENAIKAN_PANGKAT_PRESTASI_LUAR_BIASA_MESSAGES,
    ANGKA_KREDIT_KONVERSI_MESSAGES,
    AKUMULASI_ANGKA_KREDIT_MESSAGES,
    ANGKA_KREDIT_INTEGRASI_MESSAGES,
    KENAIKAN_GAJI_BERKALA_MESSAGES,
    BATAS_USIA_PENSIUN_MESSAGES,
    SYARAT_JABATAN_MESSAGES,
  ],
  PROMOTION_LABELS,
);
