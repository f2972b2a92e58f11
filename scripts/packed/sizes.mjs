// Bundle sizes as an application gets them: each case is a module the app writes, bundled from the
// installed package (scratch app, see app.mjs) with esbuild and with Rollup (what Vite uses for a build),
// minified and gzipped. Every ceiling and why it is where it is lives here; `npm test` fails past one.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import nodeResolve from '@rollup/plugin-node-resolve';
import { build, transform } from 'esbuild';
import { rollup } from 'rollup';

const KB = 1000;

/** What an app writes, the most it may cost (min + gzip), and why. */
export const SIZE_CASES = [
  {
    name: 'one rule without decimals, from the main entry (predikatKinerja)',
    code: `export { predikatKinerja } from 'sistem-merit';`,
    ceiling: 14.5 * KB,
    without: ['decimal.js'],
    rationale:
      'The target for one rule: its zod/mini schemas, the zod core parser and English messages (about 6 kB), the rule and its ' +
      'matrix, and the strict-input checks every rule runs (unknown keys with suggestions, list bounds, bilingual own issues). ' +
      'The main entry must tree-shake every other rule, the explanations and decimal.js away. 9.9 kB until the house style ' +
      "(issue 15) built every rule page's table from the rule's own data (core/tables) and typed its reasons (core/messages): " +
      "10.1 kB; the ceiling was 10 kB. The decision trace every rule stamps (issue 16) and the matrix's unlocated Lampiran " +
      'citation add 0.3 kB: 10.4 kB. ' +
      "The texts of every input issue (issue 22): a code and what to type in Bahasa Indonesia and English, read from the field's schema (options and the nearest one, a date's form with an example, a number's range), independent of zod's locale; zod's English messages are no longer bundled. 10.4 → 14.0 kB; the ceiling was 10.5 kB.",
  },
  {
    name: 'one rule without decimals, from its subpath (sistem-merit/performance)',
    code: `export { predikatKinerja } from 'sistem-merit/performance';`,
    ceiling: 14.5 * KB,
    without: ['decimal.js'],
    rationale: 'The same rule from its domain: a subpath must not cost more than the main entry.',
  },
  {
    name: 'one rule with decimals (nilaiKinerjaPp30)',
    code: `export { nilaiKinerjaPp30 } from 'sistem-merit';`,
    ceiling: 33 * KB,
    rationale:
      'decimal.js alone is 12.7 kB min+gz and cannot be tree-shaken (one class); exact arithmetic is a requirement, so a rule that ' +
      'computes scores pays it once, plus zod union/pipe/transform for decimal inputs and the rule. 27.2 kB until its page showed ' +
      'its scale with a dasar per row (issue 15): 28.0 kB; the ceiling was 28 kB. The issue texts in two languages (issue 22): ' +
      '28.5 → 32.3 kB; the ceiling was 29 kB.',
  },
  {
    name: 'a rule with dates (kenaikanPangkatReguler)',
    code: `export { kenaikanPangkatReguler } from 'sistem-merit';`,
    ceiling: 31.5 * KB,
    rationale:
      'A promotion rule with day-number calendar arithmetic, the KP period calendar, the golongan, ijazah and hukuman tables and ' +
      'the refusal of impossible records in two languages; the hukuman schema it shares with discipline brings decimal.js (bands). ' +
      'The issue texts in two languages and the conditions still missing (issue 22): 26.6 → 30.5 kB; the ceiling was 28 kB.',
  },
  {
    name: 'a rule that counts days (hukumanKetidakhadiran)',
    code: `export { hukumanKetidakhadiran } from 'sistem-merit';`,
    ceiling: 20.5 * KB,
    without: ['decimal.js'],
    rationale:
      'A whole count is compared with the absence table as a number, so a rule that counts carries no decimal.js. Its module ' +
      'held the escalation and wage-adjustment rules too (16.7 kB); one module per rule (issue 15) lets a bundler drop them: 15.7 kB. ' +
      'The issue texts in two languages (issue 22): 16.1 → 19.6 kB; the ceiling was 18 kB.',
  },
  {
    name: 'one rule and the explanation of its domain (predikatKinerja + explainPerformance)',
    code: `export { predikatKinerja, explainPerformance } from 'sistem-merit/performance';`,
    ceiling: 20 * KB,
    without: ['decimal.js'],
    rationale:
      'Explaining a rule carries the texts of its own domain in two languages, not those of every domain: a page that shows one ' +
      'decision with its reasons stays small.',
  },
  {
    name: 'one rule and explain for every domain (predikatKinerja + explain)',
    code: `export { predikatKinerja, explain } from 'sistem-merit';`,
    ceiling: 45 * KB,
    rationale:
      'The root explain() renders any decision, so it carries the message catalogues of all seven domains in two languages; ' +
      'apps that explain one domain import that domain’s explain instead. 36.8 kB with five domains; the merit domain’s texts ' +
      'and a label for every merit output value (issues 20 and 22) brought it to 40.5 kB, and the texts of every input issue in two ' +
      'languages (issue 22, what to type; every rule carries them) to 44.0 kB.',
  },
  {
    name: 'full entry (every export)',
    code: `export * from 'sistem-merit';`,
    ceiling: 230 * KB,
    rationale:
      'Every rule of the seven domains with their input and output schemas, tables, bilingual messages and decimal.js (the JSON ' +
      'Schema converter is a subpath of its own). 138.5 kB when the package was first measured installed; the regulation wording ' +
      'of every PP 94/2021 violation and the coverage, status and tables of every tukin preset (what an auditor reads) brought it ' +
      'to 148.7 kB, the pelayanan domain (three rules, three dated pedoman, the sample table) to 164.8 kB, and a decision table or ' +
      'formula with its dasar on every rule (issue 15: the tables the docs show are data of the descriptors) to 177 kB, and ' +
      'citations located per condition, each unlocated one with its reason, and the new settings of issue 16 to 196 kB, and the merit ' +
      'domain (issue 20: five rules, the two dated assessment schemes, the instrument and conversion presets, their notes and ' +
      'examples) to 219.7 kB, and the explanations in words with a label for every output value and the texts of every input issue in ' +
      'two languages (issue 22) to 227.7 kB. The full entry grows ' +
      'with every domain; applications import what they use, and the per-rule ceilings above are the ones that bind.',
  },
  {
    name: 'reading a SIASN record (readSiasnPegawai, sistem-merit/siasn)',
    code: `export { readSiasnPegawai } from 'sistem-merit/siasn';`,
    ceiling: 16.5 * KB,
    without: ['decimal.js'],
    rationale:
      'Validating a SIASN employee (data utama and ten riwayat, dd-mm-yyyy dates, loose ids) is zod/mini and the value readers: ' +
      '12.2 kB when first measured, about the cost of one rule; a record it refuses says what to type in both languages, as the ' +
      'rules do (issue 22): 16.0 kB (esbuild; 14.3 kB with Rollup).',
  },
  {
    name: 'one SIASN adapter with its rule (kenaikanPangkatRegulerSiasn)',
    code: `export { kenaikanPangkatRegulerSiasn } from 'sistem-merit/siasn';`,
    ceiling: 57 * KB,
    rationale:
      'The KP reguler rule (26.7 kB), the record reader, the golongan, tingkat pendidikan and jenis hukuman mappings, the ' +
      'PermenPANRB 6/2022 matrix and the PP 46/2011 sebutan bands that read old appraisals, which bring decimal.js (12.7 kB): ' +
      '51.0–51.8 kB when first measured, 54.8–55.6 kB with the issue texts of issue 22. Each adapter is its own pure call, so the other seven are dropped.',
  },
];

