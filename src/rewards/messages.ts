import type { Bilingual, MessageCatalogue } from '../core/explain.js';
import { deepFreeze } from '../core/freeze.js';
import { catalogueOf } from '../core/messages.js';
import { KONSEKUENSI_KINERJA_MESSAGES } from './konsekuensi-kinerja/messages.js';
import { POTONGAN_TUKIN_MESSAGES } from './potongan-tukin/messages.js';
import { LABEL_POTONGAN_TUKIN } from './potongan-tukin/sebab.js';
import { SATYALANCANA_KARYA_SATYA_MESSAGES } from './satyalancana-karya-satya.messages.js';

/** Labels of the values the rewards reasons name. */
const LABELS: Readonly<Record<string, Bilingual>> = deepFreeze({
  SLKS_X: { id: 'Satyalancana Karya Satya X Tahun', en: 'Satyalancana Karya Satya, 10 years' },
  SLKS_XX: { id: 'Satyalancana Karya Satya XX Tahun', en: 'Satyalancana Karya Satya, 20 years' },
  SLKS_XXX: { id: 'Satyalancana Karya Satya XXX Tahun', en: 'Satyalancana Karya Satya, 30 years' },
  BULAN_TMT: { id: 'mulai bulan TMT', en: 'from the month of the TMT' },
  BULAN_BERIKUTNYA: { id: 'mulai bulan berikutnya', en: 'from the following month' },
  KE_ATAS: { id: 'ke atas', en: 'up' },
  // tahap of konsekuensiKinerja (PP 30/2019 Pasal 57–58)
  PERBAIKAN_KINERJA: { id: 'perbaikan kinerja', en: 'performance improvement' },
  UJI_KOMPETENSI_KEMBALI: { id: 'uji kompetensi kembali', en: 'competency test again' },
  PENEMPATAN_SESUAI_KOMPETENSI: { id: 'penempatan sesuai kompetensi', en: 'placement matching competence' },
  PEMBERHENTIAN_DENGAN_HORMAT: { id: 'pemberhentian dengan hormat', en: 'dismissal with honour' },
  PEMUTUSAN_PPPK_DENGAN_HORMAT: { id: 'pemutusan hubungan perjanjian kerja dengan hormat', en: 'contract ended with honour' },
  ...LABEL_POTONGAN_TUKIN,
});

/** Reason texts and labels of the rewards domain, in Bahasa Indonesia and English. */
export const rewardsMessages: MessageCatalogue = catalogueOf(
  'rewards',
  [SATYALANCANA_KARYA_SATYA_MESSAGES, POTONGAN_TUKIN_MESSAGES, KONSEKUENSI_KINERJA_MESSAGES],
  LABELS,
);
