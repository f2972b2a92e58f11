import { defineMessages } from '../core/messages.js';
import {
  TEKS_HUKUMAN,
  TEKS_PEMERIKSAAN_DISIPLIN,
  TEKS_MASA_DALAM_PANGKAT,
  TEKS_PENILAIAN,
  TEKS_PERIODE,
  TEKS_TMT_PALING_CEPAT,
} from './_bersama/teks-syarat.js';

/** Reason texts of `promotion.kenaikanPangkatFungsional`. */
export const KENAIKAN_PANGKAT_FUNGSIONAL_MESSAGES = defineMessages('promotion.kenaikanPangkatFungsional', {
  ...TEKS_PERIODE,
  ...TEKS_TMT_PALING_CEPAT,
  pangkatPuncakJenjang: {
    id: 'Golongan {golongan} adalah pangkat tertinggi jenjang {jenjang}',
    en: 'Golongan {golongan} is the highest rank of grade {jenjang}',
  },
  tanpaKenaikanJenjang: {
    id: 'Golongan {golonganTujuan} di atas rentang jenjang {jenjang}: kenaikan pangkat tanpa kenaikan jenjang (tidak tersedia lowongan)',
    en: 'Golongan {golonganTujuan} is above the range of grade {jenjang}: promotion without grade advancement (no vacancy)',
  },
  ...TEKS_MASA_DALAM_PANGKAT,
  angkaKredit: {
    id: 'Angka kredit kumulatif {akk}, dibutuhkan {kebutuhan} untuk kenaikan pangkat dalam jenjang {jenjang}',
    en: 'Cumulative credit points {akk}, {kebutuhan} needed for a promotion in grade {jenjang}',
  },
  ...TEKS_PENILAIAN,
  ...TEKS_HUKUMAN,
  ...TEKS_PEMERIKSAAN_DISIPLIN,
});
