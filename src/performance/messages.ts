import type { MessageCatalogue } from '../core/explain.js';
import { catalogueOf } from '../core/messages.js';
import { CAPAIAN_SKP_MESSAGES } from './capaian-skp/messages.js';
import { KURVA_DISTRIBUSI_MESSAGES } from './kurva-distribusi/messages.js';
import { PERFORMANCE_LABELS } from './labels.js';
import { NILAI_KINERJA_PP30_MESSAGES } from './nilai-kinerja-pp30.messages.js';
import { NILAI_PRESTASI_KERJA_PP46_MESSAGES } from './nilai-prestasi-kerja-pp46.messages.js';
import { PENILAIAN_KINERJA_MESSAGES } from './penilaian-kinerja.messages.js';
import { PREDIKAT_KINERJA_MESSAGES } from './predikat-kinerja.messages.js';

/** Reason texts and labels of the performance domain, in Bahasa Indonesia and English: each rule's texts live beside it. */
export const performanceMessages: MessageCatalogue = catalogueOf(
  'performance',
  [
    PREDIKAT_KINERJA_MESSAGES,
    KURVA_DISTRIBUSI_MESSAGES,
    NILAI_KINERJA_PP30_MESSAGES,
    CAPAIAN_SKP_MESSAGES,
    NILAI_PRESTASI_KERJA_PP46_MESSAGES,
    PENILAIAN_KINERJA_MESSAGES,
  ],
  PERFORMANCE_LABELS,
);
