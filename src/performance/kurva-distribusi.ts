import * as z from 'zod/mini';
import { Decimal, decimalSchema, formatFixed } from '../core/decimal.js';
import { type Citation, decision, type Reason } from '../core/decision.js';
import { deepFreeze } from '../core/freeze.js';
import { reasonsOf } from '../core/messages.js';
import { decimalOutputSchema } from '../core/output.js';
import { defineRule, type RuleOptionsOf, type RuleOutputOf } from '../core/rule.js';
import { refineParsed } from '../core/refine.js';
import type { KURVA_DISTRIBUSI_MESSAGES } from './kurva-distribusi.messages.js';
import { PREDIKAT, PREDIKAT_ORGANISASI, type Predikat, type PredikatOrganisasi, predikatSchema } from './types.js';

export const KURVA_DISTRIBUSI_RULE_ID = 'performance.kurvaDistribusi';
const alasan = reasonsOf<typeof KURVA_DISTRIBUSI_MESSAGES>(KURVA_DISTRIBUSI_RULE_ID);

const CITATIONS: Citation[] = deepFreeze([
  { regulation: 'SE_MENPANRB_3_2023', article: 'angka 5 (pola distribusi predikat kinerja pegawai)' },
  { regulation: 'PERMENPANRB_6_2022', article: 'Pasal 24–25' },
]);

/** One limit of a distribution pattern: the share of a group of predikat, at most or at least. */
export interface BatasDistribusi {
  /** Predikat whose counts are added up for this limit. */
  predikat: Predikat[];
  jenis: 'MAKSIMUM' | 'MINIMUM';
  /** Percentage of the unit's employees. */
  persen: string;
  /** For "harus ada" (there must be some): at least this many people, whatever the share. */
  minimumOrang?: number;
}

/**
 * Distribution pattern of employee predikat by the organisation's predikat kinerja
 * (SE MenPANRB 3/2023, implementing PermenPANRB 6/2022 Pasal 24–25). "Sebagian besar (maksimal 70%)"
 * and "minimal 60%" are shares of the unit's employees; "harus ada" is at least one person.
 */
export const POLA_DISTRIBUSI_SE_3_2023: Readonly<Record<PredikatOrganisasi, readonly BatasDistribusi[]>> = deepFreeze({
  ISTIMEWA: [{ predikat: ['SANGAT_BAIK'], jenis: 'MAKSIMUM', persen: '70' }],
  BAIK: [
    { predikat: ['BAIK'], jenis: 'MAKSIMUM', persen: '70' },
    { predikat: ['BUTUH_PERBAIKAN', 'KURANG'], jenis: 'MINIMUM', persen: '0', minimumOrang: 1 },
  ],
  BUTUH_PERBAIKAN: [
    { predikat: ['BUTUH_PERBAIKAN'], jenis: 'MINIMUM', persen: '60' },
    { predikat: ['SANGAT_BAIK'], jenis: 'MAKSIMUM', persen: '10' },
  ],
  KURANG: [
    { predikat: ['KURANG'], jenis: 'MINIMUM', persen: '60' },
    { predikat: ['BUTUH_PERBAIKAN'], jenis: 'MINIMUM', persen: '10' },
    { predikat: ['SANGAT_BAIK'], jenis: 'MAKSIMUM', persen: '10' },
  ],
  SANGAT_KURANG: [
    { predikat: ['SANGAT_KURANG'], jenis: 'MINIMUM', persen: '60' },
    { predikat: ['KURANG', 'BUTUH_PERBAIKAN'], jenis: 'MINIMUM', persen: '10' },
    { predikat: ['SANGAT_BAIK'], jenis: 'MAKSIMUM', persen: '0' },
  ],
});

const CITE_POLA = CITATIONS[0]!;
/** The pattern one limit per row, as the SE prints it. */
const POLA_ROWS = PREDIKAT_ORGANISASI.flatMap((org) => POLA_DISTRIBUSI_SE_3_2023[org].map((b) => [org, b] as const));

/** Most employees of one unit with one predikat: far above the whole civil service (about 4.7 million). */
const MAKS_PEGAWAI = 10_000_000;
const count = z.int().check(z.minimum(0), z.maximum(MAKS_PEGAWAI));

export const kurvaDistribusiInput = z.object({
  predikatOrganisasi: z.enum(PREDIKAT_ORGANISASI).check(z.describe('Predikat kinerja organisasi (unit kerja)')),
  jumlah: z
    .object(Object.fromEntries(PREDIKAT.map((p) => [p, z._default(count, 0)])) as Record<Predikat, z.ZodMiniDefault<typeof count>>)
    .check(
      z.describe('Number of employees with each predikat (at least one employee in all)'),
      // A unit without employees has no distribution: every share would be 0 / 0.
      refineParsed((j) => PREDIKAT.some((p) => j[p] > 0), {
        text: {
          en: 'a unit with no employees has no distribution to check: give at least one employee',
          id: 'unit tanpa pegawai tidak memiliki distribusi untuk diperiksa: isikan paling sedikit satu pegawai',
        },
      }),
    ),
});
export type KurvaDistribusiInput = z.input<typeof kurvaDistribusiInput>;

