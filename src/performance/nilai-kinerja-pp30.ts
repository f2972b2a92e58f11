import * as z from 'zod/mini';
import { findBand, formatBand } from '../core/bands.js';
import { Decimal, decimalSchema, toPlainString } from '../core/decimal.js';
import { type Citation, decision } from '../core/decision.js';
import { deepFreeze } from '../core/freeze.js';
import { reasonsOf } from '../core/messages.js';
import { decimalOutputSchema } from '../core/output.js';
import { defineRule, type RuleOptionsOf, type RuleOutputOf } from '../core/rule.js';
import { cachedScale, recordTable, type ScaleBand, scale, scaleTable } from '../core/tables.js';
import type { NILAI_KINERJA_PP30_MESSAGES } from './nilai-kinerja-pp30.messages.js';
import { PREDIKAT_PP30, type PredikatPp30 } from './types.js';

export const NILAI_KINERJA_PP30_RULE_ID = 'performance.nilaiKinerjaPp30';
const alasan = reasonsOf<typeof NILAI_KINERJA_PP30_MESSAGES>(NILAI_KINERJA_PP30_RULE_ID);

const CITE_BOBOT: Citation[] = deepFreeze([{ regulation: 'PP_30_2019', article: 'Pasal 41 ayat (2)–(4)' }]);
const CITE_PREDIKAT: Citation[] = deepFreeze([{ regulation: 'PP_30_2019', article: 'Pasal 41 ayat (5)' }]);
/** One letter of Pasal 41 ayat (5): a Sangat Baik, b Baik, c Cukup, d Kurang, e Sangat Kurang (d–e not read in the text). */
const huruf = (h: 'a' | 'a angka 2' | 'b' | 'c' | 'd' | 'e'): Citation[] =>
  deepFreeze([{ regulation: 'PP_30_2019', article: `Pasal 41 ayat (5) huruf ${h}` }]);
const CITE_INOVASI = huruf('a angka 2');

/** Highest nilai SKP, nilai perilaku kerja and nilai kinerja under PP 30/2019. */
export const NILAI_MAKSIMUM_PP30 = 120;

const CITE_AYAT_3: Citation = deepFreeze({ regulation: 'PP_30_2019', article: 'Pasal 41 ayat (2) huruf a, ayat (3)' });
const CITE_AYAT_4: Citation = deepFreeze({ regulation: 'PP_30_2019', article: 'Pasal 41 ayat (2) huruf b, ayat (4)' });

/**
 * Weights of PP 30/2019 Pasal 41 ayat (2): 70 % SKP + 30 % perilaku where behaviour is rated by the
 * superior alone (ayat (3)); 60 % + 40 % where the rating takes the views of peers at the same level
 * and direct subordinates into account (ayat (4)).
 */
export const BOBOT_PP30 = deepFreeze({
  '70_30': { skp: '0.7', perilaku: '0.3' },
  '60_40': { skp: '0.6', perilaku: '0.4' },
} as const);
export type BobotPp30 = keyof typeof BOBOT_PP30;

/** The Kurang / Sangat Kurang boundary preset: "kurang dari 50" in secondary sources; the ayat text was not confirmed. */
const BATAS_SANGAT_KURANG_PRESET = 50;

/**
 * Sangat Baik (Pasal 41 ayat (5)): 110–120 and an innovation. It overlaps Baik and is decided before
 * {@link bandsPp30}; without an innovation, 110–120 is Baik.
 */
const RENTANG_SANGAT_BAIK = scale<PredikatPp30>([[`[110, ${NILAI_MAKSIMUM_PP30}]`, 'SANGAT_BAIK', huruf('a')]])[0]!;
const SANGAT_BAIK_MIN = new Decimal(RENTANG_SANGAT_BAIK.min!.at);

/**
 * The predikat bands of Pasal 41 ayat (5) for a given lower bound of Kurang (the Kurang / Sangat Kurang
 * boundary is a setting: the regulation text for it was not confirmed), lowest first.
 */
