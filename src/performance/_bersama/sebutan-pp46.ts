/**
 * The sebutan of a PP 46/2011 value and the display settings shared by the two PP 46/2011 rules
 * (capaianSkp, nilaiPrestasiKerjaPp46). Not a rule: each rule states its own sebutan reason with this band.
 */
import * as z from 'zod/mini';
import { findBand, formatBand } from '../../core/bands.js';
import { type Decimal, roundDown, roundHalfUp, toPlainString } from '../../core/decimal.js';
import type { Citation } from '../../core/decision.js';
import { deepFreeze } from '../../core/freeze.js';
import type { RuleTable } from '../../core/rule.js';
import { type ScaleBand, scale } from '../../core/tables.js';
import { type SebutanPp46, TAFSIR_BATAS_PP46, type TafsirBatasPp46 } from '../types.js';

/** PP 46/2011 with the Lampiran of Perka BKN 1/2013, which prints the sebutan ranges. */
export const CITE_SEBUTAN: readonly Citation[] = deepFreeze([
  {
    regulation: 'PP_46_2011',
    unlocated:
      'The sebutan ranges 91 ke atas / 76–90 / 61–75 / 51–60 / 50 ke bawah appear in BKN guidance on PP 46/2011 (RUMUS slides, scribd 376874092, S); the only copy of the PP found is an unreadable scan, so the article is not known',
  },
  { regulation: 'PERKA_BKN_1_2013', annex: 'Lampiran' },
]);

/** Sebutan bands (PP 46/2011, Perka BKN 1/2013 Lampiran), lowest first, under each reading of {@link TAFSIR_BATAS_PP46}. */
export const BANDS_SEBUTAN_PP46: Readonly<Record<TafsirBatasPp46, readonly ScaleBand<SebutanPp46>[]>> = deepFreeze({
  BATAS_ATAS_INKLUSIF: scale<SebutanPp46>([
    ['(−∞, 50]', 'BURUK', CITE_SEBUTAN],
    ['(50, 60]', 'KURANG', CITE_SEBUTAN],
    ['(60, 75]', 'CUKUP', CITE_SEBUTAN],
    ['(75, 90]', 'BAIK', CITE_SEBUTAN],
    ['(90, ∞)', 'SANGAT_BAIK', CITE_SEBUTAN],
  ]),
  BATAS_BAWAH_BULAT: scale<SebutanPp46>([
    ['(−∞, 51)', 'BURUK', CITE_SEBUTAN],
    ['[51, 61)', 'KURANG', CITE_SEBUTAN],
    ['[61, 76)', 'CUKUP', CITE_SEBUTAN],
    ['[76, 91)', 'BAIK', CITE_SEBUTAN],
    ['[91, ∞)', 'SANGAT_BAIK', CITE_SEBUTAN],
  ]),
});

/** Display settings of the PP 46/2011 rules: flat fields of their options. */
export const pengaturanPp46Fields = deepFreeze({
  desimal: z
    ._default(z.int().check(z.minimum(0), z.maximum(10)), 2)
    .check(z.describe('Setting: decimals kept in the values shown on the form (preset 2)')),
  pembulatan: z
    ._default(z.enum(['HALF_UP', 'DOWN']), 'HALF_UP')
    .check(z.describe('Setting: rounding of shown values: half up (preset) or truncation, which some published examples use')),
  tafsirBatas: z
    ._default(z.enum(TAFSIR_BATAS_PP46), 'BATAS_ATAS_INKLUSIF')
    .check(z.describe('Setting: reading of the whole-number sebutan ranges (preset BATAS_ATAS_INKLUSIF; the regulation does not say)')),
});
const pengaturanPp46 = z.object(pengaturanPp46Fields);
export type PengaturanPp46 = z.output<typeof pengaturanPp46>;

/** Rounds a value for display as the settings say. */
export function tampilkan(value: Decimal, s: PengaturanPp46): Decimal {
  return s.pembulatan === 'DOWN' ? roundDown(value, s.desimal) : roundHalfUp(value, s.desimal);
}

/** The band of a PP 46/2011 value (already rounded for display): the tables are open at both ends, so every value has one. */
const bandOf = (nilai: Decimal, s: PengaturanPp46) => findBand(BANDS_SEBUTAN_PP46[s.tafsirBatas], nilai)!;

/** Sebutan of a PP 46/2011 value (already rounded for display). */
export function sebutanPp46(nilai: Decimal, s: PengaturanPp46): SebutanPp46 {
  return bandOf(nilai, s).value;
}

/**
 * The sebutan of a value with the facts of its reason (`unsur` is the label of what is rated: SKP,
 * PERILAKU_KERJA, PRESTASI_KERJA). Each rule states the reason under its own code with these facts.
 */
export function sebutanDenganFakta(nilai: Decimal, s: PengaturanPp46, unsur: string) {
  const band = bandOf(nilai, s);
  return {
    sebutan: band.value,
    citations: CITE_SEBUTAN,
    facts: { unsur, nilai: toPlainString(nilai), rentang: formatBand(band), sebutan: band.value, tafsirBatas: s.tafsirBatas },
  };
}

/** The sebutan ranges under both readings, for the documentation. */
export const sebutanTable: RuleTable = deepFreeze({
  title: { id: 'Sebutan (rentang nilai menurut tafsirBatas)', en: 'Sebutan (score ranges by tafsirBatas)' },
  columns: ['sebutan', ...TAFSIR_BATAS_PP46],
  rows: BANDS_SEBUTAN_PP46.BATAS_ATAS_INKLUSIF.map((band, i) => [
    band.value,
    formatBand(band),
    formatBand(BANDS_SEBUTAN_PP46.BATAS_BAWAH_BULAT[i]!),
  ]).reverse(),
  dasar: BANDS_SEBUTAN_PP46.BATAS_ATAS_INKLUSIF.map((band) => band.dasar).reverse(),
});
