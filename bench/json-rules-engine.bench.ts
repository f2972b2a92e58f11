/**
 * KP reguler eligibility: `kenaikanPangkatReguler` against the same rule written for json-rules-engine (v7),
 * in the same run, on the same seeded synthetic records. `npm run bench` prints the table and saves
 * bench/results/json-rules-engine.json; a figure more than 20 % slower than in the previous saved run is flagged.
 *
 * What each side does per record (fairness):
 * - Ours: the public call `kenaikanPangkatReguler(pegawai, { asOf })`. That includes validating the input and
 *   options with zod, finding the KP period from `asOf`, date arithmetic for masa kerja and hukuman, building
 *   every reason (with citations) and `tmtPalingCepat`. Nothing is prepared in advance. (A second row, not
 *   used in the ratio, times `evaluate` on inputs validated beforehand, to show what validation costs.)
 * - json-rules-engine (bench/json-rules-engine-kp.ts): the conditions live in one JSON rule (`all` of: not
 *   IV/e, masa kerja ≥ 48 months, predikat of the two years before the period ≥ Baik, the ijazah ceiling table,
 *   the atasan limit before 20 May 2025, ujian dinas with its exemptions, no running hukuman sedang/berat).
 *   The facts are flat values an application would compute from its own data before calling the engine: the
 *   KP period of `asOf` (cached per distinct date), masa kerja in whole months, the two years' predikat,
 *   golongan ordinals, and whether a blocking hukuman runs on `asOf` or on the period. That precomputation is
 *   plain, allocation-light JavaScript (no date library) and is charged to json-rules-engine's time, because
 *   our rule does the same work inside. Facts are passed as runtime facts with no `path` (json-path is the
 *   engine's slow path). The answer is only "eligible or not": no reasons, no citations, no validation.
 * - A "lean" json-rules-engine variant also decides the ijazah ceiling and the ujian-dinas condition in the
 *   application's JavaScript, so the engine evaluates 8 conditions instead of 33. Less of the rule is in
 *   JSON, but it is the fastest split we found, so a second ratio is given against it.
 * - json-rules-engine is async. Its docs say to reuse one engine and call `engine.run(facts)` per fact set;
 *   runs are independent, so both a sequential `await` per record and concurrent runs (`Promise.all` over
 *   groups of GROUP records) are timed, and the faster counts. More concurrency only made it slower (each
 *   pending run keeps its almanac alive), and condition priorities did not help.
 * - Before timing, every json-rules-engine variant must give the same eligible/not-eligible answer as ours
 *   (and the same KP period) for every checked record; the script throws on the first disagreement.
 *
 * Each timed task decides the same batch of records per iteration (tinybench); records/s = batches/s × batch
 * size. The bench runs in ROUNDS short rounds, so that a burst of load from other processes hits one round
 * rather than one task: records/s is the median over rounds (spread = (max − min) / median), and each ratio
 * is the median of the per-round ratios, with their range.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Bench } from 'tinybench';
import { kenaikanPangkatReguler, kenaikanPangkatRegulerRule } from '../src/index.js';
import { parseInput } from '../src/core/rule.js';
import { fakta, memenuhiSyarat, memenuhiSyaratRamping } from './json-rules-engine-kp.js';
import { records } from './pegawai-data.js';

const CHECKED = 50_000;
const BATCH = 2_000;
const ROUNDS = 9;
/** Concurrent runs per Promise.all; larger groups were slower (100: about 0.6×, the whole batch: about 0.15× of sequential). */
const GROUP = 10;
const TARGET_RATIO = 50;

// ---------------------------------------------------------------- same answers first

const all = records('kenaikanPangkatReguler', CHECKED);
let eligible = 0;
{
  const cache = new Map<string, string>();
  for (let i = 0; i < all.length; i++) {
    const k = all[i]!;
    const ours = kenaikanPangkatReguler(k.pegawai, { asOf: k.asOf }).value;
    const theirs = await memenuhiSyarat(k, cache);
    const lean = await memenuhiSyaratRamping(k, cache);
    const periode = fakta(k, cache).periodeTanggal;
    if (ours.memenuhiSyarat !== theirs || ours.memenuhiSyarat !== lean || ours.periode !== periode) {
      throw new Error(
        `record ${i}: kenaikanPangkatReguler says ${ours.memenuhiSyarat} (periode ${ours.periode}), json-rules-engine says ${theirs} (lean: ${lean}; periode ${periode})\n${JSON.stringify(k)}`,
      );
    }
    if (theirs) eligible++;
  }
}
console.log(`Same answer for all ${CHECKED.toLocaleString('en')} records (${((100 * eligible) / CHECKED).toFixed(1)} % eligible).`);

// ---------------------------------------------------------------- timing

const batch = all.slice(0, BATCH);
const parsed = batch.map((k) => ({
  input: parseInput(kenaikanPangkatRegulerRule.input, k.pegawai),
  options: parseInput(kenaikanPangkatRegulerRule.options, { asOf: k.asOf }),
}));
let sink = 0;

