import * as z from 'zod/mini';
import { type Band, findBand, formatBand } from '../core/bands.js';
import { type Decimal, roundDown, roundHalfUp, toPlainString } from '../core/decimal.js';
import { type Citation, type Reason, reason } from '../core/decision.js';
import { deepFreeze } from '../core/freeze.js';
import type { RuleTable } from '../core/rule.js';
import type { SebutanPp46 } from './types.js';

const CITE_SEBUTAN: Citation[] = deepFreeze([{ regulation: 'PP_46_2011' }, { regulation: 'PERKA_BKN_1_2013', annex: 'Lampiran' }]);

/**
 * How a non-integer nilai between two printed ranges is read. The regulation prints whole-number ranges
 * (91 ke atas Sangat Baik, 76–90 Baik, 61–75 Cukup, 51–60 Kurang, 50 ke bawah Buruk), which leave
 * 90.01–90.99 (and the like) unassigned:
 * - `BATAS_ATAS_INKLUSIF` (preset): each range ends at its printed upper bound, so 90.5 is Sangat Baik
 *   (≤ 50 Buruk, ≤ 60 Kurang, ≤ 75 Cukup, ≤ 90 Baik, > 90 Sangat Baik), as most e-SKP implementations do.
 * - `BATAS_BAWAH_BULAT`: each range starts at its printed lower bound, so 90.5 is Baik
 *   (≥ 91 Sangat Baik, ≥ 76 Baik, ≥ 61 Cukup, ≥ 51 Kurang, < 51 Buruk).
 */
export const TAFSIR_BATAS_PP46 = deepFreeze(['BATAS_ATAS_INKLUSIF', 'BATAS_BAWAH_BULAT'] as const);
export type TafsirBatasPp46 = (typeof TAFSIR_BATAS_PP46)[number];

const upper = (at: number) => ({ at, inclusive: true });
const above = (at: number) => ({ at, inclusive: false });
const from = (at: number) => ({ at, inclusive: true });
const below = (at: number) => ({ at, inclusive: false });

/** Sebutan bands (PP 46/2011, Perka BKN 1/2013 Lampiran), lowest first, under each reading. */
export const BANDS_SEBUTAN_PP46: Readonly<Record<TafsirBatasPp46, readonly Band<SebutanPp46>[]>> = deepFreeze({
  BATAS_ATAS_INKLUSIF: [
    { value: 'BURUK', max: upper(50) },
    { value: 'KURANG', min: above(50), max: upper(60) },
    { value: 'CUKUP', min: above(60), max: upper(75) },
    { value: 'BAIK', min: above(75), max: upper(90) },
    { value: 'SANGAT_BAIK', min: above(90) },
  ],
  BATAS_BAWAH_BULAT: [
    { value: 'BURUK', max: below(51) },
    { value: 'KURANG', min: from(51), max: below(61) },
    { value: 'CUKUP', min: from(61), max: below(76) },
    { value: 'BAIK', min: from(76), max: below(91) },
    { value: 'SANGAT_BAIK', min: from(91) },
  ],
});

/** Shared settings of the PP 46/2011 rules: display precision, rounding and band reading. */
export const pengaturanPp46Fields = deepFreeze({
  desimal: z
    ._default(z.int().check(z.minimum(0), z.maximum(10)), 2)
    .check(z.describe('Decimals kept in the values shown on the form (preset 2)')),
  pembulatan: z
    ._default(z.enum(['HALF_UP', 'DOWN']), 'HALF_UP')
    .check(z.describe('Rounding of shown values: half up (preset) or truncation, which some published examples use')),
  tafsirBatas: z._default(z.enum(TAFSIR_BATAS_PP46), 'BATAS_ATAS_INKLUSIF').check(z.describe('Reading of the whole-number sebutan ranges')),
});
export const pengaturanPp46Schema = z.prefault(z.object(pengaturanPp46Fields), {});
export type PengaturanPp46 = z.output<typeof pengaturanPp46Schema>;

/** Rounds a value for display as the settings say. */
export function tampilkan(value: Decimal, s: PengaturanPp46): Decimal {
  return s.pembulatan === 'DOWN' ? roundDown(value, s.desimal) : roundHalfUp(value, s.desimal);
}

/** Sebutan of a PP 46/2011 value (already rounded for display). */
export function sebutanPp46(nilai: Decimal, s: PengaturanPp46): SebutanPp46 {
  // The band tables are open at both ends, so every value has a band.
  return findBand(BANDS_SEBUTAN_PP46[s.tafsirBatas], nilai)!.value;
}

export function sebutanReason(
  ruleId: string,
  code: string,
  nilai: Decimal,
  s: PengaturanPp46,
  unsur: string,
): { sebutan: SebutanPp46; reason: Reason } {
  const band = findBand(BANDS_SEBUTAN_PP46[s.tafsirBatas], nilai)!;
  return {
    sebutan: band.value,
    reason: reason(ruleId, code, 'INFO', CITE_SEBUTAN, {
      unsur,
      nilai: toPlainString(nilai),
      rentang: formatBand(band),
      sebutan: band.value,
      tafsirBatas: s.tafsirBatas,
    }),
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
});
