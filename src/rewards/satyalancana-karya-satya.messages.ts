import { defineMessages } from '../core/messages.js';
import { TEKS_HUKUMAN_DIBATALKAN } from '../discipline/_bersama/riwayat-hukuman.messages.js';

/** Reason texts of `rewards.satyalancanaKaryaSatya`. */
export const SATYALANCANA_KARYA_SATYA_MESSAGES = defineMessages('rewards.satyalancanaKaryaSatya', {
  hukumanDibatalkan: TEKS_HUKUMAN_DIBATALKAN,
  masaKerja: {
    id: 'Masa kerja terus-menerus sejak TMT CPNS {tmtCpns} sampai {asOf}: {masaKerjaTahun} tahun',
    en: 'Continuous service from the CPNS TMT {tmtCpns} to {asOf}: {masaKerjaTahun} years',
  },
  hukuman: {
    id: 'Pernah dijatuhi hukuman disiplin sedang/berat ({hukuman}, {tmt}; {jumlah} kali): tidak memenuhi syarat',
    en: 'Received a sedang/berat disciplinary penalty ({hukuman}, {tmt}; {jumlah} times): not eligible',
  },
  tanpaHukuman: {
    id: 'Tidak pernah dijatuhi hukuman disiplin tingkat sedang atau berat (hukuman ringan tidak menggugurkan)',
    en: 'Never received a moderate (sedang) or severe (berat) disciplinary penalty (light penalties do not disqualify)',
  },
  cltn: {
    id: 'Pernah menjalani cuti di luar tanggungan negara (mulai {mulai}): tidak memenuhi syarat',
    en: 'Took unpaid leave outside state responsibility (from {mulai}): not eligible',
  },
  cltnDiabaikan: {
    id: 'Cuti di luar tanggungan negara (mulai {mulai}) tidak menggugurkan menurut pengaturan',
    en: 'Unpaid leave (from {mulai}) does not disqualify under the setting',
  },
  kelas: {
    id: 'Masa kerja {masaKerjaTahun} tahun memenuhi {tahun} tahun: dapat diusulkan {kelas}',
    en: '{masaKerjaTahun} years of service meet the {tahun} years: may be proposed for {kelas}',
  },
  belumCukup: {
    id: 'Masa kerja {masaKerjaTahun} tahun belum memenuhi kelas berikutnya; {kelasBerikutnya} dapat dicapai pada {tanggalPalingCepat}',
    en: '{masaKerjaTahun} years of service do not yet meet the next class; {kelasBerikutnya} can be reached on {tanggalPalingCepat}',
  },
  berikutnya: {
    id: 'Kelas berikutnya {kelasBerikutnya} dapat dicapai pada {tanggalPalingCepat}',
    en: 'The next class {kelasBerikutnya} can be reached on {tanggalPalingCepat}',
  },
});
