import { defineMessages } from '../core/messages.js';

/** Reason texts of `performance.predikatKinerja`. */
export const PREDIKAT_KINERJA_MESSAGES = defineMessages('performance.predikatKinerja', {
  matriks: {
    id: 'Rating hasil kerja {hasilKerja} dan rating perilaku kerja {perilakuKerja} (evaluasi {periode}) menghasilkan predikat kinerja {predikat}',
    en: 'Work-result rating {hasilKerja} and work-behaviour rating {perilakuKerja} ({periode} evaluation) give performance rating {predikat}',
  },
});
