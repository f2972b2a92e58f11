/**
 * National scale: 4.7 million synthetic civil servants (seeded) through four rules — predikatKinerja
 * (performance), kenaikanPangkatReguler (promotion), hukumanKetidakhadiran (discipline) and jobPersonMatch
 * (competency) — one pass per rule, then passes that also render the reasons with explain(decision, 'id').
 *
 *   npm run bench:national                          # 4,700,000 records; explain pass for predikatKinerja
 *   npm run bench:national -- --records 100000      # a short run
 *   npm run bench:national -- --explain all         # explain passes for all four rules (or a comma list, or none)
 *   npm run bench:national -- --chunk 20000         # records generated and decided per chunk (default 10,000)
 *
 * Records are generated chunk by chunk and dropped after use, so at most one chunk of inputs is in memory.
 * Generation is timed apart and not charged to the rules; records/s is records ÷ time spent in the rule.
 * Memory (process.memoryUsage) is sampled after every chunk; with --expose-gc (as the npm script runs it)
 * the heap is collected before each pass, outside the timings. Results: bench/results/national.json; a pass
 * more than 20 % slower than in the previous saved run of the same size is flagged.
 *
 * Duration on the 2-core machine with another job taking one core: about 10 minutes by default, about
 * 30 minutes with --explain all (kenaikanPangkatReguler and jobPersonMatch take most of it).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { jobPersonMatch } from '../src/competency/index.js';
import type { Decision } from '../src/core/decision.js';
import { hukumanKetidakhadiran } from '../src/discipline/index.js';
import { explain } from '../src/explain.js';
import { predikatKinerja } from '../src/performance/index.js';
import { kenaikanPangkatReguler } from '../src/promotion/index.js';
import { type Bagian, chunks, type NamaBagian } from './pegawai-data.js';

const { values: args } = parseArgs({
  options: {
    records: { type: 'string', default: '4700000' },
    chunk: { type: 'string', default: '10000' },
    explain: { type: 'string', default: 'predikatKinerja' },
  },
});
const count = (s: string, name: string) => {
  const n = Number(s.replace(/[_,]/g, ''));
  if (!Number.isInteger(n) || n <= 0) throw new Error(`--${name} must be a positive whole number, got ${s}`);
  return n;
};
const RECORDS = count(args.records, 'records');
const CHUNK = Math.min(RECORDS, count(args.chunk, 'chunk'));

interface RulePass<K extends NamaBagian> {
  bagian: K;
  decide(input: Bagian[K]): Decision<unknown>;
  /** The tally key of a decision (e.g. the predikat), for the national totals. */
  outcome(d: Decision<unknown>): string;
}
const pass = <K extends NamaBagian>(p: RulePass<K>) => p as unknown as RulePass<NamaBagian>;

const PASSES: RulePass<NamaBagian>[] = [
  pass({ bagian: 'predikatKinerja', decide: (x) => predikatKinerja(x), outcome: (d) => String(d.value) }),
  pass({
    bagian: 'kenaikanPangkatReguler',
    decide: (k) => kenaikanPangkatReguler(k.pegawai, { asOf: k.asOf }),
    outcome: (d) => ((d.value as { memenuhiSyarat: boolean }).memenuhiSyarat ? 'MEMENUHI_SYARAT' : 'TIDAK_MEMENUHI_SYARAT'),
  }),
  pass({ bagian: 'hukumanKetidakhadiran', decide: (x) => hukumanKetidakhadiran(x), outcome: (d) => String(d.value ?? 'TANPA_HUKUMAN') }),
  pass({ bagian: 'jobPersonMatch', decide: (x) => jobPersonMatch(x), outcome: (d) => (d.value as { kategori: string }).kategori }),
];
const NAMES = PASSES.map((p) => p.bagian);
const explained: string[] =
  args.explain === 'all' ? NAMES : args.explain === 'none' ? [] : args.explain.split(',').map((s) => s.trim()).filter(Boolean);
for (const name of explained) if (!NAMES.includes(name as NamaBagian)) throw new Error(`--explain: unknown rule ${name} (use ${NAMES.join(', ')}, all or none)`);

const gc = (globalThis as { gc?: () => void }).gc;
const MB = (bytes: number) => Math.round((bytes / 1048576) * 10) / 10;

interface PassResult {
  records: number;
  ruleSeconds: number;
  recordsPerSecond: number;
  generationSeconds: number;
  wallSeconds: number;
  peakRssMB: number;
  peakHeapUsedMB: number;
  heapUsedAfterGcMB: number | null;
  outcomes: Record<string, number>;
  /** Explain passes: reason lines rendered. */
  lines?: number;
}

