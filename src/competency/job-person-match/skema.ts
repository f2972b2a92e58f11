import * as z from 'zod/mini';
import { findBand } from '../../core/bands.js';
import type { Citation } from '../../core/decision.js';
import type { Decimal } from '../../core/decimal.js';
import { deepFreeze } from '../../core/freeze.js';
import { decimalOutputSchema } from '../../core/output.js';
import { superRefineParsed } from '../../core/refine.js';
import { scale, type ScaleBand } from '../../core/tables.js';
import { pencatatIsu, periksaKelengkapan } from '../_bersama/invariants.js';
import { PENGATURAN_JPM } from '../_bersama/jpm.js';
import { profilAktualSchema, standarKompetensiSchema } from '../_bersama/profil.js';
import type { KategoriJpm, KategoriPemetaan, KategoriPengisian, SkemaJpm } from '../types.js';
import { KELOMPOK_KOMPETENSI, kategoriJpmSchema, SKEMA_JPM } from '../types.js';

// The JPM bands and schemas: the data of competency.jobPersonMatch, shared with jpmTertimbang,
// peringkatKandidat and penempatanOptimal through the rule's module.

/** Where the categories of each scheme are set. Shared by every decision's reasons: frozen. */
export const CITE_KATEGORI: Readonly<Record<SkemaJpm, readonly Citation[]>> = deepFreeze({
  PEMETAAN: [
    { regulation: 'PERBKN_26_2019', annex: 'Lampiran' },
    { regulation: 'PERBRIN_3_2023', article: 'Pasal 33' },
  ],
  PENGISIAN_JABATAN: [{ regulation: 'PERBKN_26_2019', annex: 'Lampiran' }],
});

/**
 * The highest JPM a real assessment can give, in percent: an achieved level is at most 5 and a standard
 * level at least 1 (PermenPANRB 38/2017 levels 1–5), so Σ aktual ≤ 5 × Σ standar.
 */
export const JPM_MAKSIMUM = 500;

/** JPM categories for pemetaan kompetensi, in percent: lower bounds inclusive (Peraturan BRIN 3/2023 Pasal 33). */
export const BAND_PEMETAAN: readonly ScaleBand<KategoriPemetaan>[] = scale<KategoriPemetaan>([
  ['[0, 78)', 'KURANG_OPTIMAL', CITE_KATEGORI.PEMETAAN],
  ['[78, 90)', 'CUKUP_OPTIMAL', CITE_KATEGORI.PEMETAAN],
  ['[90, ∞)', 'OPTIMAL', CITE_KATEGORI.PEMETAAN],
]);

/** JPM categories for pengisian jabatan / uji kompetensi, in percent: MS ≥ 80, MMS ≥ 68, KMS below. */
export const BAND_PENGISIAN: readonly ScaleBand<KategoriPengisian>[] = scale<KategoriPengisian>([
  ['[0, 68)', 'KURANG_MEMENUHI_SYARAT', CITE_KATEGORI.PENGISIAN_JABATAN],
  ['[68, 80)', 'MASIH_MEMENUHI_SYARAT', CITE_KATEGORI.PENGISIAN_JABATAN],
  ['[80, ∞)', 'MEMENUHI_SYARAT', CITE_KATEGORI.PENGISIAN_JABATAN],
]);

/** The bands of each scheme. */
export const BAND_JPM: Readonly<Record<SkemaJpm, readonly ScaleBand<KategoriJpm>[]>> = deepFreeze({
  PEMETAAN: BAND_PEMETAAN,
  PENGISIAN_JABATAN: BAND_PENGISIAN,
});

/** The band of an exact percentage under a scheme. */
export function bandJpm(persen: Decimal, skema: SkemaJpm): ScaleBand<KategoriJpm> {
  // The bands cover [0, +∞) and persen is never negative, so a band is always found.
  return findBand(BAND_JPM[skema], persen) as ScaleBand<KategoriJpm>;
}

