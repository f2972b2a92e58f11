import { defineMessages } from '../core/messages.js';
import type { PENILAIAN_KINERJA_RULE_ID } from './penilaian-kinerja.js';

/** Reason texts of {@link PENILAIAN_KINERJA_RULE_ID}; the regime's own rule adds its reasons under its own codes. */
export const PENILAIAN_KINERJA_MESSAGES = defineMessages('performance.penilaianKinerja' satisfies typeof PENILAIAN_KINERJA_RULE_ID, {
  rezim: {
    id: 'Periode penilaian yang memuat {asOf} dinilai menurut {rezim} (berlaku {berlakuMulai} s.d. sebelum {berlakuSampai})',
    en: 'The appraisal period containing {asOf} is assessed under {rezim} (in force from {berlakuMulai} until before {berlakuSampai})',
  },
  rezimBerlaku: {
    id: 'Periode penilaian yang memuat {asOf} dinilai menurut {rezim} (berlaku sejak {berlakuMulai})',
    en: 'The appraisal period containing {asOf} is assessed under {rezim} (in force since {berlakuMulai})',
  },
});