export const bandsPp30: (batasSangatKurang: Decimal) => readonly ScaleBand<PredikatPp30>[] = cachedScale(
  (batasSangatKurang: Decimal) => {
    const batas = toPlainString(batasSangatKurang);
    return scale<PredikatPp30>([
      [`[0, ${batas})`, 'SANGAT_KURANG', huruf('e')],
      [`[${batas}, 70)`, 'KURANG', huruf('d')],
      ['[70, 90)', 'CUKUP', huruf('c')],
      [`[90, ${NILAI_MAKSIMUM_PP30}]`, 'BAIK', huruf('b')],
    ]);
  },
  (batasSangatKurang) => toPlainString(batasSangatKurang),
);

const nilai = (description: string) => decimalSchema({ min: 0, max: NILAI_MAKSIMUM_PP30, description });

export const nilaiKinerjaPp30Input = z.object({
  nilaiSkp: nilai('Nilai SKP, 0–120 (PP 30/2019 Pasal 35 ayat (5))'),
  nilaiPerilaku: nilai('Nilai perilaku kerja, 0–120 (PP 30/2019 Pasal 37 ayat (5))'),
  bobot: z
    .enum(['70_30', '60_40'])
    .check(z.describe("'60_40' where the behaviour rating takes peers' and direct subordinates' views into account (360°), else '70_30'")),
  inovasi: z
    ._default(z.boolean(), false)
    .check(
      z.describe('The PNS created a new idea or way of working that benefits the organisation or the state (Pasal 41 ayat (5) huruf a)'),
    ),
});
export type NilaiKinerjaPp30Input = z.input<typeof nilaiKinerjaPp30Input>;

export const nilaiKinerjaPp30Options = z.object({
  batasSangatKurang: z
    .prefault(decimalSchema({ min: 0, max: 70 }), BATAS_SANGAT_KURANG_PRESET)
    .check(
      z.describe(
        `Setting: lower bound of Kurang: below it the predikat is Sangat Kurang. Preset ${BATAS_SANGAT_KURANG_PRESET}: the pattern of huruf c and one secondary paraphrase (sonora.id, S weak); the text of ayat (5) huruf d–e was not read (U).`,
      ),
    ),
});

export const nilaiKinerjaPp30Output = z.object({
  nilai: decimalOutputSchema.check(z.describe('Weighted nilai kinerja, exact (weights are decimal tenths, so no rounding is needed)')),
  predikat: z.enum(PREDIKAT_PP30),
});
/** Nilai kinerja and predikat under PP 30/2019 Pasal 41. */
export type NilaiKinerjaPp30 = z.output<typeof nilaiKinerjaPp30Output>;

