import * as z from 'zod/mini';
import { decimalSchema, formatFixed, toPlainString } from '../core/decimal.js';
import { decision } from '../core/decision.js';
import { decimalOutputSchema } from '../core/output.js';
import { deepFreeze } from '../core/freeze.js';
import { reasonsOf } from '../core/messages.js';
import { defineRule, type RuleOutputOf } from '../core/rule.js';
import { formulaTable, recordTable } from '../core/tables.js';
import { AMBANG_KATEGORI_JPM_PRESET, bandJpm, CITE_KATEGORI, JPM_MAKSIMUM, PENGATURAN_KATEGORI_JPM } from './job-person-match/index.js';
import { CITE_PERATURAN_JF } from './_bersama/kutipan.js';
import type { JPM_TERTIMBANG_MESSAGES } from './jpm-tertimbang.messages.js';
import { kategoriJpmSchema, SKEMA_JPM } from './types.js';

export const JPM_TERTIMBANG_RULE_ID = 'competency.jpmTertimbang';
const alasan = reasonsOf<typeof JPM_TERTIMBANG_MESSAGES>(JPM_TERTIMBANG_RULE_ID);
// The weights and the pass mark are one JF regulation's, not located in a regulation of the catalogue.
const CITE = CITE_PERATURAN_JF;

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

/**
 * Preset lowest overall JPM to pass an uji kompetensi: at least Masih Memenuhi Syarat, the preset lower
 * bound of its row (68 %); the rule reads the setting `ambangPengisian.masihMemenuhiSyarat`.
 */
export const JPM_LULUS_MINIMUM: number = AMBANG_KATEGORI_JPM_PRESET.PENGISIAN_JABATAN.masihMemenuhiSyarat;

/** Weights are percentages: 100 is the whole JPM. */
const SERATUS_PERSEN = 100;

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

const bobot = (jenjang: JenjangJfKeahlian) => z.prefault(decimalSchema({ min: 0, max: SERATUS_PERSEN }), BOBOT_TEKNIS_PRESET[jenjang]);

export const jpmTertimbangOptions = z.object({
  skema: z._default(z.enum(SKEMA_JPM), 'PENGISIAN_JABATAN'),
  bobotTeknis: z
    .prefault(z.object({ AHLI_MADYA: bobot('AHLI_MADYA'), AHLI_MUDA: bobot('AHLI_MUDA'), AHLI_PERTAMA: bobot('AHLI_PERTAMA') }), {})
    .check(z.describe('Setting: weight of teknis in % per jenjang; preset 40/50/60 (one JF regulation, unconfirmed as national)')),
  ...PENGATURAN_KATEGORI_JPM,
});
export type JpmTertimbangOptions = z.input<typeof jpmTertimbangOptions>;

/** {@link JpmTertimbang} as JSON. */
export const jpmTertimbangOutput = z.object({
  persen: decimalOutputSchema.check(z.describe('Exact weighted overall JPM in percent (not rounded)')),
  kategori: kategoriJpmSchema.check(z.describe('JPM category of persen under the skema option')),
  lulus: z
    .boolean()
    .check(
      z.describe(
        `Uji kompetensi passed: persen at least ambangPengisian.masihMemenuhiSyarat (preset ${JPM_LULUS_MINIMUM}, Masih Memenuhi Syarat)`,
      ),
    ),
});

