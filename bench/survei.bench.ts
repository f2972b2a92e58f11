/**
 * The Indeks Kepuasan Masyarakat of a million respondents (seeded answers to the nine PermenPANRB
 * 14/2017 unsur), folded one row at a time with `rekapJawaban` (validating each row, as the CLI does)
 * and decided once, against a baseline in the same run: a bare loop that only counts answers per unsur,
 * without checking anything. `npx tsx bench/survei.bench.ts`; saves bench/results/survei.json.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { indeksKepuasanMasyarakat, rekapJawaban, UNSUR_SKM_2017 } from '../src/pelayanan/index.js';

const N = 1_000_000;
// mulberry32: a seeded 32-bit generator (integer arithmetic only, so every run draws the same answers).
let seed = 42;
function next(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return (t ^ (t >>> 14)) >>> 0;
}
const rows = Array.from({ length: N }, () => Object.fromEntries(UNSUR_SKM_2017.map((u) => [u, 1 + (next() % 4)])));

function baseline(): number {
  const counts = UNSUR_SKM_2017.map(() => [0, 0, 0, 0]);
  for (const row of rows) UNSUR_SKM_2017.forEach((u, i) => (counts[i]![(row[u] as number) - 1]! += 1));
  return counts[0]![0]!;
}

function library(): string {
  const rekap = rekapJawaban();
  for (let i = 0; i < rows.length; i++) rekap.tambah(rows[i], i + 2);
  return indeksKepuasanMasyarakat(rekap.hasil(), { asOf: '2024-12-31' }).value.ikm;
}

const time = (f: () => unknown) => {
  const t = performance.now();
  f();
  return performance.now() - t;
};
const rounds: { baseline: number; library: number }[] = [];
for (let r = 0; r < 3; r++) rounds.push({ baseline: time(baseline), library: time(library) });
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[1]!;
const b = median(rounds.map((r) => r.baseline));
const l = median(rounds.map((r) => r.library));
console.table({
  'bare count (no checks)': { ms: b.toFixed(0) },
  'rekapJawaban + indeksKepuasanMasyarakat': { ms: l.toFixed(0), ratio: `${(l / b).toFixed(1)}×` },
});
console.log(`IKM of ${N.toLocaleString('en')} respondents: ${library()}; ${Math.round(N / (l / 1000)).toLocaleString('en')} respondents/s`);
writeFileSync(
  resolve(import.meta.dirname, 'results/survei.json'),
  `${JSON.stringify({ date: new Date().toISOString().slice(0, 10), respondents: N, medianMs: { baseline: Math.round(b), library: Math.round(l) }, ratio: Math.round((l / b) * 10) / 10 }, null, 2)}\n`,
);
