import { deepFreeze } from './freeze.js';

/**
 * Every regulation the library cites, by catalogue id (`<JENIS>_<NOMOR>_<TAHUN>`). A citation names one of
 * these, so a misspelt id fails to compile; `defineRegulations` accepts only these keys, and
 * test/catalogue-consistency.test.ts checks that each has its catalogue entry.
 */
export const REGULATION_IDS = deepFreeze([
  'UU_5_1986',
  'UU_14_2005',
  'UU_20_2009',
  'UU_5_2014',
  'UU_20_2023',
  'PP_10_1979',
  'PP_7_1977',
  'PP_25_1994',
  'PP_99_2000',
  'PP_100_2000',
  'PP_12_2002',
  'PP_13_2002',
  'PP_35_2010',
  'PP_53_2010',
  'PP_46_2011',
  'PP_11_2017',
  'PP_49_2018',
  'PP_30_2019',
  'PP_17_2020',
  'PP_79_2021',
  'PP_94_2021',
  'KEPKA_BKN_12_2002',
  'KEPKA_BKN_13_2002',
  'KEPMENPAN_25_2004',
  'PERKA_BKN_21_2010',
  'PERKA_BKN_1_2013',
  'PERMENPANRB_16_2014',
  'PERMENPANRB_14_2017',
  'PERMENPANRB_38_2017',
  'PERMENPANRB_15_2019',
  'PERMENPANRB_3_2020',
  'PERMENPANRB_8_2021',
  'PERMENPANRB_6_2022',
  'PERMENPANRB_29_2022',
  'PERMENPANRB_1_2023',
  'PERMENPANRB_20_2025',
  'PERBKN_5_2019',
  'PERBKN_26_2019',
  'PERBKN_3_2020',
  'PERBKN_6_2022',
  'PERBKN_3_2023',
  'PERBKN_4_2023',
  'PERBKN_2_2025',
  'PERBKN_4_2025',
  'PERBRIN_3_2023',
  'PERBAN_BAKAMLA_1_2023',
  'PERBAN_BGN_4_2025',
  'PERMENTAN_68_2012',
  'PERMENTAN_45_2014',
  'PERMENDIKDASMEN_14_2025',
  'KMK_5_2022',
  'SE_MENPANRB_3_2023',
] as const);

/** The catalogue id of a regulation the library cites. */
export type RegulationId = (typeof REGULATION_IDS)[number];
