import * as z from 'zod/mini';
import { type Citation, decision } from '../core/decision.js';
import { deepFreeze } from '../core/freeze.js';
import { reasonsOf } from '../core/messages.js';
import { defineRule, type RuleOptionsOf, type RuleOutputOf } from '../core/rule.js';
import { matrixTable } from '../core/tables.js';
import type { PREDIKAT_KINERJA_MESSAGES } from './predikat-kinerja.messages.js';
import { type Predikat, predikatSchema, RATING, type Rating, ratingSchema } from './types.js';

export const PREDIKAT_KINERJA_RULE_ID = 'performance.predikatKinerja';
const alasan = reasonsOf<typeof PREDIKAT_KINERJA_MESSAGES>(PREDIKAT_KINERJA_RULE_ID);

const CITATIONS: Citation[] = deepFreeze([
  // SE MenPANRB 3/2023 names these as the articles on evaluasi kinerja pegawai, predikat included.
  { regulation: 'PERMENPANRB_6_2022', article: 'Pasal 24–25' },
  {
    regulation: 'PERMENPANRB_6_2022',
    unlocated:
      'The 3 × 3 matrix (rating hasil kerja × rating perilaku kerja) is believed to sit in the Lampiran on evaluasi kinerja pegawai (a ministry guide shows it as "Kuadran Kinerja Pegawai"); the Lampiran page holding it was not read, and eight public implementations agree on its nine cells (I)',
  },
]);

/**
 * PermenPANRB 6/2022: predikat kinerja pegawai from rating hasil kerja × rating perilaku kerja.
 * Keys: hasilKerja, then perilakuKerja. Used for periodic (monthly/quarterly) and annual evaluations.
 */
export const MATRIKS_PREDIKAT_KINERJA: Readonly<Record<Rating, Readonly<Record<Rating, Predikat>>>> = deepFreeze({
  DI_ATAS_EKSPEKTASI: { DI_ATAS_EKSPEKTASI: 'SANGAT_BAIK', SESUAI_EKSPEKTASI: 'BAIK', DI_BAWAH_EKSPEKTASI: 'KURANG' },
  SESUAI_EKSPEKTASI: { DI_ATAS_EKSPEKTASI: 'BAIK', SESUAI_EKSPEKTASI: 'BAIK', DI_BAWAH_EKSPEKTASI: 'KURANG' },
  DI_BAWAH_EKSPEKTASI: {
    DI_ATAS_EKSPEKTASI: 'BUTUH_PERBAIKAN',
    SESUAI_EKSPEKTASI: 'BUTUH_PERBAIKAN',
    DI_BAWAH_EKSPEKTASI: 'SANGAT_KURANG',
  },
});

/** Appraisal periods of PermenPANRB 6/2022 (evaluasi kinerja periodik and tahunan). */
export const PERIODE_EVALUASI = deepFreeze(['BULANAN', 'TRIWULANAN', 'SEMESTERAN', 'TAHUNAN'] as const);
export type PeriodeEvaluasi = (typeof PERIODE_EVALUASI)[number];

export const predikatKinerjaInput = z.object({
  hasilKerja: ratingSchema.check(z.describe('Rating hasil kerja')),
  perilakuKerja: ratingSchema.check(z.describe('Rating perilaku kerja')),
  periode: z._default(z.enum(PERIODE_EVALUASI), 'TAHUNAN').check(z.describe('Evaluation period; the matrix is the same for each')),
});
export type PredikatKinerjaInput = z.input<typeof predikatKinerjaInput>;

export const predikatKinerjaRule = defineRule({
  id: PREDIKAT_KINERJA_RULE_ID,
  domain: 'performance',
  title: { id: 'Predikat kinerja pegawai', en: 'Employee performance rating (predikat kinerja)' },
  description: {
    id: 'Menetapkan predikat kinerja pegawai dari rating hasil kerja dan rating perilaku kerja menurut matriks PermenPANRB 6/2022; berlaku untuk evaluasi periodik dan tahunan.',
    en: 'Sets the employee performance rating from the work-result rating and the work-behaviour rating using the PermenPANRB 6/2022 matrix; used for periodic and annual evaluations.',
  },
  citations: CITATIONS,
  tables: [
    matrixTable(
      {
        id: 'Matriks predikat kinerja (baris: rating hasil kerja; kolom: rating perilaku kerja)',
        en: 'Rating matrix (rows: work-result rating; columns: work-behaviour rating)',
      },
      MATRIKS_PREDIKAT_KINERJA,
      { corner: 'hasilKerja \\ perilakuKerja', rows: RATING, columns: RATING },
    ),
  ],
  input: predikatKinerjaInput,
  output: predikatSchema,
  examples: [
    {
      title: { id: 'Hasil kerja dan perilaku di atas ekspektasi', en: 'Results and behaviour above expectations' },
      input: { hasilKerja: 'DI_ATAS_EKSPEKTASI', perilakuKerja: 'DI_ATAS_EKSPEKTASI' },
      expected: 'SANGAT_BAIK',
    },
    {
      title: {
        id: 'Hasil kerja di atas ekspektasi, perilaku di bawah: misconduct',
        en: 'Results above, behaviour below expectations: misconduct',
      },
      input: { hasilKerja: 'DI_ATAS_EKSPEKTASI', perilakuKerja: 'DI_BAWAH_EKSPEKTASI' },
      expected: 'KURANG',
    },
    {
      title: { id: 'Hasil kerja di bawah, perilaku di atas ekspektasi', en: 'Results below, behaviour above expectations' },
      input: { hasilKerja: 'DI_BAWAH_EKSPEKTASI', perilakuKerja: 'DI_ATAS_EKSPEKTASI' },
      expected: 'BUTUH_PERBAIKAN',
    },
  ],
  evaluate(input) {
    const predikat = MATRIKS_PREDIKAT_KINERJA[input.hasilKerja][input.perilakuKerja];
    return decision(predikat, [
      alasan('matriks', 'APPLIES', CITATIONS, {
        hasilKerja: input.hasilKerja,
        perilakuKerja: input.perilakuKerja,
        periode: input.periode,
        predikat,
      }),
    ]);
  },
});

/**
 * Predikat kinerja pegawai (PermenPANRB 6/2022): rating hasil kerja × rating perilaku kerja →
 * `SANGAT_BAIK | BAIK | BUTUH_PERBAIKAN | KURANG | SANGAT_KURANG`.
 *
 * @example
 * predikatKinerja({ hasilKerja: 'SESUAI_EKSPEKTASI', perilakuKerja: 'DI_ATAS_EKSPEKTASI' }).value // 'BAIK'
 * @throws MeritInputError when a rating is not one of {@link RATING}.
 */
export const predikatKinerja = predikatKinerjaRule.run;

/** Options of {@link predikatKinerja}. */
export type PredikatKinerjaOptions = RuleOptionsOf<typeof predikatKinerjaRule>;
/** The value of {@link predikatKinerja}'s decision. */
export type PredikatKinerjaOutput = RuleOutputOf<typeof predikatKinerjaRule>;
