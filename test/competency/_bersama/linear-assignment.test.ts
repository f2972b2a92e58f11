import { describe, expect, it } from 'vitest';
import { linearSumAssignment, solveDense, toDenseMatrix } from '../../../src/competency/_bersama/linear-assignment.js';

describe('linear assignment solver (used by penempatanOptimal)', () => {
  it('names the ragged row and the non-finite cell', () => {
    expect(() => toDenseMatrix([[1, 2], [3, 4], [5]])).toThrow(new RangeError('row 2 has 1 cells, expected 2'));
    expect(() =>
      solveDense(
        toDenseMatrix([
          [1, 2, 3],
          [4, 5, Number.POSITIVE_INFINITY],
        ]),
      ),
    ).toThrow(new RangeError('cell [1, 2] is not a finite number'));
    expect(() => linearSumAssignment([[Number.NaN]])).toThrow(new RangeError('cell [0, 0] is not a finite number'));
  });

  it('dense layout is row-major', () => {
    const d = toDenseMatrix([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    expect([d.rows, d.cols, [...d.data]]).toEqual([2, 3, [1, 2, 3, 4, 5, 6]]);
    expect(toDenseMatrix([])).toEqual({ rows: 0, cols: 0, data: new Float64Array(0) });
  });

  it('minimises by default and maximises on request, both ways round', () => {
    const m = [
      [4, 1, 3],
      [2, 1, 5],
    ]; // unique optima: minimum 1 + 2, maximum 4 + 5
    expect(linearSumAssignment(m)).toEqual([
      [0, 1],
      [1, 0],
    ]);
    expect(linearSumAssignment(m, { maximize: true })).toEqual([
      [0, 0],
      [1, 2],
    ]);
    const t = m[0]!.map((_, j) => m.map((row) => row[j]!)); // 3 × 2
    expect(linearSumAssignment(t)).toEqual([
      [0, 1],
      [1, 0],
    ]);
    expect(linearSumAssignment(t, { maximize: true })).toEqual([
      [0, 0],
      [2, 1],
    ]);
    expect([...solveDense(toDenseMatrix(t), true)]).toEqual([0, -1, 1]);
    expect([...solveDense(toDenseMatrix(m))]).toEqual([1, 0]); // minimises when not told otherwise
  });
});
