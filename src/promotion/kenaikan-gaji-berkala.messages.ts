import { defineMessages } from '../core/messages.js';
import type { KENAIKAN_GAJI_BERKALA_RULE_ID } from './kenaikan-gaji-berkala.js';

/** Reason texts of {@link KENAIKAN_GAJI_BERKALA_RULE_ID}. */
export const KENAIKAN_GAJI_BERKALA_MESSAGES = defineMessages(
  'promotion.kenaikanGajiBerkala' satisfies typeof KENAIKAN_GAJI_BERKALA_RULE_ID,
  {
    jadwal: {
      id: 'KGB jatuh {tahun} tahun sejak {dasar} {dari}: {jadwal}',
      en: 'KGB falls due {tahun} year(s) after {dasar} {dari}: {jadwal}',
    },
    penilaian: {
      id: 'Penilaian terakhir {predikat} (minimal {minimum})',
      en: 'Latest appraisal {predikat} (minimum {minimum})',
    },
    ditunda: {
      id: 'KGB yang jatuh {jadwal} ditunda 1 tahun menjadi {tmtKgb}',
      en: 'The KGB due on {jadwal} is postponed by 1 year to {tmtKgb}',
    },
  },
);
