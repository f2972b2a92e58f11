/** Deterministic test matrices for the placement benchmark. */
import { KOMPETENSI_MANSOSKUL } from '../src/competency/types.js';
import { seededRandom } from '../examples/workforce.js';

/** The same seeded PRNG as the demo's workforce, so every run and every solver sees the same matrices. */
const prng = seededRandom;

/** Uniform random costs in [0, 1): the usual benchmark of SciPy's linear_sum_assignment. */
export function uniformMatrix(n: number, m: number, seed: number): number[][] {
  const r = prng(seed);
  return Array.from({ length: n }, () => Array.from({ length: m }, () => r()));
}

const KODE = KOMPETENSI_MANSOSKUL;

/** Candidates with random achieved levels and posts with a random jenjang standard (1–5 for all nine). */
export function placementCase(n: number, m: number, seed: number) {
  const r = prng(seed);
  const kandidat = Array.from({ length: n }, (_, i) => ({
    id: `K${String(i).padStart(5, '0')}`,
    profil: Object.fromEntries(KODE.map((k) => [k, 1 + Math.floor(r() * 5)])),
  }));
  const formasi = Array.from({ length: m }, (_, j) => {
    const base = 1 + Math.floor(r() * 5);
    return {
      id: `F${String(j).padStart(5, '0')}`,
      standar: Object.fromEntries(KODE.map((k) => [k, Math.min(5, Math.max(1, base + (r() < 0.2 ? (r() < 0.5 ? -1 : 1) : 0)))])),
    };
  });
  return { kandidat, formasi };
}

/** The JPM cost matrix of a placement case (negated hundredths: minimising cost maximises JPM). Many ties. */
export function jpmCostMatrix(c: ReturnType<typeof placementCase>): number[][] {
  return c.kandidat.map((k) =>
    c.formasi.map((f) => {
      let s = 0;
      let a = 0;
      for (const kode of KODE) {
        s += f.standar[kode]!;
        a += k.profil[kode]!;
      }
      return -Math.floor((20000 * a + s) / (2 * s));
    }),
  );
}
