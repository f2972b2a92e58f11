import * as z from 'zod/mini';
import { type Citation, decision, type Reason } from '../core/decision.js';
import { deepFreeze } from '../core/freeze.js';
import { reasonsOf } from '../core/messages.js';
import { defineRule, type RuleOptionsOf, type RuleOutputOf } from '../core/rule.js';
import { recordTable } from '../core/tables.js';
import { isPredikatAtLeast, type Predikat, predikatSchema } from '../performance/types.js';
import type { KELOMPOK_RENCANA_SUKSESI_MESSAGES } from './kelompok-rencana-suksesi.messages.js';

export const KELOMPOK_RENCANA_SUKSESI_RULE_ID = 'competency.kelompokRencanaSuksesi';
const alasan = reasonsOf<typeof KELOMPOK_RENCANA_SUKSESI_MESSAGES>(KELOMPOK_RENCANA_SUKSESI_RULE_ID);
const pasal199 = (huruf: string): Citation[] => [{ regulation: 'PP_11_2017', article: `Pasal 199 ayat (2) huruf ${huruf}` }];

/** The lowest predikat kinerja of each of the last 2 years (huruf c: "paling kurang bernilai baik"). */
export const PREDIKAT_MINIMUM_RENCANA_SUKSESI: Predikat = 'BAIK';

/** The three conditions of PP 11/2017 Pasal 199 ayat (2), by huruf: the input field each reads. Frozen. */
export const SYARAT_RENCANA_SUKSESI = deepFreeze({
  a: { syarat: 'kompetensi sesuai dengan klasifikasi jabatan', masukan: 'kompetensiSesuai' },
  b: { syarat: 'memenuhi kewajiban pengembangan kompetensi', masukan: 'pengembanganKompetensiTerpenuhi' },
  c: {
    syarat: 'penilaian kinerja paling kurang Baik dalam 2 tahun terakhir',
    masukan: 'predikatDuaTahunTerakhir',
  },
} as const);

export const kelompokRencanaSuksesiInput = z.object({
  kompetensiSesuai: z.boolean().check(z.describe('Kompetensi sesuai dengan klasifikasi jabatan (huruf a)')),
  pengembanganKompetensiTerpenuhi: z.boolean().check(z.describe('Memenuhi kewajiban pengembangan kompetensi (huruf b)')),
  predikatDuaTahunTerakhir: z
    .tuple([predikatSchema, predikatSchema])
    .check(z.describe('Predikat kinerja of the last 2 years, oldest first (huruf c: at least Baik in both)')),
});
export type KelompokRencanaSuksesiInput = z.input<typeof kelompokRencanaSuksesiInput>;

/** Value of {@link kelompokRencanaSuksesi} as JSON. */
export const kelompokRencanaSuksesiOutput = z
  .boolean()
  .check(z.describe('true when all three conditions of PP 11/2017 Pasal 199 ayat (2) huruf a–c are met'));

export const kelompokRencanaSuksesiRule = defineRule({
  id: KELOMPOK_RENCANA_SUKSESI_RULE_ID,
  domain: 'competency',
  title: { id: 'Syarat masuk kelompok rencana suksesi', en: 'Eligibility for the succession pool (kelompok rencana suksesi)' },
  description: {
    id: 'Syarat anggota kelompok rencana suksesi menurut Pasal 199 ayat (2) PP 11/2017: kompetensi sesuai klasifikasi jabatan, kewajiban pengembangan kompetensi terpenuhi, dan penilaian kinerja paling kurang Baik dalam 2 tahun terakhir.',
    en: 'Succession-pool membership conditions of PP 11/2017 Pasal 199 ayat (2): competency matching the job classification, the competency-development duty fulfilled, and performance at least Baik in the last 2 years.',
  },
  citations: [{ regulation: 'PP_11_2017', article: 'Pasal 199 ayat (2)' }],
  tables: [
    recordTable(
      { id: 'Syarat kelompok rencana suksesi (semua harus terpenuhi)', en: 'Succession-pool conditions (all must be met)' },
      SYARAT_RENCANA_SUKSESI,
      ['huruf', 'syarat', 'masukan'],
      (s) => [s.syarat, s.masukan],
      (_, huruf) => pasal199(huruf),
    ),
  ],
  input: kelompokRencanaSuksesiInput,
  output: kelompokRencanaSuksesiOutput,
  notes: [
    {
      id: 'Ketiga syarat huruf a–c berdiri sendiri, sehingga tidak ada kombinasi yang saling bertentangan; yang ditolak hanya nilai yang tidak dapat dibaca: bukan boolean, predikat di luar lima predikat PermenPANRB 6/2022, atau bukan tepat dua predikat (2 tahun terakhir).',
      en: 'The three conditions of huruf a–c are independent, so no combination contradicts another; only unreadable values are refused: a non-boolean, a predikat outside the five of PermenPANRB 6/2022, or other than exactly two predikat (the last 2 years).',
    },
  ],
  examples: [
    {
      title: { id: 'Baik lalu Sangat Baik: memenuhi', en: 'Baik then Sangat Baik: eligible' },
      source: 'docs/sources/competency.md TV-PLC-2',
      input: { kompetensiSesuai: true, pengembanganKompetensiTerpenuhi: true, predikatDuaTahunTerakhir: ['BAIK', 'SANGAT_BAIK'] },
      expected: true,
    },
    {
      title: { id: 'Baik lalu Butuh Perbaikan: tidak memenuhi', en: 'Baik then Butuh Perbaikan: not eligible' },
      source: 'docs/sources/competency.md TV-PLC-2',
      input: { kompetensiSesuai: true, pengembanganKompetensiTerpenuhi: true, predikatDuaTahunTerakhir: ['BAIK', 'BUTUH_PERBAIKAN'] },
      expected: false,
    },
  ],
  evaluate(input) {
    const reasons: Reason[] = [
      alasan('kompetensi', input.kompetensiSesuai ? 'PASS' : 'FAIL', pasal199('a'), { terpenuhi: input.kompetensiSesuai }),
      alasan('pengembangan', input.pengembanganKompetensiTerpenuhi ? 'PASS' : 'FAIL', pasal199('b'), {
        terpenuhi: input.pengembanganKompetensiTerpenuhi,
      }),
    ];
    const [p1, p2] = input.predikatDuaTahunTerakhir;
    const kinerjaOk = isPredikatAtLeast(p1, PREDIKAT_MINIMUM_RENCANA_SUKSESI) && isPredikatAtLeast(p2, PREDIKAT_MINIMUM_RENCANA_SUKSESI);
    reasons.push(alasan('kinerja', kinerjaOk ? 'PASS' : 'FAIL', pasal199('c'), { predikat1: p1, predikat2: p2 }));
    return decision(input.kompetensiSesuai && input.pengembanganKompetensiTerpenuhi && kinerjaOk, reasons);
  },
});

/** `true` when a PNS meets the conditions of PP 11/2017 Pasal 199 ayat (2) for the kelompok rencana suksesi. */
export const kelompokRencanaSuksesi = kelompokRencanaSuksesiRule.run;

/** Options of {@link kelompokRencanaSuksesi}. */
export type KelompokRencanaSuksesiOptions = RuleOptionsOf<typeof kelompokRencanaSuksesiRule>;
/** The value of {@link kelompokRencanaSuksesi}'s decision. */
export type KelompokRencanaSuksesiOutput = RuleOutputOf<typeof kelompokRencanaSuksesiRule>;