const batasSchema = z.object({
  predikat: z.array(predikatSchema).check(
    z.minLength(1),
    z.maxLength(PREDIKAT.length),
    z.describe('The predikat whose counts are added up (each at most once)'),
    refineParsed((ps) => new Set(ps).size === ps.length, {
      text: {
        en: 'names a predikat twice: its employees would be counted twice',
        id: 'menyebut satu predikat dua kali: pegawainya akan terhitung dua kali',
      },
    }),
  ),
  jenis: z.enum(['MAKSIMUM', 'MINIMUM']),
  persen: z.pipe(
    decimalSchema({ min: 0, max: 100 }),
    z.transform((d) => d.toString()),
  ),
  minimumOrang: z.optional(z.int().check(z.minimum(0), z.maximum(MAKS_PEGAWAI))),
});

export const kurvaDistribusiOptions = z.object({
  pola: z
    // A pattern has a few limits per organisation predikat (SE 3/2023: at most 3); 20 leaves room for an agency's own.
    .optional(z.partialRecord(z.enum(PREDIKAT_ORGANISASI), z.array(batasSchema).check(z.maxLength(20))))
    .check(z.describe("Setting: distribution pattern per organisation predikat, for an agency's own; preset: SE MenPANRB 3/2023")),
});

export const kurvaDistribusiOutput = z.object({
  memenuhiSyarat: z.boolean().check(z.describe('true when every limit of the pattern is met')),
  total: z.int().check(z.describe('Number of employees in the unit')),
  pelanggaran: z.array(
    z.object({
      predikat: z.array(predikatSchema).check(z.describe('The predikat whose combined share is limited')),
      jenis: z.enum(['MAKSIMUM', 'MINIMUM']),
      persenBatas: decimalOutputSchema.check(z.describe('The limit, as a percentage of the unit')),
      persenAktual: decimalOutputSchema.check(z.describe("The unit's actual share, as a percentage with two decimals")),
      jumlah: z.int().check(z.describe('Employees with these predikat')),
      batasOrang: z.int().check(z.describe('Head-count limit: the most allowed (MAKSIMUM) or the fewest required (MINIMUM)')),
    }),
  ),
});
/** A unit's distribution checked against its pattern. */
export type KurvaDistribusi = z.output<typeof kurvaDistribusiOutput>;
/** One limit of the pattern the unit breaches. */
export type PelanggaranDistribusi = KurvaDistribusi['pelanggaran'][number];

