import * as z from 'zod/mini';
import { addMonths, addYears, isoDateSchema, startOfMonth } from '../core/calendar.js';
import { type Citation, decision } from '../core/decision.js';
import { deepFreeze } from '../core/freeze.js';
import { BATAS_MASA_KERJA_PNS } from '../core/masa-kerja-pns.js';
import { reasonsOf } from '../core/messages.js';
import { dateOutputSchema } from '../core/output.js';
import { defineRule, type RuleInputOf, type RuleOptionsOf, type RuleOutputOf } from '../core/rule.js';
import { recordTable } from '../core/tables.js';
import type { BATAS_USIA_PENSIUN_MESSAGES } from './batas-usia-pensiun.messages.js';
import { dalamKalender, TANGGAL_TERAKHIR, tolak } from './_bersama/invariants.js';

export const BATAS_USIA_PENSIUN_RULE_ID = 'promotion.batasUsiaPensiun';
const ID = BATAS_USIA_PENSIUN_RULE_ID;
const alasan = reasonsOf<typeof BATAS_USIA_PENSIUN_MESSAGES>(ID);

/** Kinds of jabatan, as far as BUP and jabatan requirements distinguish them. */
export const JENIS_JABATAN = deepFreeze([
  'PELAKSANA',
  'PENGAWAS',
  'ADMINISTRATOR',
  'JPT_PRATAMA',
  'JPT_MADYA',
  'JPT_UTAMA',
  'JF_KETERAMPILAN',
  'JF_AHLI_PERTAMA',
  'JF_AHLI_MUDA',
  'JF_AHLI_MADYA',
  'JF_AHLI_UTAMA',
  'GURU',
  'DOSEN',
] as const);
export type JenisJabatan = (typeof JENIS_JABATAN)[number];
export const jenisJabatanSchema = z.enum(JENIS_JABATAN);

const PASAL_239: Citation = { regulation: 'PP_11_2017', article: 'Pasal 239 ayat (2)' };
const PASAL_240: Citation = { regulation: 'PP_11_2017', article: 'Pasal 240' };
const uu20 = (article: string): Citation => ({ regulation: 'UU_20_2023', article });
/** UU 20/2023 Pasal 55: jabatan manajerial (huruf a) and nonmanajerial (huruf b). */
const PASAL_55_JPT = uu20('Pasal 55 huruf a angka 1');
const PASAL_55_ADMINISTRATOR_PENGAWAS = uu20('Pasal 55 huruf a angka 2');
const PASAL_55_JF = uu20('Pasal 55 huruf b angka 1');
const PASAL_55_PELAKSANA = uu20('Pasal 55 huruf b angka 2');

/**
 * BUP by jabatan. UU 20/2023 Pasal 55 sets the ages of JPT (60), administrator, pengawas and pelaksana (58),
 * the same ages PP 11/2017 Pasal 239 ayat (2) set under UU 5/2014, which each row still cites; for pejabat
 * fungsional Pasal 55 huruf b angka 1 defers to the other regulations: PP 11/2017 Pasal 239 ayat (2), and
 * Pasal 240 with UU 14/2005 for guru and dosen.
 */
export const BUP_JABATAN: Readonly<Record<JenisJabatan, { bup: number; citations: Citation[] }>> = deepFreeze({
  PELAKSANA: { bup: 58, citations: [PASAL_55_PELAKSANA, PASAL_239] },
  PENGAWAS: { bup: 58, citations: [PASAL_55_ADMINISTRATOR_PENGAWAS, PASAL_239] },
  ADMINISTRATOR: { bup: 58, citations: [PASAL_55_ADMINISTRATOR_PENGAWAS, PASAL_239] },
  JPT_PRATAMA: { bup: 60, citations: [PASAL_55_JPT, PASAL_239] },
  JPT_MADYA: { bup: 60, citations: [PASAL_55_JPT, PASAL_239] },
  JPT_UTAMA: { bup: 60, citations: [PASAL_55_JPT, PASAL_239] },
  JF_KETERAMPILAN: { bup: 58, citations: [PASAL_239, PASAL_55_JF] },
  JF_AHLI_PERTAMA: { bup: 58, citations: [PASAL_239, PASAL_55_JF] },
  JF_AHLI_MUDA: { bup: 58, citations: [PASAL_239, PASAL_55_JF] },
  JF_AHLI_MADYA: { bup: 60, citations: [PASAL_239, PASAL_55_JF] },
  JF_AHLI_UTAMA: { bup: 65, citations: [PASAL_239, PASAL_55_JF] },
  GURU: {
    bup: 60,
    citations: [PASAL_240, { regulation: 'UU_14_2005', article: 'Pasal 30 ayat (4)' }, PASAL_55_JF],
  },
  DOSEN: {
    bup: 65,
    citations: [PASAL_240, { regulation: 'UU_14_2005', article: 'Pasal 67 ayat (4)' }, PASAL_55_JF],
  },
});

