import * as z from 'zod/mini';
import type * as z4 from 'zod/v4/core';
import { isoDateSchema } from '../core/calendar.js';
import { type Citation, decision } from '../core/decision.js';
import { MeritInputError, ownIssue } from '../core/errors.js';
import { deepFreeze } from '../core/freeze.js';
import { describeInputAs } from '../core/json-schema-stand-in.js';
import { reasonsOf } from '../core/messages.js';
import {
  type AnyRule,
  type DeepReadonly,
  defineRule,
  parseInput,
  parseOptionsStrict,
  type RunConfig,
  type RuleOptionsOf,
  type RuleOutputOf,
  type TracedDecision,
} from '../core/rule.js';
import { recordTable } from '../core/tables.js';
import { type RuleVersion, versionInForce } from '../core/versions.js';
import { nilaiKinerjaPp30Input, type nilaiKinerjaPp30Options, nilaiKinerjaPp30Output, nilaiKinerjaPp30Rule } from './nilai-kinerja-pp30.js';
import {
  nilaiPrestasiKerjaPp46Input,
  type nilaiPrestasiKerjaPp46Options,
  nilaiPrestasiKerjaPp46Output,
  nilaiPrestasiKerjaPp46Rule,
} from './nilai-prestasi-kerja-pp46.js';
import type { PENILAIAN_KINERJA_MESSAGES } from './penilaian-kinerja.messages.js';
import { predikatKinerjaInput, predikatKinerjaRule } from './predikat-kinerja.js';
import { PREDIKAT_PP30, predikatSchema, SEBUTAN_PP46 } from './types.js';

export const PENILAIAN_KINERJA_RULE_ID = 'performance.penilaianKinerja';
const alasan = reasonsOf<typeof PENILAIAN_KINERJA_MESSAGES>(PENILAIAN_KINERJA_RULE_ID);

/** The appraisal regimes, oldest first. */
export const REZIM_PENILAIAN = deepFreeze(['PP_46_2011', 'PP_30_2019', 'PERMENPANRB_6_2022'] as const);
export type RezimPenilaian = (typeof REZIM_PENILAIAN)[number];

interface Rezim {
  rezim: RezimPenilaian;
  rule: AnyRule;
}

/**
 * Which appraisal regime applies to an appraisal period, by a date inside that period:
 * - PP 46/2011 with Perka BKN 1/2013: appraisals from 1 January 2014 (SE MenPANRB 02/2013) to
 *   semester I 2021;
 * - PP 30/2019 through PermenPANRB 8/2021: semester II 2021;
 * - PermenPANRB 6/2022: appraisals from 2022.
 */
export const VERSI_PENILAIAN_KINERJA: readonly RuleVersion<Rezim>[] = deepFreeze([
  {
    id: 'PP_46_2011',
    from: '2014-01-01',
    to: '2021-07-01',
    citations: [
      {
        regulation: 'PP_46_2011',
        unlocated:
          'Appraisals from 1 January 2014 (SE MenPANRB 02/2013, S) to semester I 2021 (Kemenkumham SE SEK-04.KP.05.02 Tahun 2021, B) follow PP 46/2011; the PP text was not read, so its in-force article is not known',
      },
      { regulation: 'PERKA_BKN_1_2013', annex: 'Lampiran' },
    ],
    value: { rezim: 'PP_46_2011', rule: nilaiPrestasiKerjaPp46Rule },
  },
  {
    id: 'PP_30_2019',
    from: '2021-07-01',
    to: '2022-01-01',
    citations: [
      { regulation: 'PP_30_2019', article: 'Pasal 41' },
      {
        regulation: 'PERMENPANRB_8_2021',
        unlocated:
          'Semester II 2021 is appraised under PermenPANRB 8/2021 (MenPANRB slide "Semester 2 2021"; Kemenkumham SE SEK-04.KP.05.02 Tahun 2021, B); copies of its text (anyflip, pubhtml5) were not read for an in-force or transitional article',
      },
    ],
    value: { rezim: 'PP_30_2019', rule: nilaiKinerjaPp30Rule },
  },
  {
    id: 'PERMENPANRB_6_2022',
    from: '2022-01-01',
    citations: [
      {
        regulation: 'PERMENPANRB_6_2022',
        unlocated:
          'Appraisals from 2022 follow PermenPANRB 6/2022 (MenPANRB slide "2022 PERMENPANRB 6/2022", B; ditetapkan 3 February 2022 per JDIH Kemenko Marves, S); its in-force clause and diundangkan date were not read',
      },
    ],
    value: { rezim: 'PERMENPANRB_6_2022', rule: predikatKinerjaRule },
  },
]);

