import { defineMessages } from '../core/messages.js';

/** Reason texts of `performance.penilaianKinerja`; the regime's own rule adds its reasons under its own codes. */
export const PENILAIAN_KINERJA_MESSAGES = defineMessages('performance.penilaianKinerja', {
  rezim: {
    id: 'Periode penilaian yang memuat {asOf} dinilai menurut {rezim} (berlaku {berlakuMulai} s.d. sebelum {berlakuSampai})',
    en: 'The appraisal period containing {asOf} is assessed under {rezim} (in force from {berlakuMulai} until before {berlakuSampai})',
  },
  rezimBerlaku: {
    id: 'Periode penilaian yang memuat {asOf} dinilai menurut {rezim} (berlaku sejak {berlakuMulai})',
    en: 'The appraisal period containing {asOf} is assessed under {rezim} (in force since {berlakuMulai})',
  },
});
