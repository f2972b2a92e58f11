import * as z from 'zod/mini';
import { Decimal, decimalSchema, toPlainString } from '../core/decimal.js';
import { type Citation, decision, type Reason, reason } from '../core/decision.js';
import { decimalOutputSchema } from '../core/output.js';
import { deepFreeze } from '../core/freeze.js';
import { defineRule, type RuleOptionsOf, type RuleOutputOf } from '../core/rule.js';
import { contradiction, refineParsed, superRefineParsed } from '../core/refine.js';
import { pengaturanPp46Fields, sebutanReason, sebutanTable, tampilkan } from './sebutan-pp46.js';
import { SEBUTAN_PP46, type SebutanPp46 } from './types.js';

export const CAPAIAN_SKP_RULE_ID = 'performance.capaianSkp';

const CITE_RUMUS: Citation[] = deepFreeze([{ regulation: 'PERKA_BKN_1_2013', annex: 'Lampiran (penilaian SKP)' }]);

/** Factor of the waktu/biaya formula: realisasi = 76 % of target scores 100, so NT = 1.76 (Perka BKN 1/2013). */
const FAKTOR_EFISIENSI = new Decimal('1.76');
/** Efficiency threshold (%) of the waktu/biaya formula: up to and including 24 % the plain formula applies. */
export const BATAS_EFISIENSI_PERSEN = 24;
const HUNDRED = new Decimal(100);
const ZERO = new Decimal(0);

/** Most kegiatan on one SKP: a year's activities of one PNS are a few dozen; 1,000 is far above any real form. */
export const MAKS_KEGIATAN_SKP = 1000;

const TARGET_POSITIF = { text: { en: 'target must be greater than 0', id: 'target harus lebih dari 0' } };

const target = (what: string) =>
  decimalSchema({ min: 0, description: `Target ${what}` }).check(refineParsed((d) => d.greaterThan(0), TARGET_POSITIF));
const realisasi = (what: string) => decimalSchema({ min: 0, description: `Realisasi ${what}` });

const kegiatanSchema = z
  .object({
    nama: z.optional(z.string().check(z.maxLength(500))),
    kuantitas: z.object({ target: target('kuantitas (output)'), realisasi: realisasi('kuantitas') }),
    kualitas: z.object({
      target: z.prefault(decimalSchema({ min: 0, max: 100 }).check(refineParsed((d) => d.greaterThan(0), TARGET_POSITIF)), 100),
      realisasi: decimalSchema({ min: 0, max: 100, description: 'Realisasi kualitas/mutu (0–100)' }),
    }),
    waktu: z.object({ target: target('waktu (months or days)'), realisasi: realisasi('waktu') }),
    /** Biaya is left out where the kegiatan has no budget target. */
    biaya: z.optional(z.object({ target: target('biaya (rupiah)'), realisasi: realisasi('biaya') })),
  })
  .check(
    // Output realised in no time cannot happen; realisasi 0 for both is a kegiatan not carried out.
    refineParsed((k) => !(k.kuantitas.realisasi.greaterThan(0) && k.waktu.realisasi.isZero()), {
      text: {
        en: 'cannot be 0 when output was realised (realisasi kuantitas above 0)',
        id: 'tidak mungkin 0 bila ada output yang terealisasi (realisasi kuantitas di atas 0)',
      },
      path: ['waktu', 'realisasi'],
    }),
  );

/** Levels of kreativitas recognised in the SKP (Perka BKN 1/2013): who benefits from the new work. */
export const KREATIVITAS = deepFreeze(['TIDAK_ADA', 'UNIT_KERJA', 'ORGANISASI', 'NEGARA'] as const);
export type Kreativitas = (typeof KREATIVITAS)[number];

export const capaianSkpInput = z.object({
  kegiatan: z
    .array(kegiatanSchema)
    .check(z.minLength(1), z.maxLength(MAKS_KEGIATAN_SKP), z.describe('The kegiatan of the SKP (1 to 1,000: far above any real form)')),
  tugasTambahan: z
    ._default(z.int().check(z.minimum(0), z.maximum(1000)), 0)
    .check(z.describe('Number of tugas tambahan carried out in the year')),
  kreativitas: z._default(z.enum(KREATIVITAS), 'TIDAK_ADA'),
});
export type CapaianSkpInput = z.input<typeof capaianSkpInput>;

