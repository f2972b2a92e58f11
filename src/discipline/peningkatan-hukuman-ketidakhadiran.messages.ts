import { defineMessages } from '../core/messages.js';
import { TEKS_KETIDAKHADIRAN } from './_bersama/teks-ketidakhadiran.js';

/** Reason texts of `discipline.peningkatanHukumanKetidakhadiran`: the running total, the counts, and whether the penalty rises. */
export const PENINGKATAN_HUKUMAN_KETIDAKHADIRAN_MESSAGES = defineMessages('discipline.peningkatanHukumanKetidakhadiran', {
  total: {
    id: '{hariSebelumnya} hari sebelumnya + {hariBaru} hari baru = {hariKumulatif} hari kerja dalam tahun berjalan',
    en: '{hariSebelumnya} earlier days + {hariBaru} new days = {hariKumulatif} working days this year',
  },
  ...TEKS_KETIDAKHADIRAN,
  ditingkatkan: {
    id: 'Jumlah kumulatif mencapai hukuman {hukuman}, lebih berat dari {hukumanSebelumnya}: hukuman ditingkatkan',
    en: 'The running total reaches {hukuman}, heavier than {hukumanSebelumnya}: the penalty is raised',
  },
  tetap: {
    id: 'Jumlah kumulatif menunjuk {hukuman}, tidak lebih berat dari {hukumanSebelumnya} yang sudah dijatuhkan: tidak ada hukuman baru',
    en: 'The running total points to {hukuman}, not heavier than {hukumanSebelumnya} already imposed: no new penalty',
  },
});
