import * as z from 'zod/mini';
import { addMonths, isoDateSchema } from '../core/calendar.js';
import { decision, type Reason } from '../core/decision.js';
import { MeritInputError, ownIssue } from '../core/errors.js';
import { deepFreeze } from '../core/freeze.js';
import { reasonsOf } from '../core/messages.js';
import { dateOutputSchema } from '../core/output.js';
import { defineRule, type RuleOptionsOf, type RuleOutputOf } from '../core/rule.js';
import { recordTable } from '../core/tables.js';
import { CITE_EVALUASI_ULANG, CITE_PASAL_111, CITE_TALENT_POOL } from './_bersama/kutipan.js';
import type { MANFAAT_KATEGORI_MERIT_MESSAGES } from './manfaat-kategori-merit.messages.js';
import { KATEGORI_SISTEM_MERIT, type KategoriSistemMerit, kategoriSistemMeritSchema } from './types.js';

export const MANFAAT_KATEGORI_MERIT_RULE_ID = 'merit.manfaatKategoriMerit';
const alasan = reasonsOf<typeof MANFAAT_KATEGORI_MERIT_MESSAGES>(MANFAAT_KATEGORI_MERIT_RULE_ID);

/** Conditions of filling JPT without open selection. */
export const SYARAT_JPT_TANPA_SELEKSI = deepFreeze(['KATEGORI', 'TALENT_POOL', 'PERSETUJUAN'] as const);

/**
 * Preset re-evaluation cycle per category, in months (a KASN commissioner, 15 September 2022, B): Sangat Baik
 * every 2 years, Baik every year; none stated for Kurang and Buruk (null).
 */
export const SIKLUS_EVALUASI_ULANG_PRESET: Readonly<Record<KategoriSistemMerit, number | null>> = deepFreeze({
  BURUK: null,
  KURANG: null,
  BAIK: 12,
  SANGAT_BAIK: 24,
});

const peringkat = (k: KategoriSistemMerit) => KATEGORI_SISTEM_MERIT.indexOf(k);
const siklus = (k: KategoriSistemMerit) =>
  z
    ._default(z.nullable(z.int().check(z.minimum(1), z.maximum(120))), SIKLUS_EVALUASI_ULANG_PRESET[k])
    .check(z.describe(`Months between evaluations in ${k}; null: none`));

export const manfaatKategoriMeritInput = z.object({
  kategori: z
    .nullable(kategoriSistemMeritSchema)
    .check(z.describe('The agency’s category (merit.indeksSistemMerit, PermenPANRB 40/2018); null when not assessed')),
  tanggalKategori: z.optional(isoDateSchema).check(z.describe('Date the category was set; needed for the re-evaluation date')),
  kebijakanTalentPool: z.boolean().check(z.describe('Whether the agency has a career-pattern policy through a talent pool')),
  persetujuanPengecualian: z
    ._default(z.boolean(), false)
    .check(z.describe('Whether the exemption from open selection has been approved (UU 5/2014 Pasal 111: KASN approval)')),
});
export type ManfaatKategoriMeritInput = z.input<typeof manfaatKategoriMeritInput>;

export const manfaatKategoriMeritOptions = z.object({
  asOf: z
    .optional(isoDateSchema)
    .check(z.describe('Date the decision is taken on; with tanggalKategori, says whether re-evaluation is due')),
  kategoriMinimumJpt: z
    ._default(z.enum(['SANGAT_BAIK', 'BAIK']), 'SANGAT_BAIK')
    .check(
      z.describe(
        'Setting: lowest category that may fill JPT from the talent pool. Preset SANGAT_BAIK (KASN, 19 Jan 2022, B); BAIK as another KASN commissioner said (7 Sep 2022, B)',
      ),
    ),
  siklusEvaluasiUlang: z
    .prefault(z.object({ BURUK: siklus('BURUK'), KURANG: siklus('KURANG'), BAIK: siklus('BAIK'), SANGAT_BAIK: siklus('SANGAT_BAIK') }), {})
    .check(
      z.describe(
        'Setting: months between evaluations per category. Preset Baik 12, Sangat Baik 24 (KASN commissioner, 15 Sep 2022, B); none known for Buruk and Kurang [U]',
      ),
    ),
});

export const manfaatKategoriMeritOutput = z.object({
  memenuhiSyarat: z.boolean().check(z.describe('Whether the agency may fill JPT from its talent pool instead of open selection')),
  syaratTidakTerpenuhi: z.array(z.enum(SYARAT_JPT_TANPA_SELEKSI)).check(z.describe('The conditions not met')),
  kategoriMinimum: kategoriSistemMeritSchema.check(z.describe('The lowest category that may, under the setting')),
  siklusBulan: z
    .nullable(z.int())
    .check(z.describe('Months between evaluations for the category; null when none is known or not assessed')),
  tanggalEvaluasiUlang: z
    .nullable(dateOutputSchema)
    .check(z.describe('When re-evaluation is due; null without a cycle or tanggalKategori')),
  evaluasiUlangJatuhTempo: z.nullable(z.boolean()).check(z.describe('Whether it is due on asOf; null without asOf or a due date')),
});