const metodeSchema = z
  .enum(REZIM_PENILAIAN)
  .check(
    z.describe(
      'The regime the rest of the input is written for: PP_46_2011 (nilaiPrestasiKerjaPp46 input), PP_30_2019 (nilaiKinerjaPp30 input) or PERMENPANRB_6_2022 (predikatKinerja input)',
    ),
  );

/** The input as callers write it: `metode` plus the input of that regime's rule (also its JSON Schema). */
const inputPerRezim = z.discriminatedUnion('metode', [
  z.safeExtend(nilaiPrestasiKerjaPp46Input, { metode: z.literal('PP_46_2011') }),
  z.safeExtend(nilaiKinerjaPp30Input, { metode: z.literal('PP_30_2019') }),
  z.safeExtend(predikatKinerjaInput, { metode: z.literal('PERMENPANRB_6_2022') }),
]);
export type PenilaianKinerjaInput = z.input<typeof inputPerRezim>;

const fieldsOf = (schema: z4.$ZodType | undefined) => Object.keys(((schema?._zod.def ?? {}) as { shape?: object }).shape ?? {});
/** The regimes whose rule has the input field (`part: 'input'`) or the setting (`part: 'options'`) `key`. */
const regimesWith = (part: 'input' | 'options', key: string) =>
  VERSI_PENILAIAN_KINERJA.filter((v) => fieldsOf(v.value.rule[part]).includes(key))
    .map((v) => v.id)
    .join(' and ');

/**
 * Parsed in two steps. Here: `metode` and the fields of every regime, each left as given, so that a key of
 * no regime is refused (with the closest field as a suggestion, and `ignoreKeys` honoured) before anything
 * else. Then `evaluate` parses the regime's part with that regime's own rule, strictly, at the same paths.
 */
export const penilaianKinerjaInput = describeInputAs(
  z.object({
    metode: metodeSchema,
    ...Object.fromEntries(
      VERSI_PENILAIAN_KINERJA.flatMap((v) => fieldsOf(v.value.rule.input)).map((key) => [
        key,
        z.optional(z.unknown()).check(z.describe(`Field of the input of ${regimesWith('input', key)}`)),
      ]),
    ),
  }),
  inputPerRezim,
);

/** The settings of the regimes' rules (predikatKinerja has none). */
type SettingRezim = keyof z.input<typeof nilaiKinerjaPp30Options> | keyof z.input<typeof nilaiPrestasiKerjaPp46Options>;

/**
 * `asOf`, and the settings of every regime's rule as flat options, each left as given: `evaluate` checks
 * them with the rule of the regime in force, strictly (a setting of another regime is refused there).
 */
export const penilaianKinerjaOptions = z.object({
  asOf: isoDateSchema.check(z.describe('A date inside the appraisal period (e.g. its last day): selects the regime in force')),
  ...(Object.fromEntries(
    VERSI_PENILAIAN_KINERJA.flatMap((v) => fieldsOf(v.value.rule.options)).map((key) => [
      key,
      z.optional(z.unknown()).check(z.describe(`Setting: ${key} of ${regimesWith('options', key)}, checked by that regime's rule`)),
    ]),
  ) as Record<SettingRezim, z.ZodMiniOptional<z.ZodMiniUnknown>>),
});

