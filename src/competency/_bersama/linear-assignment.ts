/**
 * Exact solver of the rectangular linear assignment problem (shortest augmenting paths with dual
 * potentials, the Jonker–Volgenant / Crouse method used by SciPy's `linear_sum_assignment`).
 * O(r² · c) for r ≤ c, O(r + c) extra memory, all arithmetic on typed arrays.
 *
 * Internal to the placement rule (not exported by the domain index); its tests and the benchmark import it
 * from here. It is not a rule.
 */

/** A read-only matrix: `number[][]`, typed-array rows, or anything indexable. */
export type MatrixLike = ArrayLike<ArrayLike<number>>;

/** A dense row-major matrix. */
export interface DenseMatrix {
  rows: number;
  cols: number;
  /** `data[i * cols + j]` is the cell of row i, column j. */
  data: Float64Array;
}

/** Converts a {@link MatrixLike} to a dense matrix; every row must have the same length. */
export function toDenseMatrix(m: MatrixLike): DenseMatrix {
  const rows = m.length;
  const cols = rows > 0 ? m[0]!.length : 0;
  const data = new Float64Array(rows * cols);
  for (let i = 0; i < rows; i++) {
    const row = m[i]!;
    if (row.length !== cols) throw new RangeError(`row ${i} has ${row.length} cells, expected ${cols}`);
    for (let j = 0; j < cols; j++) data[i * cols + j] = row[j]!;
  }
  return { rows, cols, data };
}

/**
 * Assigns each row of the smaller side to a distinct column (or vice versa when rows > columns) so that
 * the total cost is minimal (or maximal with `maximize`). Cells must be finite numbers.
 * Returns `colForRow`: the column of each row, −1 for a row left out (only when rows > columns).
 *
 * Deterministic: the same matrix always gives the same assignment.
 */
export function solveDense(matrix: DenseMatrix, maximize = false): Int32Array {
  const { rows, cols, data } = matrix;
  for (let k = 0; k < data.length; k++) {
    if (!Number.isFinite(data[k]!)) throw new RangeError(`cell [${Math.floor(k / cols)}, ${k % cols}] is not a finite number`);
  }
  if (rows <= cols) {
    const cost = maximize ? negated(data) : data;
    return solveWide(rows, cols, cost);
  }
  // More rows than columns: solve the transpose and invert the answer.
  const t = new Float64Array(rows * cols);
  const sign = maximize ? -1 : 1;
  for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) t[j * rows + i] = sign * data[i * cols + j]!;
  const rowForCol = solveWide(cols, rows, t);
  const colForRow = new Int32Array(rows).fill(-1);
  for (let j = 0; j < cols; j++) colForRow[rowForCol[j]!] = j;
  return colForRow;
}

function negated(data: Float64Array): Float64Array {
  const out = new Float64Array(data.length);
  for (let k = 0; k < data.length; k++) out[k] = -data[k]! + 0; // + 0 turns −0 into 0
  return out;
}

/**
 * `munkres`-compatible interface: the optimal `[row, column]` pairs of a cost matrix, sorted by row.
 */
export function linearSumAssignment(cost: MatrixLike, options: { maximize?: boolean } = {}): [number, number][] {
  const colForRow = solveDense(toDenseMatrix(cost), options.maximize ?? false);
  const pairs: [number, number][] = [];
  for (let i = 0; i < colForRow.length; i++) if (colForRow[i]! >= 0) pairs.push([i, colForRow[i]!]);
  return pairs;
}

