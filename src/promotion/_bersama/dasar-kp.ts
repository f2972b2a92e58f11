import type { Citation } from '../../core/decision.js';
import { deepFreeze } from '../../core/freeze.js';

/**
 * The legal basis of each kenaikan pangkat condition, one constant per condition, shared by the KP rules.
 * An article is cited only where a source quotes or locates it; otherwise `unlocated` says what was read.
 * Sources and grades: docs/sources/promotion.md.
 */

/** The 17 pangkat and their order: PP 99/2000 Lampiran ("sebagaimana tersebut dalam Lampiran"). */
export const DASAR_SUSUNAN_PANGKAT: Citation[] = /* @__PURE__ */ deepFreeze([{ regulation: 'PP_99_2000', annex: 'Lampiran' }]);

/** KP reguler: 4 years in pangkat and 2 years rated baik (the article after Pasal 6, number not shown). */
export const DASAR_KP_REGULER_SYARAT: Citation[] = /* @__PURE__ */ deepFreeze([
  {
    regulation: 'PP_99_2000',
    unlocated:
      'Read on pasal.id as the article right after Pasal 6 ("Kenaikan pangkat reguler sebagaimana dimaksud dalam Pasal 6 … apabila: a. … 4 (empat) tahun dalam pangkat terakhir; dan b. … bernilai baik dalam 2 (dua) tahun terakhir"); its number is not shown there.',
  },
]);

/** The first KP counts from the CPNS appointment. */
export const DASAR_KP_PERTAMA: Citation[] = /* @__PURE__ */ deepFreeze([
  {
    regulation: 'PP_99_2000',
    unlocated:
      'Read on pasal.id without its number ("Masa kerja untuk kenaikan pangkat pertama dihitung sejak pengangkatan sebagai Calon Pegawai Negeri Sipil"); BKN Kanreg I slides state the same.',
  },
]);

/** KP reguler ceiling by ijazah (PP 99/2000, kept by Peraturan BKN 2/2025). */
export const DASAR_KP_REGULER_PLAFON: Citation[] = /* @__PURE__ */ deepFreeze([
  {
    regulation: 'PP_99_2000',
    unlocated:
      'Read on pasal.id without its number, after the 4-year article ("Kenaikan pangkat reguler bagi Pegawai Negeri Sipil diberikan sampai dengan: a. Pengatur Muda, golongan ruang II/a …").',
  },
  {
    regulation: 'PERBKN_2_2025',
    unlocated:
      'BKN (Instagram, quoted by medcom) lists the same ceilings under Peraturan BKN 2/2025; no source quotes the article that holds them.',
  },
]);

/** KP reguler not above the atasan langsung (until Peraturan BKN 2/2025). */
export const DASAR_KP_REGULER_ATASAN: Citation[] = /* @__PURE__ */ deepFreeze([
  { regulation: 'PP_99_2000', article: 'Pasal 6 ayat (2)' },
  {
    regulation: 'KEPKA_BKN_12_2002',
    unlocated:
      'The juklak applied the atasan-langsung limit until Peraturan BKN 2/2025 revoked it (Pemkab Jeneponto); the juklak text itself was not read.',
  },
]);

/** The atasan-langsung limit lifted: Peraturan BKN 2/2025 Pasal 2 ayat (2). */
export const DASAR_KP_REGULER_ATASAN_DICABUT: Citation[] = /* @__PURE__ */ deepFreeze([
  { regulation: 'PERBKN_2_2025', article: 'Pasal 2 ayat (2)' },
]);

/** Ujian dinas when crossing into golongan III or IV, and its exemptions. */
export const DASAR_UJIAN_DINAS: Citation[] = /* @__PURE__ */ deepFreeze([
  {
    regulation: 'PP_99_2000',
    unlocated:
      'PP 99/2000 has a part on ujian dinas; Tingkat I for II/d → III/a and Tingkat II for III/d → IV/a come from agency pages (kp-ropeg.kemkes, BKPSDM Wajo, Basarnas PK.09/2013); the article was not read.',
  },
  {
    regulation: 'KEPKA_BKN_12_2002',
    unlocated:
      'The exemptions (by ijazah, Diklatpim IV or III) are as agency pages apply the juklak (kp-ropeg.kemkes); its text was not read.',
  },
]);

/** KP pilihan struktural: time in pangkat and appraisals (PP 99/2000 Pasal 12, located by BOSDM LIPI). */
export const DASAR_KP_STRUKTURAL: Citation[] = /* @__PURE__ */ deepFreeze([{ regulation: 'PP_99_2000', article: 'Pasal 12' }]);

