import { defineMessages } from '../core/messages.js';
import {
  TEKS_HUKUMAN,
  TEKS_PEMERIKSAAN_DISIPLIN,
  TEKS_MASA_DALAM_JABATAN,
  TEKS_MASA_DALAM_PANGKAT,
  TEKS_PENILAIAN,
  TEKS_PERIODE,
  TEKS_TMT_PALING_CEPAT,
  TEKS_UJIAN_DINAS,
} from './_bersama/teks-syarat.js';

/** Reason texts of `promotion.kenaikanPangkatStruktural`. */
export const KENAIKAN_PANGKAT_STRUKTURAL_MESSAGES = defineMessages('promotion.kenaikanPangkatStruktural', {
  ...TEKS_PERIODE,
  ...TEKS_TMT_PALING_CEPAT,
  plafonEselon: {
    id: 'Jenjang pangkat eselon {eselon}: {terendah} s.d. {tertinggi}; golongan tujuan {golonganTujuan}',
    en: 'Rank range of eselon {eselon}: {terendah} to {tertinggi}; target golongan {golonganTujuan}',
  },
  satuTingkatDiBawah: {
    id: 'Golongan {golongan} satu tingkat di bawah pangkat terendah jenjang ({terendah}): cukup 1 tahun dalam pangkat dan 1 tahun dalam jabatan',
    en: 'Golongan {golongan} is one level below the lowest rank of the range ({terendah}): 1 year in rank and 1 year in post suffice',
  },
  ...TEKS_MASA_DALAM_PANGKAT,
  ...TEKS_MASA_DALAM_JABATAN,
  diBawahJenjang: {
    id: 'Golongan {golongan} lebih dari satu tingkat di bawah pangkat terendah jenjang ({terendah})',
    en: 'Golongan {golongan} is more than one level below the lowest rank of the range ({terendah})',
  },
  ...TEKS_PENILAIAN,
  ...TEKS_UJIAN_DINAS,
  ...TEKS_HUKUMAN,
  ...TEKS_PEMERIKSAAN_DISIPLIN,
});
