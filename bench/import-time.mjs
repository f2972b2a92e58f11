/**
 * Cold import time of the built package (run `npm run build` first): a fresh Node process imports the
 * entry and reports how long the import took, 15 times; the median is printed with zod's and
 * decimal.js' own import times measured the same way as a baseline. Saves bench/results/import-time.json.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
if (!existsSync(resolve(root, 'dist/index.js'))) {
  console.error('dist/ is missing: run npm run build first');
  process.exit(1);
}
const RUNS = 15;
const cases = {
  'sistem-merit (full entry, ESM)': './dist/index.js',
  'sistem-merit/performance': './dist/performance/index.js',
  'baseline: zod/mini': 'zod/mini',
  'baseline: zod (classic)': 'zod',
  'baseline: decimal.js': 'decimal.js',
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const results = {};
for (const [name, specifier] of Object.entries(cases)) {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const script = `const t = performance.now(); await import(${JSON.stringify(specifier)}); console.log(performance.now() - t);`;
    times.push(Number(execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' }).trim()));
  }
  results[name] = Math.round(median(times) * 10) / 10;
}
console.table(Object.entries(results).map(([name, ms]) => ({ import: name, 'median ms': ms, 'vs zod classic': `${(ms / results['baseline: zod (classic)']).toFixed(2)}×` })));
writeFileSync(resolve(root, 'bench/results/import-time.json'), `${JSON.stringify({ date: new Date().toISOString(), node: process.version, runs: RUNS, medianMs: results }, null, 2)}\n`);
