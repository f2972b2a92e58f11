import * as z from 'zod/mini';
import { findBand } from '../../core/bands.js';
import type { Citation } from '../../core/decision.js';
import { type Decimal, decimalSchema, toPlainString } from '../../core/decimal.js';
import { deepFreeze } from '../../core/freeze.js';
import { decimalOutputSchema } from '../../core/output.js';
import { refineParsed, superRefineParsed } from '../../core/refine.js';
import { cachedScale, scale, type ScaleBand } from '../../core/tables.js';
import { pencatatIsu, periksaKelengkapan } from '../_bersama/invariants.js';
import { PENGATURAN_JPM } from '../_bersama/jpm.js';
import { CITE_PERATURAN_JF } from '../_bersama/kutipan.js';
import { profilAktualSchema, standarKompetensiSchema } from '../_bersama/profil.js';
import type { KategoriJpm, KategoriPemetaan, KategoriPengisian, SkemaJpm } from '../types.js';
import { KELOMPOK_KOMPETENSI, kategoriJpmSchema, SKEMA_JPM } from '../types.js';

// The JPM bands and schemas: the data of competency.jobPersonMatch, shared with jpmTertimbang,
// peringkatKandidat and penempatanOptimal through the rule's module.

/** Peraturan BRIN 3/2023 Pasal 33, by ayat: one ayat per category of the pemetaan scheme. */
const brinPasal33 = (ayat: 1 | 2 | 3): Citation => ({ regulation: 'PERBRIN_3_2023', article: `Pasal 33 ayat (${ayat})` });

/** The MS / MMS / KMS bands are not located in any regulation of the catalogue: what is known of them. */
export const CITE_BAND_PENGISIAN: readonly Citation[] = CITE_PERATURAN_JF;

/** Where the categories of each scheme are set, as a whole. Shared by every decision's reasons: frozen. */
export const CITE_KATEGORI: Readonly<Record<SkemaJpm, readonly Citation[]>> = deepFreeze({
  PEMETAAN: [{ regulation: 'PERBRIN_3_2023', article: 'Pasal 33' }],
  PENGISIAN_JABATAN: CITE_BAND_PENGISIAN,
});

/**
 * The highest JPM a real assessment can give, in percent: an achieved level is at most 5 and a standard
 * level at least 1 (PermenPANRB 38/2017 levels 1–5), so Σ aktual ≤ 5 × Σ standar.
 */
export const JPM_MAKSIMUM = 500;

/**
 * Preset lower bounds (inclusive) of the upper two categories of each scheme, in percent JPM (settings
 * `ambangPemetaan`, `ambangPengisian`). PEMETAAN 90/78: Peraturan BRIN 3/2023 Pasal 33, an agency
 * regulation; PENGISIAN_JABATAN 80/68: one JF regulation's Lampiran D and assessment applications. Neither
 * is located in a national regulation.
 */
export const AMBANG_KATEGORI_JPM_PRESET = deepFreeze({
  PEMETAAN: { optimal: 90, cukupOptimal: 78 },
  PENGISIAN_JABATAN: { memenuhiSyarat: 80, masihMemenuhiSyarat: 68 },
} as const);

/** The category thresholds a rule reads, after defaults (percent JPM, lower bounds inclusive). */
export interface AmbangKategoriJpm {
  readonly ambangPemetaan: { readonly optimal: Decimal; readonly cukupOptimal: Decimal };
  readonly ambangPengisian: { readonly memenuhiSyarat: Decimal; readonly masihMemenuhiSyarat: Decimal };
}

const batas = (d: Decimal | number) => (typeof d === 'number' ? String(d) : toPlainString(d));

