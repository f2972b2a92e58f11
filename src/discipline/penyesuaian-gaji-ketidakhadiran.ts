import * as z from 'zod/mini';
import { type Citation, decision } from '../core/decision.js';
import { deepFreeze } from '../core/freeze.js';
import { reasonsOf } from '../core/messages.js';
import { defineRule, type RuleInputOf, type RuleOptionsOf, type RuleOutputOf } from '../core/rule.js';
import { refineParsed } from '../core/refine.js';
import { formulaTable } from '../core/tables.js';
import {
  CITATIONS_BERTURUT_TURUT,
  hari,
  HARI_BERTURUT_TURUT_PDHTAPS,
  hukumanKetidakhadiranDari,
  PASAL_15_AYAT_1,
  PASAL_15_AYAT_2,
  TABEL_KUMULATIF_HALAMAN,
} from './_bersama/ketidakhadiran.js';
import type { PENYESUAIAN_GAJI_KETIDAKHADIRAN_MESSAGES } from './penyesuaian-gaji-ketidakhadiran.messages.js';
import { jenisHukumanSchema } from './types.js';

export const PENYESUAIAN_GAJI_KETIDAKHADIRAN_RULE_ID = 'discipline.penyesuaianGajiKetidakhadiran';
const alasan = reasonsOf<typeof PENYESUAIAN_GAJI_KETIDAKHADIRAN_MESSAGES>(PENYESUAIAN_GAJI_KETIDAKHADIRAN_RULE_ID);

export const PENYESUAIAN_GAJI = deepFreeze(['TANPA_PENYESUAIAN', 'GAJI_DIBAYARKAN_KEMBALI', 'GAJI_DIKEMBALIKAN_KE_NEGARA'] as const);
export type PenyesuaianGaji = (typeof PENYESUAIAN_GAJI)[number];

const PERBKN_PASAL_12: Citation = { regulation: 'PERBKN_6_2022', article: 'Pasal 12 ayat (1)–(2)' };
const CITE: Citation[] = deepFreeze([
  PASAL_15_AYAT_2,
  PERBKN_PASAL_12,
  { regulation: 'PERBKN_6_2022', annex: 'Lampiran, contoh kasus 23' },
]);

export const penyesuaianGajiKetidakhadiranInput = z
  .object({
    hariKumulatifTerbukti: hari('Working days of absence in the year found by the examination'),
    hariBerturutTurutTerbukti: hari('Consecutive working days of absence found by the examination'),
    gajiTelahDihentikan: z.boolean().check(z.describe('Whether salary payment was already stopped from the next month')),
  })
  .check(
    refineParsed((v) => v.hariBerturutTurutTerbukti <= v.hariKumulatifTerbukti, {
      text: {
        en: 'hariBerturutTurutTerbukti cannot exceed hariKumulatifTerbukti: the consecutive days proven are among the days proven',
        id: 'hariBerturutTurutTerbukti tidak boleh melebihi hariKumulatifTerbukti: hari berturut-turut yang terbukti termasuk hari yang terbukti',
      },
      path: ['hariBerturutTurutTerbukti'],
    }),
  );

/** Value of {@link penyesuaianGajiKetidakhadiran} as JSON. */
export const penyesuaianGajiKetidakhadiranOutput = z.object({
  hukuman: z.nullable(jenisHukumanSchema).check(z.describe('The jenis hukuman for the proven days; null when none')),
  penyesuaianGaji: z
    .enum(PENYESUAIAN_GAJI)
    .check(
      z.describe(
        'Salary correction: TANPA_PENYESUAIAN = none; GAJI_DIBAYARKAN_KEMBALI = withheld salary is paid back; GAJI_DIKEMBALIKAN_KE_NEGARA = salary paid for the next month is returned to the state',
      ),
    ),
});

/** The hukuman on the proven days and the salary correction: the value of {@link penyesuaianGajiKetidakhadiran}. */
export type PenyesuaianGajiKetidakhadiran = z.output<typeof penyesuaianGajiKetidakhadiranOutput>;

/**
 * The salary correction once the examination has set the days: salary stopped (Pasal 15 ayat (2)) but no
 * run of 10 proven → paid back; salary paid but 10 proven → returned; otherwise none.
 */
function penyesuaianGajiUntuk(gajiTelahDihentikan: boolean, pdhtapsBerturutTurut: boolean): PenyesuaianGaji {
  if (gajiTelahDihentikan && !pdhtapsBerturutTurut) return 'GAJI_DIBAYARKAN_KEMBALI';
  if (!gajiTelahDihentikan && pdhtapsBerturutTurut) return 'GAJI_DIKEMBALIKAN_KE_NEGARA';
  return 'TANPA_PENYESUAIAN';
}

const N = HARI_BERTURUT_TURUT_PDHTAPS;

