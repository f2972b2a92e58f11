import type { Band } from '../core/bands.js';
import type { Citation } from '../core/decision.js';
import { deepFreeze } from '../core/freeze.js';
import type { RuleVersion } from '../core/versions.js';
import { type MutuPelayanan, type PedomanSkm, UNSUR_IKM_2004, UNSUR_SKM_2014, UNSUR_SKM_2017, type UnsurPelayanan } from './types.js';

/** One row of a conversion table: mutu, nilai persepsi, nilai interval (1–4) and nilai interval konversi (25–100), as printed. */
export interface IntervalMutu {
  mutu: MutuPelayanan;
  nilaiPersepsi: 1 | 2 | 3 | 4;
  /** Nilai interval (NI), on the 1–4 scale, as printed: [from, to]. */
  ni: readonly [string, string];
  /** Nilai interval konversi (NIK), on the 25–100 scale, as printed: [from, to]. */
  nik: readonly [string, string];
}

/**
 * PermenPANRB 14/2017, Lampiran (conversion table), as agencies publish it (Tulang Bawang Barat e-SMILE portal;
 * RSD Nganjuk dataset 2024). NI is exactly NIK ÷ 25. Best first.
 */
export const INTERVAL_MUTU_2017: readonly IntervalMutu[] = deepFreeze([
  { mutu: 'A', nilaiPersepsi: 4, ni: ['3.5324', '4.00'], nik: ['88.31', '100.00'] },
  { mutu: 'B', nilaiPersepsi: 3, ni: ['3.0644', '3.532'], nik: ['76.61', '88.30'] },
  { mutu: 'C', nilaiPersepsi: 2, ni: ['2.60', '3.064'], nik: ['65.00', '76.60'] },
  { mutu: 'D', nilaiPersepsi: 1, ni: ['1.00', '2.5996'], nik: ['25.00', '64.99'] },
]);

/**
 * KepmenPAN 25/M.PAN/2/2004, Lampiran (conversion table), quoted by UPT BPSMB Disperindag Provinsi Bali (2013);
 * row A completed from secondary copies. Its NI column is not NIK ÷ 25 (1,76 against 43,76 ÷ 25 = 1,7504):
 * the library classifies on the NIK (published IKM) scale. Best first.
 */
export const INTERVAL_MUTU_2004: readonly IntervalMutu[] = deepFreeze([
  { mutu: 'A', nilaiPersepsi: 4, ni: ['3.26', '4.00'], nik: ['81.26', '100.00'] },
  { mutu: 'B', nilaiPersepsi: 3, ni: ['2.51', '3.25'], nik: ['62.51', '81.25'] },
  { mutu: 'C', nilaiPersepsi: 2, ni: ['1.76', '2.50'], nik: ['43.76', '62.50'] },
  { mutu: 'D', nilaiPersepsi: 1, ni: ['1.00', '1.75'], nik: ['25.00', '43.75'] },
]);

/**
 * The printed closed intervals leave gaps of 0,01 (88,30 < x < 88,31). Read as lower-bound thresholds they
 * become a gapless band table on the IKM scale, lowest first: what both settings of `tafsirCelah` classify
 * with (on the IKM rounded to 2 decimals, or on the exact IKM).
 */
export function bandsIkm(interval: readonly IntervalMutu[]): Band<MutuPelayanan>[] {
  const ascending = [...interval].reverse();
  return ascending.map((row, i) => {
    const next = ascending[i + 1];
    return {
      value: row.mutu,
      min: { at: row.nik[0], inclusive: true },
      max: next ? { at: next.nik[0], inclusive: false } : { at: row.nik[1], inclusive: true },
    };
  });
}

/** What a pedoman fixes for the computation. */
export interface Pedoman {
  pedoman: PedomanSkm;
  unsur: readonly UnsurPelayanan[];
  /** The weight as printed in the pedoman or its agency copies (1/n rounded to 3 decimals). */
  bobotTercetak: string;
  /** The conversion table (for PermenPANRB 16/2014: the setting `intervalMutu2014` chooses). */
  interval: readonly IntervalMutu[];
}

/**
 * The pedoman a survey follows, by a date inside its survey period. The day each regulation took effect was
 * not read: each is taken from 1 January of its year (unconfirmed); in that first year a survey run under the
 * previous pedoman is accepted with `options.pedoman`.
 */
export const VERSI_SKM: readonly RuleVersion<Pedoman>[] = deepFreeze([
  {
    id: 'KEPMENPAN_25_2004',
    from: '2004-01-01',
    to: '2014-01-01',
    citations: [{ regulation: 'KEPMENPAN_25_2004', annex: 'Lampiran' }],
    value: { pedoman: 'KEPMENPAN_25_2004', unsur: UNSUR_IKM_2004, bobotTercetak: '0.071', interval: INTERVAL_MUTU_2004 },
  },
  {
    id: 'PERMENPANRB_16_2014',
    from: '2014-01-01',
    to: '2017-01-01',
    citations: [{ regulation: 'PERMENPANRB_16_2014', annex: 'Lampiran' }],
    value: { pedoman: 'PERMENPANRB_16_2014', unsur: UNSUR_SKM_2014, bobotTercetak: '0.111', interval: INTERVAL_MUTU_2004 },
  },
  {
    id: 'PERMENPANRB_14_2017',
    from: '2017-01-01',
    citations: [
      { regulation: 'PERMENPANRB_14_2017', article: 'Pasal 1 ayat (1)' },
      { regulation: 'PERMENPANRB_14_2017', annex: 'Lampiran' },
    ],
    value: { pedoman: 'PERMENPANRB_14_2017', unsur: UNSUR_SKM_2017, bobotTercetak: '0.111', interval: INTERVAL_MUTU_2017 },
  },
]);

