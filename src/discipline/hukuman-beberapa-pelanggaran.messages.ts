import { defineMessages } from '../core/messages.js';
import { TEKS_TINGKAT_PELANGGARAN } from './_bersama/teks-pelanggaran.js';

/** Reason texts of `discipline.hukumanBeberapaPelanggaran`: each breach's tingkat, the heaviest, pengulangan. */
export const HUKUMAN_BEBERAPA_PELANGGARAN_MESSAGES = defineMessages('discipline.hukumanBeberapaPelanggaran', {
  ...TEKS_TINGKAT_PELANGGARAN,
  terberat: {
    id: '{jumlahPelanggaran} pelanggaran dalam satu pemeriksaan: dijatuhkan satu hukuman disiplin, tingkat terberat {tingkat}',
    en: '{jumlahPelanggaran} breaches in one examination: one penalty is imposed, at the heaviest level {tingkat}',
  },
});
