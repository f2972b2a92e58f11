/**
 * The citations the kenaikan pangkat rules give for each condition, restated for the golden tests: an
 * article or annex where one is cited, and for a citation not located yet the regulation and a phrase its
 * reason must contain. `teks` renders a group as explain() prints it, in each language.
 */
import { expect } from 'vitest';
import type { Citation } from '../../src/core/decision.js';
import type { RegulationId } from '../../src/core/regulation-ids.js';

type Locale = 'id' | 'en';
type Expected = Citation;

const pasal = (regulation: RegulationId, article: string): Expected => ({ regulation, article });
const lampiran = (regulation: RegulationId, annex: string): Expected => ({ regulation, annex });
const belum = (regulation: RegulationId, phrase: string): Expected => ({
  regulation,
  unlocated: expect.stringContaining(phrase) as string,
});

const NAMA: Record<string, string> = {
  PP_99_2000: 'PP 99/2000',
  PP_12_2002: 'PP 12/2002',
  PP_13_2002: 'PP 13/2002',
  PP_53_2010: 'PP 53/2010',
  PP_94_2021: 'PP 94/2021',
  KEPKA_BKN_12_2002: 'Keputusan Kepala BKN 12/2002',
  KEPKA_BKN_13_2002: 'Keputusan Kepala BKN 13/2002',
  PERKA_BKN_21_2010: 'Perka BKN 21/2010',
  PERMENPANRB_1_2023: 'PermenPANRB 1/2023',
  PERBKN_2_2025: 'Peraturan BKN 2/2025',
  PERBKN_3_2023: 'Peraturan BKN 3/2023',
  PERBKN_4_2023: 'Peraturan BKN 4/2023',
  PERBKN_4_2025: 'Peraturan BKN 4/2025',
};
const BELUM: Record<Locale, string> = { id: '(pasal belum ditemukan)', en: '(article not located)' };

/** A group as explain() prints it after a reason: `(A Pasal 1; B (article not located))`, per language. */
export function teks(group: readonly Expected[]): Record<Locale, string> {
  const one = (c: Expected, l: Locale) =>
    c.unlocated !== undefined ? `${NAMA[c.regulation]} ${BELUM[l]}` : [NAMA[c.regulation], c.article, c.annex].filter(Boolean).join(' ');
  return { id: `(${group.map((c) => one(c, 'id')).join('; ')})`, en: `(${group.map((c) => one(c, 'en')).join('; ')})` };
}

// Periods.
export const P_AO = [belum('PP_12_2002', '1 April and 1 October')];
export const P_ENAM = [pasal('PERBKN_4_2023', 'Pasal 2')];
export const P_BULAN = [belum('PERBKN_4_2025', '1st of every month')];

// Shared conditions.
export const PUNCAK = [lampiran('PP_99_2000', 'Lampiran')];
export const UJIAN = [belum('PP_99_2000', 'ujian dinas'), belum('KEPKA_BKN_12_2002', 'exemptions')];
export const HUKUMAN = [belum('PP_94_2021', 'barring a promotion while a hukuman is served')];
export const PEMERIKSAAN = [belum('PERKA_BKN_21_2010', 'sedang dalam proses pemeriksaan'), belum('PP_94_2021', 'during an examination')];
export const UPAYA = [pasal('PP_53_2010', 'Pasal 41 ayat (1)'), belum('PP_94_2021', 'banding administratif is pending')];
export const PROSES = [...PEMERIKSAAN, ...UPAYA];

// KP reguler.
export const SYARAT = [belum('PP_99_2000', 'right after Pasal 6')];
export const PERTAMA = [...SYARAT, belum('PP_99_2000', 'kenaikan pangkat pertama')];
export const PLAFON = [belum('PP_99_2000', 'diberikan sampai dengan'), belum('PERBKN_2_2025', 'same ceilings')];
export const ATASAN = [pasal('PP_99_2000', 'Pasal 6 ayat (2)'), belum('KEPKA_BKN_12_2002', 'atasan-langsung limit')];
export const DICABUT = [pasal('PERBKN_2_2025', 'Pasal 2 ayat (2)')];

// KP struktural.
export const STRUKTURAL = [pasal('PP_99_2000', 'Pasal 12')];
export const SATU_TINGKAT = [...STRUKTURAL, belum('KEPKA_BKN_12_2002', 'one level below the jenjang')];
export const ESELON = [lampiran('PP_13_2002', 'Lampiran'), belum('KEPKA_BKN_13_2002', 'highest pangkat of the eselon')];

// KP fungsional.
export const F_MASA = [pasal('PP_99_2000', 'Pasal 13 huruf a')];
export const F_AKK = [pasal('PP_99_2000', 'Pasal 13 huruf b'), lampiran('PERMENPANRB_1_2023', 'Lampiran')];
export const F_PENILAIAN = [pasal('PP_99_2000', 'Pasal 13 huruf c')];
export const F_JENJANG = [belum('PERMENPANRB_1_2023', 'Golongan per jenjang'), belum('PERBKN_3_2023', 'mechanism')];

// KP penyesuaian ijazah.
export const PI_TUJUAN = [pasal('PP_99_2000', 'Pasal 18'), belum('KEPKA_BKN_12_2002', 'starting golongan per ijazah')];
export const PI_SYARAT = [belum('PP_99_2000', 'UKPPI passed')];

// KP prestasi luar biasa.
export const PLB = [belum('PP_99_2000', '"amat baik"')];
export const PLB_PUNCAK = [...PUNCAK, ...PLB];