export const penyesuaianGajiKetidakhadiranRule = defineRule({
  id: PENYESUAIAN_GAJI_KETIDAKHADIRAN_RULE_ID,
  domain: 'discipline',
  title: { id: 'Penyesuaian gaji setelah pemeriksaan ketidakhadiran', en: 'Salary adjustment after an absence examination' },
  description: {
    id: `Gaji dihentikan sejak bulan berikutnya tanpa menunggu keputusan hukuman bila PNS tidak masuk ${N} hari kerja berturut-turut. Bila pemeriksaan membuktikan kurang dari ${N} hari, gaji yang ditahan dibayarkan kembali; bila gaji telah dibayar padahal ${N} hari terbukti, gaji bulan berikutnya dikembalikan ke negara.`,
    en: `Salary stops from the next month without waiting for the penalty decision when a civil servant is absent ${N} consecutive working days. If the examination finds fewer than ${N} days, the withheld salary is paid back; if salary was paid although ${N} days are proven, the next month’s salary is returned to the state.`,
  },
  citations: CITE,
  tables: [
    formulaTable({ id: 'Hukuman dan penyesuaian gaji', en: 'Penalty and salary adjustment' }, [
      [
        'hukuman',
        `tabel kumulatif (hariKumulatifTerbukti), atau PDHTAPS bila hariBerturutTurutTerbukti ≥ ${N}`,
        [PASAL_15_AYAT_1, ...CITATIONS_BERTURUT_TURUT],
      ],
      ['penyesuaianGaji', `GAJI_DIBAYARKAN_KEMBALI bila gajiTelahDihentikan dan hariBerturutTurutTerbukti < ${N}`, CITE],
      ['penyesuaianGaji', `GAJI_DIKEMBALIKAN_KE_NEGARA bila gaji belum dihentikan dan hariBerturutTurutTerbukti ≥ ${N}`, CITE],
      ['penyesuaianGaji', 'TANPA_PENYESUAIAN selain itu', [PASAL_15_AYAT_2, PERBKN_PASAL_12]],
    ]),
    TABEL_KUMULATIF_HALAMAN,
  ],
  input: penyesuaianGajiKetidakhadiranInput,
  output: penyesuaianGajiKetidakhadiranOutput,
  notes: [
    {
      id: 'Masukan yang ditolak: hari di luar 0–366 (satu tahun kalender, PP 94/2021 Pasal 15 ayat (1)); hariBerturutTurutTerbukti lebih dari hariKumulatifTerbukti (hari berturut-turut termasuk hari yang terbukti).',
      en: 'Refused input: days outside 0–366 (one calendar year, PP 94/2021 Pasal 15 ayat (1)); hariBerturutTurutTerbukti above hariKumulatifTerbukti (the consecutive days are among the days proven).',
    },
  ],
  examples: [
    {
      title: { id: 'Gaji dihentikan, pemeriksaan menemukan 5 hari', en: 'Salary stopped, the examination finds 5 days' },
      input: { hariKumulatifTerbukti: 5, hariBerturutTurutTerbukti: 5, gajiTelahDihentikan: true },
      expected: { hukuman: 'TEGURAN_TERTULIS', penyesuaianGaji: 'GAJI_DIBAYARKAN_KEMBALI' },
      source: 'PerBKN 6/2022 contoh 23/1 (TV-18 variant)',
    },
    {
      title: { id: 'Gaji tetap dibayar, 10 hari berturut-turut terbukti', en: 'Salary paid, 10 consecutive days proven' },
      input: { hariKumulatifTerbukti: 11, hariBerturutTurutTerbukti: 11, gajiTelahDihentikan: false },
      expected: { hukuman: 'PDHTAPS', penyesuaianGaji: 'GAJI_DIKEMBALIKAN_KE_NEGARA' },
      source: 'PerBKN 6/2022 contoh 23/2',
    },
  ],
  evaluate(input) {
    const { hukuman, pdhtapsBerturutTurut, reasons } = hukumanKetidakhadiranDari<typeof PENYESUAIAN_GAJI_KETIDAKHADIRAN_MESSAGES>(
      PENYESUAIAN_GAJI_KETIDAKHADIRAN_RULE_ID,
      input.hariKumulatifTerbukti,
      input.hariBerturutTurutTerbukti,
    );
    const penyesuaianGaji = penyesuaianGajiUntuk(input.gajiTelahDihentikan, pdhtapsBerturutTurut);
    return decision<PenyesuaianGajiKetidakhadiran>({ hukuman, penyesuaianGaji }, [
      ...reasons,
      alasan('penyesuaian', 'APPLIES', CITE, {
        gajiTelahDihentikan: input.gajiTelahDihentikan,
        hariBerturutTurut: input.hariBerturutTurutTerbukti,
        penyesuaianGaji,
      }),
    ]);
  },
});

/** After the examination: the hukuman on the proven days and whether withheld salary is paid back or paid salary returned. */
export const penyesuaianGajiKetidakhadiran = penyesuaianGajiKetidakhadiranRule.run;

/** Input of {@link penyesuaianGajiKetidakhadiran}, as callers write it (a deeply readonly value is accepted too). */
export type PenyesuaianGajiKetidakhadiranInput = RuleInputOf<typeof penyesuaianGajiKetidakhadiranRule>;
/** Options of {@link penyesuaianGajiKetidakhadiran}. */
export type PenyesuaianGajiKetidakhadiranOptions = RuleOptionsOf<typeof penyesuaianGajiKetidakhadiranRule>;
/** The value of {@link penyesuaianGajiKetidakhadiran}'s decision. */
export type PenyesuaianGajiKetidakhadiranOutput = RuleOutputOf<typeof penyesuaianGajiKetidakhadiranRule>;
