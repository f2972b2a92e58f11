import { deepFreeze } from '../../core/freeze.js';

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

/**
 * The Krejcie–Morgan formula in whole numbers: s = 3,841·N·0,25 ÷ (0,0025·(N−1) + 3,841·0,25), both sides
 * × 4 000, is 3841·N ÷ (10·N + 3831) exactly.
 */
export const RUMUS_KREJCIE_MORGAN = deepFreeze({ pembilang: 3841n, penyebutPerN: 10n, penyebutTetap: 3831n });

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
    const num = RUMUS_KREJCIE_MORGAN.pembilang * BigInt(populasi);
    const den = RUMUS_KREJCIE_MORGAN.penyebutPerN * BigInt(populasi) + RUMUS_KREJCIE_MORGAN.penyebutTetap;
    s = Number((num + den - 1n) / den);
  }
  return Math.min(s, populasi);
}