/** Node built-ins must never reach the library bundles: the library runs in browsers, Deno and Bun. */
const NODE_ONLY = /^(node:|fs$|path$|os$|child_process$|readline$|stream$|util$|zlib$|crypto$)/;

async function withEsbuild(app, code) {
  const result = await build({
    stdin: { contents: code, resolveDir: app, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    conditions: ['import'],
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  // Modules that put code in the bundle (a module reached but shaken to nothing does not count).
  const inputs = Object.values(result.metafile.outputs).flatMap((o) =>
    Object.entries(o.inputs)
      .filter(([, v]) => v.bytesInOutput > 0)
      .map(([k]) => k),
  );
  const imports = Object.values(result.metafile.outputs).flatMap((o) => o.imports.map((i) => i.path));
  return { text: result.outputFiles[0].text, inputs, imports };
}

async function withRollup(app, code) {
  const entry = '\0entry';
  const external = [];
  const bundle = await rollup({
    input: entry,
    plugins: [
      {
        name: 'entry',
        resolveId: (id) => (id === entry ? entry : null),
        load: (id) => (id === entry ? code : null),
      },
      nodeResolve({ rootDir: app, exportConditions: ['import', 'module', 'default'], browser: false, preferBuiltins: false }),
    ],
    onwarn: () => {},
    external: (id) => (NODE_ONLY.test(id) ? (external.push(id), true) : false),
  });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  const inputs = output.flatMap((o) =>
    Object.entries(o.modules ?? {})
      .filter(([, m]) => m.renderedLength > 0)
      .map(([k]) => k),
  );
  const { code: minified } = await transform(output[0].code, { minify: true, format: 'esm', loader: 'js' });
  return { text: minified, inputs, imports: external };
}

export const BUNDLERS = { esbuild: withEsbuild, rollup: withRollup };

/** Measures every case with every bundler in the app; returns rows with the failures marked. */
export async function measureSizes(app) {
  const rows = [];
  for (const c of SIZE_CASES) {
    for (const [bundler, bundle] of Object.entries(BUNDLERS)) {
      let result;
      try {
        result = await bundle(app, c.code);
      } catch (e) {
        rows.push({
          case: c.name,
          bundler,
          minified: 0,
          gzip: 0,
          ceiling: c.ceiling,
          problems: [`does not bundle: ${String(e.message).split('\n')[0]}`],
        });
        continue;
      }
      const { text, inputs, imports } = result;
      const gzip = gzipSync(text).length;
      const problems = [];
      if (gzip > c.ceiling) problems.push(`${gzip} B over the ${c.ceiling} B ceiling`);
      for (const dep of c.without ?? []) if (inputs.some((i) => i.includes(`node_modules/${dep}/`))) problems.push(`pulls in ${dep}`);
      const nodeOnly = imports.filter((i) => NODE_ONLY.test(i));
      if (nodeOnly.length > 0) problems.push(`imports Node-only ${nodeOnly.join(', ')}`);
      rows.push({ case: c.name, bundler, minified: text.length, gzip, ceiling: c.ceiling, problems });
    }
  }
  return rows;
}

export function printSizes(rows) {
  console.table(
    rows.map((r) => ({
      case: r.case,
      bundler: r.bundler,
      'min kB': (r.minified / KB).toFixed(1),
      'min+gz kB': (r.gzip / KB).toFixed(1),
      'ceiling kB': r.ceiling / KB,
      '': r.problems.join('; '),
    })),
  );
}

export function saveSizes(rows, file) {
  const bundles = {};
  for (const r of rows) (bundles[r.case] ??= { ceiling: r.ceiling })[r.bundler] = { minified: r.minified, gzip: r.gzip };
  writeFileSync(file, `${JSON.stringify({ date: new Date().toISOString().slice(0, 10), bundles }, null, 2)}\n`);
}

export const sizesFile = (root) => join(root, 'bench/results/bundle-size.json');
