import * as z from 'zod/mini';
import { decimalSchema, formatFixed, toPlainString } from '../core/decimal.js';
import { type Citation, decision, reason } from '../core/decision.js';
import { decimalOutputSchema } from '../core/output.js';
import { deepFreeze } from '../core/freeze.js';
import { defineRule, type RuleOutputOf } from '../core/rule.js';
import { JPM_MAKSIMUM, kategoriJpm } from './job-person-match.js';
import { type KategoriJpm, kategoriJpmSchema, SKEMA_JPM } from './types.js';

export const JPM_TERTIMBANG_RULE_ID = 'competency.jpmTertimbang';
const CITE: Citation[] = deepFreeze([{ regulation: 'PERBKN_26_2019', annex: 'Lampiran' }]);

/** Jenjang jabatan fungsional keahlian with a weighting preset. */
export const JENJANG_JF_KEAHLIAN = deepFreeze(['AHLI_MADYA', 'AHLI_MUDA', 'AHLI_PERTAMA'] as const);
export type JenjangJfKeahlian = (typeof JENJANG_JF_KEAHLIAN)[number];

/**
 * Preset weight of teknis in percent per jenjang (manajerial + sosial kultural take the rest): one JF
 * regulation's uji kompetensi rule ("Nomor 35 Tahun 2020", Lampiran D angka 3), not a national rule.
 */
export const BOBOT_TEKNIS_PRESET: Readonly<Record<JenjangJfKeahlian, number>> = deepFreeze({
  AHLI_MADYA: 40,
  AHLI_MUDA: 50,
  AHLI_PERTAMA: 60,
});
/** Lowest overall JPM to pass an uji kompetensi: at least Masih Memenuhi Syarat (68 %). */
export const JPM_LULUS_MINIMUM = 68;

// A JPM is at most 500 % (achieved level ≤ 5, standard level ≥ 1): anything above cannot come from an assessment.
const persen = decimalSchema({ min: 0, max: JPM_MAKSIMUM });
export const jpmTertimbangInput = z.object({
  jenjang: z.enum(JENJANG_JF_KEAHLIAN),
  jpmTeknis: persen.check(z.describe('JPM of the teknis competencies, % (0–500: levels are 0–5 against standards of 1–5)')),
  jpmMansoskul: persen.check(
    z.describe('JPM of the manajerial and sosial kultural competencies, % (0–500: levels are 0–5 against standards of 1–5)'),
  ),
});
export type JpmTertimbangInput = z.input<typeof jpmTertimbangInput>;

export const jpmTertimbangOptions = z.object({
  skema: z._default(z.enum(SKEMA_JPM), 'PENGISIAN_JABATAN'),
  settings: z.prefault(
    z.object({
      bobotTeknis: z
        .prefault(
          z.object({
            AHLI_MADYA: z.prefault(decimalSchema({ min: 0, max: 100 }), BOBOT_TEKNIS_PRESET.AHLI_MADYA),
            AHLI_MUDA: z.prefault(decimalSchema({ min: 0, max: 100 }), BOBOT_TEKNIS_PRESET.AHLI_MUDA),
            AHLI_PERTAMA: z.prefault(decimalSchema({ min: 0, max: 100 }), BOBOT_TEKNIS_PRESET.AHLI_PERTAMA),
          }),
          {},
        )
        .check(z.describe('Weight of teknis in % per jenjang; preset 40/50/60 (one JF regulation, unconfirmed as national)')),
    }),
    {},
  ),
});
export type JpmTertimbangOptions = z.input<typeof jpmTertimbangOptions>;

export interface JpmTertimbang {
  /** Exact weighted JPM (weights are whole or decimal percentages, so no rounding is needed). */
  persen: string;
  kategori: KategoriJpm;
  lulus: boolean;
}

/** {@link JpmTertimbang} as JSON. */
export const jpmTertimbangOutput = z.object({
  persen: decimalOutputSchema.check(z.describe('Exact weighted overall JPM in percent (not rounded)')),
  kategori: kategoriJpmSchema.check(z.describe('JPM category of persen under the skema option')),
  lulus: z.boolean().check(z.describe('Uji kompetensi passed: persen at least 68 (Masih Memenuhi Syarat)')),
});

