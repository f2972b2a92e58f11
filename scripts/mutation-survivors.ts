/**
 * Lists the mutants that survived (or had no coverage) in a Stryker JSON report, grouped by file, with
 * the original code and the replacement, and prints the score: what to read before strengthening tests.
 *
 *   npx tsx scripts/mutation-survivors.ts [domain]          # reads reports/mutation/<domain>/mutation.json
 *   npx tsx scripts/mutation-survivors.ts <domain> merged   # … merged.json, from scripts/mutation-recheck.ts
 */
import { readFileSync } from 'node:fs';

type Mutant = {
  id: string;
  mutatorName: string;
  replacement?: string;
  status: string;
  static?: boolean;
  location: { start: { line: number; column: number }; end: { line: number; column: number } };
};
type Report = { files: Record<string, { source: string; mutants: Mutant[] }> };

const [domain, name = 'mutation'] = process.argv.slice(2);
const path = domain ? `reports/mutation/${domain}/${name}.json` : 'reports/mutation/mutation.json';
const report = JSON.parse(readFileSync(path, 'utf8')) as Report;

const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);
let detected = 0;
let undetected = 0;
for (const [file, { source, mutants }] of Object.entries(report.files).sort(([a], [b]) => a.localeCompare(b))) {
  const lines = source.split('\n');
  const open = mutants.filter((m) => UNDETECTED.has(m.status)).sort((a, b) => a.location.start.line - b.location.start.line);
  detected += mutants.filter((m) => DETECTED.has(m.status)).length;
  undetected += open.length;
  if (open.length === 0) continue;
  console.log(`\n## ${file} (${open.length} undetected of ${mutants.length})`);
  for (const m of open) {
    const { start, end } = m.location;
    const original =
      start.line === end.line
        ? lines[start.line - 1]!.slice(start.column - 1, end.column - 1)
        : `${lines[start.line - 1]!.slice(start.column - 1)} …`;
    const clip = (s: string) => (s.length > 140 ? `${s.slice(0, 137)}…` : s).replace(/\s+/g, ' ');
    console.log(
      `${start.line}:${start.column} ${m.status}${m.static ? ' (static)' : ''} ${m.mutatorName}: ${clip(original)}  →  ${clip(m.replacement ?? '')}`,
    );
  }
}
const total = detected + undetected;
console.log(
  `\nscore ${((100 * detected) / total).toFixed(2)} % (${detected} detected of ${total}; compile errors and ignored mutants excluded)`,
);