export const nilaiKinerjaPp30Rule = defineRule({
  id: NILAI_KINERJA_PP30_RULE_ID,
  domain: 'performance',
  title: { id: 'Nilai dan predikat kinerja PNS (PP 30/2019)', en: 'Civil-servant performance score and rating (PP 30/2019)' },
  description: {
    id: 'Menggabungkan nilai SKP dan nilai perilaku kerja dengan bobot 70/30 atau 60/40 dan menetapkan predikat kinerja menurut Pasal 41 PP 30/2019.',
    en: 'Combines the SKP score and the work-behaviour score with 70/30 or 60/40 weights and sets the performance rating under PP 30/2019 Pasal 41.',
  },
  citations: [...CITE_BOBOT, ...CITE_PREDIKAT],
  tables: [
    recordTable(
      { id: 'Bobot (Pasal 41 ayat (2)–(4))', en: 'Weights (Pasal 41 ayat (2)–(4))' },
      BOBOT_PP30,
      ['bobot', 'SKP', 'perilaku kerja'],
      (w) => [w.skp, w.perilaku],
      (_w, k) => (k === '70_30' ? CITE_AYAT_3 : CITE_AYAT_4),
    ),
    scaleTable(
      {
        id: `Predikat (Pasal 41 ayat (5)), batas Kurang = ${BATAS_SANGAT_KURANG_PRESET} (preset)`,
        en: `Predikat (Pasal 41 ayat (5)), Kurang boundary = ${BATAS_SANGAT_KURANG_PRESET} (preset)`,
      },
      [RENTANG_SANGAT_BAIK, ...[...bandsPp30(new Decimal(BATAS_SANGAT_KURANG_PRESET))].reverse()],
      { range: 'nilai', values: ['predikat', 'syarat lain'] },
      (p) => [p, p === 'SANGAT_BAIK' ? 'inovasi' : ''],
    ),
  ],
  input: nilaiKinerjaPp30Input,
  options: nilaiKinerjaPp30Options,
  output: nilaiKinerjaPp30Output,
  notes: [
    {
      id: 'Batas Kurang/Sangat Kurang (50) belum terkonfirmasi dari teks Pasal 41 ayat (5) huruf d–e; dapat diubah melalui pengaturan batasSangatKurang.',
      en: 'The Kurang / Sangat Kurang boundary (50) is not confirmed from the text of Pasal 41 ayat (5) d–e; change it with the batasSangatKurang setting.',
    },
    {
      id: 'Nilai 110–120 tanpa inovasi berpredikat Baik (rentang Baik 90–120 mencakupnya).',
      en: 'A score of 110–120 without an innovation is Baik (the Baik range 90–120 contains it).',
    },
  ],
  examples: [
    {
      title: { id: '110 dengan inovasi', en: '110 with an innovation' },
      input: { nilaiSkp: 110, nilaiPerilaku: 110, bobot: '70_30', inovasi: true },
      expected: { nilai: '110', predikat: 'SANGAT_BAIK' },
    },
    {
      title: { id: '110 tanpa inovasi', en: '110 without an innovation' },
      input: { nilaiSkp: 110, nilaiPerilaku: 110, bobot: '70_30' },
      expected: { nilai: '110', predikat: 'BAIK' },
      source: 'PP 30/2019 Pasal 41 ayat (5)',
    },
    {
      title: { id: 'Bobot 60/40 dengan penilaian 360°', en: '60/40 weights with a 360° behaviour rating' },
      input: { nilaiSkp: 95, nilaiPerilaku: '82.5', bobot: '60_40' },
      expected: { nilai: '90', predikat: 'BAIK' },
    },
    {
      title: { id: '89,99 adalah Cukup', en: '89.99 is Cukup' },
      input: { nilaiSkp: '89.99', nilaiPerilaku: '89.99', bobot: '70_30' },
      expected: { nilai: '89.99', predikat: 'CUKUP' },
    },
  ],
  evaluate(input, options) {
    const w = BOBOT_PP30[input.bobot];
    const total = input.nilaiSkp.times(w.skp).plus(input.nilaiPerilaku.times(w.perilaku));
    const nilai = toPlainString(total);
    const reasons = [
      alasan('bobot', 'INFO', CITE_BOBOT, {
        nilaiSkp: toPlainString(input.nilaiSkp),
        nilaiPerilaku: toPlainString(input.nilaiPerilaku),
        bobot: input.bobot,
        bobotSkp: w.skp,
        bobotPerilaku: w.perilaku,
        nilai,
      }),
    ];
    if (total.greaterThanOrEqualTo(SANGAT_BAIK_MIN) && input.inovasi) {
      const predikat = RENTANG_SANGAT_BAIK.value;
      reasons.push(alasan('sangatBaik', 'APPLIES', RENTANG_SANGAT_BAIK.dasar, { nilai, predikat }));
      return decision({ nilai, predikat }, reasons);
    }
    // The input schema bounds nilai to [0, 120], which the bands cover without gaps.
    const band = findBand(bandsPp30(options.batasSangatKurang), total) as ScaleBand<PredikatPp30>;
    if (total.greaterThanOrEqualTo(SANGAT_BAIK_MIN)) reasons.push(alasan('tanpaInovasi', 'FAIL', CITE_INOVASI, { nilai }));
    reasons.push(alasan('rentang', 'APPLIES', band.dasar, { nilai, rentang: formatBand(band), predikat: band.value }));
    return decision({ nilai, predikat: band.value }, reasons);
  },
});

/**
 * Nilai kinerja and predikat of a PNS under PP 30/2019 Pasal 41.
 *
 * @example
 * nilaiKinerjaPp30({ nilaiSkp: 100, nilaiPerilaku: 80, bobot: '70_30' }).value // { nilai: '94', predikat: 'BAIK' }
 */
export const nilaiKinerjaPp30 = nilaiKinerjaPp30Rule.run;

/** Options of {@link nilaiKinerjaPp30}. */
export type NilaiKinerjaPp30Options = RuleOptionsOf<typeof nilaiKinerjaPp30Rule>;
/** The value of {@link nilaiKinerjaPp30}'s decision. */
export type NilaiKinerjaPp30Output = RuleOutputOf<typeof nilaiKinerjaPp30Rule>;
