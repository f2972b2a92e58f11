/**
 * Re-measures a domain after its tests were strengthened without a full `--force` run (30–60 min on the
 * reference machine): re-tests, with fresh results, every mutant the domain's last full report left
 * undetected (with the other mutants on the same lines) and every mutant of a source file that changed
 * since that report, then merges: a fresh result replaces the stored one, a mutant not re-tested keeps
 * its stored (detected) result. Tests are only ever added, so a detected mutant stays detected; a run
 * with `--force` remains the full measurement.
 *
 *   npx tsx scripts/mutation-recheck.ts <domain> [--concurrency N]
 *
 * Reads reports/mutation/<domain>/mutation.json; writes reports/mutation/<domain>/recheck.json (the
 * fresh run) and reports/mutation/<domain>/merged.json (read it with scripts/mutation-survivors.ts).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

type Position = { line: number; column: number };
type Mutant = { mutatorName: string; replacement?: string; status: string; location: { start: Position; end: Position } };
type Report = { files: Record<string, { source: string; mutants: Mutant[] }> };

const [domain] = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && all[i - 1] !== '--concurrency');
if (!domain || !/^[a-z]+$/.test(domain)) {
  console.error('usage: npx tsx scripts/mutation-recheck.ts <domain> [--concurrency N]');
  process.exit(2);
}
const concurrencyArg = process.argv.indexOf('--concurrency');
const concurrency = concurrencyArg > 0 ? Number(process.argv[concurrencyArg + 1]) : 2;
const dir = `reports/mutation/${domain}`;
const stored = JSON.parse(readFileSync(`${dir}/mutation.json`, 'utf8')) as Report;

const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);
const key = (m: Mutant) =>
  `${m.location.start.line}:${m.location.start.column}-${m.location.end.line}:${m.location.end.column} ${m.mutatorName} ${m.replacement ?? ''}`;

// What to re-test: whole files whose source changed (their mutants moved), else the lines of undetected mutants.
const changed = new Set<string>();
const mutate: string[] = [];
for (const [file, { source, mutants }] of Object.entries(stored.files)) {
  if (!existsSync(file)) continue;
  if (readFileSync(file, 'utf8') !== source) {
    changed.add(file);
    mutate.push(file);
    continue;
  }
  const lines = [...new Set(mutants.filter((m) => UNDETECTED.has(m.status)).map((m) => `${m.location.start.line}-${m.location.end.line}`))];
  for (const range of lines) mutate.push(`${file}:${range}`);
}
console.log(`re-testing ${changed.size} changed file(s) whole and ${mutate.length - changed.size} line range(s) of undetected mutants`);
if (mutate.length === 0) process.exit(0);

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

const fresh = JSON.parse(readFileSync(`${dir}/recheck.json`, 'utf8')) as Report;
const merged: Report = { ...stored, files: {} };
let replaced = 0;
for (const [file, entry] of Object.entries(stored.files)) {
  if (!existsSync(file)) continue;
  if (changed.has(file)) {
    if (fresh.files[file]) merged.files[file] = fresh.files[file]!;
    continue;
  }
  const byKey = new Map((fresh.files[file]?.mutants ?? []).map((m) => [key(m), m]));
  merged.files[file] = {
    ...entry,
    mutants: entry.mutants.map((m) => {
      const again = byKey.get(key(m));
      if (!again) return m;
      replaced++;
      return { ...m, status: again.status };
    }),
  };
}
for (const [file, entry] of Object.entries(fresh.files)) merged.files[file] ??= entry;
writeFileSync(`${dir}/merged.json`, JSON.stringify(merged));

const all = Object.values(merged.files).flatMap((f) => f.mutants);
const detected = all.filter((m) => DETECTED.has(m.status)).length;
const valid = all.filter((m) => DETECTED.has(m.status) || UNDETECTED.has(m.status)).length;
console.log(
  `${domain}: ${replaced} stored result(s) replaced, ${changed.size} file(s) re-measured whole; ` +
    `score ${((100 * detected) / valid).toFixed(2)} % (${detected} detected of ${valid}) → ${dir}/merged.json`,
);