export const manfaatKategoriMeritRule = defineRule({
  id: MANFAAT_KATEGORI_MERIT_RULE_ID,
  domain: 'merit',
  title: { id: 'Yang diperoleh instansi dari kategori sistem merit', en: 'What an agency’s merit category allows' },
  description: {
    id: 'Apakah instansi boleh mengisi JPT dari talent pool tanpa seleksi terbuka (kategori paling rendah sesuai setting, kebijakan talent pool, persetujuan) dan kapan kategorinya dievaluasi ulang.',
    en: 'Whether an agency may fill JPT from its talent pool without open selection (the category threshold setting, a talent-pool policy, approval), and when its category is due for re-evaluation.',
  },
  citations: [CITE_PASAL_111, CITE_TALENT_POOL, CITE_EVALUASI_ULANG],
  tables: [
    recordTable(
      {
        id: 'Siklus evaluasi ulang bawaan (bulan; setting siklusEvaluasiUlang)',
        en: 'Preset re-evaluation cycle (months; setting siklusEvaluasiUlang)',
      },
      SIKLUS_EVALUASI_ULANG_PRESET,
      ['kategori', 'bulan'],
      (bulan) => [bulan ?? 'tidak diketahui'],
      () => CITE_EVALUASI_ULANG,
    ),
    recordTable(
      { id: 'Syarat pengisian JPT tanpa seleksi terbuka', en: 'Conditions of filling JPT without open selection' },
      {
        KATEGORI: 'kategori ≥ kategoriMinimumJpt (bawaan SANGAT_BAIK)',
        TALENT_POOL: 'kebijakan pola karier melalui talent pool',
        PERSETUJUAN: 'persetujuan pengecualian',
      },
      ['syarat', 'isi'],
      (isi) => [isi],
      (_, k) => (k === 'PERSETUJUAN' ? CITE_PASAL_111 : CITE_TALENT_POOL),
    ),
  ],
  input: manfaatKategoriMeritInput,
  options: manfaatKategoriMeritOptions,
  output: manfaatKategoriMeritOutput,
  notes: deepFreeze([
    {
      id: 'UU 5/2014 Pasal 111 (tingkat P, dikutip pada konsiderans Peraturan KASN 2018): instansi yang telah menerapkan sistem merit, dengan persetujuan KASN, dapat dikecualikan dari pengisian JPT secara terbuka. Setting kategoriMinimumJpt (bawaan SANGAT_BAIK, B): dua pernyataan KASN berbeda (Sangat Baik dengan talent pool, 2022; Baik ke atas, 2022). Penerusnya adalah peringkat pertama kotak talenta; bila tidak ada penerus yang memenuhi syarat, seleksi terbuka (B).',
      en: 'UU 5/2014 Pasal 111 (grade P, quoted in the recitals of the 2018 KASN regulation): an agency that has applied the merit system may, with KASN approval, be exempted from filling JPT openly. Setting kategoriMinimumJpt (preset SANGAT_BAIK, B): two KASN statements differ (Sangat Baik with a talent pool, 2022; Baik or above, 2022). The successor is the first-ranked person of the nine-box; without a qualified successor, open selection applies (B).',
    },
    {
      id: 'Apakah manfaat ini tetap ada menurut UU 20/2023 / PermenPANRB 19/2025 (KASN dibubarkan 2024) belum dipastikan (U): aturan ini membaca kategori PermenPANRB 40/2018. Setting siklusEvaluasiUlang (B untuk Baik dan Sangat Baik, U untuk lainnya). Ditolak: tanggalKategori sesudah asOf; tanggalKategori untuk instansi yang belum dinilai.',
      en: 'Whether this benefit survives UU 20/2023 / PermenPANRB 19/2025 (KASN dissolved in 2024) is unconfirmed (U): this rule reads PermenPANRB 40/2018 categories. Setting siklusEvaluasiUlang (B for Baik and Sangat Baik, U otherwise). Refused: a tanggalKategori after asOf; a tanggalKategori for an agency not assessed.',
    },
  ]),
  examples: [
    {
      title: {
        id: 'Baik (306) dengan talent pool: belum boleh (bawaan Sangat Baik); evaluasi ulang setahun',
        en: 'Baik (306) with a talent pool: not yet (preset Sangat Baik); re-evaluated yearly',
      },
      input: { kategori: 'BAIK', tanggalKategori: '2023-12-07', kebijakanTalentPool: true, persetujuanPengecualian: false },
      options: { asOf: '2024-06-30' },
      expected: {
        memenuhiSyarat: false,
        syaratTidakTerpenuhi: ['KATEGORI', 'PERSETUJUAN'],
        kategoriMinimum: 'SANGAT_BAIK',
        siklusBulan: 12,
        tanggalEvaluasiUlang: '2024-12-07',
        evaluasiUlangJatuhTempo: false,
      },
    },
    {
      title: {
        id: 'Sangat Baik, talent pool, disetujui: boleh; evaluasi ulang dua tahun',
        en: 'Sangat Baik, talent pool, approved: may; re-evaluated every two years',
      },
      input: { kategori: 'SANGAT_BAIK', tanggalKategori: '2022-12-08', kebijakanTalentPool: true, persetujuanPengecualian: true },
      options: { asOf: '2025-01-10' },
      expected: {
        memenuhiSyarat: true,
        syaratTidakTerpenuhi: [],
        kategoriMinimum: 'SANGAT_BAIK',
        siklusBulan: 24,
        tanggalEvaluasiUlang: '2024-12-08',
        evaluasiUlangJatuhTempo: true,
      },
    },
  ],
  evaluate(input, options) {
    const { kategori } = input;
    const kategoriMinimum = options.kategoriMinimumJpt;
    if (input.tanggalKategori && options.asOf && input.tanggalKategori > options.asOf)
      throw new MeritInputError(
        [ownIssue(['tanggalKategori'], { en: `is after asOf ${options.asOf}`, id: `sesudah asOf ${options.asOf}` })],
        MANFAAT_KATEGORI_MERIT_RULE_ID,
      );
    if (kategori === null && input.tanggalKategori)
      throw new MeritInputError(
        [
          ownIssue(['tanggalKategori'], {
            en: 'an agency not assessed has no category date',
            id: 'instansi yang belum dinilai tidak memiliki tanggal kategori',
          }),
        ],
        MANFAAT_KATEGORI_MERIT_RULE_ID,
      );
    const reasons: Reason[] = [];
    const gagal: (typeof SYARAT_JPT_TANPA_SELEKSI)[number][] = [];
    if (kategori === null) {
      reasons.push(alasan('tidakDinilai', 'FAIL', [CITE_PASAL_111], {}));
      gagal.push('KATEGORI');
    } else {
      const cukup = peringkat(kategori) >= peringkat(kategoriMinimum);
      if (!cukup) gagal.push('KATEGORI');
      reasons.push(alasan('kategori', cukup ? 'PASS' : 'FAIL', [CITE_TALENT_POOL], { kategori, kategoriMinimum }));
    }
    if (!input.kebijakanTalentPool) gagal.push('TALENT_POOL');
    reasons.push(alasan('talentPool', input.kebijakanTalentPool ? 'PASS' : 'FAIL', [CITE_TALENT_POOL], { ada: input.kebijakanTalentPool }));
    if (!input.persetujuanPengecualian) gagal.push('PERSETUJUAN');
    reasons.push(
      alasan('persetujuan', input.persetujuanPengecualian ? 'PASS' : 'FAIL', [CITE_PASAL_111], { ada: input.persetujuanPengecualian }),
    );

    const siklusBulan = kategori === null ? null : options.siklusEvaluasiUlang[kategori];
    const tanggalEvaluasiUlang = siklusBulan !== null && input.tanggalKategori ? addMonths(input.tanggalKategori, siklusBulan) : null;
    if (kategori !== null && siklusBulan !== null)
      reasons.push(
        tanggalEvaluasiUlang
          ? alasan('evaluasiUlang', 'APPLIES', [CITE_EVALUASI_ULANG], { kategori, siklusBulan, tanggalEvaluasiUlang })
          : alasan('evaluasiUlangTanpaTanggal', 'APPLIES', [CITE_EVALUASI_ULANG], { kategori, siklusBulan }),
      );
    else if (kategori !== null) reasons.push(alasan('tanpaSiklus', 'INFO', [CITE_EVALUASI_ULANG], { kategori }));
    return decision(
      {
        memenuhiSyarat: gagal.length === 0,
        syaratTidakTerpenuhi: gagal,
        kategoriMinimum,
        siklusBulan,
        tanggalEvaluasiUlang,
        evaluasiUlangJatuhTempo: tanggalEvaluasiUlang && options.asOf ? options.asOf >= tanggalEvaluasiUlang : null,
      },
      reasons,
    );
  },
});

/**
 * What an agency's merit category allows: JPT from the talent pool without open selection, and when the category is re-evaluated.
 *
 * @example
 * manfaatKategoriMerit({ kategori: 'SANGAT_BAIK', kebijakanTalentPool: true, persetujuanPengecualian: true }).value.memenuhiSyarat // true
 * @throws MeritInputError when tanggalKategori is after asOf, or given for an agency not assessed.
 */
export const manfaatKategoriMerit = manfaatKategoriMeritRule.run;

/** Options of {@link manfaatKategoriMerit}. */
export type ManfaatKategoriMeritOptions = RuleOptionsOf<typeof manfaatKategoriMeritRule>;
/** The value of {@link manfaatKategoriMerit}'s decision. */
export type ManfaatKategoriMeritOutput = RuleOutputOf<typeof manfaatKategoriMeritRule>;
