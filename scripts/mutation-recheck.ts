/**
 * Re-measures a domain after its tests were strengthened, without a full `--force` run (30–90 min on the
 * reference machine). It re-tests, with fresh results:
 *   - every mutant the domain's last full report left undetected (and the other mutants on its lines),
 *   - every mutant on a line that is new or changed since that report (its source is kept in the report),
 * then merges: a fresh result replaces the stored one; a mutant not re-tested keeps its stored (detected)
 * result, moved to its line in the current source (also a detected mutant that encloses changed lines but
 * starts and ends on unchanged ones, such as a whole message catalogue replaced by `{}`). Tests are only ever added, so a detected mutant stays
 * detected; a run with `--force` remains the full measurement.
 *
 *   npx tsx scripts/mutation-recheck.ts <domain> [--concurrency N] [--plan]   # --plan: list the line ranges only
 *   npx tsx scripts/mutation-recheck.ts <domain> --from merged                # again, after more tests
 *
 * Reads reports/mutation/<domain>/mutation.json (or merged.json with --from merged); writes reports/mutation/<domain>/recheck.json (the
 * fresh run) and reports/mutation/<domain>/merged.json (`npx tsx scripts/mutation-survivors.ts <domain> merged`).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { DETECTED, type Mutant, type Report, readReport, score, UNDETECTED } from './mutation-report.js';

const args = process.argv.slice(2);
const valueOf = (flag: string) => (args.indexOf(flag) >= 0 ? args[args.indexOf(flag) + 1] : undefined);
const concurrency = Number(valueOf('--concurrency') ?? 2);
// Start from the last merged result instead of the last full run (a second re-check after more tests).
const base = valueOf('--from') ?? 'mutation';
const domain = args.find((a, i) => !a.startsWith('--') && !['--concurrency', '--from'].includes(args[i - 1] ?? ''));
if (!domain || !/^[a-z]+$/.test(domain) || !(concurrency >= 1) || !/^[a-z-]+$/.test(base)) {
  console.error('usage: npx tsx scripts/mutation-recheck.ts <domain> [--concurrency N] [--from mutation|merged] [--plan]');
  process.exit(2);
}
const dir = `reports/mutation/${domain}`;
const stored = readReport(domain, base);

const key = (m: Mutant) =>
  `${m.location.start.line}:${m.location.start.column}-${m.location.end.line}:${m.location.end.column} ${m.mutatorName} ${m.replacement ?? ''}`;

/** For each line of `before` (1-based) that survives unchanged in `after`, its line there (longest common subsequence). */
export function unchangedLines(before: string[], after: string[]): Map<number, number> {
  const n = before.length;
  const m = after.length;
  const lcs = new Int32Array((n + 1) * (m + 1));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      lcs[i * (m + 1) + j] =
        before[i] === after[j] ? lcs[(i + 1) * (m + 1) + j + 1]! + 1 : Math.max(lcs[(i + 1) * (m + 1) + j]!, lcs[i * (m + 1) + j + 1]!);
  const map = new Map<number, number>();
  for (let i = 0, j = 0; i < n && j < m;) {
    if (before[i] === after[j]) map.set(++i, ++j);
    else if (lcs[(i + 1) * (m + 1) + j]! >= lcs[i * (m + 1) + j + 1]!) i++;
    else j++;
  }
  return map;
}

/**
 * A stored mutant moved to the current source, or null when it cannot keep its result: one of its lines
 * changed, except that a detected mutant enclosing changed lines (a whole function body or table replaced,
 * say) keeps its result when its first and last lines are unchanged. Re-testing those would re-test every
 * line they enclose.
 */
function moved(m: Mutant, lines: Map<number, number>): Mutant | null {
  const { start, end } = m.location;
  const from = lines.get(start.line);
  const to = lines.get(end.line);
  if (from === undefined || to === undefined) return null;
  const intact = Array.from({ length: end.line - start.line + 1 }, (_, k) => lines.get(start.line + k) === from + k).every(Boolean);
  if (!intact && !DETECTED.has(m.status)) return null;
  return { ...m, location: { start: { ...start, line: from }, end: { ...end, line: to } } };
}

const plan = new Map<string, { source: string; kept: Mutant[]; ranges: Set<string> }>();
let changedLines = 0;
for (const [file, { source, mutants }] of Object.entries(stored.files)) {
  if (!existsSync(file)) continue;
  const before = source.split('\n');
  const current = readFileSync(file, 'utf8');
  const after = current.split('\n');
  const lines = unchangedLines(before, after);
  const ranges = new Set<string>();
  const kept: Mutant[] = [];
  // New or changed lines, as runs of lines.
  const image = new Set(lines.values());
  for (let l = 1; l <= after.length; l++) {
    if (image.has(l)) continue;
    let e = l;
    while (e + 1 <= after.length && !image.has(e + 1)) e++;
    ranges.add(`${l}-${e}`);
    changedLines += e - l + 1;
    l = e;
  }
  for (const m of mutants) {
    const now = moved(m, lines);
    if (now === null) {
      // Spans a changed line: re-test the stretch between its nearest unchanged neighbours.
      let s = m.location.start.line;
      while (s > 1 && !lines.has(s - 1)) s--;
      let e = m.location.end.line;
      while (e < before.length && !lines.has(e + 1)) e++;
      const from = s > 1 ? lines.get(s - 1)! + 1 : 1;
      const to = e < before.length ? lines.get(e + 1)! - 1 : after.length;
      if (from <= to) ranges.add(`${from}-${to}`);
      continue;
    }
    kept.push(now);
    if (UNDETECTED.has(now.status)) ranges.add(`${now.location.start.line}-${now.location.end.line}`);
  }
  plan.set(file, { source: current, kept, ranges });
}
const mutate = [...plan].flatMap(([file, { ranges }]) => [...ranges].map((r) => `${file}:${r}`));
console.log(`re-testing ${mutate.length} line range(s): undetected mutants and ${changedLines} new or changed line(s)`);
if (args.includes('--plan')) {
  console.log(mutate.join('\n'));
  process.exit(0);
}

if (mutate.length > 0) {
  // Read by stryker.config.mjs (which keeps it when no --mutate is given) and the test-runner processes.
  process.env.MUTATION_DOMAIN = domain;
  const { Stryker } = await import('@stryker-mutator/core');
  await new Stryker({
    configFile: 'stryker.config.mjs',
    mutate,
    incremental: false,
    concurrency,
    reporters: ['progress', 'json'],
    jsonReporter: { fileName: `${dir}/recheck.json` },
  }).runMutationTest();
}

const fresh: Report = mutate.length > 0 ? readReport(domain, 'recheck') : { files: {} };
const merged: Report = { ...stored, files: {} };
let retested = 0;
let added = 0;
for (const [file, { source, kept }] of plan) {
  const again = new Map((fresh.files[file]?.mutants ?? []).map((m) => [key(m), m]));
  const mutants = kept.map((m) => {
    const now = again.get(key(m));
    if (!now) return m;
    again.delete(key(m));
    retested++;
    return now;
  });
  // Mutants that exist only in the current source (new or changed lines).
  added += again.size;
  mutants.push(...again.values());
  merged.files[file] = { source, mutants };
}
for (const [file, entry] of Object.entries(fresh.files)) merged.files[file] ??= entry;
writeFileSync(`${dir}/merged.json`, JSON.stringify(merged));

const all = Object.values(merged.files).flatMap((f) => f.mutants);
console.log(
  `${domain}: ${retested} stored mutant(s) re-tested, ${added} new, ${all.length - retested - added} kept from the report; ` +
    `${score(all)} → ${dir}/merged.json`,
);
