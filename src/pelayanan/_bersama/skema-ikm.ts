import * as z from 'zod/mini';
import { isoDateSchema } from '../../core/calendar.js';
import { decimalSchema } from '../../core/decimal.js';
import { decimalOutputSchema } from '../../core/output.js';
import { KINERJA_UNIT_PELAYANAN, MUTU_PELAYANAN, PEDOMAN_SKM, unsurPelayananSchema } from '../types.js';
import { VERSI_SKM } from './pedoman.js';
import { METODE_SAMPEL } from './sampel.js';

/** Most respondents a summary may count for one unsur: far above any unit's service users in a period. */
export const MAKS_JAWABAN_RINGKASAN = 100_000_000;
/** Largest population of service users accepted (the sample table ends at 1 000 000; the formula at 384). */
export const MAKS_POPULASI = 1_000_000_000;
/** Most unsur of any pedoman (KepmenPAN 25/2004: 14): the most priorities there are to list. */
const MAKS_UNSUR = Math.max(...VERSI_SKM.map((v) => v.value.unsur.length));
/** Most decimals `desimalNrr` accepts: agencies round to 2 or 3; more than 6 would round nothing a 4-decimal report shows. */
const MAKS_DESIMAL_NRR = 6;

export const populasiSchema = z
  .int()
  .check(
    z.minimum(1),
    z.maximum(MAKS_POPULASI),
    z.describe('Population: service users of the unit in the survey period, for the minimum-sample check (Krejcie & Morgan)'),
  );

/** The options of both index rules: the survey date, the pedoman, and the settings, as flat fields. */
export const ikmOptions = z.object({
  asOf: isoDateSchema.check(z.describe('A date inside the survey period (e.g. its last day): selects the pedoman')),
  pedoman: z.optional(
    z
      .enum(PEDOMAN_SKM)
      .check(
        z.describe(
          'The pedoman the survey followed, when it is not the one the period gives: accepted only for the previous pedoman in the first year of the next (the day each took effect was not read)',
        ),
      ),
  ),
  bobotUnsur: z
    .prefault(z.union([z.enum(['EKSAK', 'TERCETAK']), decimalSchema({ min: '0.001', max: 1 })]), 'EKSAK')
    .check(
      z.describe(
        "Setting: weight of each unsur. EKSAK (preset): 1/n, 'jumlah bobot ÷ jumlah unsur' (a perfect survey is 100,00); TERCETAK: as printed, 0,111 (9 unsur) or 0,071 (14 unsur) (a perfect survey is 99,90 / 99,40); or a decimal such as 0.11 to reproduce a published figure. [U]",
      ),
    ),
  desimalNrr: z
    .prefault(z.nullable(z.int().check(z.minimum(0), z.maximum(MAKS_DESIMAL_NRR))), null)
    .check(
      z.describe(
        'Setting: decimals each NRR is rounded to (half up) before weighting, as some agencies do (2 or 3); null (preset): no rounding before weighting. [U]',
      ),
    ),
  tafsirCelah: z
    .prefault(z.enum(['BULATKAN_DULU', 'AMBANG_BAWAH']), 'BULATKAN_DULU')
    .check(
      z.describe(
        'Setting: values between the printed bands (88,305): BULATKAN_DULU (preset) rounds the IKM half up to 2 decimals, then applies the lower bounds (88,305 → 88,31 → A); AMBANG_BAWAH applies the lower bounds to the unrounded IKM (88,305 → B). [U]',
      ),
    ),
  sampelMinimum: z
    .prefault(z.enum(METODE_SAMPEL), 'TABEL_KREJCIE_MORGAN')
    .check(
      z.describe(
        'Setting: minimum sample for a population: TABEL_KREJCIE_MORGAN (preset; the next tabulated population up) or RUMUS_BULAT_ATAS (the Krejcie–Morgan formula, rounded up). [S; U whether the Lampiran prescribes either]',
      ),
    ),
  jumlahPrioritas: z
    .prefault(z.int().check(z.minimum(1), z.maximum(MAKS_UNSUR)), 3)
    .check(
      z.describe(
        'Setting: how many lowest-NRR unsur to list as improvement priorities (ties with the last are kept). A library default, not a rule.',
      ),
    ),
  intervalMutu2014: z
    .prefault(z.enum(['KEPMENPAN_25_2004', 'PERMENPANRB_14_2017']), 'KEPMENPAN_25_2004')
    .check(
      z.describe(
        'Setting: bands of a survey under PermenPANRB 16/2014: those of KepmenPAN 25/2004 (preset; reportedly unchanged) or those of PermenPANRB 14/2017. [U]',
      ),
    ),
  jawabanKosong: z
    .prefault(z.enum(['TOLAK', 'ABAIKAN']), 'TOLAK')
    .check(
      z.describe(
        'Setting: a respondent who left an unsur unanswered: TOLAK (preset) refuses the survey; ABAIKAN computes each NRR over the respondents who answered that unsur (the agency formula "÷ total unsur yang terisi"). [B/I for ABAIKAN; no text read on missing answers]',
      ),
    ),
});
/** The options of both index rules, parsed (presets filled in). */
export type OpsiIkm = z.output<typeof ikmOptions>;