export const KONVENSI_TMT_PENSIUN = deepFreeze(['AWAL_BULAN_BERIKUTNYA', 'TANGGAL_BUP'] as const);
export type KonvensiTmtPensiun = (typeof KONVENSI_TMT_PENSIUN)[number];

export const batasUsiaPensiunInput = z.object({
  tanggalLahir: isoDateSchema,
  jabatan: jenisJabatanSchema,
});

const BUP_KHUSUS_CITATIONS: Citation[] = deepFreeze([PASAL_240, PASAL_55_JF]);
/** Lowest bupKhusus accepted: a floor against typos, well below every BUP of the table (58–65). */
const BUP_KHUSUS_TERENDAH = 50;

export const batasUsiaPensiunOptions = z.object({
  konvensiTmtPensiun: z
    ._default(z.enum(KONVENSI_TMT_PENSIUN), 'AWAL_BULAN_BERIKUTNYA')
    .check(
      z.describe('Setting: pension TMT = the 1st of the month after the BUP birthday (preset, unconfirmed) or the BUP birthday itself'),
    ),
  bupKhusus: z
    .optional(z.int().check(z.minimum(BUP_KHUSUS_TERENDAH), z.maximum(BATAS_MASA_KERJA_PNS.usiaPensiunTertinggi)))
    .check(
      z.describe(
        'BUP set by another Undang-Undang for this JF (PP 11/2017 Pasal 240; UU 20/2023 Pasal 55 huruf b angka 1), overriding the table',
      ),
    ),
});

/** Schema of {@link BatasUsiaPensiun} as JSON. */
export const batasUsiaPensiunOutput = z.object({
  bup: z.int().check(z.describe('Batas usia pensiun in years (from the table, or bupKhusus)')),
  tanggalBup: dateOutputSchema.check(z.describe('The birthday on which the BUP is reached (29 February → 28 February in common years)')),
  tmtPensiun: dateOutputSchema.check(z.describe('Pension TMT under konvensiTmtPensiun')),
});
/** Outcome of {@link batasUsiaPensiun}. */
export type BatasUsiaPensiun = z.output<typeof batasUsiaPensiunOutput>;

