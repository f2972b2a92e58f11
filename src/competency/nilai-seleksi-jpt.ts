import * as z from 'zod/mini';
import { Decimal, decimalSchema, toPlainString } from '../core/decimal.js';
import { type Citation, decision, type Reason } from '../core/decision.js';
import { decimalOutputSchema } from '../core/output.js';
import { deepFreeze } from '../core/freeze.js';
import { reasonsOf } from '../core/messages.js';
import { defineRule, type RuleOutputOf } from '../core/rule.js';
import { contradiction, refineParsed, superRefineParsed } from '../core/refine.js';
import { formulaTable, recordTable } from '../core/tables.js';
import type { NILAI_SELEKSI_JPT_MESSAGES } from './nilai-seleksi-jpt.messages.js';

export const NILAI_SELEKSI_JPT_RULE_ID = 'competency.nilaiSeleksiJpt';
const alasan = reasonsOf<typeof NILAI_SELEKSI_JPT_MESSAGES>(NILAI_SELEKSI_JPT_RULE_ID);
const CITE: Citation[] = deepFreeze([
  {
    regulation: 'PERMENPANRB_15_2019',
    unlocated:
      'The weight ranges (makalah 15–20, assessment center 20–25, wawancara 30–35, rekam jejak 15–20 %) are quoted from PermenPANRB 15/2019 by a news summary (elangmuria-news.com) without their Pasal or Lampiran section; the regulation text was not read.',
  },
]);

/** Components of the open JPT selection score. */
export const KOMPONEN_SELEKSI_JPT = deepFreeze(['makalah', 'assessmentCenter', 'wawancara', 'rekamJejak'] as const);
export type KomponenSeleksiJpt = (typeof KOMPONEN_SELEKSI_JPT)[number];

/** Weight ranges in percent (PermenPANRB 15/2019 as summarised in secondary sources; primary text not read). */
export const RENTANG_BOBOT_JPT: Readonly<Record<KomponenSeleksiJpt, Readonly<{ min: number; max: number }>>> = deepFreeze({
  makalah: { min: 15, max: 20 },
  assessmentCenter: { min: 20, max: 25 },
  wawancara: { min: 30, max: 35 },
  rekamJejak: { min: 15, max: 20 },
});
/** Weights are percentages of the final score: they add up to 100. */
const SERATUS_PERSEN = 100;

/** Preset weights: makalah 20, assessment center 25, wawancara 35, rekam jejak 20 (sum 100). */
export const BOBOT_JPT_PRESET: Readonly<Record<KomponenSeleksiJpt, number>> = deepFreeze({
  makalah: 20,
  assessmentCenter: 25,
  wawancara: 35,
  rekamJejak: 20,
});

const nilai = decimalSchema({ min: 0, max: 100 });
export const nilaiSeleksiJptInput = z.object({
  makalah: nilai.check(z.describe('Nilai penulisan makalah, 0–100')),
  assessmentCenter: nilai.check(z.describe('Nilai assessment center, 0–100')),
  wawancara: nilai.check(z.describe('Nilai wawancara, 0–100')),
  rekamJejak: nilai.check(z.describe('Nilai rekam jejak, 0–100')),
});
export type NilaiSeleksiJptInput = z.input<typeof nilaiSeleksiJptInput>;

export const bobotJptSchema = z
  .prefault(
    z.object({
      makalah: z.prefault(decimalSchema(), BOBOT_JPT_PRESET.makalah),
      assessmentCenter: z.prefault(decimalSchema(), BOBOT_JPT_PRESET.assessmentCenter),
      wawancara: z.prefault(decimalSchema(), BOBOT_JPT_PRESET.wawancara),
      rekamJejak: z.prefault(decimalSchema(), BOBOT_JPT_PRESET.rekamJejak),
    }),
    {},
  )
  .check(
    // Runs only once every weight parsed (superRefineParsed).
    superRefineParsed((b, ctx) => {
      const sum = KOMPONEN_SELEKSI_JPT.reduce((acc, k) => acc.plus(b[k]), new Decimal(0));
      if (!sum.equals(SERATUS_PERSEN))
        ctx.addIssue(
          contradiction({
            en: `weights must add up to 100 %, not ${sum.toString()}`,
            id: `jumlah bobot harus 100 %, bukan ${sum.toString()}`,
          }),
        );
    }),
    z.describe(
      'Setting: weights in percent, summing to 100, each within rentangBobot. Preset 20/25/35/20 (weights unconfirmed in primary text).',
    ),
  );

const rentangSchema = (k: KomponenSeleksiJpt) =>
  z.prefault(
    z.object({ min: decimalSchema({ min: 0, max: 100 }), max: decimalSchema({ min: 0, max: 100 }) }).check(
      refineParsed((r) => r.min.lessThanOrEqualTo(r.max), {
        text: { en: 'min must not exceed max', id: 'min tidak boleh melebihi max' },
        path: ['max'],
      }),
    ),
    RENTANG_BOBOT_JPT[k],
  );

export const rentangBobotJptSchema = z
  .prefault(
    z.object({
      makalah: rentangSchema('makalah'),
      assessmentCenter: rentangSchema('assessmentCenter'),
      wawancara: rentangSchema('wawancara'),
      rekamJejak: rentangSchema('rekamJejak'),
    }),
    {},
  )
  .check(
    z.describe(
      'Setting: allowed range of each weight in percent. Preset 15–20/20–25/30–35/15–20 from a summary of PermenPANRB 15/2019; these ranges add up to 100 only at their maxima, so with the preset only 20/25/35/20 is accepted. Set the ranges of the primary text or of the instansi to use other weights.',
    ),
  );