/** Citations of the conversion table and the computation of each pedoman. */
export const LAMPIRAN: Readonly<Record<PedomanSkm, Citation[]>> = deepFreeze({
  KEPMENPAN_25_2004: [{ regulation: 'KEPMENPAN_25_2004', annex: 'Lampiran' }],
  PERMENPANRB_16_2014: [{ regulation: 'PERMENPANRB_16_2014', annex: 'Lampiran' }],
  PERMENPANRB_14_2017: [{ regulation: 'PERMENPANRB_14_2017', annex: 'Lampiran' }],
});

/**
 * Krejcie, R. V. & Morgan, D. W. (1970), "Determining Sample Size for Research Activities", Educational and
 * Psychological Measurement 30(3), 607–610, Table 1: [population N, minimum sample S]. Each S is the formula
 * s = χ²NP(1−P) ÷ (d²(N−1) + χ²P(1−P)), χ² = 3,841, P = 0,5, d = 0,05, rounded to the nearest whole number
 * (checked row by row in test/pelayanan). Agencies applying PermenPANRB 14/2017 take the minimum sample from it.
 */
export const TABEL_KREJCIE_MORGAN: readonly (readonly [number, number])[] = deepFreeze([
  [10, 10],
  [15, 14],
  [20, 19],
  [25, 24],
  [30, 28],
  [35, 32],
  [40, 36],
  [45, 40],
  [50, 44],
  [55, 48],
  [60, 52],
  [65, 56],
  [70, 59],
  [75, 63],
  [80, 66],
  [85, 70],
  [90, 73],
  [95, 76],
  [100, 80],
  [110, 86],
  [120, 92],
  [130, 97],
  [140, 103],
  [150, 108],
  [160, 113],
  [170, 118],
  [180, 123],
  [190, 127],
  [200, 132],
  [210, 136],
  [220, 140],
  [230, 144],
  [240, 148],
  [250, 152],
  [260, 155],
  [270, 159],
  [280, 162],
  [290, 165],
  [300, 169],
  [320, 175],
  [340, 181],
  [360, 186],
  [380, 191],
  [400, 196],
  [420, 201],
  [440, 205],
  [460, 210],
  [480, 214],
  [500, 217],
  [550, 226],
  [600, 234],
  [650, 242],
  [700, 248],
  [750, 254],
  [800, 260],
  [850, 265],
  [900, 269],
  [950, 274],
  [1000, 278],
  [1100, 285],
  [1200, 291],
  [1300, 297],
  [1400, 302],
  [1500, 306],
  [1600, 310],
  [1700, 313],
  [1800, 317],
  [1900, 320],
  [2000, 322],
  [2200, 327],
  [2400, 331],
  [2600, 335],
  [2800, 338],
  [3000, 341],
  [3500, 346],
  [4000, 351],
  [4500, 354],
  [5000, 357],
  [6000, 361],
  [7000, 364],
  [8000, 367],
  [9000, 368],
  [10000, 370],
  [15000, 375],
  [20000, 377],
  [30000, 379],
  [40000, 380],
  [50000, 381],
  [75000, 382],
  [1000000, 384],
] as const);

/** How the minimum sample is read from the population. */
export const METODE_SAMPEL = deepFreeze(['TABEL_KREJCIE_MORGAN', 'RUMUS_BULAT_ATAS'] as const);
export type MetodeSampel = (typeof METODE_SAMPEL)[number];

/**
 * The minimum sample for a population: from the table, the row of the smallest tabulated population at
 * least as large (above 1 000 000: the last row, 384); or the formula rounded up. Never more than the population.
 */
export function sampelMinimum(populasi: number, metode: MetodeSampel): number {
  let s: number;
  if (metode === 'TABEL_KREJCIE_MORGAN') {
    s = (TABEL_KREJCIE_MORGAN.find(([n]) => n >= populasi) ?? TABEL_KREJCIE_MORGAN[TABEL_KREJCIE_MORGAN.length - 1]!)[1];
  } else {
    // s = 3,841·N·0,25 ÷ (0,0025·(N−1) + 3,841·0,25) = 3841·N ÷ (10·N + 3831), exactly, rounded up.
    const num = 3841n * BigInt(populasi);
    const den = 10n * BigInt(populasi) + 3831n;
    s = Number((num + den - 1n) / den);
  }
  return Math.min(s, populasi);
}