/** The value of {@link jpmTertimbang}: the exact weighted JPM (weights are percentages, so no rounding is needed). */
export type JpmTertimbang = z.output<typeof jpmTertimbangOutput>;

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
  citations: [...CITE],
  tables: [
    recordTable(
      { id: 'Bobot bawaan per jenjang (setting bobotTeknis)', en: 'Preset weights per jenjang (setting bobotTeknis)' },
      BOBOT_TEKNIS_PRESET,
      ['jenjang', 'bobot teknis (%)', 'bobot manajerial-sosial kultural (%)'],
      (bt) => [bt, SERATUS_PERSEN - bt],
    ),
    formulaTable({ id: 'Rumus JPM keseluruhan', en: 'Overall JPM formula' }, [
      ['JPM keseluruhan', '(bobot teknis × JPM teknis + (100 − bobot teknis) × JPM manajerial-sosial kultural) ÷ 100', CITE],
      [
        'kategori',
        'rentang JPM keseluruhan pada tabel kategori JPM (skema, bawaan PENGISIAN_JABATAN; ambang: setting ambangPemetaan / ambangPengisian)',
        [...CITE_KATEGORI.PEMETAAN, ...CITE_KATEGORI.PENGISIAN_JABATAN],
      ],
      ['lulus', `JPM keseluruhan ≥ ambangPengisian.masihMemenuhiSyarat (bawaan ${JPM_LULUS_MINIMUM} %, Masih Memenuhi Syarat)`, CITE],
    ]),
  ],
  input: jpmTertimbangInput,
  options: jpmTertimbangOptions,
  output: jpmTertimbangOutput,
  notes: [
    {
      id: 'Bobot 40/60, 50/50, 60/40 dan batas lulus 68 % (paling rendah Masih Memenuhi Syarat) hanya dibaca pada Lampiran D angka 2–3 sebuah peraturan JF "Nomor 35 Tahun 2020" (penerbit tidak teridentifikasi, tingkat S), bukan aturan nasional; keduanya setting (bobotTeknis, ambangPengisian.masihMemenuhiSyarat).',
      en: 'The 40/60, 50/50, 60/40 weights and the 68 % pass mark (at least Masih Memenuhi Syarat) were read only in Lampiran D angka 2–3 of a JF regulation "Nomor 35 Tahun 2020" (issuer not identified, grade S), not a national rule; both are settings (bobotTeknis, ambangPengisian.masihMemenuhiSyarat).',
    },
    {
      id: 'Kategori memakai setting ambangPemetaan / ambangPengisian seperti competency.jobPersonMatch: bawaan 90/78 (Peraturan BRIN 3/2023 Pasal 33, peraturan instansi) dan 80/68 (peraturan JF yang sama).',
      en: 'The category reads the settings ambangPemetaan / ambangPengisian as competency.jobPersonMatch does: presets 90/78 (Peraturan BRIN 3/2023 Pasal 33, an agency regulation) and 80/68 (the same JF regulation).',
    },
    {
      id: 'Ditolak sebagai masukan yang mustahil: JPM di bawah 0 atau di atas 500 % (level capaian paling tinggi 5, level standar paling rendah 1); bobot teknis di luar 0–100 %. Bobot manajerial-sosial kultural = 100 − bobot teknis, sehingga JPM keseluruhan selalu di antara kedua JPM. Ambang kategori yang tidak berurutan ditolak seperti pada competency.jobPersonMatch.',
      en: 'Refused as impossible input: a JPM below 0 or above 500 % (an achieved level is at most 5, a standard level at least 1); a teknis weight outside 0–100 %. The managerial/socio-cultural weight is 100 − the teknis weight, so the overall JPM always lies between the two JPMs. Category thresholds out of order are refused as in competency.jobPersonMatch.',
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
    const bt = options.bobotTeknis[input.jenjang];
    const bm = bt.negated().plus(SERATUS_PERSEN);
    const nilai = input.jpmTeknis.times(bt).plus(input.jpmMansoskul.times(bm)).dividedBy(SERATUS_PERSEN);
    const band = bandJpm(nilai, options.skema, options);
    const kategori = band.value;
    const minimum = options.ambangPengisian.masihMemenuhiSyarat;
    const lulus = nilai.greaterThanOrEqualTo(minimum);
    return decision<JpmTertimbang>({ persen: toPlainString(nilai), kategori, lulus }, [
      // The weights' basis, then the category's (once when they are the same JF regulation).
      alasan('bobot', 'INFO', [...new Set([...CITE, ...band.dasar])], {
        jenjang: input.jenjang,
        bobotTeknis: toPlainString(bt),
        jpmTeknis: toPlainString(input.jpmTeknis),
        bobotMansoskul: toPlainString(bm),
        jpmMansoskul: toPlainString(input.jpmMansoskul),
        persen: formatFixed(nilai, 2),
        kategori,
      }),
      alasan('lulus', lulus ? 'PASS' : 'FAIL', CITE, { persen: formatFixed(nilai, 2), minimum: minimum.toNumber() }),
    ]);
  },
});

/** Weighted overall JPM of a JF uji kompetensi, with its category and pass/fail. */
export const jpmTertimbang = jpmTertimbangRule.run;

/** The value of {@link jpmTertimbang}'s decision. */
export type JpmTertimbangOutput = RuleOutputOf<typeof jpmTertimbangRule>;
