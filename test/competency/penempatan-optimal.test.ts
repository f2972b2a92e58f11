import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jobPersonMatch, MeritInputError, penempatanOptimal, standarKompetensiPreset } from '../../src/index.js';
import { explain } from '../../src/explain.js';

const ids = (p: string, n: number) => Array.from({ length: n }, (_, i) => ({ id: `${p}${String(i).padStart(2, '0')}` }));
const hundredths = (s: string) => Math.round(Number(s) * 100);

/** Best total (then most placed) over all partial matchings, by enumeration; null = not allowed. */
function bruteForce(fit: (number | null)[][], min = 0): number {
  const n = fit.length;
  const m = fit[0]?.length ?? 0;
  const used = new Array<boolean>(m).fill(false);
  let best = 0;
  const go = (i: number, acc: number) => {
    if (i === n) {
      best = Math.max(best, acc);
      return;
    }
    go(i + 1, acc);
    for (let j = 0; j < m; j++) {
      const f = fit[i]![j];
      if (used[j] || f === null || f === undefined || f < min) continue;
      used[j] = true;
      go(i + 1, acc + f);
      used[j] = false;
    }
  };
  go(0, 0);
  return best;
}

/** Greedy: repeatedly take the largest remaining allowed fit. */
function greedy(fit: (number | null)[][]): number {
  const cells: [number, number, number][] = [];
  fit.forEach((row, i) => row.forEach((f, j) => f !== null && cells.push([f, i, j])));
  cells.sort((a, b) => b[0] - a[0]);
  const ri = new Set<number>();
  const cj = new Set<number>();
  let total = 0;
  for (const [f, i, j] of cells) if (!ri.has(i) && !cj.has(j)) [ri.add(i), cj.add(j), (total += f)];
  return total;
}

const fitMatrix = fc.tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 6 })).chain(([n, m]) =>
  fc.array(
    fc.array(
      fc.option(
        fc.integer({ min: 0, max: 20 }).map((x) => x * 5),
        { freq: 4 },
      ),
      { minLength: m, maxLength: m },
    ),
    {
      minLength: n,
      maxLength: n,
    },
  ),
);