// Kept as an interface: the value is built from the regime's rule's untyped value; the output schema's union is narrower.
export interface PenilaianKinerja {
  rezim: RezimPenilaian;
  /** The regime's own predikat or sebutan. */
  predikat: string;
  /** The full value of the regime's rule. */
  hasil: unknown;
}

/** The decision of the regime's own rule, tagged with the regime. */
export const penilaianKinerjaOutput = z.discriminatedUnion('rezim', [
  z.object({ rezim: z.literal('PP_46_2011'), predikat: z.enum(SEBUTAN_PP46), hasil: nilaiPrestasiKerjaPp46Output }),
  z.object({ rezim: z.literal('PP_30_2019'), predikat: z.enum(PREDIKAT_PP30), hasil: nilaiKinerjaPp30Output }),
  z.object({ rezim: z.literal('PERMENPANRB_6_2022'), predikat: predikatSchema, hasil: predikatSchema }),
]);

function predikatOf(rezim: RezimPenilaian, value: unknown): string {
  if (rezim === 'PERMENPANRB_6_2022') return value as string;
  if (rezim === 'PP_30_2019') return (value as { predikat: string }).predikat;
  return (value as { sebutan: string }).sebutan;
}

export const penilaianKinerjaRule = defineRule({
  id: PENILAIAN_KINERJA_RULE_ID,
  domain: 'performance',
  title: { id: 'Penilaian kinerja menurut ketentuan yang berlaku', en: 'Performance appraisal under the rules in force' },
  description: {
    id: 'Memilih ketentuan penilaian yang berlaku pada periode penilaian (PP 46/2011, PP 30/2019, PermenPANRB 6/2022) dan menerapkannya.',
    en: 'Selects the appraisal rules in force for the appraisal period (PP 46/2011, PP 30/2019, PermenPANRB 6/2022) and applies them.',
  },
  citations: VERSI_PENILAIAN_KINERJA.flatMap((v) => v.citations),
  versions: VERSI_PENILAIAN_KINERJA.map(({ id, from, to, citations }) => (to ? { id, from, to, citations } : { id, from, citations })),
  tables: [
    recordTable(
      { id: 'Ketentuan penilaian menurut periode penilaian', en: 'Appraisal regime by appraisal period' },
      Object.fromEntries(VERSI_PENILAIAN_KINERJA.map((v) => [v.id, v])),
      ['rezim', 'berlaku mulai', 'berlaku sampai sebelum', 'aturan'],
      (v) => [v.from, v.to ?? '—', v.value.rule.id],
      (v) => v.citations,
    ),
  ],
  input: penilaianKinerjaInput,
  options: penilaianKinerjaOptions,
  output: penilaianKinerjaOutput,
  notes: [
    {
      id: 'Penilaian tahunan 2021 menggabungkan semester I (PP 46/2011) dan semester II (PermenPANRB 8/2021); nilai tiap semester dihitung terpisah dengan asOf di dalam semesternya.',
      en: 'The 2021 annual appraisal combines semester I (PP 46/2011) and semester II (PermenPANRB 8/2021); evaluate each semester separately with an asOf inside it.',
    },
    {
      id: 'Ditolak: metode yang bukan ketentuan yang berlaku pada asOf, kolom yang bukan bagian masukan ketentuan itu (termasuk kolom ketentuan lain), dan masukan atau pengaturan yang ditolak oleh aturan ketentuan itu sendiri (dengan path yang sama); asOf sebelum 2014 tidak memiliki ketentuan yang berlaku (RuleNotInForceError).',
      en: "Refused: a metode that is not the regime in force on asOf, a field that is not part of that regime's input (including a field of another regime), and any input or setting the regime's own rule refuses (at the same path); an asOf before 2014 has no regime in force (RuleNotInForceError).",
    },
  ],
  examples: [
    {
      title: { id: 'Penilaian tahun 2024', en: 'Appraisal for 2024' },
      input: { metode: 'PERMENPANRB_6_2022', hasilKerja: 'SESUAI_EKSPEKTASI', perilakuKerja: 'SESUAI_EKSPEKTASI' },
      options: { asOf: '2024-12-31' },
      expected: { rezim: 'PERMENPANRB_6_2022', predikat: 'BAIK', hasil: 'BAIK' },
    },
    {
      title: { id: 'Penilaian semester II 2021', en: 'Appraisal for semester II 2021' },
      input: { metode: 'PP_30_2019', nilaiSkp: 100, nilaiPerilaku: 100, bobot: '70_30' },
      options: { asOf: '2021-12-31' },
      expected: { rezim: 'PP_30_2019', predikat: 'BAIK', hasil: { nilai: '100', predikat: 'BAIK' } },
    },
  ],
  versionOn: (_input, options) => options.asOf,
  evaluate(input, options) {
    const version = versionInForce(PENILAIAN_KINERJA_RULE_ID, VERSI_PENILAIAN_KINERJA, options.asOf);
    const { rezim, rule } = version.value;
    if (input.metode !== rezim) {
      throw new MeritInputError(
        [
          ownIssue(['metode'], {
            en: `the appraisal period of ${options.asOf} is assessed under ${rezim}, not ${input.metode}`,
            id: `periode penilaian ${options.asOf} dinilai menurut ${rezim}, bukan ${input.metode}`,
          }),
        ],
        PENILAIAN_KINERJA_RULE_ID,
      );
    }
    const { metode: _metode, ...rest } = input;
    // Strict, at the paths of the whole input: a field of another regime or a misspelt nested key is refused here.
    const subInput = parseInput(rule.input, rest, PENILAIAN_KINERJA_RULE_ID, [], { kind: 'field' });
    // The regime's own settings, checked as that rule checks its options (a setting of another regime is refused).
    const { asOf, ...given } = options;
    const settings = Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined));
    const subOptions = parseOptionsStrict(rule.options ?? z.object({}), settings, PENILAIAN_KINERJA_RULE_ID);
    const sub = rule.evaluate(subInput, subOptions);
    const citations = version.citations as Citation[];
    const selected = version.to
      ? alasan('rezim', 'INFO', citations, { asOf, rezim, berlakuMulai: version.from, berlakuSampai: version.to })
      : alasan('rezimBerlaku', 'INFO', citations, { asOf, rezim, berlakuMulai: version.from });
    return decision({ rezim, predikat: predikatOf(rezim, sub.value), hasil: sub.value }, [selected, ...sub.reasons]);
  },
});

/**
 * Applies the appraisal regime in force on `asOf` to a tagged input.
 *
 * @example
 * penilaianKinerja({ metode: 'PERMENPANRB_6_2022', hasilKerja: 'DI_ATAS_EKSPEKTASI', perilakuKerja: 'SESUAI_EKSPEKTASI' }, { asOf: '2024-12-31' }).value.predikat // 'BAIK'
 * @throws RuleNotInForceError for a date before 2014; MeritInputError when `metode` is not the regime in force.
 */
export const penilaianKinerja: (
  input: DeepReadonly<PenilaianKinerjaInput>,
  options: DeepReadonly<z.input<typeof penilaianKinerjaOptions>>,
  config?: RunConfig,
) => TracedDecision<PenilaianKinerja> = penilaianKinerjaRule.run;

/** Options of {@link penilaianKinerja}. */
export type PenilaianKinerjaOptions = RuleOptionsOf<typeof penilaianKinerjaRule>;
/** The value of {@link penilaianKinerja}'s decision. */
export type PenilaianKinerjaOutput = RuleOutputOf<typeof penilaianKinerjaRule>;