export const capaianSkpOptions = z.object({
  settings: z.prefault(
    z.object({
      ...pengaturanPp46Fields,
      nilaiTugasTambahan: z
        ._default(
          z
            .array(
              z.object({
                minimal: z.int().check(z.minimum(1), z.maximum(1000)),
                nilai: z.pipe(decimalSchema({ min: 0, max: 100 }), z.transform(toPlainString)),
              }),
            )
            // One row per step of the number of tasks; 20 is far above the three steps of the preset.
            .check(
              z.maxLength(20),
              superRefineParsed((rows, ctx) => {
                rows.forEach((row, i) => {
                  if (rows.findIndex((r) => r.minimal === row.minimal) < i) {
                    ctx.addIssue(
                      contradiction(
                        {
                          en: `repeats minimal ${row.minimal}: each number of tasks has one value`,
                          id: `mengulang minimal ${row.minimal}: setiap jumlah tugas hanya punya satu nilai`,
                        },
                        [i, 'minimal'],
                      ),
                    );
                  }
                });
              }),
            ),
          [
            { minimal: 1, nilai: '1' },
            { minimal: 4, nilai: '2' },
            { minimal: 7, nilai: '3' },
          ],
        )
        .check(z.describe('Value added for tugas tambahan by number of tasks: 1–3 → 1, 4–6 → 2, ≥ 7 → 3 (preset)')),
      nilaiKreativitas: z
        .prefault(
          z.pipe(
            z.object({
              UNIT_KERJA: decimalSchema({ min: 0, max: 100 }),
              ORGANISASI: decimalSchema({ min: 0, max: 100 }),
              NEGARA: decimalSchema({ min: 0, max: 100 }),
            }),
            z.transform((v) => ({
              UNIT_KERJA: toPlainString(v.UNIT_KERJA),
              ORGANISASI: toPlainString(v.ORGANISASI),
              NEGARA: toPlainString(v.NEGARA),
            })),
          ),
          { UNIT_KERJA: 3, ORGANISASI: 6, NEGARA: 12 },
        )
        .check(z.describe('Value added for kreativitas by who benefits: unit kerja 3, organisasi 6, negara 12 (preset)')),
    }),
    {},
  ),
});

export interface CapaianKegiatan {
  nama: string | null;
  kuantitas: string;
  kualitas: string;
  waktu: string;
  biaya: string | null;
  penghitungan: string;
  jumlahAspek: number;
  nilaiCapaian: string;
}

export interface CapaianSkp {
  kegiatan: CapaianKegiatan[];
  /** Mean nilai capaian of the kegiatan. */
  rataRata: string;
  nilaiTugasTambahan: string;
  nilaiKreativitas: string;
  /** Nilai capaian SKP = mean + tugas tambahan + kreativitas, shown with the configured decimals. */
  nilaiSkp: string;
  sebutan: SebutanPp46;
}

export const capaianSkpOutput = z.object({
  kegiatan: z.array(
    z.object({
      nama: z.nullable(z.string()),
      kuantitas: decimalOutputSchema.check(z.describe('Penghitungan aspek kuantitas')),
      kualitas: decimalOutputSchema.check(z.describe('Penghitungan aspek kualitas')),
      waktu: decimalOutputSchema.check(z.describe('Penghitungan aspek waktu')),
      biaya: z.nullable(decimalOutputSchema).check(z.describe('Penghitungan aspek biaya; null when the kegiatan has no budget')),
      penghitungan: decimalOutputSchema.check(z.describe('Sum of the aspect scores')),
      jumlahAspek: z.int().check(z.describe('3, or 4 with biaya')),
      nilaiCapaian: decimalOutputSchema.check(z.describe('penghitungan / jumlahAspek')),
    }),
  ),
  rataRata: decimalOutputSchema.check(z.describe('Mean nilai capaian of the kegiatan')),
  nilaiTugasTambahan: decimalOutputSchema,
  nilaiKreativitas: decimalOutputSchema,
  nilaiSkp: decimalOutputSchema.check(z.describe('Nilai capaian SKP = mean + tugas tambahan + kreativitas, with the configured decimals')),
  sebutan: z.enum(SEBUTAN_PP46),
});

/**
 * Score of the waktu or biaya aspect (Perka BKN 1/2013): with efficiency e = 100 − realisasi/target × 100,
 * e ≤ 24 → (1.76 × target − realisasi) / target × 100; e > 24 → 76 − ((1.76 × target − realisasi) / target × 100 − 100).
 *
 * `nilai` is never below 0: the Lampiran's factor 1.76 puts the zero of the scale at realisasi = 1.76 × target
 * (100 at 76 % of the target, 76 at the target itself), and nilai capaian adds up aspect scores measured from
 * 0; a realisasi beyond 176 % of the target has used up the aspect, it does not take points from the other
 * aspects. `nilaiRumus` is the formula's own value, negative past that point.
 */
