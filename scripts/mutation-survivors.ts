/**
 * Lists the mutants that survived (or had no coverage) in a Stryker JSON report, grouped by file, with
 * the original code and the replacement, and prints the score: what to read before strengthening tests.
 *
 *   npx tsx scripts/mutation-survivors.ts [domain]          # reads reports/mutation/<domain>/mutation.json
 *   npx tsx scripts/mutation-survivors.ts <domain> merged   # … merged.json, from scripts/mutation-recheck.ts
 */
import { readReport, score, UNDETECTED } from './mutation-report.js';

const [domain, name] = process.argv.slice(2);
const report = readReport(domain, name);

for (const [file, { source, mutants }] of Object.entries(report.files).sort(([a], [b]) => a.localeCompare(b))) {
  const lines = source.split('\n');
  const open = mutants.filter((m) => UNDETECTED.has(m.status)).sort((a, b) => a.location.start.line - b.location.start.line);
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
console.log(`\n${score(Object.values(report.files).flatMap((f) => f.mutants))}`);