export const kurvaDistribusiRule = defineRule({
  id: KURVA_DISTRIBUSI_RULE_ID,
  domain: 'performance',
  title: { id: 'Kurva distribusi predikat kinerja pegawai', en: 'Distribution curve of employee performance ratings' },
  description: {
    id: 'Memeriksa jumlah pegawai per predikat kinerja dalam satu unit terhadap pola distribusi yang ditentukan oleh predikat kinerja organisasi.',
    en: "Checks a unit's count of employees per performance rating against the distribution pattern set by the organisation's own rating.",
  },
  citations: CITATIONS,
  tables: [
    {
      title: { id: 'Pola distribusi SE MenPANRB 3/2023', en: 'Distribution pattern of SE MenPANRB 3/2023' },
      columns: ['predikatOrganisasi', 'predikat pegawai', 'batas'],
      rows: POLA_ROWS.map(([org, b]) => [
        org,
        b.predikat.join(' + '),
        `${b.jenis === 'MAKSIMUM' ? '≤' : '≥'} ${b.persen}%${b.minimumOrang ? ` and ≥ ${b.minimumOrang} person` : ''}`,
      ]),
      dasar: POLA_ROWS.map(() => [CITE_POLA]),
    },
  ],
  input: kurvaDistribusiInput,
  options: kurvaDistribusiOptions,
  output: kurvaDistribusiOutput,
  notes: [
    {
      id: 'Angka persentase berasal dari SE MenPANRB 3/2023; PermenPANRB 6/2022 hanya memuat grafik kurva. Pola dapat diganti melalui pengaturan pola.',
      en: 'The percentages come from SE MenPANRB 3/2023; PermenPANRB 6/2022 itself shows only a curve. Replace the pattern with the pola setting.',
    },
    {
      id: 'Pangsa dibandingkan secara eksak (tanpa pembulatan): maksimal 70% dari 7 pegawai berarti paling banyak 4 orang; minimal 60% dari 7 berarti paling sedikit 5 orang.',
      en: 'Shares are compared exactly (no rounding): at most 70% of 7 employees means at most 4 people; at least 60% of 7 means at least 5 people.',
    },
    {
      id: 'Ditolak sebagai masukan yang mustahil: unit tanpa pegawai (semua jumlah 0), jumlah negatif atau bukan bilangan bulat, dan batas pola yang menyebut satu predikat dua kali.',
      en: 'Refused as impossible input: a unit with no employees (every count 0), a negative or fractional count, and a pattern limit that names one predikat twice.',
    },
  ],
  examples: [
    {
      title: { id: 'Organisasi Baik, 10 pegawai sesuai pola', en: 'Organisation Baik, 10 employees within the pattern' },
      input: { predikatOrganisasi: 'BAIK', jumlah: { SANGAT_BAIK: 2, BAIK: 7, BUTUH_PERBAIKAN: 1 } },
      expected: { memenuhiSyarat: true, total: 10, pelanggaran: [] },
    },
    {
      title: { id: 'Organisasi Sangat Kurang dengan satu Sangat Baik', en: 'Organisation Sangat Kurang with one Sangat Baik' },
      input: { predikatOrganisasi: 'SANGAT_KURANG', jumlah: { SANGAT_KURANG: 6, KURANG: 1, BAIK: 2, SANGAT_BAIK: 1 } },
      expected: {
        memenuhiSyarat: false,
        total: 10,
        pelanggaran: [{ predikat: ['SANGAT_BAIK'], jenis: 'MAKSIMUM', persenBatas: '0', persenAktual: '10.00', jumlah: 1, batasOrang: 0 }],
      },
      source: 'SE MenPANRB 3/2023 (test vector T10 of docs/sources/performance.md)',
    },
  ],
  evaluate(input, options) {
    const pola = (options.pola?.[input.predikatOrganisasi] ??
      POLA_DISTRIBUSI_SE_3_2023[input.predikatOrganisasi]) as readonly BatasDistribusi[];
    const total = PREDIKAT.reduce((sum, p) => sum + input.jumlah[p], 0);
    const reasons: Reason[] = [];
    const pelanggaran: PelanggaranDistribusi[] = [];
    for (const batas of pola) {
      const jumlah = batas.predikat.reduce((sum, p) => sum + input.jumlah[p], 0);
      const persen = new Decimal(batas.persen);
      // Exact comparison: jumlah / total ≤ persen / 100  ⇔  100 × jumlah ≤ persen × total.
      const limitTimesTotal = persen.times(total);
      const shareTimes100 = new Decimal(jumlah).times(100);
      const minOrang = batas.minimumOrang ?? 0;
      const batasOrang =
        batas.jenis === 'MAKSIMUM'
          ? limitTimesTotal.dividedBy(100).floor().toNumber()
          : Math.max(minOrang, limitTimesTotal.dividedBy(100).ceil().toNumber());
      const ok = batas.jenis === 'MAKSIMUM' ? shareTimes100.lessThanOrEqualTo(limitTimesTotal) : jumlah >= batasOrang;
      // total > 0: the input refuses a unit without employees.
      const persenAktual = formatFixed(shareTimes100.dividedBy(total), 2);
      const facts = {
        predikat: batas.predikat.join('+'),
        jenis: batas.jenis,
        persenBatas: batas.persen,
        persenAktual,
        jumlah,
        total,
        batasOrang,
      };
      reasons.push(ok ? alasan('sesuai', 'PASS', CITATIONS, facts) : alasan('melanggar', 'FAIL', CITATIONS, facts));
      if (!ok) {
        pelanggaran.push({
          predikat: [...batas.predikat],
          jenis: batas.jenis,
          persenBatas: batas.persen,
          persenAktual,
          jumlah,
          batasOrang,
        });
      }
    }
    if (pola.length === 0) {
      reasons.push(alasan('tanpaBatas', 'INFO', CITATIONS, { predikatOrganisasi: input.predikatOrganisasi }));
    }
    return decision({ memenuhiSyarat: pelanggaran.length === 0, total, pelanggaran }, reasons);
  },
});

/**
 * Checks a unit's predikat distribution against the pattern set by the organisation's predikat.
 *
 * @example
 * kurvaDistribusi({ predikatOrganisasi: 'ISTIMEWA', jumlah: { SANGAT_BAIK: 8, BAIK: 2 } }).value.memenuhiSyarat // false (80% > 70%)
 */
export const kurvaDistribusi = kurvaDistribusiRule.run;

/** Options of {@link kurvaDistribusi}. */
export type KurvaDistribusiOptions = RuleOptionsOf<typeof kurvaDistribusiRule>;
/** The value of {@link kurvaDistribusi}'s decision. */
export type KurvaDistribusiOutput = RuleOutputOf<typeof kurvaDistribusiRule>;
