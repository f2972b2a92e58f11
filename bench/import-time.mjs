/**
 * Cold import time of the package as installed (scratch app, scripts/packed/app.mjs; run `npm run build`
 * first): a fresh Node process imports an entry and reports how long the import took, RUNS times per
 * entry, interleaved with zod/mini (what every rule needs) as the baseline. Prints the medians and each
 * entry's ratio to zod/mini, and saves them to bench/results/import-time.json.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { packedApp } from '../scripts/packed/app.mjs';

const RUNS = 15;
const ENTRIES = {
  'baseline: zod/mini': 'zod/mini',
  'baseline: decimal.js': 'decimal.js',
  'sistem-merit (main entry)': 'sistem-merit',
  'sistem-merit/core': 'sistem-merit/core',
  'sistem-merit/performance': 'sistem-merit/performance',
  'sistem-merit/promotion': 'sistem-merit/promotion',
  'sistem-merit/discipline': 'sistem-merit/discipline',
  'sistem-merit/rewards': 'sistem-merit/rewards',
  'sistem-merit/competency': 'sistem-merit/competency',
  'sistem-merit/pelayanan': 'sistem-merit/pelayanan',
  'sistem-merit/schema': 'sistem-merit/schema',
  // One rule's own module graph, without the entry's re-exports: the floor an import can reach.
  'one rule module (performance/predikat-kinerja.js)': './node_modules/sistem-merit/dist/performance/predikat-kinerja.js',
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const app = packedApp();
const times = Object.fromEntries(Object.keys(ENTRIES).map((k) => [k, []]));
try {
  for (let i = 0; i < RUNS; i++) {
    for (const [name, specifier] of Object.entries(ENTRIES)) {
      const script = `const t = performance.now(); await import(${JSON.stringify(specifier)}); console.log(performance.now() - t);`;
      times[name].push(
        Number(execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: app.dir, encoding: 'utf8' }).trim()),
      );
    }
  }
} finally {
  app.cleanup();
}
const medians = Object.fromEntries(Object.entries(times).map(([k, v]) => [k, Math.round(median(v) * 10) / 10]));
const base = medians['baseline: zod/mini'];
console.table(
  Object.entries(medians).map(([name, ms]) => ({ import: name, 'median ms': ms, 'vs zod/mini': `${(ms / base).toFixed(2)}×` })),
);
writeFileSync(
  resolve(import.meta.dirname, 'results/import-time.json'),
  `${JSON.stringify({ date: new Date().toISOString().slice(0, 10), node: process.version, runs: RUNS, medianMs: medians, ratioToZodMini: Object.fromEntries(Object.entries(medians).map(([k, v]) => [k, Math.round((v / base) * 100) / 100])) }, null, 2)}\n`,
);
