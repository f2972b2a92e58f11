import { defineMessages } from '../core/messages.js';
import {
  TEKS_HUKUMAN,
  TEKS_PEMERIKSAAN_DISIPLIN,
  TEKS_MASA_DALAM_PANGKAT,
  TEKS_PANGKAT_PUNCAK,
  TEKS_PENILAIAN,
  TEKS_PERIODE,
} from './_bersama/teks-syarat.js';

/** Reason texts of `promotion.kenaikanPangkatPrestasiLuarBiasa`. */
export const KENAIKAN_PANGKAT_PRESTASI_LUAR_BIASA_MESSAGES = defineMessages('promotion.kenaikanPangkatPrestasiLuarBiasa', {
  ...TEKS_PERIODE,
  ...TEKS_PANGKAT_PUNCAK,
  ...TEKS_MASA_DALAM_PANGKAT,
  ...TEKS_PENILAIAN,
  ...TEKS_HUKUMAN,
  ...TEKS_PEMERIKSAAN_DISIPLIN,
});