/** KP pilihan struktural one level below the jenjang: 1 year in pangkat and 1 year in the jabatan (juklak contoh). */
export const DASAR_KP_STRUKTURAL_SATU_TINGKAT: Citation[] = /* @__PURE__ */ deepFreeze([
  { regulation: 'PP_99_2000', article: 'Pasal 12' },
  {
    regulation: 'KEPKA_BKN_12_2002',
    unlocated:
      'The juklak contoh (scribd 250452056, BOSDM LIPI) gives 1 year in pangkat and 1 year in the jabatan when the pangkat is one level below the jenjang; its numbered text was not read.',
  },
]);

/** Jenjang pangkat of each eselon and the ceiling of KP pilihan struktural. */
export const DASAR_JENJANG_ESELON: Citation[] = /* @__PURE__ */ deepFreeze([
  { regulation: 'PP_13_2002', annex: 'Lampiran' },
  {
    regulation: 'KEPKA_BKN_13_2002',
    unlocated:
      'A letter citing Keputusan Kepala BKN 13/2002 (scribd 243413989) limits KP pilihan struktural to the highest pangkat of the eselon; the article was not read.',
  },
]);

/** KP in a jabatan fungsional: PP 99/2000 Pasal 13 (read on pasal.id), one citation per letter. */
export const DASAR_KP_FUNGSIONAL_MASA: Citation[] = /* @__PURE__ */ deepFreeze([{ regulation: 'PP_99_2000', article: 'Pasal 13 huruf a' }]);
export const DASAR_KP_FUNGSIONAL_PENILAIAN: Citation[] = /* @__PURE__ */ deepFreeze([
  { regulation: 'PP_99_2000', article: 'Pasal 13 huruf c' },
]);
/** The AKK for a KP in the jenjang: PP 99/2000 Pasal 13 huruf b and the PermenPANRB 1/2023 Lampiran. */
export const DASAR_KP_FUNGSIONAL_AKK: Citation[] = /* @__PURE__ */ deepFreeze([
  { regulation: 'PP_99_2000', article: 'Pasal 13 huruf b' },
  { regulation: 'PERMENPANRB_1_2023', annex: 'Lampiran' },
]);
/** Golongan range of each jenjang; one pangkat up without kenaikan jenjang when there is no vacancy. */
export const DASAR_JENJANG_JF: Citation[] = /* @__PURE__ */ deepFreeze([
  {
    regulation: 'PERMENPANRB_1_2023',
    unlocated:
      'Golongan per jenjang read on BKN Direktorat Jabatan ASN slides, and KP without kenaikan jenjang when no vacancy on a slide quoting the Permen; the article was not located (one secondary list puts KP in Pasal 39, unconfirmed).',
  },
  {
    regulation: 'PERBKN_3_2023',
    unlocated:
      'The KP and kenaikan jenjang mechanism of Peraturan BKN 3/2023 was read in BKN slides and a summary (merdekabelajar), not in its articles.',
  },
]);

/** KP penyesuaian ijazah: PP 99/2000 Pasal 18 (BKPSDM Serang quotes it and its penjelasan). */
export const DASAR_PENYESUAIAN_IJAZAH: Citation[] = /* @__PURE__ */ deepFreeze([{ regulation: 'PP_99_2000', article: 'Pasal 18' }]);
/** Its conditions (the post needs the ijazah, 1 year, 1 year baik, UKPPI). */
export const DASAR_PENYESUAIAN_IJAZAH_SYARAT: Citation[] = /* @__PURE__ */ deepFreeze([
  {
    regulation: 'PP_99_2000',
    unlocated:
      'The conditions (the post needs the new ijazah, 1 year in pangkat, every element baik in the last year, UKPPI passed) are quoted from PP 12/2002 by secondary sources (flowergold, BKPSDM Ternate) without their ayat; BKPSDM Serang places the rule in Pasal 18.',
  },
]);
/** The target: the starting golongan of the new ijazah. */
export const DASAR_GOLONGAN_AWAL_IJAZAH: Citation[] = /* @__PURE__ */ deepFreeze([
  { regulation: 'PP_99_2000', article: 'Pasal 18' },
  {
    regulation: 'KEPKA_BKN_12_2002',
    unlocated:
      'The starting golongan per ijazah is from a BKD table citing Keputusan Kepala BKN 12/2002 (BKD Lebong) and agrees with namaguerizka; the juklak text was not read.',
  },
]);

/** KP pilihan for prestasi kerja luar biasa baiknya. */
export const DASAR_PRESTASI_LUAR_BIASA: Citation[] = /* @__PURE__ */ deepFreeze([
  {
    regulation: 'PP_99_2000',
    unlocated:
      'One year in pangkat, "amat baik" in the last year, not bound by the jenjang and no ujian dinas are quoted from secondary sources (123dok "Manajemen ASN", halopengacara 2025) without the article.',
  },
]);
