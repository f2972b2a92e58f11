import { RANGE_UNITS } from '../../core/words.js';
import { defineMessages } from '../../core/messages.js';
import {
  TEKS_HUKUMAN,
  TEKS_PEMERIKSAAN_DISIPLIN,
  TEKS_PANGKAT_PUNCAK,
  TEKS_PENILAIAN,
  TEKS_PERIODE,
  TEKS_TMT_PALING_CEPAT,
  TEKS_UJIAN_DINAS,
} from '../_bersama/teks-syarat.js';

/** Reason texts of `promotion.kenaikanPangkatReguler`. */
export const KENAIKAN_PANGKAT_REGULER_MESSAGES = defineMessages('promotion.kenaikanPangkatReguler', {
  ...TEKS_PERIODE,
  ...TEKS_TMT_PALING_CEPAT,
  ...TEKS_PANGKAT_PUNCAK,
  masaKerja: {
    id: 'Masa dalam pangkat dihitung sejak {dasar} {mulai}: {tahun} pada {periode} (minimal {minimum}, tercapai pada {tanggalPalingCepat})',
    en: 'Time in rank counted from {dasar} {mulai}: {tahun} on {periode} (minimum {minimum}, reached on {tanggalPalingCepat})',
    units: { tahun: RANGE_UNITS.tahun, minimum: RANGE_UNITS.tahun },
  },
  ...TEKS_PENILAIAN,
  plafonIjazah: {
    id: 'Pangkat tertinggi kenaikan pangkat reguler untuk ijazah {ijazah} adalah {plafon}; golongan tujuan {golonganTujuan}',
    en: 'The highest regular-promotion rank for diploma {ijazah} is {plafon}; target golongan {golonganTujuan}',
  },
  atasan: {
    id: 'Golongan tujuan {golonganTujuan} dibandingkan dengan pangkat atasan langsung {golonganAtasan}',
    en: "Target golongan {golonganTujuan} compared with the direct superior's rank {golonganAtasan}",
  },
  atasanTidakBerlaku: {
    id: 'Batas pangkat atasan langsung tidak berlaku untuk periode {periode} (dicabut sejak {sejak})',
    en: 'The direct-superior limit does not apply to the {periode} period (revoked from {sejak})',
  },
  atasanTidakDiketahui: {
    id: 'Batas pangkat atasan langsung berlaku untuk periode {periode}, tetapi golongan atasan tidak diberikan: tidak diperiksa',
    en: "The direct-superior limit applies to the {periode} period, but the superior's golongan was not given: not checked",
  },
  ...TEKS_UJIAN_DINAS,
  ...TEKS_HUKUMAN,
  ...TEKS_PEMERIKSAAN_DISIPLIN,
});
