import type { Citation } from '../../core/decision.js';
import { deepFreeze } from '../../core/freeze.js';
import { formulaTable, recordTable } from '../../core/tables.js';
import type { KONSEKUENSI_KINERJA_MESSAGES } from './messages.js';

// The data of rewards.konsekuensiKinerja: its stages, their dasar and the periods, as the rule page shows them.

export const TAHAP_KONSEKUENSI_KINERJA = deepFreeze([
  'TIDAK_ADA',
  'PERBAIKAN_KINERJA',
  'UJI_KOMPETENSI_KEMBALI',
  'PENEMPATAN_SESUAI_KOMPETENSI',
  'PEMBERHENTIAN_DENGAN_HORMAT',
  'PEMUTUSAN_PPPK_DENGAN_HORMAT',
] as const);
export type TahapKonsekuensiKinerja = (typeof TAHAP_KONSEKUENSI_KINERJA)[number];

export const P57: Citation = deepFreeze({ regulation: 'PP_30_2019', article: 'Pasal 57' });
export const P58: Citation = deepFreeze({ regulation: 'PP_30_2019', article: 'Pasal 58' });
export const CITE_P57: Citation[] = deepFreeze([P57]);
export const CITE_P58: Citation[] = deepFreeze([P58]);
const CITE_PPPK: Citation[] = deepFreeze([
  { regulation: 'PP_49_2018', article: 'Pasal 53 ayat (2) huruf c' },
  { regulation: 'UU_20_2023', article: 'Pasal 52 ayat (3) huruf f' },
]);
const P58_5: Citation = deepFreeze({ regulation: 'PP_30_2019', article: 'Pasal 58 ayat (5)' });
const PEMBERHENTIAN: Citation[] = deepFreeze([
  P58_5,
  { regulation: 'UU_20_2023', article: 'Pasal 52 ayat (3) huruf f' },
  { regulation: 'PERBKN_3_2020', article: 'Pasal 32 ayat (1)' },
]);

/** PP 30/2019 Pasal 57: the months given to improve. */
export const BULAN_PERBAIKAN = 6;
/** PP 30/2019 Pasal 58 ayat (5): the months of placement in a matching post, at most 1 year. */
export const BULAN_PENEMPATAN = 12;
/** Upper bounds of those settings: sanity limits against a typo (no source sets them). */
export const BULAN_PERBAIKAN_MAKS = 24;
export const BULAN_PENEMPATAN_MAKS = 36;

/**
 * The stage each case reaches, keyed by the reason that reports it: the rule takes the stage and its dasar
 * from here (PP 30/2019 Pasal 57–58; a PPPK: PP 49/2018 and UU 20/2023).
 */
export const TAHAPAN = deepFreeze({
  memenuhi: { syarat: 'predikat tahunan memenuhi target', tahap: 'TIDAK_ADA', dasar: CITE_P57 },
  pppk: { syarat: 'PPPK, predikat tidak memenuhi target', tahap: 'PEMUTUSAN_PPPK_DENGAN_HORMAT', dasar: CITE_PPPK },
  perbaikan: {
    syarat: 'PNS, predikat tidak memenuhi target; hasil perbaikan belum diketahui',
    tahap: 'PERBAIKAN_KINERJA',
    dasar: CITE_P57,
  },
  membaik: { syarat: 'hasilPerbaikan MEMENUHI_TARGET', tahap: 'TIDAK_ADA', dasar: CITE_P57 },
  ujiKompetensi: { syarat: 'JPT, hasilPerbaikan TIDAK_MEMENUHI_TARGET', tahap: 'UJI_KOMPETENSI_KEMBALI', dasar: CITE_P57 },
  penempatan: {
    syarat:
      'administrasi/fungsional, hasilPerbaikan TIDAK_MEMENUHI_TARGET; lowongan sesuai ada, belum diketahui, atau asOf sebelum batasPenempatan',
    tahap: 'PENEMPATAN_SESUAI_KOMPETENSI',
    dasar: CITE_P58,
  },
  pemberhentian: {
    syarat: 'administrasi/fungsional, hasilPerbaikan TIDAK_MEMENUHI_TARGET; lowonganSesuaiTersedia false dan asOf ≥ batasPenempatan',
    tahap: 'PEMBERHENTIAN_DENGAN_HORMAT',
    dasar: PEMBERHENTIAN,
  },
} as const satisfies Partial<
  Record<
    keyof (typeof KONSEKUENSI_KINERJA_MESSAGES)['texts'],
    { syarat: string; tahap: TahapKonsekuensiKinerja; dasar: readonly Citation[] }
  >
>);

export const TABEL_TAHAPAN = recordTable(
  { id: 'Tahap menurut keadaan (kolom pertama: kode alasan)', en: 'Stage by case (first column: reason code)' },
  TAHAPAN,
  ['alasan', 'keadaan', 'tahap'],
  (t) => [t.syarat, t.tahap],
  (t) => t.dasar,
);

export const TABEL_BATAS = formulaTable({ id: 'Batas waktu', en: 'Time limits' }, [
  ['batasPerbaikan', `tanggalPenetapan + bulanPerbaikan (bawaan ${BULAN_PERBAIKAN} bulan)`, P57],
  ['batasPenempatan', `batasPerbaikan + bulanPenempatan (bawaan ${BULAN_PENEMPATAN} bulan)`, P58_5],
]);
