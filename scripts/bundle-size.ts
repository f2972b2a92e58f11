/**
 * Bundle sizes as an application sees them: each case is bundled from the sources with esbuild
 * (minified, ESM, platform "neutral", tree-shaken) and gzipped. `npm run bench:size` prints the table
 * and saves bench/results/bundle-size.json; test/bundle-size.test.ts checks the ceilings below.
 */
import { gzipSync } from 'node:zlib';
import { resolve } from 'node:path';
import { build } from 'esbuild';

const root = resolve(import.meta.dirname, '..');

export interface BundleCase {
  name: string;
  /** The module an application would write. */
  code: string;
  /** Ceiling in bytes, min + gzip. */
  ceiling: number;
  /** Why the ceiling is where it is. */
  rationale: string;
}

const KB = 1000;

export const BUNDLE_CASES: BundleCase[] = [
  {
    name: 'one rule without decimals (predikatKinerja from the main entry)',
    code: `export { predikatKinerja } from './src/index.ts';`,
    ceiling: 12 * KB,
    rationale:
      'The target for one rule: its zod/mini schemas, the zod core parser and English messages (about 6 kB), the rule and its matrix, ' +
      'and the strict-input checks every rule runs (unknown keys with suggestions, list bounds, bilingual own issues: about 2 kB; ' +
      '7.9 kB before them, 10.0 kB with them). Importing it from the main entry must tree-shake the other 41 rules, the explanations ' +
      'and decimal.js away.',
  },
  {
    name: 'one rule with decimals (nilaiKinerjaPp30)',
    code: `export { nilaiKinerjaPp30 } from './src/index.ts';`,
    ceiling: 28 * KB,
    rationale:
      'decimal.js alone is 12.7 kB min+gz and cannot be tree-shaken (one class); exact arithmetic is a requirement, so a rule that ' +
      'computes scores pays it once. Measured 24.9 kB when the ceiling was set: decimal.js, zod union/pipe/transform for decimal inputs, the rule.',
  },
  {
    name: 'a rule with dates (kenaikanPangkatReguler)',
    code: `export { kenaikanPangkatReguler } from './src/index.ts';`,
    ceiling: 26 * KB,
    rationale:
      'A promotion rule with calendar arithmetic (day-number addMonths/addDays), the KP period calendar and the golongan, ijazah and ' +
      'hukuman tables, without decimal.js; measured 17.9 kB when the ceiling was set, 22.6 kB once strict input (unknown keys with ' +
      'suggestions, list bounds) and the refusal of impossible records with messages in two languages came in.',
  },
  {
    name: 'one rule with its explanation (predikatKinerja + explain)',
    code: `export { predikatKinerja, explain } from './src/index.ts';`,
    ceiling: 38 * KB,
    rationale:
      'explain() renders any decision, so it carries the message catalogues of all five domains in two languages (about 25 kB); ' +
      'apps that only store reasons do not pay for it. Measured 32.5 kB when the ceiling was set.',
  },
  {
    name: 'full entry (every export)',
    code: `export * from './src/index.ts';`,
    ceiling: 155 * KB,
    rationale:
      'All 42 rules with their input and output schemas, tables, bilingual messages, the JSON Schema converter and decimal.js; ' +
      'measured 125.6 kB (then with date-fns) when the ceiling was set, 144.8 kB with strict input and the bilingual refusal of ' +
      'impossible records, plus room for a few more rules. Applications should import what they use.',
  },
];

/** Node built-ins must never reach the library bundles: the library runs in browsers, Deno and Bun. */
export const NODE_ONLY = /^(node:|fs$|path$|os$|child_process$|readline$|stream$|util$|zlib$|crypto$)/;

export interface BundleMeasure {
  name: string;
  minified: number;
  gzip: number;
  ceiling: number;
  /** Every module esbuild resolved. */
  visited: string[];
  /** Modules with code in the bundle after tree-shaking. */
  included: string[];
}

export async function measureBundle(c: BundleCase): Promise<BundleMeasure> {
  const result = await build({
    stdin: { contents: c.code, resolveDir: root, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.contents;
  const output = Object.values(result.metafile.outputs)[0]!;
  return {
    name: c.name,
    minified: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
    ceiling: c.ceiling,
    visited: Object.keys(result.metafile.inputs),
    included: Object.entries(output.inputs)
      .filter(([, v]) => v.bytesInOutput > 0)
      .map(([k]) => k),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { writeFileSync } = await import('node:fs');
  const rows = [];
  const saved: Record<string, { minified: number; gzip: number; ceiling: number }> = {};
  for (const c of BUNDLE_CASES) {
    const m = await measureBundle(c);
    saved[m.name] = { minified: m.minified, gzip: m.gzip, ceiling: m.ceiling };
    rows.push({
      bundle: m.name,
      'min kB': (m.minified / KB).toFixed(1),
      'min+gz kB': (m.gzip / KB).toFixed(1),
      'ceiling kB': (m.ceiling / KB).toFixed(0),
      'of ceiling': `${Math.round((m.gzip / m.ceiling) * 100)} %`,
    });
  }
  console.table(rows);
  writeFileSync(
    resolve(root, 'bench/results/bundle-size.json'),
    `${JSON.stringify({ date: new Date().toISOString(), bundles: saved }, null, 2)}\n`,
  );
}
