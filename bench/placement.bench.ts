/**
 * Placement benchmark: our assignment solver vs the npm peers `munkres` (v2) and `munkres-js`, on the
 * same matrices in the same run, plus the full `penempatanOptimal` rule (validation, JPM, solver,
 * explanations). Run: `npx tsx bench/placement.bench.ts [sizes…]`. Writes bench/results/placement.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { munkres } from 'munkres';
import munkresJs from 'munkres-js';
import { Bench } from 'tinybench';
import { linearSumAssignment } from '../src/competency/_bersama/linear-assignment.js';
import { penempatanOptimal } from '../src/competency/index.js';
import { jpmCostMatrix, placementCase, uniformMatrix } from './placement-data.js';

type Solver = (m: number[][]) => [number, number][];
const SOLVERS: Record<string, Solver> = {
  'sistem-merit': (m) => linearSumAssignment(m),
  munkres: (m) => munkres(m) as [number, number][],
  'munkres-js': (m) => munkresJs(m) as [number, number][],
};
const PEERS = ['munkres', 'munkres-js'];
const LIMIT_MS = 60_000;
const SIZES = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const sizes = SIZES.length > 0 ? SIZES : [200, 500, 1000, 2000];
const iterationsFor = (n: number) => (n <= 200 ? 20 : n <= 500 ? 10 : n <= 1000 ? 5 : 3);

const total = (m: number[][], pairs: [number, number][]) => pairs.reduce((s, [i, j]) => s + m[i]![j]!, 0);

interface Row {
  matrix: string;
  size: number;
  solver: string;
  meanMs: number | null;
  minMs: number | null;
  samples: number;
  ratioToOurs: number | null;
  skipped?: string;
}
const rows: Row[] = [];
/** Last measured mean per solver and matrix kind, to predict the next size (O(n³)). */
const last = new Map<string, { n: number; ms: number }>();

async function measure(kind: string, n: number, m: number[][]) {
  const ref = total(m, SOLVERS['sistem-merit']!(m));
  const measured: { name: string; mean: number; min: number; samples: number }[] = [];
  for (const [name, solve] of Object.entries(SOLVERS)) {
    const prev = last.get(`${kind}/${name}`);
    const predicted = prev ? prev.ms * (n / prev.n) ** 3 : 0;
    if (predicted > LIMIT_MS) {
      rows.push({
        matrix: kind,
        size: n,
        solver: name,
        meanMs: null,
        minMs: null,
        samples: 0,
        ratioToOurs: null,
        skipped: `predicted ${(predicted / 1000).toFixed(0)} s per run`,
      });
      continue;
    }
    const got = total(m, solve(m)); // also the warm-up run
    if (Math.abs(got - ref) > 1e-9 * Math.max(1, Math.abs(ref))) throw new Error(`${name} total ${got} ≠ ours ${ref} (${kind} ${n})`);
    const iterations = predicted > 5000 ? 1 : iterationsFor(n);
    const bench = new Bench({ iterations, time: 0, warmup: false });
    bench.add(name, () => {
      solve(m);
    });
    await bench.run();
    const r = bench.tasks[0]!.result as { latency: { mean: number; min: number } };
    last.set(`${kind}/${name}`, { n, ms: r.latency.mean });
    measured.push({ name, mean: r.latency.mean, min: r.latency.min, samples: iterations });
  }
  const oursMean = measured.find((x) => x.name === 'sistem-merit')!.mean;
  for (const x of measured) {
    rows.push({ matrix: kind, size: n, solver: x.name, meanMs: x.mean, minMs: x.min, samples: x.samples, ratioToOurs: x.mean / oursMean });
  }
}

async function measureRule(n: number) {
  const c = placementCase(n, n, n);
  penempatanOptimal(c); // warm-up
  const bench = new Bench({ iterations: Math.max(2, Math.floor(iterationsFor(n) / 2)), time: 0, warmup: false });
  bench.add('penempatanOptimal (rule)', () => {
    penempatanOptimal(c);
  });
  await bench.run();
  const r = bench.tasks[0]!.result as { latency: { mean: number; min: number } };
  rows.push({
    matrix: 'jpm-profiles',
    size: n,
    solver: 'penempatanOptimal (rule)',
    meanMs: r.latency.mean,
    minMs: r.latency.min,
    samples: Math.max(2, Math.floor(iterationsFor(n) / 2)),
    ratioToOurs: null,
  });
}

for (const n of sizes) {
  await measure('uniform', n, uniformMatrix(n, n, 1000 + n));
  await measure('jpm', n, jpmCostMatrix(placementCase(n, n, n)));
  await measure('uniform-rect', n, uniformMatrix(n, Math.round(n * 1.5), 2000 + n));
  await measureRule(n);
  process.stderr.write(`done ${n}\n`);
}

const fmt = (x: number | null) => (x === null ? '—' : x < 10 ? x.toFixed(2) : x.toFixed(0));
console.log(`\nPlacement: linear assignment, ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}`);
console.log('| matrix | size | solver | mean ms | min ms | time ÷ ours | runs |');
console.log('|---|---|---|---|---|---|---|');
for (const r of rows) {
  const size = r.matrix === 'uniform-rect' ? `${r.size}×${Math.round(r.size * 1.5)}` : `${r.size}×${r.size}`;
  console.log(
    `| ${r.matrix} | ${size} | ${r.solver} | ${r.skipped ? `skipped (${r.skipped})` : fmt(r.meanMs)} | ${fmt(r.minMs)} | ${r.ratioToOurs === null ? '—' : r.ratioToOurs.toFixed(2)} | ${r.samples} |`,
  );
}

const out = join(dirname(fileURLToPath(import.meta.url)), 'results', 'placement.json');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(
  out,
  `${JSON.stringify({ date: new Date().toISOString(), node: process.version, cpu: cpus()[0]?.model, cpus: cpus().length, peers: PEERS, rows }, null, 2)}\n`,
);
console.log(`\nSaved ${out}`);
