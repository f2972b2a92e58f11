import type { Bilingual } from '../../core/explain.js';
import { deepFreeze } from '../../core/freeze.js';

/**
 * The causes (sebab) of a tukin cut a schedule may cover. A cause is "asked about" in a month when its
 * input is present: minutes late or early, days without a record, days absent, a run of two or more
 * consecutive days absent (a run of one is a day of absence), a hukuman of that tingkat in question in the
 * month, a predikat.
 */
export const SEBAB_POTONGAN = deepFreeze([
  'TERLAMBAT',
  'PULANG_CEPAT',
  'TANPA_REKAM_MASUK',
  'TANPA_REKAM_PULANG',
  'TIDAK_MASUK',
  'BERTURUT_TURUT',
  'HUKUMAN_RINGAN',
  'HUKUMAN_SEDANG',
  'HUKUMAN_BERAT',
  'PREDIKAT',
] as const);
export type SebabPotongan = (typeof SEBAB_POTONGAN)[number];

/** Whether a schedule is the one in force (as far as the sources read show) or historical. */
export const STATUS_JADWAL = deepFreeze(['BERLAKU', 'HISTORIS'] as const);
export type StatusJadwal = (typeof STATUS_JADWAL)[number];

/** What a cause outside a schedule's coverage is cut under the fallback (setting `sebabDiLuarCakupan: 'CADANGAN'`). */
export const CADANGAN_POTONGAN = deepFreeze(['TANPA_POTONGAN', 'ANAK_TANGGA_TERATAS', 'NILAI_JADWAL'] as const);
export type CadanganPotongan = (typeof CADANGAN_POTONGAN)[number];

/** The nature of the violation behind a hukuman, as KMK 5/KMK.01/2022 sorts them for the tukin cut. */
export const SIFAT_PELANGGARAN = deepFreeze(['ADMINISTRATIF', 'NON_ADMINISTRATIF'] as const);
export type SifatPelanggaran = (typeof SIFAT_PELANGGARAN)[number];

/** The elements that make an administrative violation cut tukin under KMK 5/KMK.01/2022 ("dan/atau": any one suffices). */
export const UNSUR_PELANGGARAN = deepFreeze(['INISIATIF_PRIBADI', 'KESENGAJAAN', 'BERULANG'] as const);
export type UnsurPelanggaran = (typeof UNSUR_PELANGGARAN)[number];

/** Labels of the values above, for reasons and issue texts (no schema here: the explanations import it). */
export const LABEL_POTONGAN_TUKIN: Readonly<Record<string, Bilingual>> = deepFreeze({
  TERLAMBAT: { id: 'terlambat masuk', en: 'late arrival' },
  PULANG_CEPAT: { id: 'pulang sebelum waktunya', en: 'early leave' },
  TANPA_REKAM_MASUK: { id: 'tanpa rekam kehadiran masuk', en: 'no arrival record' },
  TANPA_REKAM_PULANG: { id: 'tanpa rekam kehadiran pulang', en: 'no leave record' },
  TIDAK_MASUK: { id: 'tidak masuk kerja per hari', en: 'absence per day' },
  BERTURUT_TURUT: { id: 'tidak masuk kerja berturut-turut', en: 'consecutive absence' },
  HUKUMAN_RINGAN: { id: 'hukuman disiplin ringan', en: 'light (ringan) disciplinary penalty' },
  HUKUMAN_SEDANG: { id: 'hukuman disiplin sedang', en: 'moderate (sedang) disciplinary penalty' },
  HUKUMAN_BERAT: { id: 'hukuman disiplin berat', en: 'heavy (berat) disciplinary penalty' },
  PREDIKAT: { id: 'predikat kinerja', en: 'performance rating' },
  TANPA_POTONGAN: { id: 'tanpa potongan', en: 'no cut' },
  ANAK_TANGGA_TERATAS: {
    id: 'anak tangga teratas pada sisi itu (bawaan pustaka, U)',
    en: 'the top step of that side’s ladder (library default, U)',
  },
  NILAI_JADWAL: { id: 'nilai yang tertulis di jadwal', en: 'the value written in the schedule' },
  ADMINISTRATIF: { id: 'administratif', en: 'administrative' },
  NON_ADMINISTRATIF: { id: 'non-administratif', en: 'non-administrative' },
  INISIATIF_PRIBADI: { id: 'inisiatif pribadi', en: 'own initiative' },
  KESENGAJAAN: { id: 'kesengajaan', en: 'on purpose' },
  BERULANG: { id: 'dilakukan secara berulang', en: 'repeated' },
});