/** Minimises with nr ≤ nc: every row gets a column. */
function solveWide(nr: number, nc: number, cost: Float64Array): Int32Array {
  const u = new Float64Array(nr);
  const v = new Float64Array(nc);
  const shortest = new Float64Array(nc);
  const path = new Int32Array(nc).fill(-1);
  const col4row = new Int32Array(nr).fill(-1);
  const row4col = new Int32Array(nc).fill(-1);
  const visitedRow = new Uint8Array(nr);
  const visitedCol = new Uint8Array(nc);
  const remaining = new Int32Array(nc);
  const visitedRows = new Int32Array(nr);
  const visitedCols = new Int32Array(nc);

  if (nr === nc) columnReduction(nr, cost, v, col4row, row4col);
  else rowReduction(nr, nc, cost, u, col4row, row4col);

  for (let curRow = 0; curRow < nr; curRow++) {
    if (col4row[curRow] !== -1) continue;
    // Dijkstra over reduced costs from curRow until a free column (the sink) is reached.
    let minVal = 0;
    let numRemaining = nc;
    for (let it = 0; it < nc; it++) remaining[it] = nc - it - 1;
    shortest.fill(Infinity);
    let nVisitedRows = 0;
    let nVisitedCols = 0;
    let i = curRow;
    let sink = -1;
    while (sink === -1) {
      visitedRow[i] = 1;
      visitedRows[nVisitedRows++] = i;
      let index = -1;
      let lowest = Infinity;
      const base = i * nc;
      const ui = u[i]!;
      for (let it = 0; it < numRemaining; it++) {
        const j = remaining[it]!;
        const r = minVal + cost[base + j]! - ui - v[j]!;
        let sj = shortest[j]!;
        if (r < sj) {
          path[j] = i;
          shortest[j] = r;
          sj = r;
        }
        if (sj < lowest || (sj === lowest && row4col[j] === -1)) {
          lowest = sj;
          index = it;
        }
      }
      minVal = lowest;
      const j = remaining[index]!;
      if (row4col[j] === -1) sink = j;
      else i = row4col[j]!;
      visitedCol[j] = 1;
      visitedCols[nVisitedCols++] = j;
      remaining[index] = remaining[--numRemaining]!;
    }
    // Update the dual potentials of the visited rows and columns.
    u[curRow] = u[curRow]! + minVal;
    for (let k = 0; k < nVisitedRows; k++) {
      const r = visitedRows[k]!;
      if (r !== curRow) u[r] = u[r]! + minVal - shortest[col4row[r]!]!;
      visitedRow[r] = 0;
    }
    for (let k = 0; k < nVisitedCols; k++) {
      const c = visitedCols[k]!;
      v[c] = v[c]! - (minVal - shortest[c]!);
      visitedCol[c] = 0;
    }
    // Augment along the path back to curRow.
    let j = sink;
    for (;;) {
      const r = path[j]!;
      row4col[j] = r;
      const prev = col4row[r]!;
      col4row[r] = j;
      j = prev;
      if (r === curRow) break;
    }
  }
  return col4row;
}

/**
 * Start: each row's potential is its smallest cost (column potentials stay 0), and a row takes the first
 * free column where that minimum is reached. Every reduced cost is then ≥ 0, every assigned cell is
 * tight and every column potential is 0 — the invariants of the augmenting phase, valid for
 * rectangular problems too.
 */
function rowReduction(nr: number, nc: number, cost: Float64Array, u: Float64Array, col4row: Int32Array, row4col: Int32Array): void {
  for (let i = 0; i < nr; i++) {
    const base = i * nc;
    let min = Infinity;
    for (let j = 0; j < nc; j++) if (cost[base + j]! < min) min = cost[base + j]!;
    u[i] = min;
    for (let j = 0; j < nc; j++) {
      if (cost[base + j] === min && row4col[j] === -1) {
        col4row[i] = j;
        row4col[j] = i;
        break;
      }
    }
  }
}

/**
 * Square problems: column potentials start at the column minima and each column's cheapest row (first on
 * ties) takes it while still free. Keeps reduced costs ≥ 0 and assigned cells tight; not valid for
 * rectangular problems, where free columns must keep potential 0.
 */
function columnReduction(n: number, cost: Float64Array, v: Float64Array, col4row: Int32Array, row4col: Int32Array): void {
  v.fill(Infinity);
  const argmin = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const base = i * n;
    for (let j = 0; j < n; j++) {
      const c = cost[base + j]!;
      if (c < v[j]!) {
        v[j] = c;
        argmin[j] = i;
      }
    }
  }
  for (let j = 0; j < n; j++) {
    const i = argmin[j]!;
    if (col4row[i] === -1) {
      col4row[i] = j;
      row4col[j] = i;
    }
  }
}
