/** The parts of a Stryker JSON report that the mutation scripts read, and the score they print. */
import { readFileSync } from 'node:fs';

type Position = { line: number; column: number };
export type Mutant = {
  id?: string;
  mutatorName: string;
  replacement?: string;
  status: string;
  static?: boolean;
  location: { start: Position; end: Position };
};
export type Report = { files: Record<string, { source: string; mutants: Mutant[] }> };

export const DETECTED = new Set(['Killed', 'Timeout']);
export const UNDETECTED = new Set(['Survived', 'NoCoverage']);

/** reports/mutation/<domain>/<name>.json, or the whole library's report without a domain. */
export function readReport(domain: string | undefined, name = 'mutation'): Report {
  const path = domain ? `reports/mutation/${domain}/${name}.json` : 'reports/mutation/mutation.json';
  return JSON.parse(readFileSync(path, 'utf8')) as Report;
}

/** Killed and timed-out mutants over all valid ones (compile errors and ignored mutants excluded). */
export function score(mutants: readonly Mutant[]): string {
  const detected = mutants.filter((m) => DETECTED.has(m.status)).length;
  const valid = detected + mutants.filter((m) => UNDETECTED.has(m.status)).length;
  return `score ${((100 * detected) / valid).toFixed(2)} % (${detected} detected of ${valid}; compile errors and ignored mutants excluded)`;
}