export const jpmTertimbangRule = defineRule({
  id: JPM_TERTIMBANG_RULE_ID,
  domain: 'competency',
  title: {
    id: 'JPM keseluruhan tertimbang (teknis dan manajerial-sosial kultural)',
    en: 'Weighted overall JPM (technical and managerial/socio-cultural)',
  },
  description: {
    id: 'JPM keseluruhan = bobot teknis × JPM teknis + bobot manajerial-sosial kultural × JPM manajerial-sosial kultural, bobot menurut jenjang; lulus uji kompetensi bila paling rendah Masih Memenuhi Syarat (68 %).',
    en: 'Overall JPM = technical weight × technical JPM + managerial/socio-cultural weight × their JPM, weights by jenjang; the competency test is passed at Masih Memenuhi Syarat (68 %) or better.',
  },
  citations: CITE,
  input: jpmTertimbangInput,
  options: jpmTertimbangOptions,
  output: jpmTertimbangOutput,
  notes: [
    {
      id: 'Bobot 40/60, 50/50, 60/40 berasal dari satu peraturan JF (Lampiran D), bukan aturan nasional; dijadikan setting.',
      en: 'The 40/60, 50/50, 60/40 weights come from one JF regulation (Lampiran D), not a national rule; they are a setting.',
    },
    {
      id: 'Ditolak sebagai masukan yang mustahil: JPM di bawah 0 atau di atas 500 % (level capaian paling tinggi 5, level standar paling rendah 1); bobot teknis di luar 0–100 %. Bobot manajerial-sosial kultural = 100 − bobot teknis, sehingga JPM keseluruhan selalu di antara kedua JPM.',
      en: 'Refused as impossible input: a JPM below 0 or above 500 % (an achieved level is at most 5, a standard level at least 1); a teknis weight outside 0–100 %. The managerial/socio-cultural weight is 100 − the teknis weight, so the overall JPM always lies between the two JPMs.',
    },
  ],
  examples: [
    {
      title: { id: 'Ahli Muda 70/80 → 75, MMS, lulus', en: 'Ahli Muda 70/80 → 75, MMS, pass' },
      source: 'docs/sources/competency.md TV-JPM-9',
      input: { jenjang: 'AHLI_MUDA', jpmTeknis: 70, jpmMansoskul: 80 },
      expected: { persen: '75', kategori: 'MASIH_MEMENUHI_SYARAT', lulus: true },
    },
    {
      title: { id: 'Ahli Madya 60/75 → 69, lulus', en: 'Ahli Madya 60/75 → 69, pass' },
      source: 'docs/sources/competency.md TV-JPM-10',
      input: { jenjang: 'AHLI_MADYA', jpmTeknis: 60, jpmMansoskul: 75 },
      expected: { persen: '69', kategori: 'MASIH_MEMENUHI_SYARAT', lulus: true },
    },
    {
      title: { id: 'Ahli Pertama 60/75 → 66, tidak lulus', en: 'Ahli Pertama 60/75 → 66, fail' },
      source: 'docs/sources/competency.md TV-JPM-11',
      input: { jenjang: 'AHLI_PERTAMA', jpmTeknis: 60, jpmMansoskul: 75 },
      expected: { persen: '66', kategori: 'KURANG_MEMENUHI_SYARAT', lulus: false },
    },
  ],
  evaluate(input, options) {
    const bt = options.settings.bobotTeknis[input.jenjang];
    const bm = bt.negated().plus(100);
    const nilai = input.jpmTeknis.times(bt).plus(input.jpmMansoskul.times(bm)).dividedBy(100);
    const kategori = kategoriJpm(nilai, options.skema);
    const lulus = nilai.greaterThanOrEqualTo(JPM_LULUS_MINIMUM);
    const rid = JPM_TERTIMBANG_RULE_ID;
    return decision<JpmTertimbang>({ persen: toPlainString(nilai), kategori, lulus }, [
      reason(rid, `${rid}.bobot`, 'INFO', CITE, {
        jenjang: input.jenjang,
        bobotTeknis: toPlainString(bt),
        jpmTeknis: toPlainString(input.jpmTeknis),
        bobotMansoskul: toPlainString(bm),
        jpmMansoskul: toPlainString(input.jpmMansoskul),
        persen: formatFixed(nilai, 2),
        kategori,
      }),
      reason(rid, `${rid}.lulus`, lulus ? 'PASS' : 'FAIL', CITE, { persen: formatFixed(nilai, 2), minimum: JPM_LULUS_MINIMUM }),
    ]);
  },
});

/** Weighted overall JPM of a JF uji kompetensi, with its category and pass/fail. */
export const jpmTertimbang = jpmTertimbangRule.run;

/** The value of {@link jpmTertimbang}'s decision. */
export type JpmTertimbangOutput = RuleOutputOf<typeof jpmTertimbangRule>;
