import { defineMessages } from '../core/messages.js';
import { TEKS_HUKUMAN, TEKS_PEMERIKSAAN_DISIPLIN, TEKS_MASA_DALAM_PANGKAT, TEKS_PENILAIAN, TEKS_PERIODE } from './_bersama/teks-syarat.js';

/** Reason texts of `promotion.kenaikanPangkatPenyesuaianIjazah`. */
export const KENAIKAN_PANGKAT_PENYESUAIAN_IJAZAH_MESSAGES = defineMessages('promotion.kenaikanPangkatPenyesuaianIjazah', {
  ...TEKS_PERIODE,
  golonganIjazah: {
    id: 'Pangkat awal untuk ijazah {ijazah} adalah {golonganTujuan}; golongan sekarang {golongan}',
    en: 'The starting rank for diploma {ijazah} is {golonganTujuan}; current golongan {golongan}',
  },
  jabatanSesuai: {
    id: 'Jabatan/tugas memerlukan pengetahuan sesuai ijazah {ijazah}',
    en: 'The post or duties need the knowledge of diploma {ijazah}',
  },
  ...TEKS_MASA_DALAM_PANGKAT,
  ...TEKS_PENILAIAN,
  ukppi: {
    id: 'Lulus ujian kenaikan pangkat penyesuaian ijazah (UKPPI)',
    en: 'Passed the diploma-adjustment promotion exam (UKPPI)',
  },
  ...TEKS_HUKUMAN,
  ...TEKS_PEMERIKSAAN_DISIPLIN,
});