/** The pemetaan bands for the thresholds: Kurang Optimal [0, cukupOptimal), Cukup Optimal, Optimal [optimal, ∞). */
function bandPemetaan(a: { optimal: Decimal | number; cukupOptimal: Decimal | number }): readonly ScaleBand<KategoriPemetaan>[] {
  return scale<KategoriPemetaan>([
    [`[0, ${batas(a.cukupOptimal)})`, 'KURANG_OPTIMAL', brinPasal33(3)],
    [`[${batas(a.cukupOptimal)}, ${batas(a.optimal)})`, 'CUKUP_OPTIMAL', brinPasal33(2)],
    [`[${batas(a.optimal)}, ∞)`, 'OPTIMAL', brinPasal33(1)],
  ]);
}

/** The pengisian jabatan bands for the thresholds: KMS [0, MMS), MMS, MS [MS, ∞). */
function bandPengisian(a: {
  memenuhiSyarat: Decimal | number;
  masihMemenuhiSyarat: Decimal | number;
}): readonly ScaleBand<KategoriPengisian>[] {
  return scale<KategoriPengisian>([
    [`[0, ${batas(a.masihMemenuhiSyarat)})`, 'KURANG_MEMENUHI_SYARAT', CITE_BAND_PENGISIAN],
    [`[${batas(a.masihMemenuhiSyarat)}, ${batas(a.memenuhiSyarat)})`, 'MASIH_MEMENUHI_SYARAT', CITE_BAND_PENGISIAN],
    [`[${batas(a.memenuhiSyarat)}, ∞)`, 'MEMENUHI_SYARAT', CITE_BAND_PENGISIAN],
  ]);
}

/**
 * JPM categories for pemetaan kompetensi at the preset thresholds, in percent: lower bounds inclusive,
 * each row citing its ayat of Peraturan BRIN 3/2023 Pasal 33.
 */
export const BAND_PEMETAAN: readonly ScaleBand<KategoriPemetaan>[] = bandPemetaan(AMBANG_KATEGORI_JPM_PRESET.PEMETAAN);

/** JPM categories for pengisian jabatan / uji kompetensi at the preset thresholds, in percent: MS ≥ 80, MMS ≥ 68, KMS below. */
export const BAND_PENGISIAN: readonly ScaleBand<KategoriPengisian>[] = bandPengisian(AMBANG_KATEGORI_JPM_PRESET.PENGISIAN_JABATAN);

/** The bands of each scheme at the preset thresholds. */
export const BAND_JPM: Readonly<Record<SkemaJpm, readonly ScaleBand<KategoriJpm>[]>> = deepFreeze({
  PEMETAAN: BAND_PEMETAAN,
  PENGISIAN_JABATAN: BAND_PENGISIAN,
});

/** The bands at given thresholds, built once per distinct setting (not per decision). */
const bandPemetaanDari = cachedScale(bandPemetaan, (a) => `${batas(a.cukupOptimal)}|${batas(a.optimal)}`);
const bandPengisianDari = cachedScale(bandPengisian, (a) => `${batas(a.masihMemenuhiSyarat)}|${batas(a.memenuhiSyarat)}`);

/** The bands of a scheme at the given thresholds (the presets when none are given). */
export function bandsJpm(skema: SkemaJpm, ambang?: AmbangKategoriJpm): readonly ScaleBand<KategoriJpm>[] {
  if (!ambang) return BAND_JPM[skema];
  return skema === 'PEMETAAN' ? bandPemetaanDari(ambang.ambangPemetaan) : bandPengisianDari(ambang.ambangPengisian);
}

/** The band of an exact percentage under a scheme, at the given thresholds (the presets when none are given). */
export function bandJpm(persen: Decimal, skema: SkemaJpm, ambang?: AmbangKategoriJpm): ScaleBand<KategoriJpm> {
  // The bands cover [0, +∞) and persen is never negative, so a band is always found.
  return findBand(bandsJpm(skema, ambang), persen) as ScaleBand<KategoriJpm>;
}

/** The JPM category of an exact percentage under a scheme, at the given thresholds (the presets when none are given). */
export function kategoriJpm(persen: Decimal, skema: SkemaJpm, ambang?: AmbangKategoriJpm): KategoriJpm {
  return bandJpm(persen, skema, ambang).value;
}

