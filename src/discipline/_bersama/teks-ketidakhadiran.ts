import { RANGE_UNITS } from '../../core/words.js';

/**
 * The texts of the absence reasons that four rules give alike (hukumanKetidakhadiran,
 * peningkatanHukumanKetidakhadiran, rekapKetidakhadiran, penyesuaianGajiKetidakhadiran). Each rule's
 * messages file takes them under its own prefix (`<ruleId>.kumulatif`, …); the reasons are built by
 * `_bersama/ketidakhadiran.ts`, whose facts the compiler checks against these placeholders.
 */
export const TEKS_KETIDAKHADIRAN = {
  kumulatif: {
    id: '{hariKumulatif} hari kerja tidak masuk tanpa alasan yang sah dalam tahun berjalan, dalam rentang {rentang}: hukuman disiplin {tingkat}, {hukuman}',
    en: '{hariKumulatif} working days of unexcused absence this year, in the range {rentang}: {tingkat} penalty, {hukuman}',
    units: { rentang: RANGE_UNITS.hariKerja },
  },
  dibawahBatas: {
    id: '{hariKumulatif} hari kerja tidak masuk dalam tahun berjalan, kurang dari {batas} hari: tidak ada hukuman disiplin',
    en: '{hariKumulatif} working days of absence this year, fewer than {batas}: no disciplinary penalty',
  },
  berturutTurut: {
    id: 'Tidak masuk kerja {hariBerturutTurut} hari kerja berturut-turut (batas {batas}): PDHTAPS, dan gaji dihentikan sejak bulan berikutnya tanpa menunggu keputusan hukuman',
    en: 'Absent for {hariBerturutTurut} consecutive working days (limit {batas}): dismissal with honour (PDHTAPS), and salary stopped from the next month without waiting for the penalty decision',
  },
  tidakBerturutTurut: {
    id: 'Tidak masuk kerja berturut-turut paling lama {hariBerturutTurut} hari kerja, kurang dari {batas}',
    en: 'Longest run of consecutive absence {hariBerturutTurut} working days, fewer than {batas}',
  },
} as const;