export const nilaiSeleksiJptOptions = z.object({ bobot: bobotJptSchema, rentangBobot: rentangBobotJptSchema }).check(
  // Runs only once weights and ranges parsed (superRefineParsed).
  superRefineParsed((s, ctx) => {
    for (const k of KOMPONEN_SELEKSI_JPT) {
      const bobot = s.bobot[k];
      const { min, max } = s.rentangBobot[k];
      if (bobot.lessThan(min) || bobot.greaterThan(max))
        ctx.addIssue(
          contradiction(
            {
              en: `must be within ${min.toString()}–${max.toString()} %`,
              id: `harus dalam rentang ${min.toString()}–${max.toString()} %`,
            },
            ['bobot', k],
          ),
        );
    }
  }),
);
export type NilaiSeleksiJptOptions = z.input<typeof nilaiSeleksiJptOptions>;

/** Value of {@link nilaiSeleksiJpt} as JSON. */
export const nilaiSeleksiJptOutput = decimalOutputSchema.check(z.describe('Final weighted selection score 0–100, exact (not rounded)'));

export const nilaiSeleksiJptRule = defineRule({
  id: NILAI_SELEKSI_JPT_RULE_ID,
  domain: 'competency',
  title: { id: 'Nilai akhir seleksi terbuka JPT', en: 'Final score of an open high-leadership (JPT) selection' },
  description: {
    id: 'Nilai tertimbang makalah, assessment center, wawancara dan rekam jejak dengan bobot dalam rentang PermenPANRB 15/2019 yang berjumlah 100 %.',
    en: 'Weighted score of paper, assessment centre, interview and track record, with weights within the PermenPANRB 15/2019 ranges summing to 100 %.',
  },
  citations: CITE,
  tables: [
    recordTable(
      { id: 'Bobot komponen seleksi (setting bobot dan rentangBobot)', en: 'Component weights (settings bobot and rentangBobot)' },
      RENTANG_BOBOT_JPT,
      ['komponen', 'bobot paling rendah (%)', 'bobot paling tinggi (%)', 'bobot bawaan (%)'],
      (r, k) => [r.min, r.max, BOBOT_JPT_PRESET[k]],
      () => CITE,
    ),
    formulaTable({ id: 'Nilai akhir', en: 'Final score' }, [
      ['hasil per komponen', 'nilai × bobot ÷ 100', CITE],
      ['nilai akhir', 'Σ hasil per komponen (eksak, tanpa pembulatan)', CITE],
    ]),
  ],
  input: nilaiSeleksiJptInput,
  options: nilaiSeleksiJptOptions,
  output: nilaiSeleksiJptOutput,
  notes: [
    {
      id: 'Rentang bobot dibaca dari ringkasan berita, bukan teks peraturan; bobot adalah setting (bawaan 20/25/35/20) yang divalidasi terhadap rentang dan jumlah 100 %.',
      en: 'The weight ranges were read in a news summary, not the regulation text; the weights are a setting (preset 20/25/35/20) validated against the ranges and a 100 % sum.',
    },
    {
      id: 'Rentang bawaan 15–20/20–25/30–35/15–20 hanya berjumlah 100 % pada batas atasnya, sehingga dengan rentang bawaan hanya bobot 20/25/35/20 yang diterima; rentang juga setting (rentangBobot).',
      en: 'The preset ranges 15–20/20–25/30–35/15–20 add up to 100 % only at their maxima, so with the preset ranges only 20/25/35/20 is accepted; the ranges are a setting too (rentangBobot).',
    },
    {
      id: 'Ditolak sebagai masukan yang mustahil: nilai komponen di bawah 0 atau di atas 100; bobot yang jumlahnya bukan 100 % atau di luar rentangnya; rentang dengan min di atas max atau di luar 0–100 %. Karena itu nilai akhir selalu 0–100.',
      en: 'Refused as impossible input: a component score below 0 or above 100; weights that do not add up to 100 % or lie outside their ranges; a range whose min exceeds its max or lies outside 0–100 %. Hence the final score is always 0–100.',
    },
  ],
  examples: [
    {
      title: { id: '80/85/90/75 dengan bobot 20/25/35/20', en: '80/85/90/75 with weights 20/25/35/20' },
      source: 'docs/sources/competency.md TV-PLC-3',
      input: { makalah: 80, assessmentCenter: 85, wawancara: 90, rekamJejak: 75 },
      expected: '83.75',
    },
  ],
  evaluate(input, options) {
    const b = options.bobot;
    let total = new Decimal(0);
    const reasons: Reason[] = [];
    for (const k of KOMPONEN_SELEKSI_JPT) {
      const part = input[k].times(b[k]).dividedBy(SERATUS_PERSEN);
      total = total.plus(part);
      reasons.push(
        alasan('komponen', 'INFO', CITE, {
          komponen: k,
          nilai: toPlainString(input[k]),
          bobot: toPlainString(b[k]),
          hasil: toPlainString(part),
        }),
      );
    }
    const nilaiAkhir = toPlainString(total);
    reasons.push(alasan('total', 'INFO', CITE, { nilai: nilaiAkhir }));
    return decision(nilaiAkhir, reasons);
  },
});

/** Weighted final score of an open JPT selection (exact; no rounding). */
export const nilaiSeleksiJpt = nilaiSeleksiJptRule.run;

/** The value of {@link nilaiSeleksiJpt}'s decision. */
export type NilaiSeleksiJptOutput = RuleOutputOf<typeof nilaiSeleksiJptRule>;
