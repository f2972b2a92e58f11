import type { MessageCatalogue } from '../core/explain.js';

/** Reason texts and labels of the performance domain, in Bahasa Indonesia and English. */
export const performanceMessages: MessageCatalogue = {
  messages: {
    'performance.predikatKinerja.matriks': {
      id: 'Rating hasil kerja {hasilKerja} dan rating perilaku kerja {perilakuKerja} (evaluasi {periode}) menghasilkan predikat kinerja {predikat}',
      en: 'Work-result rating {hasilKerja} and work-behaviour rating {perilakuKerja} ({periode} evaluation) give performance rating {predikat}',
    },
  },
  labels: {
    DI_ATAS_EKSPEKTASI: { id: 'Di Atas Ekspektasi', en: 'Above Expectations' },
    SESUAI_EKSPEKTASI: { id: 'Sesuai Ekspektasi', en: 'Meets Expectations' },
    DI_BAWAH_EKSPEKTASI: { id: 'Di Bawah Ekspektasi', en: 'Below Expectations' },
    SANGAT_BAIK: { id: 'Sangat Baik', en: 'Very Good' },
    BAIK: { id: 'Baik', en: 'Good' },
    BUTUH_PERBAIKAN: { id: 'Butuh Perbaikan', en: 'Needs Improvement' },
    KURANG: { id: 'Kurang', en: 'Poor' },
    SANGAT_KURANG: { id: 'Sangat Kurang', en: 'Very Poor' },
    CUKUP: { id: 'Cukup', en: 'Fair' },
    BURUK: { id: 'Buruk', en: 'Bad' },
    ISTIMEWA: { id: 'Istimewa', en: 'Outstanding' },
    BULANAN: { id: 'bulanan', en: 'monthly' },
    TRIWULANAN: { id: 'triwulanan', en: 'quarterly' },
    SEMESTERAN: { id: 'semesteran', en: 'half-yearly' },
    TAHUNAN: { id: 'tahunan', en: 'annual' },
  },
};