export const ikmOutput = z.object({
  pedoman: z.enum(PEDOMAN_SKM).check(z.describe('The pedoman the survey was computed under')),
  bobot: z.string().check(z.describe("The weight of each unsur: '1/9', '1/14' (EKSAK) or a decimal such as '0.111'")),
  unsur: z.array(
    z.object({
      unsur: unsurPelayananSchema,
      jumlahJawaban: z.nullable(z.int()).check(z.describe('Answers counted for this unsur (null when a summary gave only its NRR)')),
      jumlahNilai: z.nullable(z.int()).check(z.describe('Sum of the scores (null when a summary gave only its NRR)')),
      nrr: decimalOutputSchema.check(
        z.describe('Nilai rata-rata: rounded to desimalNrr when set (and then used so), else shown to 4 decimals (computed exactly)'),
      ),
      nrrTertimbang: decimalOutputSchema.check(z.describe('NRR × bobot, shown to 4 decimals')),
    }),
  ),
  nilaiIndeks: decimalOutputSchema.check(z.describe('Nilai indeks, 1–4 scale (Σ NRR × bobot), 4 decimals, half up')),
  ikm: decimalOutputSchema.check(
    z.describe('IKM unit pelayanan, 25–100 scale (nilai indeks × 25), 2 decimals, half up: the published figure'),
  ),
  mutu: z.enum(MUTU_PELAYANAN),
  kinerjaUnit: z.enum(KINERJA_UNIT_PELAYANAN),
  prioritasPerbaikan: z.array(unsurPelayananSchema).check(z.describe('Unsur with the lowest NRR, lowest first: improvement priorities')),
  jumlahResponden: z.nullable(z.int()).check(z.describe('Respondents (null when a summary does not say)')),
  sampel: z.nullable(
    z.object({
      populasi: z.int(),
      metode: z.enum(METODE_SAMPEL),
      sampelMinimum: z.int().check(z.describe('Minimum respondents for the population')),
      jumlahResponden: z.nullable(z.int()).check(z.describe('Respondents (null when the number of respondents is not known)')),
      cukup: z.nullable(z.boolean()).check(z.describe('Respondents ≥ minimum sample; null when the number of respondents is unknown')),
    }),
  ),
});

/** The value of both index rules' decisions. The decimals are plain-notation strings, exactly as returned. */
export type IndeksKepuasanMasyarakat = z.output<typeof ikmOutput>;
/** One unsur's line of {@link IndeksKepuasanMasyarakat}. */
export type NrrUnsur = IndeksKepuasanMasyarakat['unsur'][number];
/** The sample check of {@link IndeksKepuasanMasyarakat}, when a population was given. */
export type SampelSurvei = NonNullable<IndeksKepuasanMasyarakat['sampel']>;
