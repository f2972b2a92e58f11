import { defineMessages } from '../core/messages.js';

/** Reason texts of `discipline.gabungHukuman`, one per case of ATURAN_GABUNG_HUKUMAN. */
export const GABUNG_HUKUMAN_MESSAGES = defineMessages('discipline.gabungHukuman', {
  sudahSelesai: {
    id: '{berjalan} sudah selesai pada {selesaiBerjalan}, sebelum {baru} berlaku {tmtBaru}: tidak bersamaan',
    en: '{berjalan} was over on {selesaiBerjalan}, before {baru} takes effect on {tmtBaru}: not concurrent',
  },
  lebihBerat: {
    id: '{baru} lebih berat dari {berjalan}: {berjalan} dianggap selesai dan {baru} berlaku {tmtBaru}',
    en: '{baru} is heavier than {berjalan}: {berjalan} is deemed complete and {baru} takes effect on {tmtBaru}',
  },
  menunggu: {
    id: '{baru} tidak lebih berat dari {berjalan}: {baru} (semula {tmtBaru}) dijalankan setelah {berjalan} selesai, mulai {tmtBaruDijadwalkan}',
    en: '{baru} is not heavier than {berjalan}: {baru} (set for {tmtBaru}) is served after {berjalan} ends, from {tmtBaruDijadwalkan}',
  },
  tidakDapatDijalani: {
    id: '{baru} (semula {tmtBaru}) tidak lebih berat dari {berjalan} yang bersifat tetap: tidak dapat dijalani ({tmtBaruDijadwalkan})',
    en: '{baru} (set for {tmtBaru}) is not heavier than the permanent {berjalan}: it cannot be served ({tmtBaruDijadwalkan})',
  },
});
