import { defineMessages } from '../core/messages.js';
import type { PREDIKAT_KINERJA_RULE_ID } from './predikat-kinerja.js';

/** Reason texts of {@link PREDIKAT_KINERJA_RULE_ID}. */
export const PREDIKAT_KINERJA_MESSAGES = defineMessages('performance.predikatKinerja' satisfies typeof PREDIKAT_KINERJA_RULE_ID, {
  matriks: {
    id: 'Rating hasil kerja {hasilKerja} dan rating perilaku kerja {perilakuKerja} (evaluasi {periode}) menghasilkan predikat kinerja {predikat}',
    en: 'Work-result rating {hasilKerja} and work-behaviour rating {perilakuKerja} ({periode} evaluation) give performance rating {predikat}',
  },
});
