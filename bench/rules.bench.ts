/**
 * Throughput of every catalogue rule on generated valid inputs (seeded), with and without rendering
 * the reasons, as decisions per second. `npm run bench` prints the table and saves bench/results/rules.json;
 * a rule more than 20 % slower than in the previous saved run is flagged.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { Bench } from 'tinybench';
import { explain, RULES } from '../src/index.js';
import { validInput, validOptions } from '../src/testing/index.js';

const CASES = 500;
const resultsFile = resolve(import.meta.dirname, 'results/rules.json');
const previous: Record<string, number> = existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, 'utf8')).opsPerSecond : {};

const bench = new Bench({ time: 300, warmupTime: 100 });
for (const rule of RULES) {
  const inputs = fc.sample(fc.tuple(validInput(rule), validOptions(rule)), { numRuns: CASES, seed: 42 }).filter(([input, options]) => {
    try {
      rule.run(input, options);
      return true;
    } catch {
      return false;
    }
  });
  if (inputs.length === 0) continue;
  let i = 0;
  bench.add(rule.id, () => {
    const [input, options] = inputs[i++ % inputs.length]!;
    rule.run(input, options);
  });
  let j = 0;
  bench.add(`${rule.id} + explain`, () => {
    const [input, options] = inputs[j++ % inputs.length]!;
    explain(rule.run(input, options), 'id');
  });
}
await bench.run();

const opsPerSecond: Record<string, number> = {};
const rows = bench.tasks.map((t) => {
  const hz = t.result && 'throughput' in t.result ? (t.result.throughput as { mean: number }).mean : 0;
  opsPerSecond[t.name] = Math.round(hz);
  const before = previous[t.name];
  const change = before ? hz / before : undefined;
  return {
    rule: t.name,
    'decisions/s': Math.round(hz).toLocaleString('en'),
    'vs previous run': change === undefined ? '—' : `${change.toFixed(2)}×${change < 0.8 ? '  ⚠ slower by more than 20 %' : ''}`,
  };
});
console.table(rows);
writeFileSync(resultsFile, `${JSON.stringify({ date: new Date().toISOString(), node: process.version, opsPerSecond }, null, 2)}\n`);
const slower = rows.filter((r) => r['vs previous run'].includes('⚠'));
if (slower.length) console.log(`${slower.length} rule(s) slower by more than 20 % than the previous run.`);
