import type * as z from 'zod/mini';
import { jpmSeratusan } from '../_bersama/fit.js';
import type { PengaturanJpm } from '../_bersama/jpm.js';
import { solveDense } from '../_bersama/linear-assignment.js';
import type { penempatanOptimalInput, PrioritasPenempatan } from './skema.js';

// The typed-array core of competency.penempatanOptimal: the fit matrix, the solver's weights and the
// optimal holder of each post. Rows are candidates, columns posts, both in id order.

type Masukan = z.output<typeof penempatanOptimalInput>;

/** Fits are compared in hundredths (0.01, JPM's display precision): a fit of 92.59 is 9259. */
export const SERATUS = 100;

/** Marks a pair that may not be placed (null fit, below the minimum, or forbidden): no fit is negative. */
export const TIDAK_BOLEH = -1;

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The indices of a list in id order (code point): the canonical order, so input order never matters. */
export function urutanMenurutId(list: readonly { id: string }[]): number[] {
  return list.map((_, i) => i).sort((a, b) => byCodePoint(list[a]!.id, list[b]!.id));
}

/** The key of a candidate–post pair in the forbidden set (ids cannot hold U+0000). */
export const kunciPasangan = (kandidat: string, formasi: string) => `${kandidat}\u0000${formasi}`;

/** The fit of every pair in canonical order: `fit[i * m + j]` in hundredths, {@link TIDAK_BOLEH} where not allowed. */
export interface MatriksKecocokan {
  readonly n: number;
  readonly m: number;
  readonly fit: Float64Array;
  /** The largest allowed fit (0 when none), for the JUMLAH_TERISI bonus. */
  readonly maxH: number;
}

/**
 * The fit matrix: the given kecocokan, or the JPM of each profil against each standar; a pair below the
 * minimum (minH, in hundredths) or forbidden may not be placed.
 */
export function matriksKecocokan(
  input: Masukan,
  kIdx: readonly number[],
  fIdx: readonly number[],
  minH: number,
  terlarang: ReadonlyMap<string, unknown>,
  pengaturan: PengaturanJpm,
): MatriksKecocokan {
  const n = kIdx.length;
  const m = fIdx.length;
  const fit = new Float64Array(n * m);
  let maxH = 0;
  for (let i = 0; i < n; i++) {
    const k = input.kandidat[kIdx[i]!]!;
    for (let j = 0; j < m; j++) {
      const f = input.formasi[fIdx[j]!]!;
      let h: number;
      if (input.kecocokan) {
        const cell = input.kecocokan[kIdx[i]!]![fIdx[j]!]!;
        h = cell === null ? TIDAK_BOLEH : cell.times(SERATUS).toNumber();
      } else {
        h = jpmSeratusan(f.standar!, k.profil!, pengaturan);
      }
      if (h >= 0 && (h < minH || terlarang.has(kunciPasangan(k.id, f.id)))) h = TIDAK_BOLEH;
      fit[i * m + j] = h;
      if (h > maxH) maxH = h;
    }
  }
  return { n, m, fit, maxH };
}

/**
 * The solver's weight of one pair with fit h (hundredths), so that the maximum total weight is the
 * lexicographic optimum the prioritas asks for. At most p = min(n, m) pairs are placed; weights are
 * integers, exact in float64 (h ≤ 100 000, p ≤ 5 000).
 * - TOTAL_KECOCOKAN, w = h·(p + 1) + 1: the +1 per placed pair adds at most p < p + 1, so it can never
 *   outweigh one unit (0.01) of fit; among equal total fits, more placements win.
 * - JUMLAH_TERISI, w = h + bonus with bonus = maxH·p + 1: every total fit is at most maxH·p < bonus, so
 *   one more placement outweighs any fit; among equal counts, the larger total fit wins.
 * A pair that may not be placed weighs 0, the same as leaving both unmatched (and is dropped afterwards).
 */
export function bobotPenempatan(h: number, p: number, bonus: number, jumlahTerisiDulu: boolean): number {
  return h < 0 ? 0 : jumlahTerisiDulu ? h + bonus : h * (p + 1) + 1;
}

/** The row (candidate) holding each column (post) in the optimal assignment, −1 for a post left empty. */
export function pemegangFormasi({ n, m, fit, maxH }: MatriksKecocokan, prioritas: PrioritasPenempatan): Int32Array {
  const p = Math.min(n, m);
  const bonus = maxH * p + 1;
  const jumlahTerisiDulu = prioritas === 'JUMLAH_TERISI';
  const w = new Float64Array(n * m);
  for (let k = 0; k < n * m; k++) w[k] = bobotPenempatan(fit[k]!, p, bonus, jumlahTerisiDulu);
  const colForRow = n > 0 && m > 0 ? solveDense({ rows: n, cols: m, data: w }, true) : new Int32Array(n).fill(-1);
  const holder = new Int32Array(m).fill(-1);
  for (let i = 0; i < n; i++) {
    const j = colForRow[i]!;
    // A pair that may not be placed weighs 0: the solver may still pair it, and it is dropped here.
    if (j >= 0 && fit[i * m + j]! >= 0) holder[j] = i;
  }
  return holder;
}

/** The best fit of candidate i and the first post (in id order) where it is reached; h = −1 when no post is allowed. */
export function kecocokanTerbaik({ m, fit }: MatriksKecocokan, i: number): { h: number; j: number } {
  let h = TIDAK_BOLEH;
  let best = -1;
  for (let j = 0; j < m; j++) {
    if (fit[i * m + j]! > h) [h, best] = [fit[i * m + j]!, j];
  }
  return { h, j: best };
}

/** Whether any candidate may be placed in post j. */
export function adaKandidatBoleh({ n, m, fit }: MatriksKecocokan, j: number): boolean {
  for (let i = 0; i < n; i++) if (fit[i * m + j]! >= 0) return true;
  return false;
}
