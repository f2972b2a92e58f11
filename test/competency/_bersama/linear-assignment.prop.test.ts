import fc from 'fast-check';
import { munkres } from 'munkres';
import { describe, expect, it } from 'vitest';
import { linearSumAssignment, solveDense, toDenseMatrix } from '../../../src/competency/_bersama/linear-assignment.js';

/** Best total over all assignments of min(r, c) rows/columns, by enumeration. */
function bruteForce(m: number[][], maximize: boolean): number {
  const r = m.length;
  const c = m[0]!.length;
  const t = r <= c ? m : m[0]!.map((_, j) => m.map((row) => row[j]!));
  const rows = t.length;
  const cols = t[0]!.length;
  const used = new Array<boolean>(cols).fill(false);
  let best = maximize ? -Infinity : Infinity;
  const go = (i: number, acc: number) => {
    if (i === rows) {
      best = maximize ? Math.max(best, acc) : Math.min(best, acc);
      return;
    }
    for (let j = 0; j < cols; j++) {
      if (used[j]) continue;
      used[j] = true;
      go(i + 1, acc + t[i]![j]!);
      used[j] = false;
    }
  };
  go(0, 0);
  return best;
}

const total = (m: number[][], pairs: [number, number][]) => pairs.reduce((s, [i, j]) => s + m[i]![j]!, 0);
const matrix = (maxN: number, maxV: number) =>
  fc
    .tuple(fc.integer({ min: 1, max: maxN }), fc.integer({ min: 1, max: maxN }))
    .chain(([r, c]) =>
      fc.array(fc.array(fc.integer({ min: -maxV, max: maxV }), { minLength: c, maxLength: c }), { minLength: r, maxLength: r }),
    );

function checkValid(m: number[][], pairs: [number, number][]) {
  expect(pairs.length).toBe(Math.min(m.length, m[0]!.length));
  expect(new Set(pairs.map((p) => p[0])).size).toBe(pairs.length);
  expect(new Set(pairs.map((p) => p[1])).size).toBe(pairs.length);
}

describe('linearSumAssignment', () => {
  it('equals brute force for n ≤ 7 (minimise and maximise, rectangular, many ties)', () => {
    fc.assert(
      fc.property(matrix(7, 5), fc.boolean(), (m, maximize) => {
        const pairs = linearSumAssignment(m, { maximize });
        checkValid(m, pairs);
        expect(total(m, pairs)).toBe(bruteForce(m, maximize));
      }),
      { numRuns: 200 },
    );
  });

  it('agrees with munkres on random rectangular integer matrices up to 40 × 40', () => {
    fc.assert(
      fc.property(matrix(40, 1000), (m) => {
        const ours = linearSumAssignment(m);
        checkValid(m, ours);
        expect(total(m, ours)).toBe(total(m, munkres(m) as [number, number][]));
      }),
      { numRuns: 100 },
    );
  });

  it('is deterministic and does not mutate the matrix', () => {
    const m = [
      [1, 1, 1],
      [1, 1, 1],
    ];
    const copy = structuredClone(m);
    expect(linearSumAssignment(m)).toEqual(linearSumAssignment(m));
    expect(m).toEqual(copy);
    expect(linearSumAssignment([])).toEqual([]);
  });

  it('rejects non-finite cells and ragged rows', () => {
    expect(() => solveDense(toDenseMatrix([[1, Number.NaN]]))).toThrow(RangeError);
    expect(() => toDenseMatrix([[1, 2], [3]])).toThrow(RangeError);
  });
});