export function nilaiEfisiensi(targetValue: Decimal, realisasiValue: Decimal): { efisiensi: Decimal; nilai: Decimal; nilaiRumus: Decimal } {
  const efisiensi = HUNDRED.minus(realisasiValue.dividedBy(targetValue).times(HUNDRED));
  const base = FAKTOR_EFISIENSI.times(targetValue).minus(realisasiValue).dividedBy(targetValue).times(HUNDRED);
  const nilaiRumus = efisiensi.lessThanOrEqualTo(BATAS_EFISIENSI_PERSEN) ? base : new Decimal(76).minus(base.minus(HUNDRED));
  return { efisiensi, nilai: Decimal.max(nilaiRumus, ZERO), nilaiRumus };
}

export const capaianSkpRule = defineRule({
  id: CAPAIAN_SKP_RULE_ID,
  domain: 'performance',
  title: { id: 'Nilai capaian SKP (PP 46/2011)', en: 'SKP achievement score (PP 46/2011)' },
  description: {
    id: 'Menghitung capaian tiap kegiatan dari aspek kuantitas, kualitas, waktu dan biaya (rumus efisiensi dengan batas 24%), rata-ratanya, ditambah nilai tugas tambahan dan kreativitas, beserta sebutannya.',
    en: 'Computes each activity’s achievement from quantity, quality, time and cost (efficiency formula with its 24% threshold), their mean, plus additional-task and creativity values, and the verbal rating.',
  },
  citations: [...CITE_RUMUS, { regulation: 'PP_46_2011' }],
  tables: [
    {
      title: { id: 'Rumus per aspek (T = target, R = realisasi)', en: 'Formula per aspect (T = target, R = realisation)' },
      columns: ['aspek', 'rumus'],
      rows: [
        ['kuantitas', 'R / T × 100'],
        ['kualitas', 'R / T × 100'],
        ['efisiensi (waktu, biaya)', 'e = 100 − R / T × 100'],
        ['waktu, biaya bila e ≤ 24', '(1.76 × T − R) / T × 100'],
        ['waktu, biaya bila e > 24', '76 − ((1.76 × T − R) / T × 100 − 100)'],
        ['waktu, biaya bila R > 1.76 × T', '0 (nilai aspek tidak pernah di bawah 0)'],
        ['nilai capaian kegiatan', 'jumlah nilai aspek / jumlah aspek (3, atau 4 dengan biaya)'],
        ['nilai capaian SKP', 'rata-rata kegiatan + tugas tambahan (1–3: 1, 4–6: 2, ≥ 7: 3) + kreativitas (3 / 6 / 12)'],
      ],
    },
    sebutanTable,
  ],
  input: capaianSkpInput,
  options: capaianSkpOptions,
  output: capaianSkpOutput,
  notes: [
    {
      id: 'Rumus efisiensi > 24%, nilai tugas tambahan (1/2/3) dan kreativitas (3/6/12) diambil dari sumber sekunder Perka BKN 1/2013; nilai tambahan dapat diubah melalui settings.',
      en: 'The > 24% efficiency formula and the additional-task (1/2/3) and creativity (3/6/12) values come from secondary sources on Perka BKN 1/2013; the added values are settings.',
    },
    {
      id: 'Perhitungan dilakukan eksak; nilai ditampilkan dengan 2 desimal (pembulatan setengah ke atas) dan sebutan ditetapkan dari nilai yang ditampilkan.',
      en: 'Computation is exact; values are shown with 2 decimals (half up) and the sebutan is set from the value shown.',
    },
    {
      id: 'Nilai aspek waktu dan biaya tidak pernah di bawah 0: faktor 1,76 pada Lampiran Perka BKN 1/2013 menempatkan titik nol skala pada realisasi = 176% target (100 pada 76%, 76 pada 100%), dan nilai capaian menjumlahkan nilai aspek yang diukur dari 0. Realisasi di atas 176% target dihitung 0 (bukan negatif) dan dicatat sebagai alasan tersendiri; realisasi seperti itu nyata (kegiatan terlambat atau melampaui anggaran), sehingga tidak ditolak.',
      en: 'The waktu and biaya aspect scores never go below 0: the factor 1.76 of the Perka BKN 1/2013 Lampiran puts the zero of the scale at a realisation of 176% of the target (100 at 76%, 76 at 100%), and the nilai capaian adds up aspect scores measured from 0. A realisation above 176% of the target counts 0 (not a negative score) and is reported as its own reason; such a realisation is real (a late or over-budget activity), so it is not refused.',
    },
    {
      id: 'Ditolak sebagai masukan yang mustahil: target 0 atau negatif, realisasi negatif, realisasi kualitas di atas 100, realisasi waktu 0 padahal ada output yang terealisasi, SKP tanpa kegiatan atau dengan lebih dari 1.000 kegiatan, dan nilai tugas tambahan yang mengulang jumlah minimal yang sama.',
      en: 'Refused as impossible input: a target of 0 or below, a negative realisation, a quality realisation above 100, a time realisation of 0 while output was realised, an SKP with no kegiatan or more than 1,000, and tugas tambahan values that repeat the same minimum.',
    },
  ],
  examples: [
    {
      title: { id: 'Tiga aspek: 100 + 90 + 76 = 266 / 3', en: 'Three aspects: 100 + 90 + 76 = 266 / 3' },
      input: { kegiatan: [{ kuantitas: { target: 1, realisasi: 1 }, kualitas: { realisasi: 90 }, waktu: { target: 12, realisasi: 12 } }] },
      expected: {
        kegiatan: [
          {
            nama: null,
            kuantitas: '100.00',
            kualitas: '90.00',
            waktu: '76.00',
            biaya: null,
            penghitungan: '266.00',
            jumlahAspek: 3,
            nilaiCapaian: '88.67',
          },
        ],
        rataRata: '88.67',
        nilaiTugasTambahan: '0',
        nilaiKreativitas: '0',
        nilaiSkp: '88.67',
        sebutan: 'BAIK',
      },
      source: 'Published SKP example (docs/sources/performance.md T3)',
    },
    {
      title: { id: 'Empat aspek: 342 / 4 = 85,50', en: 'Four aspects: 342 / 4 = 85.50' },
      input: {
        kegiatan: [
          {
            kuantitas: { target: 1, realisasi: 1 },
            kualitas: { realisasi: 90 },
            waktu: { target: 12, realisasi: 12 },
            biaya: { target: 170395000, realisasi: 170395000 },
          },
        ],
      },
      expected: {
        kegiatan: [
          {
            nama: null,
            kuantitas: '100.00',
            kualitas: '90.00',
            waktu: '76.00',
            biaya: '76.00',
            penghitungan: '342.00',
            jumlahAspek: 4,
            nilaiCapaian: '85.50',
          },
        ],
        rataRata: '85.50',
        nilaiTugasTambahan: '0',
        nilaiKreativitas: '0',
        nilaiSkp: '85.50',
        sebutan: 'BAIK',
      },
      source: 'Rumus SKP worksheet (docs/sources/performance.md T4)',
    },
    {
      title: {
        id: 'Biaya 10× anggaran: aspek biaya 0 (bukan −824), (100 + 90 + 76 + 0) / 4 = 66,50',
        en: 'Ten times the budget spent: cost aspect 0 (not −824), (100 + 90 + 76 + 0) / 4 = 66.50',
      },
      input: {
        kegiatan: [
          {
            kuantitas: { target: 1, realisasi: 1 },
            kualitas: { realisasi: 90 },
            waktu: { target: 12, realisasi: 12 },
            biaya: { target: 1000000, realisasi: 10000000 },
          },
        ],
      },
      expected: {
        kegiatan: [
          {
            nama: null,
            kuantitas: '100.00',
            kualitas: '90.00',
            waktu: '76.00',
            biaya: '0.00',
            penghitungan: '266.00',
            jumlahAspek: 4,
            nilaiCapaian: '66.50',
          },
        ],
        rataRata: '66.50',
        nilaiTugasTambahan: '0',
        nilaiKreativitas: '0',
        nilaiSkp: '66.50',
        sebutan: 'CUKUP',
      },
      source: 'derived (the unclamped formula gave −139.50)',
    },
  ],
  evaluate(input, options) {
    const s = options.settings;
    const show = (d: Decimal) => tampilkan(d, s).toFixed(s.desimal);
    const reasons: Reason[] = [];
    const rincian: CapaianKegiatan[] = [];
    let sum = new Decimal(0);
    input.kegiatan.forEach((k, index) => {
      const kuantitas = k.kuantitas.realisasi.dividedBy(k.kuantitas.target).times(HUNDRED);
      const kualitas = k.kualitas.realisasi.dividedBy(k.kualitas.target).times(HUNDRED);
      const waktu = nilaiEfisiensi(k.waktu.target, k.waktu.realisasi);
      const biaya = k.biaya ? nilaiEfisiensi(k.biaya.target, k.biaya.realisasi) : null;
      const clamped = [
        { aspek: 'WAKTU', hasil: waktu, t: k.waktu.target, r: k.waktu.realisasi },
        ...(biaya && k.biaya ? [{ aspek: 'BIAYA', hasil: biaya, t: k.biaya.target, r: k.biaya.realisasi }] : []),
      ].filter((a) => a.hasil.nilaiRumus.isNegative());
      const aspek = [kuantitas, kualitas, waktu.nilai, ...(biaya ? [biaya.nilai] : [])];
      const penghitungan = aspek.reduce((a, b) => a.plus(b), new Decimal(0));
      const nilaiCapaian = penghitungan.dividedBy(aspek.length);
      sum = sum.plus(nilaiCapaian);
      const row: CapaianKegiatan = {
        nama: k.nama ?? null,
        kuantitas: show(kuantitas),
        kualitas: show(kualitas),
        waktu: show(waktu.nilai),
        biaya: biaya ? show(biaya.nilai) : null,
        penghitungan: show(penghitungan),
        jumlahAspek: aspek.length,
        nilaiCapaian: show(nilaiCapaian),
      };
      rincian.push(row);
      reasons.push(
        reason(
          CAPAIAN_SKP_RULE_ID,
          biaya ? 'performance.capaianSkp.kegiatan' : 'performance.capaianSkp.kegiatanTanpaBiaya',
          'INFO',
          CITE_RUMUS,
          {
            nomor: index + 1,
            nama: row.nama,
            kuantitas: row.kuantitas,
            kualitas: row.kualitas,
            waktu: row.waktu,
            efisiensiWaktu: show(waktu.efisiensi),
            ...(biaya ? { biaya: row.biaya, efisiensiBiaya: show(biaya.efisiensi) } : {}),
            jumlahAspek: row.jumlahAspek,
            nilaiCapaian: row.nilaiCapaian,
          },
        ),
      );
      for (const a of clamped) {
        reasons.push(
          reason(CAPAIAN_SKP_RULE_ID, 'performance.capaianSkp.aspekNol', 'INFO', CITE_RUMUS, {
            nomor: index + 1,
            aspek: a.aspek,
            target: toPlainString(a.t),
            realisasi: toPlainString(a.r),
            nilaiRumus: show(a.hasil.nilaiRumus),
          }),
        );
      }
    });
    const rataRata = sum.dividedBy(input.kegiatan.length);
    const tambahan = [...s.nilaiTugasTambahan].sort((a, b) => b.minimal - a.minimal).find((t) => input.tugasTambahan >= t.minimal);
    const nilaiTugasTambahan = new Decimal(tambahan?.nilai ?? 0);
    const nilaiKreativitas = new Decimal(input.kreativitas === 'TIDAK_ADA' ? 0 : s.nilaiKreativitas[input.kreativitas]);
    const nilaiSkp = tampilkan(rataRata.plus(nilaiTugasTambahan).plus(nilaiKreativitas), s);
    reasons.push(
      reason(CAPAIAN_SKP_RULE_ID, 'performance.capaianSkp.nilai', 'INFO', CITE_RUMUS, {
        jumlahKegiatan: input.kegiatan.length,
        rataRata: show(rataRata),
        tugasTambahan: input.tugasTambahan,
        nilaiTugasTambahan: toPlainString(nilaiTugasTambahan),
        kreativitas: input.kreativitas,
        nilaiKreativitas: toPlainString(nilaiKreativitas),
        nilaiSkp: nilaiSkp.toFixed(s.desimal),
      }),
    );
    const { sebutan, reason: r } = sebutanReason(CAPAIAN_SKP_RULE_ID, 'performance.sebutanPp46', nilaiSkp, s, 'SKP');
    reasons.push(r);
    return decision(
      {
        kegiatan: rincian,
        rataRata: show(rataRata),
        nilaiTugasTambahan: toPlainString(nilaiTugasTambahan),
        nilaiKreativitas: toPlainString(nilaiKreativitas),
        nilaiSkp: nilaiSkp.toFixed(s.desimal),
        sebutan,
      },
      reasons,
    );
  },
});

/**
 * Nilai capaian SKP under PP 46/2011 and Perka BKN 1/2013.
 *
 * @example
 * capaianSkp({ kegiatan: [{ kuantitas: { target: 1, realisasi: 1 }, kualitas: { realisasi: 90 }, waktu: { target: 12, realisasi: 12 } }] }).value.nilaiSkp // '88.67'
 */
export const capaianSkp = capaianSkpRule.run;

/** Options of {@link capaianSkp}. */
export type CapaianSkpOptions = RuleOptionsOf<typeof capaianSkpRule>;
/** The value of {@link capaianSkp}'s decision. */
export type CapaianSkpOutput = RuleOutputOf<typeof capaianSkpRule>;