const OURS = 'sistem-merit kenaikanPangkatReguler';
const OURS_EVAL = 'sistem-merit, evaluate only (input pre-validated; not in the ratio)';
type Decide = (k: (typeof batch)[number], cache: Map<string, string>) => Promise<boolean>;
const VARIANTS: [string, Decide][] = [
  ['json-rules-engine', memenuhiSyarat],
  ['json-rules-engine lean', memenuhiSyaratRamping],
];
const seq = (name: string) => `${name}, await each run`;
const par = (name: string) => `${name}, Promise.all ${GROUP} at a time`;

function makeBench() {
  const bench = new Bench({ time: 700, warmupTime: 100, warmupIterations: 1, iterations: 3 });
  bench.add(OURS, () => {
    for (const k of batch) if (kenaikanPangkatReguler(k.pegawai, { asOf: k.asOf }).value.memenuhiSyarat) sink++;
  });
  for (const [name, decide] of VARIANTS) {
    bench.add(seq(name), async () => {
      const cache = new Map<string, string>();
      for (const k of batch) if (await decide(k, cache)) sink++;
    });
    bench.add(par(name), async () => {
      const cache = new Map<string, string>();
      for (let i = 0; i < batch.length; i += GROUP) {
        for (const r of await Promise.all(batch.slice(i, i + GROUP).map((k) => decide(k, cache)))) if (r) sink++;
      }
    });
  }
  bench.add(OURS_EVAL, () => {
    for (const p of parsed) if (kenaikanPangkatRegulerRule.evaluate(p.input, p.options).value.memenuhiSyarat) sink++;
  });
  return bench;
}

const samples: Record<string, number[]> = {};
for (let round = 0; round < ROUNDS; round++) {
  const bench = makeBench();
  await bench.run();
  for (const t of bench.tasks) {
    if (t.result.state !== 'completed') throw new Error(`${t.name}: ${t.result.state}`);
    (samples[t.name] ??= []).push(t.result.throughput.mean * BATCH);
  }
}
if (sink === 0) console.log('(no eligible records)');

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const recordsPerSecond: Record<string, number> = {};
const spread: Record<string, string> = {};
for (const [name, xs] of Object.entries(samples)) {
  recordsPerSecond[name] = Math.round(median(xs));
  spread[name] = `${(((Math.max(...xs) - Math.min(...xs)) / median(xs)) * 100).toFixed(0)} %`;
}
// Per round: ours against each json-rules-engine variant in its faster mode in that round.
const ratios: Record<string, number[]> = {};
for (const [name] of VARIANTS) {
  ratios[name] = samples[OURS]!.map((ours, i) => ours / Math.max(samples[seq(name)]![i]!, samples[par(name)]![i]!));
}
const ratio: Record<string, number> = {};
const ratioRange: Record<string, [number, number]> = {};
const round2 = (x: number) => Number(x.toFixed(2));
for (const [name, xs] of Object.entries(ratios)) {
  ratio[name] = round2(median(xs));
  ratioRange[name] = [round2(Math.min(...xs)), round2(Math.max(...xs))];
}

const resultsFile = resolve(import.meta.dirname, 'results/json-rules-engine.json');
const previous: { recordsPerSecond?: Record<string, number>; ratio?: Record<string, number> } = existsSync(resultsFile)
  ? JSON.parse(readFileSync(resultsFile, 'utf8'))
  : {};
const vsPrevious = (now: number, before: number | undefined) => {
  if (!before) return '—';
  const change = now / before;
  return `${change.toFixed(2)}×${change < 0.8 ? '  ⚠ slower by more than 20 %' : ''}`;
};
const rows = Object.entries(recordsPerSecond).map(([name, rps]) => ({
  task: name,
  'records/s': rps.toLocaleString('en'),
  'µs/record': (1e6 / rps).toFixed(1),
  [`spread over ${ROUNDS} rounds`]: spread[name],
  'vs previous run': vsPrevious(rps, previous.recordsPerSecond?.[name]),
}));
console.log(`\nKP reguler eligibility, ${BATCH.toLocaleString('en')} records per iteration, median of ${ROUNDS} rounds (node ${process.version})`);
console.table(rows);
for (const [name, r] of Object.entries(ratio)) {
  const before = previous.ratio?.[name];
  console.log(
    `ours / ${name} (its faster mode): ${r.toFixed(2)}× (rounds ${ratioRange[name]![0].toFixed(2)}–${ratioRange[name]![1].toFixed(2)}×; ` +
      `target ≥ ${TARGET_RATIO}×: ${r >= TARGET_RATIO ? 'met' : 'not met'})${before ? `; previous run ${before.toFixed(2)}×` : ''}`,
  );
}
writeFileSync(
  resultsFile,
  `${JSON.stringify({ date: new Date().toISOString(), node: process.version, records: BATCH, checked: CHECKED, eligibleShare: eligible / CHECKED, recordsPerSecond, spread, ratio, ratioRange }, null, 2)}\n`,
);
const slower = rows.filter((r) => r['vs previous run'].includes('⚠'));
if (slower.length) console.log(`${slower.length} figure(s) slower by more than 20 % than the previous run.`);
