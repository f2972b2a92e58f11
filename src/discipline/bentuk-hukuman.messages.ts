import { defineMessages } from '../core/messages.js';

/** Reason texts of `discipline.bentukHukuman`. */
export const BENTUK_HUKUMAN_MESSAGES = defineMessages('discipline.bentukHukuman', {
  tukin: {
    id: '{jenis}: tunjangan kinerja (atau TPP) dipotong {persen}% selama {durasiBulan} bulan',
    en: '{jenis}: the performance allowance (or TPP) is cut by {persen}% for {durasiBulan} months',
  },
  interim: {
    id: '{jenis} dilaksanakan pada masa peralihan sebagai {bentuk} selama {durasiBulan} bulan (pengaturan)',
    en: '{jenis} is carried out during the transition as {bentuk} for {durasiBulan} months (setting)',
  },
  sendiri: {
    id: '{jenis} (hukuman disiplin {tingkat}) dilaksanakan sesuai jenisnya',
    en: '{jenis} ({tingkat} penalty) is carried out as such',
  },
});
