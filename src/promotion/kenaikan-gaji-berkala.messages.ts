import { RANGE_UNITS } from '../core/words.js';
import { defineMessages } from '../core/messages.js';

/** Reason texts of `promotion.kenaikanGajiBerkala`. */
export const KENAIKAN_GAJI_BERKALA_MESSAGES = defineMessages('promotion.kenaikanGajiBerkala', {
  jadwal: {
    id: 'KGB jatuh {tahun} sejak {dasar} {dari}: {jadwal}',
    en: 'KGB falls due {tahun} after {dasar} {dari}: {jadwal}',
    units: { tahun: RANGE_UNITS.tahun },
  },
  penilaian: {
    id: 'Penilaian terakhir {predikat} (minimal {minimum})',
    en: 'Latest appraisal {predikat} (minimum {minimum})',
  },
  ditunda: {
    id: 'KGB yang jatuh {jadwal} ditunda 1 tahun menjadi {tmtKgb}',
    en: 'The KGB due on {jadwal} is postponed by 1 year to {tmtKgb}',
  },
});
