import { defineMessages } from '../core/messages.js';
import { SATUAN_MERIT } from './_bersama/satuan.js';

/** Reason texts of `merit.kebutuhanPengembangan`. */
export const KEBUTUHAN_PENGEMBANGAN_MESSAGES = defineMessages('merit.kebutuhanPengembangan', {
  kompetensi: {
    id: 'Kompetensi {kompetensi} ({kelompok}): level {aktual} terhadap standar level {standar} pada jabatan {jabatan}, selisih {selisih}: dicatat sebagai kebutuhan pengembangan',
    en: 'Competency {kompetensi} ({kelompok}): level {aktual} against the standard level {standar} of the post {jabatan}, gap {selisih}: recorded as a development need',
  },
  dibawahAmbang: {
    id: 'Kompetensi {kompetensi}: selisih {selisih}, kurang dari {selisihMinimum} di bawah standar (pengaturan selisihMinimum): tidak dicatat sebagai kebutuhan',
    en: 'Competency {kompetensi}: gap {selisih}, less than {selisihMinimum} below the standard (setting selisihMinimum): not recorded as a need',
    units: { selisihMinimum: SATUAN_MERIT.level },
  },
  kinerja: {
    id: 'Predikat kinerja {predikat}; ada kesenjangan kinerja: {ada}',
    en: 'Performance rating {predikat}; a performance gap: {ada}',
  },
  kotakTalenta: {
    id: 'Rekomendasi kotak talenta: {rekomendasi}; meminta pengembangan kompetensi: {ada}',
    en: 'Talent-box recommendation: {rekomendasi}; asks for competency development: {ada}',
  },
  rencana: {
    id: 'Rencana tahun {tahunRencana}: {jumlah}; jenis dan jalur, penyelenggara, jadwal, kesesuaian kurikulum dan anggaran ditetapkan dalam rencana instansi',
    en: 'Plan for {tahunRencana}: {jumlah}; type and path, provider, schedule, curriculum fit and budget are set in the agency plan',
    units: { jumlah: SATUAN_MERIT.kebutuhan },
  },
});