/** The JPM category of an exact percentage under a scheme. */
export function kategoriJpm(persen: Decimal, skema: SkemaJpm): KategoriJpm {
  return bandJpm(persen, skema).value;
}

export const jobPersonMatchInput = z
  .object({
    standar: standarKompetensiSchema,
    aktual: profilAktualSchema,
  })
  .check(superRefineParsed((v, ctx) => periksaKelengkapan(v.standar, v.aktual, ['aktual'], pencatatIsu(ctx))));
export type JobPersonMatchInput = z.input<typeof jobPersonMatchInput>;

export const jobPersonMatchOptions = z.object({
  skema: z
    ._default(z.enum(SKEMA_JPM), 'PEMETAAN')
    .check(z.describe("'PEMETAAN' (Optimal / Cukup Optimal / Kurang Optimal) or 'PENGISIAN_JABATAN' (MS / MMS / KMS)")),
  ...PENGATURAN_JPM,
});
export type JobPersonMatchOptions = z.input<typeof jobPersonMatchOptions>;

const kodeOutput = z.string().check(z.describe('Competency code: a national code (INTEGRITAS … PEREKAT_BANGSA) or an agency teknis code'));
const kelompokOutput = z.enum(KELOMPOK_KOMPETENSI);

const gapOutput = z.object({
  kompetensi: kodeOutput,
  kelompok: kelompokOutput,
  standar: z.int().check(z.describe('Required level 1–5')),
  aktual: z.int().check(z.describe('Achieved level 0–5')),
  selisih: z.int().check(z.describe('aktual − standar; negative = deficit')),
});

const rekomendasiOutput = z.object({
  kompetensi: kodeOutput,
  kelompok: kelompokOutput,
  dariLevel: z.int().check(z.describe('Achieved level')),
  keLevel: z.int().check(z.describe('Target (standard) level')),
  targetPerilaku: z
    .nullable(z.string())
    .check(z.describe('What the target level means, from the kamus kompetensi; null for teknis competencies')),
});

/** {@link JobPersonMatch} as JSON. */
export const jobPersonMatchOutput = z.object({
  persen: decimalOutputSchema.check(
    z.describe(
      'JPM in percent, rounded half up to 2 decimals for display (the category is decided on the exact value, jumlahAktual ÷ jumlahStandar × 100)',
    ),
  ),
  kategori: kategoriJpmSchema.check(
    z.describe(
      'JPM category under skema: OPTIMAL/CUKUP_OPTIMAL/KURANG_OPTIMAL (PEMETAAN) or MEMENUHI_SYARAT/MASIH_…/KURANG_… (PENGISIAN_JABATAN)',
    ),
  ),
  skema: z.enum(SKEMA_JPM).check(z.describe('Purpose of the assessment, which selects the category scheme')),
  jumlahAktual: z.int().check(z.describe('Sum of the achieved levels counted (capped per competency when batasiCapaianPadaStandar)')),
  jumlahStandar: z.int().check(z.describe('Sum of the standard levels')),
  gap: z.array(gapOutput).check(z.describe('Every competency of the standard, in kamus order then teknis codes')),
  kekurangan: z.array(z.string()).check(z.describe('Competency codes below standard, largest deficit first')),
  kelebihan: z.array(z.string()).check(z.describe('Competency codes above standard')),
  rekomendasiPengembangan: z
    .array(rekomendasiOutput)
    .check(z.describe('Development needs, one per deficit competency (saran pengembangan)')),
});

/** The value of {@link jobPersonMatch}: JPM, its category, the gap per competency and development needs. */
export type JobPersonMatch = z.output<typeof jobPersonMatchOutput>;
/** A development need for a deficit competency (the report's "saran pengembangan"). */
export type RekomendasiPengembangan = z.output<typeof rekomendasiOutput>;
export type { GapKompetensi } from '../_bersama/jpm.js';
