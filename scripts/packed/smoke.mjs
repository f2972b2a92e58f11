// Imports the installed package from ESM and from CommonJS, every subpath its "exports" map names (and
// checks every domain of the catalogue is one), and both copies in one process (an error of either is
// recognised by both), so a broken "exports" map or missing file fails.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The subpaths the installed package exports ('' for the main entry), read from its own package.json. */
export function subpathsOf(app) {
  const { exports } = JSON.parse(readFileSync(join(app, 'node_modules/sistem-merit/package.json'), 'utf8'));
  return Object.keys(exports)
    .filter((key) => key !== './package.json')
    .map((key) => key.slice(1));
}

/** Runs the import checks in the app; throws (with the failing script named) when one fails. */
export function smoke(app) {
  const subpaths = subpathsOf(app);
  const check = `value === 'BAIK' && lines[0].startsWith('Applies: ') && lines.includes('[1] PermenPANRB 6/2022 Pasal 24–25')`;
  const scripts = {
    'esm.mjs': `import { predikatKinerja, explain, RULES } from 'sistem-merit';
import * as performance from 'sistem-merit/performance';
${subpaths.map((p, i) => `import * as m${i} from 'sistem-merit${p}';`).join('\n')}
const d = predikatKinerja({ hasilKerja: 'SESUAI_EKSPEKTASI', perilakuKerja: 'SESUAI_EKSPEKTASI' });
const value = d.value, lines = explain(d, 'en');
const own = performance.explainPerformance(d, 'en');
if (!(${check}) || own.join() !== lines.join() || RULES.length === 0) process.exit(1);
if ([${subpaths.map((_, i) => `m${i}`).join(', ')}].some((m) => Object.keys(m).length === 0)) process.exit(2);
// Every domain of the catalogue is a subpath of its own name.
const exported = new Set(${JSON.stringify(subpaths)});
if (RULES.some((rule) => !exported.has('/' + rule.domain))) process.exit(3);`,
    'cjs.cjs': `const { predikatKinerja, explain } = require('sistem-merit');
const performance = require('sistem-merit/performance');
${subpaths.map((p) => `if (Object.keys(require('sistem-merit${p}')).length === 0) process.exit(2);`).join('\n')}
const d = performance.predikatKinerja({ hasilKerja: 'SESUAI_EKSPEKTASI', perilakuKerja: 'SESUAI_EKSPEKTASI' });
const value = d.value, lines = explain(d, 'en');
if (!(${check}) || predikatKinerja !== performance.predikatKinerja) process.exit(1);`,
    'dual.mjs': `import { createRequire } from 'node:module';
import { MeritInputError, isMeritInputError, predikatKinerja } from 'sistem-merit';
const cjs = createRequire(import.meta.url)('sistem-merit');
const caught = (run) => { try { run(); } catch (e) { return e; } };
const fromCjs = caught(() => cjs.predikatKinerja({ hasilKerja: 'X' }));
const fromEsm = caught(() => predikatKinerja({ hasilKerja: 'X' }));
const ok = cjs.MeritInputError !== MeritInputError && !(fromCjs instanceof MeritInputError) &&
  MeritInputError.is(fromCjs) && isMeritInputError(fromCjs) && cjs.MeritInputError.is(fromEsm) && cjs.isMeritInputError(fromEsm) &&
  !MeritInputError.is(new Error('x'));
if (!ok) process.exit(1);`,
  };
  for (const [file, code] of Object.entries(scripts)) {
    writeFileSync(join(app, file), code);
    try {
      execFileSync(process.execPath, [file], { cwd: app, stdio: 'inherit' });
    } catch {
      throw new Error(`the installed package fails ${file}`);
    }
  }
}