describe('penempatanOptimal', () => {
  it('maximises the total fit, beating greedy', () => {
    const v = penempatanOptimal({
      kandidat: ids('K', 2),
      formasi: ids('F', 2),
      kecocokan: [
        [90, 80],
        [85, 50],
      ],
    }).value;
    expect(v.totalKecocokan).toBe('165.00');
    expect(
      greedy([
        [90, 80],
        [85, 50],
      ]),
    ).toBe(140);
  });

  it('total = brute force (n ≤ 6) and ≥ greedy; results independent of input order', () => {
    fc.assert(
      fc.property(fitMatrix, fc.integer({ min: 0, max: 60 }), fc.nat(), (fit, min, seed) => {
        const n = fit.length;
        const m = fit[0]!.length;
        const input = { kandidat: ids('K', n), formasi: ids('F', m), kecocokan: fit };
        const d = penempatanOptimal(input, { minimumKecocokan: min });
        expect(hundredths(d.value.totalKecocokan)).toBe(bruteForce(fit, min) * 100);
        expect(hundredths(d.value.totalKecocokan)).toBeGreaterThanOrEqual(
          greedy(fit.map((r) => r.map((f) => (f !== null && f >= min ? f : null)))) * 100,
        );
        for (const p of d.value.penempatan) {
          const f = fit[Number(p.kandidat.slice(1))]![Number(p.formasi.slice(1))];
          expect(f).not.toBeNull();
          expect(f!).toBeGreaterThanOrEqual(min);
        }
        expect(d.value.penempatan.length + d.value.tidakDitempatkan.length).toBe(n);
        expect(d.value.penempatan.length + d.value.formasiKosong.length).toBe(m);
        // permute candidates and posts (rows and columns together)
        const rp = [...Array(n).keys()].sort((a, b) => ((a * 7919 + seed) % 13) - ((b * 7919 + seed) % 13) || a - b).reverse();
        const cp = [...Array(m).keys()].reverse();
        const shuffled = {
          kandidat: rp.map((i) => input.kandidat[i]!),
          formasi: cp.map((j) => input.formasi[j]!),
          kecocokan: rp.map((i) => cp.map((j) => fit[i]![j]!)),
        };
        expect(penempatanOptimal(shuffled, { minimumKecocokan: min }).value).toEqual(d.value);
      }),
      { numRuns: 150 },
    );
  });

  it('places nobody in a forbidden pair and explains why a candidate is left unplaced', () => {
    const d = penempatanOptimal({
      kandidat: ids('K', 3),
      formasi: ids('F', 2),
      kecocokan: [
        [95, 70],
        [90, null],
        [60, 60],
      ],
      terlarang: [{ kandidat: 'K00', formasi: 'F01', alasan: 'hukuman disiplin sedang berjalan' }],
    });
    expect(d.value.penempatan).toEqual([
      { kandidat: 'K00', formasi: 'F00', kecocokan: '95.00' },
      { kandidat: 'K02', formasi: 'F01', kecocokan: '60.00' },
    ]);
    expect(d.value.tidakDitempatkan).toEqual([{ kandidat: 'K01', alasan: 'KALAH_OPTIMAL' }]);
    expect(explain(d, 'en').join('\n')).toContain('K01 is not placed: their best post F00 (fit 90.00) goes to K00');
    expect(explain(d, 'id').join('\n')).toContain('K01 tidak ditempatkan');
  });

  it('reports empty posts and candidates without an eligible post', () => {
    const v = penempatanOptimal(
      {
        kandidat: ids('K', 2),
        formasi: ids('F', 3),
        kecocokan: [
          [50, null, 70],
          [null, null, 80],
        ],
      },
      { minimumKecocokan: 68 },
    ).value;
    expect(v.penempatan).toEqual([{ kandidat: 'K01', formasi: 'F02', kecocokan: '80.00' }]);
    expect(v.tidakDitempatkan).toEqual([{ kandidat: 'K00', alasan: 'KALAH_OPTIMAL' }]);
    expect(v.formasiKosong).toEqual([
      { formasi: 'F00', alasan: 'TIDAK_ADA_KANDIDAT_MEMENUHI' },
      { formasi: 'F01', alasan: 'TIDAK_ADA_KANDIDAT_MEMENUHI' },
    ]);
  });

  it('JUMLAH_TERISI fills more posts where TOTAL_KECOCOKAN would not', () => {
    const input = {
      kandidat: ids('K', 2),
      formasi: ids('F', 2),
      kecocokan: [
        [100, 10],
        [50, null],
      ],
    };
    expect(penempatanOptimal(input).value.totalKecocokan).toBe('100.00');
    const v = penempatanOptimal(input, { prioritas: 'JUMLAH_TERISI' }).value;
    expect([v.penempatan.length, v.totalKecocokan]).toEqual([2, '60.00']);
  });

  it('places a zero fit rather than nobody, but not below the minimum', () => {
    expect(penempatanOptimal({ kandidat: ids('K', 1), formasi: ids('F', 1), kecocokan: [[0]] }).value.penempatan).toHaveLength(1);
    expect(
      penempatanOptimal({ kandidat: ids('K', 1), formasi: ids('F', 1), kecocokan: [['67.99']] }, { minimumKecocokan: 68 }).value.penempatan,
    ).toHaveLength(0);
  });

  it('computes fit as JPM (2 decimals) from profiles and standards', () => {
    const admin = standarKompetensiPreset('ADMINISTRATOR');
    const pengawas = standarKompetensiPreset('PENGAWAS');
    const profilA = { ...admin, KOMUNIKASI: 2, PENGEMBANGAN_DIRI_DAN_ORANG_LAIN: 2 };
    const profilB = { ...pengawas };
    const v = penempatanOptimal({
      kandidat: [
        { id: 'A', profil: profilA },
        { id: 'B', profil: profilB },
      ],
      formasi: [
        { id: 'ADM', standar: admin },
        { id: 'PGW', standar: pengawas },
      ],
    }).value;
    const jpm = jobPersonMatch({ standar: admin, aktual: profilA }).value.persenDisplay;
    // A→ADM 92.59 + B→PGW 100 = 192.59 vs A→PGW 138.89 + B→ADM 66.67 = 205.56
    expect(jpm).toBe('92.59');
    expect(v.totalKecocokan).toBe('205.56');
    expect(v.penempatan).toEqual([
      { kandidat: 'B', formasi: 'ADM', kecocokan: '66.67' },
      { kandidat: 'A', formasi: 'PGW', kecocokan: '138.89' },
    ]);
    const capped = penempatanOptimal(
      {
        kandidat: [
          { id: 'A', profil: profilA },
          { id: 'B', profil: profilB },
        ],
        formasi: [
          { id: 'ADM', standar: admin },
          { id: 'PGW', standar: pengawas },
        ],
      },
      { batasiJpmPada100: true },
    ).value;
    expect(capped.penempatan).toEqual([
      { kandidat: 'A', formasi: 'ADM', kecocokan: '92.59' },
      { kandidat: 'B', formasi: 'PGW', kecocokan: '100.00' },
    ]);
  });

  it('handles empty sides', () => {
    expect(penempatanOptimal({ kandidat: [], formasi: ids('F', 2), kecocokan: [] }).value.formasiKosong).toHaveLength(2);
    expect(penempatanOptimal({ kandidat: ids('K', 2), formasi: [], kecocokan: [[], []] }).value.tidakDitempatkan).toHaveLength(2);
  });

  it('rejects bad input with MeritInputError naming the field', () => {
    const cases: [unknown, RegExp][] = [
      [{ kandidat: [{ id: 'A' }, { id: 'A' }], formasi: ids('F', 1), kecocokan: [[1], [1]] }, /kandidat\[1\]\.id: duplicate/],
      [{ kandidat: ids('K', 1), formasi: ids('F', 2), kecocokan: [[1]] }, /kecocokan\[0\]/],
      [{ kandidat: ids('K', 1), formasi: ids('F', 1), kecocokan: [['90.123']] }, /at most 2 decimal places/],
      [{ kandidat: ids('K', 1), formasi: ids('F', 1), kecocokan: [[-1]] }, /kecocokan\[0\]\[0\]/],
      [{ kandidat: ids('K', 1), formasi: ids('F', 1) }, /kandidat\[0\]\.profil/],
      [
        { kandidat: ids('K', 1), formasi: ids('F', 1), kecocokan: [[1]], terlarang: [{ kandidat: 'X', formasi: 'F00' }] },
        /unknown kandidat/,
      ],
    ];
    for (const [input, msg] of cases) {
      expect(() => penempatanOptimal(input as never)).toThrow(MeritInputError);
      expect(() => penempatanOptimal(input as never)).toThrow(msg);
    }
  });

  it('does not mutate its input', () => {
    const input = {
      kandidat: ids('K', 3),
      formasi: ids('F', 2),
      kecocokan: [
        [1, 2],
        [3, 4],
        [5, 6],
      ],
    };
    const copy = structuredClone(input);
    penempatanOptimal(input);
    expect(input).toEqual(copy);
  });
});
