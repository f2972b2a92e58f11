import * as z from 'zod/mini';
import { type Citation, decision, reason } from '../core/decision.js';
import { deepFreeze } from '../core/freeze.js';
import { defineRule, type RuleInputOf, type RuleOptionsOf, type RuleOutputOf } from '../core/rule.js';
import { refineParsed } from '../core/refine.js';
import { alasanBerturutTurut, HARI_SETAHUN_MAKS, hukumanMenurutHariKumulatif } from './hukuman-ketidakhadiran.js';
import { type JenisHukuman, jenisHukumanSchema } from './types.js';

export const PENYESUAIAN_GAJI_RULE_ID = 'discipline.penyesuaianGajiKetidakhadiran';

export const PENYESUAIAN_GAJI = deepFreeze(['TANPA_PENYESUAIAN', 'GAJI_DIBAYARKAN_KEMBALI', 'GAJI_DIKEMBALIKAN_KE_NEGARA'] as const);
export type PenyesuaianGaji = (typeof PENYESUAIAN_GAJI)[number];

const CITE: Citation[] = deepFreeze([
  { regulation: 'PP_94_2021', article: 'Pasal 15 ayat (2)' },
  { regulation: 'PERBKN_6_2022', article: 'Pasal 12 ayat (1)–(2)' },
  { regulation: 'PERBKN_6_2022', annex: 'Lampiran, contoh kasus 23' },
]);

const hari = z.int().check(z.minimum(0), z.maximum(HARI_SETAHUN_MAKS));

export const penyesuaianGajiInput = z
  .object({
    hariKumulatifTerbukti: hari.check(z.describe('Working days of absence in the year found by the examination')),
    hariBerturutTurutTerbukti: hari.check(z.describe('Consecutive working days of absence found by the examination')),
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

export interface PenyesuaianGajiKetidakhadiran {
  hukuman: JenisHukuman | null;
  penyesuaianGaji: PenyesuaianGaji;
}

/** {@link PenyesuaianGajiKetidakhadiran} as JSON. */
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

export const penyesuaianGajiRule = defineRule({
  id: PENYESUAIAN_GAJI_RULE_ID,
  domain: 'discipline',
  title: { id: 'Penyesuaian gaji setelah pemeriksaan ketidakhadiran', en: 'Salary adjustment after an absence examination' },
  description: {
    id: 'Gaji dihentikan sejak bulan berikutnya tanpa menunggu keputusan hukuman bila PNS tidak masuk 10 hari kerja berturut-turut. Bila pemeriksaan membuktikan kurang dari 10 hari, gaji yang ditahan dibayarkan kembali; bila gaji telah dibayar padahal 10 hari terbukti, gaji bulan berikutnya dikembalikan ke negara.',
    en: 'Salary stops from the next month without waiting for the penalty decision when a civil servant is absent 10 consecutive working days. If the examination finds fewer than 10 days, the withheld salary is paid back; if salary was paid although 10 days are proven, the next month’s salary is returned to the state.',
  },
  citations: CITE,
  input: penyesuaianGajiInput,
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
    const id = PENYESUAIAN_GAJI_RULE_ID;
    const kumulatif = hukumanMenurutHariKumulatif(id, input.hariKumulatifTerbukti);
    const berturut = alasanBerturutTurut(id, input.hariBerturutTurutTerbukti);
    const penyesuaianGaji: PenyesuaianGaji =
      input.gajiTelahDihentikan && !berturut.pdhtaps
        ? 'GAJI_DIBAYARKAN_KEMBALI'
        : !input.gajiTelahDihentikan && berturut.pdhtaps
          ? 'GAJI_DIKEMBALIKAN_KE_NEGARA'
          : 'TANPA_PENYESUAIAN';
    return decision<PenyesuaianGajiKetidakhadiran>({ hukuman: berturut.pdhtaps ? 'PDHTAPS' : kumulatif.hukuman, penyesuaianGaji }, [
      kumulatif.reason,
      berturut.reason,
      reason(id, `${id}.penyesuaian`, penyesuaianGaji === 'TANPA_PENYESUAIAN' ? 'PASS' : 'FAIL', CITE, {
        gajiTelahDihentikan: input.gajiTelahDihentikan,
        hariBerturutTurut: input.hariBerturutTurutTerbukti,
        penyesuaianGaji,
      }),
    ]);
  },
});

/** After the examination: the hukuman on the proven days and whether withheld salary is paid back or paid salary returned. */
export const penyesuaianGajiKetidakhadiran = penyesuaianGajiRule.run;

/** Input of {@link penyesuaianGajiKetidakhadiran}, as callers write it (a deeply readonly value is accepted too). */
export type PenyesuaianGajiKetidakhadiranInput = RuleInputOf<typeof penyesuaianGajiRule>;
/** Options of {@link penyesuaianGajiKetidakhadiran}. */
export type PenyesuaianGajiKetidakhadiranOptions = RuleOptionsOf<typeof penyesuaianGajiRule>;
/** The value of {@link penyesuaianGajiKetidakhadiran}'s decision. */
export type PenyesuaianGajiKetidakhadiranOutput = RuleOutputOf<typeof penyesuaianGajiRule>;