function run(p: RulePass<NamaBagian>, withExplain: boolean): PassResult {
  gc?.();
  const start = performance.now();
  let generationMs = 0;
  let ruleMs = 0;
  let peakRss = 0;
  let peakHeap = 0;
  let lines = 0;
  const outcomes: Record<string, number> = {};
  const sample = () => {
    const m = process.memoryUsage();
    if (m.rss > peakRss) peakRss = m.rss;
    if (m.heapUsed > peakHeap) peakHeap = m.heapUsed;
  };
  sample();
  const source = chunks(p.bagian, RECORDS, CHUNK);
  let done = 0;
  let nextReport = 0.1;
  for (;;) {
    const t0 = performance.now();
    const next = source.next();
    generationMs += performance.now() - t0;
    if (next.done) break;
    const chunk = next.value;
    const t1 = performance.now();
    if (withExplain) {
      for (const x of chunk) {
        const d = p.decide(x);
        lines += explain(d, 'id').length;
        const key = p.outcome(d);
        outcomes[key] = (outcomes[key] ?? 0) + 1;
      }
    } else {
      for (const x of chunk) {
        const key = p.outcome(p.decide(x));
        outcomes[key] = (outcomes[key] ?? 0) + 1;
      }
    }
    ruleMs += performance.now() - t1;
    sample();
    done += chunk.length;
    if (process.stderr.isTTY && done / RECORDS >= nextReport) {
      process.stderr.write(`\r  ${p.bagian}${withExplain ? ' + explain' : ''}: ${Math.round((100 * done) / RECORDS)} %   `);
      nextReport += 0.1;
    }
  }
  const wallMs = performance.now() - start;
  if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
  let after: number | null = null;
  if (gc) {
    gc();
    after = process.memoryUsage().heapUsed;
  }
  return {
    records: RECORDS,
    ruleSeconds: Math.round(ruleMs) / 1000,
    recordsPerSecond: Math.round(RECORDS / (ruleMs / 1000)),
    generationSeconds: Math.round(generationMs) / 1000,
    wallSeconds: Math.round(wallMs) / 1000,
    peakRssMB: MB(peakRss),
    peakHeapUsedMB: MB(peakHeap),
    heapUsedAfterGcMB: after === null ? null : MB(after),
    outcomes,
    ...(withExplain ? { lines } : {}),
  };
}

console.log(
  `National run: ${RECORDS.toLocaleString('en')} records in chunks of ${CHUNK.toLocaleString('en')}, node ${process.version}, ` +
    `${gc ? 'gc exposed' : 'gc NOT exposed (run with node --expose-gc)'}; explain passes: ${explained.length ? explained.join(', ') : 'none'}`,
);
const started = performance.now();
const results: Record<string, PassResult> = {};
const plan: [RulePass<NamaBagian>, boolean][] = [...PASSES.map((p) => [p, false] as [RulePass<NamaBagian>, boolean]), ...PASSES.filter((p) => explained.includes(p.bagian)).map((p) => [p, true] as [RulePass<NamaBagian>, boolean])];
for (const [p, withExplain] of plan) {
  const name = `${p.bagian}${withExplain ? ' + explain' : ''}`;
  results[name] = run(p, withExplain);
  const r = results[name];
  console.log(`  ${name}: ${r.ruleSeconds.toFixed(1)} s in the rule, ${r.recordsPerSecond.toLocaleString('en')} records/s (generation ${r.generationSeconds.toFixed(1)} s)`);
}
const totalSeconds = Math.round(performance.now() - started) / 1000;
const maxRssMB = MB(process.resourceUsage().maxRSS * 1024);

const resultsFile = resolve(import.meta.dirname, 'results/national.json');
const previous: { records?: number; passes?: Record<string, PassResult> } = existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, 'utf8')) : {};
const comparable = previous.records === RECORDS;
const rows = Object.entries(results).map(([name, r]) => {
  const before = comparable ? previous.passes?.[name]?.recordsPerSecond : undefined;
  const change = before ? r.recordsPerSecond / before : undefined;
  return {
    pass: name,
    'rule time (s)': r.ruleSeconds.toFixed(1),
    'records/s': r.recordsPerSecond.toLocaleString('en'),
    'µs/record': ((r.ruleSeconds * 1e6) / r.records).toFixed(2),
    'generation (s)': r.generationSeconds.toFixed(1),
    'peak RSS (MB)': r.peakRssMB.toFixed(0),
    'peak heapUsed (MB)': r.peakHeapUsedMB.toFixed(0),
    'vs previous run': change === undefined ? '—' : `${change.toFixed(2)}×${change < 0.8 ? '  ⚠ slower by more than 20 %' : ''}`,
  };
});
console.log();
console.table(rows);
console.log('National totals (decisions per outcome):');
for (const p of PASSES) {
  const o = results[p.bagian]!.outcomes;
  const parts = Object.entries(o)
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => `${k} ${n.toLocaleString('en')} (${((100 * n) / RECORDS).toFixed(1)} %)`);
  console.log(`  ${p.bagian}: ${parts.join(', ')}`);
}
const ruleSeconds = Object.values(results).reduce((s, r) => s + r.ruleSeconds, 0);
const generationSeconds = Object.values(results).reduce((s, r) => s + r.generationSeconds, 0);
console.log(
  `Total: ${totalSeconds.toFixed(1)} s wall (${ruleSeconds.toFixed(1)} s in the rules, ${generationSeconds.toFixed(1)} s generating records), ` +
    `process peak RSS ${maxRssMB.toFixed(0)} MB.`,
);
writeFileSync(
  resultsFile,
  `${JSON.stringify({ date: new Date().toISOString(), node: process.version, records: RECORDS, chunkSize: CHUNK, gcExposed: Boolean(gc), totalSeconds, ruleSeconds: Math.round(ruleSeconds * 1000) / 1000, generationSeconds: Math.round(generationSeconds * 1000) / 1000, maxRssMB, passes: results }, null, 2)}\n`,
);
const slower = rows.filter((r) => r['vs previous run'].includes('⚠'));
if (slower.length) console.log(`${slower.length} pass(es) slower by more than 20 % than the previous run of the same size.`);