const ambangSchema = (preset: number) => z.prefault(decimalSchema({ min: 0, max: JPM_MAKSIMUM }), preset);
const { PEMETAAN: AP, PENGISIAN_JABATAN: AI } = AMBANG_KATEGORI_JPM_PRESET;
const positif = (nama: string) => ({
  text: { en: `${nama} must be greater than 0`, id: `${nama} harus lebih besar daripada 0` },
  path: [nama],
});

/**
 * The category thresholds as flat option fields: jobPersonMatch, jpmTertimbang and peringkatKandidat spread
 * them into their options (`z.object({ skema, ...PENGATURAN_KATEGORI_JPM })`).
 */
export const PENGATURAN_KATEGORI_JPM = {
  ambangPemetaan: z.prefault(z.object({ optimal: ambangSchema(AP.optimal), cukupOptimal: ambangSchema(AP.cukupOptimal) }), {}).check(
    refineParsed((a) => a.optimal.greaterThan(a.cukupOptimal), {
      text: { en: 'optimal must be greater than cukupOptimal', id: 'optimal harus lebih besar daripada cukupOptimal' },
    }),
    refineParsed((a) => a.cukupOptimal.greaterThan(0), positif('cukupOptimal')),
    z.describe(
      `Setting: lower bounds (inclusive) of Optimal and Cukup Optimal under skema PEMETAAN, in % JPM. Preset ${AP.optimal}/${AP.cukupOptimal}: Peraturan BRIN 3/2023 Pasal 33, an agency regulation (its text read); no national regulation located for them.`,
    ),
  ),
  ambangPengisian: z
    .prefault(z.object({ memenuhiSyarat: ambangSchema(AI.memenuhiSyarat), masihMemenuhiSyarat: ambangSchema(AI.masihMemenuhiSyarat) }), {})
    .check(
      refineParsed((a) => a.memenuhiSyarat.greaterThan(a.masihMemenuhiSyarat), {
        text: {
          en: 'memenuhiSyarat must be greater than masihMemenuhiSyarat',
          id: 'memenuhiSyarat harus lebih besar daripada masihMemenuhiSyarat',
        },
      }),
      refineParsed((a) => a.masihMemenuhiSyarat.greaterThan(0), positif('masihMemenuhiSyarat')),
      z.describe(
        `Setting: lower bounds (inclusive) of Memenuhi Syarat and Masih Memenuhi Syarat under skema PENGISIAN_JABATAN, in % JPM (masihMemenuhiSyarat is also the uji kompetensi pass mark of jpmTertimbang). Preset ${AI.memenuhiSyarat}/${AI.masihMemenuhiSyarat}: one JF regulation's Lampiran D and assessment applications (secondary); no national regulation located for them.`,
      ),
    ),
};

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
  ...PENGATURAN_KATEGORI_JPM,
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
      'JPM as shown, at most 100 %: min(persenTanpaBatas, 100), exact (jumlahAktual ÷ jumlahStandar × 100 to 40 significant digits); the part above 100 % is surplusPersen',
    ),
  ),
  persenDisplay: decimalOutputSchema.check(z.describe('persen rounded half up to exactly 2 decimals, for display')),
  surplusPersen: decimalOutputSchema.check(
    z.describe('The JPM above 100 % (levels achieved above the standard), exact: persenTanpaBatas − 100, or 0'),
  ),
  surplusPersenDisplay: decimalOutputSchema.check(z.describe('surplusPersen rounded half up to exactly 2 decimals, for display')),
  persenTanpaBatas: decimalOutputSchema.check(
    z.describe(
      'The uncapped ratio jumlahAktual ÷ jumlahStandar × 100, exact (persen + surplusPersen); the category is decided on it (on min(it, 100) under batasiJpmPada100)',
    ),
  ),
  persenTanpaBatasDisplay: decimalOutputSchema.check(z.describe('persenTanpaBatas rounded half up to exactly 2 decimals, for display')),
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