export const batasUsiaPensiunRule = defineRule({
  id: BATAS_USIA_PENSIUN_RULE_ID,
  domain: 'promotion',
  title: { id: 'Batas usia pensiun', en: 'Retirement age (batas usia pensiun)' },
  description: {
    id: 'BUP menurut jabatan: 60 tahun bagi JPT dan 58 tahun bagi administrator, pengawas dan pelaksana (UU 20/2023 Pasal 55, sama dengan PP 11/2017 Pasal 239); bagi JF menurut PP 11/2017 Pasal 239: 58 tahun bagi keterampilan, ahli pertama dan ahli muda, 60 bagi ahli madya, 65 bagi ahli utama; guru 60 dan dosen 65 menurut UU 14/2005. TMT pensiun menurut konvensi yang dipilih.',
    en: 'Retirement age by position: 60 for senior executives and 58 for administrators, supervisors and staff (Law 20/2023 Article 55, the same as PP 11/2017 Article 239); for functional officials under PP 11/2017 Article 239: 58 for skilled, first and junior experts, 60 for middle experts, 65 for principal experts; teachers 60 and lecturers 65 under Law 14/2005. Pension TMT under the chosen convention.',
  },
  citations: [
    uu20('Pasal 55'),
    PASAL_239,
    PASAL_240,
    { regulation: 'UU_14_2005', article: 'Pasal 30 ayat (4)' },
    { regulation: 'UU_14_2005', article: 'Pasal 67 ayat (4)' },
  ],
  tables: [
    recordTable(
      { id: 'Batas usia pensiun menurut jabatan', en: 'Retirement age by position' },
      BUP_JABATAN,
      ['jabatan', 'BUP (tahun)'],
      (baris) => [baris.bup],
      (baris) => baris.citations,
    ),
  ],
  input: batasUsiaPensiunInput,
  options: batasUsiaPensiunOptions,
  output: batasUsiaPensiunOutput,
  examples: [
    {
      title: { id: 'Pelaksana lahir 15 Mei 1967: BUP 58', en: 'Staff born 15 May 1967: retirement age 58' },
      input: { tanggalLahir: '1967-05-15', jabatan: 'PELAKSANA' },
      expected: { bup: 58, tanggalBup: '2025-05-15', tmtPensiun: '2025-06-01' },
      source: 'UU 20/2023 Pasal 55 huruf b angka 2 (pelaksana 58)',
    },
    {
      title: { id: 'JF Ahli Utama: BUP 65', en: 'Principal expert: retirement age 65' },
      input: { tanggalLahir: '1960-12-31', jabatan: 'JF_AHLI_UTAMA' },
      expected: { bup: 65, tanggalBup: '2025-12-31', tmtPensiun: '2026-01-01' },
      source: 'PP 11/2017 Pasal 239 ayat (2) (ahli utama 65)',
    },
  ],
  notes: [
    {
      id: 'Dasar usia: sejak 31 Oktober 2023 UU 20/2023 Pasal 55 menetapkan sendiri BUP jabatan manajerial (huruf a: JPT 60; administrator dan pengawas 58) dan pelaksana (huruf b angka 2: 58) — usia yang sama dengan PP 11/2017 Pasal 239 ayat (2), yang menetapkannya sebelumnya dan tetap dikutip. Bagi pejabat fungsional Pasal 55 huruf b angka 1 merujuk peraturan perundang-undangan, yaitu PP 11/2017 Pasal 239 ayat (2) dan Pasal 240. Sumber tidak menyebut ayat Pasal 55. Keputusan tidak berubah karena usianya sama.',
      en: 'Legal basis of the ages: since 31 October 2023 UU 20/2023 Pasal 55 itself sets the BUP of managerial posts (huruf a: JPT 60; administrator and pengawas 58) and of pelaksana (huruf b angka 2: 58) — the ages PP 11/2017 Pasal 239 ayat (2) set before, still cited. For pejabat fungsional Pasal 55 huruf b angka 1 defers to other regulations: PP 11/2017 Pasal 239 ayat (2) and Pasal 240. The sources give no ayat of Pasal 55. Decisions are unchanged, the ages being the same.',
    },
    {
      id: 'Pengaturan konvensiTmtPensiun (preset awal bulan berikutnya): konvensi TMT pensiun belum dikonfirmasi. Ketentuan peralihan PP 11/2017 Pasal 354–355 dan BUP peneliti/perekayasa tidak dikodekan (gunakan bupKhusus).',
      en: 'Setting konvensiTmtPensiun (preset 1st of the next month): the pension TMT convention is unconfirmed. The PP 11/2017 Pasal 354–355 transition and the BUP of researchers/engineers are not encoded (use bupKhusus).',
    },
    {
      id: `Ditolak: tanggal lahir yang membuat tanggal BUP atau TMT pensiun jatuh setelah ${TANGGAL_TERAKHIR} (tanggal terakhir yang diterima pustaka ini); bupKhusus di luar ${BUP_KHUSUS_TERENDAH}–${BATAS_MASA_KERJA_PNS.usiaPensiunTertinggi}.`,
      en: `Refused: a birth date that puts the BUP date or the pension TMT after ${TANGGAL_TERAKHIR} (the last date this library accepts); bupKhusus outside ${BUP_KHUSUS_TERENDAH}–${BATAS_MASA_KERJA_PNS.usiaPensiunTertinggi}.`,
    },
  ],
  evaluate(x, o) {
    const baris = BUP_JABATAN[x.jabatan];
    const bup = o.bupKhusus ?? baris.bup;
    const tanggalBup = addYears(x.tanggalLahir, bup);
    const tmtPensiun = o.konvensiTmtPensiun === 'TANGGAL_BUP' ? tanggalBup : startOfMonth(addMonths(startOfMonth(tanggalBup), 1));
    // tmtPensiun is on or after tanggalBup: checking it covers both.
    tolak(ID, [dalamKalender(['tanggalLahir'], tmtPensiun, { en: 'a pension TMT', id: 'TMT pensiun' })]);
    // The TMT follows from the BUP, so it cites what set the BUP: the table row, or Pasal 240 for a BUP set by another law.
    const sumberBup = o.bupKhusus === undefined ? baris.citations : BUP_KHUSUS_CITATIONS;
    return decision<BatasUsiaPensiun>({ bup, tanggalBup, tmtPensiun }, [
      alasan(o.bupKhusus === undefined ? 'bup' : 'bupKhusus', 'APPLIES', sumberBup, { jabatan: x.jabatan, bup }),
      alasan('tmtPensiun', 'INFO', sumberBup, {
        tanggalLahir: x.tanggalLahir,
        tanggalBup,
        konvensi: o.konvensiTmtPensiun,
        tmtPensiun,
      }),
    ]);
  },
});

/**
 * Batas usia pensiun and pension TMT (UU 20/2023 Pasal 55; PP 11/2017 Pasal 239–240; UU 14/2005 for guru and dosen).
 *
 * @example
 * batasUsiaPensiun({ tanggalLahir: '1967-05-15', jabatan: 'PELAKSANA' }).value // { bup: 58, tanggalBup: '2025-05-15', tmtPensiun: '2025-06-01' }
 */
export const batasUsiaPensiun = batasUsiaPensiunRule.run;

/** Input of {@link batasUsiaPensiun}, as callers write it (a deeply readonly value is accepted too). */
export type BatasUsiaPensiunInput = RuleInputOf<typeof batasUsiaPensiunRule>;
/** Options of {@link batasUsiaPensiun}. */
export type BatasUsiaPensiunOptions = RuleOptionsOf<typeof batasUsiaPensiunRule>;
/** The value of {@link batasUsiaPensiun}'s decision. */
export type BatasUsiaPensiunOutput = RuleOutputOf<typeof batasUsiaPensiunRule>;
