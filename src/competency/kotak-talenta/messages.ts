import { defineMessages } from '../../core/messages.js';

/** Reason texts of `competency.kotakTalenta`. */
export const KOTAK_TALENTA_MESSAGES = defineMessages('competency.kotakTalenta', {
  skorKinerja: {
    id: 'Skor kinerja {skor} (ambang di atas ekspektasi {ambangAtas}, sesuai ekspektasi {ambangSesuai}): {kinerja}',
    en: 'Performance score {skor} (thresholds above expectations {ambangAtas}, meets expectations {ambangSesuai}): {kinerja}',
  },
  skorPotensial: {
    id: 'Skor potensial {skor} (ambang tinggi {ambangTinggi}, menengah {ambangMenengah}): potensial {potensial}',
    en: 'Potential score {skor} (thresholds high {ambangTinggi}, medium {ambangMenengah}): potential {potensial}',
  },
  predikat: {
    id: 'Predikat kinerja {predikat} dipetakan ke status kinerja {kinerja}',
    en: 'Performance rating {predikat} maps to performance status {kinerja}',
  },
  kotak: {
    id: 'Kinerja {kinerja} dan potensial {potensial}: kotak {kotak} ({penomoran})',
    en: 'Performance {kinerja} and potential {potensial}: box {kotak} ({penomoran})',
  },
  rekomendasi: {
    id: 'Rekomendasi kotak {kotak}: {rekomendasi}',
    en: 'Recommendations for box {kotak}: {rekomendasi}',
  },
  talenta: {
    id: 'Kotak {kotak} termasuk kelompok rencana suksesi (talent pool)',
    en: 'Box {kotak} belongs to the succession pool (talent pool)',
  },
  bukanTalenta: {
    id: 'Kotak {kotak} tidak termasuk kelompok rencana suksesi (hanya kotak 7, 8, 9)',
    en: 'Box {kotak} is not in the succession pool (boxes 7, 8, 9 only)',
  },
});
