import type { Citation } from '../../core/decision.js';
import { deepFreeze } from '../../core/freeze.js';

// Citations shared by the merit rules. Where no copy read shows the article, the citation says so.

/** The eight aspects and the self-assessment of PermenPANRB 40/2018. */
export const CITE_ASPEK_2018: Citation = deepFreeze({
  regulation: 'PERMENPANRB_40_2018',
  unlocated:
    'The eight aspects are listed alike by KASN Meritopedia, the KASN chair (2022) and two BKPSDM statements (S); the Lampiran of PermenPANRB 40/2018 that sets them was not read.',
});

/** The score bands of PermenPANRB 40/2018 as KASN stated them. */
export const CITE_KATEGORI_2018: Citation = deepFreeze({
  regulation: 'PERMENPANRB_40_2018',
  unlocated:
    'The bands 100–174 Buruk, 175–249 Kurang, 250–324 Baik and 325–400 Sangat Baik are quoted from the KASN chair’s official statement of 18 February 2024 (S); the Lampiran that prints them was not read.',
});

/** The self-assessment instrument (indicators, answer levels, weights). */
export const CITE_INSTRUMEN: Citation = deepFreeze({
  regulation: 'PERBAN_KASN_9_2019',
  unlocated:
    'The self-assessment instrument (indicators, answer levels, weights) of Peraturan KASN 9/2019 and the Lampiran of PermenPANRB 40/2018 were not read; the preset instrument is one unofficial implementation (grade I-weak).',
});

/** The PermenPANRB 19/2025 scheme, known only from a presentation. */
export const CITE_SKEMA_2025: Citation = deepFreeze({
  regulation: 'PERMENPANRB_19_2025',
  unlocated:
    'Its Lampiran was not read. The 75 % maturity + 25 % employee satisfaction formula and the NISM bands come from an opinion article citing a KemenPANRB presentation of 28 August 2025 (S-weak).',
});

/** UU 5/2014 Pasal 111: an agency applying the merit system may, with KASN approval, be exempted from open JPT selection. */
export const CITE_PASAL_111: Citation = deepFreeze({ regulation: 'UU_5_2014', article: 'Pasal 111' });

/** The talent-pool condition and the category threshold, as KASN stated them. */
export const CITE_TALENT_POOL: Citation = deepFreeze({
  regulation: 'PERMENPANRB_40_2018',
  unlocated:
    'KASN (19 January 2022, B) ties the exemption to category Sangat Baik plus a career-pattern policy through a talent pool; another KASN commissioner (7 September 2022, B) says Baik or above. No article read states either.',
});

/** The re-evaluation cycle, as a KASN commissioner stated it. */
export const CITE_EVALUASI_ULANG: Citation = deepFreeze({
  regulation: 'PERBAN_KASN_9_2019',
  unlocated:
    'A KASN commissioner (15 September 2022, B) said agencies in Sangat Baik are re-evaluated every 2 years and those in Baik every year; no article read sets the cycle.',
});

/** PP 11/2017 Pasal 203 ayat (4): at least 20 JP a year for every PNS. */
export const CITE_PASAL_203_4: Citation = deepFreeze({ regulation: 'PP_11_2017', article: 'Pasal 203 ayat (4)' });

/** 1 JP = 45 minutes (PerLAN 5/2018 as LAN explains it). */
export const CITE_JP_45_MENIT: Citation = deepFreeze({
  regulation: 'PERBAN_LAN_5_2018',
  unlocated:
    'LAN’s own article on PerLAN 5/2018 (B) says 1 jam pelajaran equals 45 minutes of learning; the article of the regulation was not read.',
});

/** The forms of development and the conversion of days to JP. */
export const CITE_BENTUK_KONVERSI: Citation = deepFreeze({
  regulation: 'PERBAN_LAN_10_2018',
  unlocated:
    'The forms are listed from PerLAN 10/2018 in the SE Kepala BKN 3/2022 deck (S); the four conversion rows come from one deck on LAN’s 2020 Pedoman Pengembangan Kompetensi Non Klasikal (S). Neither article was read.',
});

/** PP 49/2018 Pasal 40: at most 24 JP per contract year for PPPK. */
export const CITE_PPPK_40_1: Citation = deepFreeze({ regulation: 'PP_49_2018', article: 'Pasal 40 ayat (1)' });
export const CITE_PPPK_40_2: Citation = deepFreeze({ regulation: 'PP_49_2018', article: 'Pasal 40 ayat (2)' });

/** PP 11/2017 Pasal 205–207: needs, gap analyses and the contents of the plan. */
export const CITE_PASAL_205_1: Citation = deepFreeze({ regulation: 'PP_11_2017', article: 'Pasal 205 ayat (1)' });
export const CITE_PASAL_206_2: Citation = deepFreeze({ regulation: 'PP_11_2017', article: 'Pasal 206 ayat (2)' });
export const CITE_PASAL_206_3: Citation = deepFreeze({ regulation: 'PP_11_2017', article: 'Pasal 206 ayat (3)' });
export const CITE_PASAL_207: Citation = deepFreeze({ regulation: 'PP_11_2017', article: 'Pasal 207' });
