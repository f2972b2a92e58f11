import { defineMessages } from '../core/messages.js';

/** Reason texts of `merit.kebutuhanPengembangan`. */
export const KEBUTUHAN_PENGEMBANGAN_MESSAGES = defineMessages('merit.kebutuhanPengembangan', {
  kompetensi: {
    id: 'Kompetensi {kompetensi} ({kelompok}): level {aktual} terhadap standar {standar} jabatan {jabatan}, selisih {selisih}: kebutuhan pengembangan',
    en: 'Competency {kompetensi} ({kelompok}): level {aktual} against the standard {standar} of the post ({jabatan}), gap {selisih}: a development need',
  },
  dibawahAmbang: {
    id: 'Kompetensi {kompetensi}: selisih {selisih} di bawah ambang selisihMinimum {selisihMinimum}, tidak dicatat sebagai kebutuhan',
    en: 'Competency {kompetensi}: gap {selisih} is below the selisihMinimum threshold {selisihMinimum}, not recorded as a need',
  },
  kinerja: {
    id: 'Predikat kinerja {predikat}: kesenjangan kinerja {ada}',
    en: 'Performance rating {predikat}: performance gap {ada}',
  },
  kotakTalenta: {
    id: 'Rekomendasi kotak talenta: {rekomendasi}; meminta pengembangan kompetensi: {ada}',
    en: 'Talent-box recommendation: {rekomendasi}; asks for competency development: {ada}',
  },
  rencana: {
    id: 'Rencana tahun {tahunRencana}: {jumlah} kebutuhan; jenis dan jalur, penyelenggara, jadwal, kesesuaian kurikulum dan anggaran ditetapkan dalam rencana instansi',
    en: 'Plan for {tahunRencana}: {jumlah} needs; type and path, provider, schedule, curriculum fit and budget are set in the agency plan',
  },
});
