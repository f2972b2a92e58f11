/**
 * Builds the rule explorer into site/dist/ from the rule catalogue: a Find page and one page per rule in
 * each language, and per rule a script (esbuild, one self-contained file) that runs the rule in the
 * browser. Static files only: any static host serves them, and they open from disk too.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin, transform } from 'esbuild';
import * as library from '../../src/index.js';
import { RULES } from '../../src/index.js';
import type { AnyRule } from '../../src/index.js';
import { LOCALES } from '../../site/src/texts.js';
import { findPage } from './find-page.js';
import { rulePage, rulePath, ruleScript } from './rule-page.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const SITE_DIST = join(ROOT, 'site/dist');

/** The name a rule's function is exported under (`promotion.kenaikanPangkatReguler` → `kenaikanPangkatReguler`). */
function functionName(rule: AnyRule): string {
  const name = rule.id.slice(rule.id.indexOf('.') + 1);
  if ((library as Record<string, unknown>)[name] !== rule.run) throw new Error(`${rule.id}: no export '${name}' is the rule's run`);
  return name;
}

/** Each rule's entry: its own function and the Try part, so a page bundles only the rule it shows. */
function ruleEntries(): Plugin {
  return {
    name: 'rule-entries',
    setup(b) {
      b.onResolve({ filter: /^rule-entry:/ }, (args) => ({ path: args.path.slice('rule-entry:'.length), namespace: 'rule-entry' }));
      b.onLoad({ filter: /.*/, namespace: 'rule-entry' }, (args) => {
        const rule = RULES.find((r) => r.id === args.path)!;
        return {
          contents: `import { ${functionName(rule)} as run } from './src/index.ts';\nimport { startTry } from './site/src/try.ts';\nstartTry(run);\n`,
          resolveDir: ROOT,
          loader: 'ts',
        };
      });
    },
  };
}

function write(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

/** Writes the whole site; returns the files written (relative to site/dist). */
export async function buildSite(outDir = SITE_DIST): Promise<string[]> {
  rmSync(outDir, { recursive: true, force: true });
  const files: string[] = [];
  const put = (rel: string, text: string) => {
    write(join(outDir, rel), text);
    files.push(rel);
  };
  put('index.html', redirectPage());
  const css = await transform(readFileSync(join(ROOT, 'site/src/style.css'), 'utf8'), { loader: 'css', minify: true });
  put('style.css', css.code);
  for (const locale of LOCALES) {
    put(`${locale}/index.html`, findPage(locale));
    for (const rule of RULES) put(`${locale}/${rulePath(rule)}`, rulePage(rule, locale));
  }
  const entryPoints = [
    { in: join(ROOT, 'site/src/find.ts'), out: 'js/find' },
    ...RULES.map((rule) => ({ in: `rule-entry:${rule.id}`, out: ruleScript(rule).replace(/\.js$/, '') })),
  ];
  const result = await build({
    entryPoints,
    outdir: outDir,
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'es2020',
    platform: 'browser',
    legalComments: 'none',
    plugins: [ruleEntries()],
    metafile: true,
    logLevel: 'warning',
  });
  files.push(...Object.keys(result.metafile.outputs).map((p) => p.slice(outDir.length + 1)));
  return files;
}

/** The site root: the Indonesian Find page, or the English one for a browser that prefers English. */
function redirectPage(): string {
  return `<!doctype html>
<html lang="id"><head><meta charset="utf-8"><title>sistem-merit</title>
<meta http-equiv="refresh" content="0; url=id/index.html">
<script>if (!/^id\\b/.test(navigator.language) && /^en\\b/.test(navigator.language)) location.replace('en/index.html' + location.hash);</script>
</head><body><p><a href="id/index.html">Bahasa Indonesia</a> · <a href="en/index.html">English</a></p></body></html>
`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = Date.now();
  const files = await buildSite();
  console.log(`site/dist: ${files.length} files in ${Date.now() - started} ms`);
}
