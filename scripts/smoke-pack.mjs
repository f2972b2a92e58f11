// Packs the library as npm would publish it, installs the tarball into a scratch project and
// imports it from ESM and CommonJS, so a broken "exports" map or missing file fails the build.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const scratch = mkdtempSync(join(tmpdir(), 'sistem-merit-pack-'));
try {
  const [{ filename, size, unpackedSize, entryCount }] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--pack-destination', scratch], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }),
  );
  const pkgDir = join(scratch, 'node_modules', 'sistem-merit');
  mkdirSync(pkgDir, { recursive: true });
  execFileSync('tar', ['-xzf', join(scratch, filename), '-C', pkgDir, '--strip-components=1']);
  for (const dep of ['zod', 'decimal.js']) symlinkSync(join(root, 'node_modules', dep), join(scratch, 'node_modules', dep), 'dir');

  const check = `value === 'BAIK' && lines.length === 1 && lines[0].includes('PermenPANRB 6/2022')`;
  writeFileSync(
    join(scratch, 'esm.mjs'),
    `import { predikatKinerja, explain, RULES } from 'sistem-merit';
import * as performance from 'sistem-merit/performance';
const d = predikatKinerja({ hasilKerja: 'SESUAI_EKSPEKTASI', perilakuKerja: 'SESUAI_EKSPEKTASI' });
const value = d.value, lines = explain(d, 'en');
if (!(${check}) || typeof performance.nilaiKinerjaPp30 !== 'function' || RULES.length === 0) process.exit(1);`,
  );
  writeFileSync(
    join(scratch, 'cjs.cjs'),
    `const { predikatKinerja, explain } = require('sistem-merit');
const performance = require('sistem-merit/performance');
const d = performance.predikatKinerja({ hasilKerja: 'SESUAI_EKSPEKTASI', perilakuKerja: 'SESUAI_EKSPEKTASI' });
const value = d.value, lines = explain(d, 'en');
if (!(${check}) || predikatKinerja !== performance.predikatKinerja) process.exit(1);`,
  );
  // An ESM and a CJS copy of the package in one process: errors of either are recognised by both.
  writeFileSync(
    join(scratch, 'dual.mjs'),
    `import { createRequire } from 'node:module';
import { MeritInputError, isMeritInputError, predikatKinerja } from 'sistem-merit';
const cjs = createRequire(import.meta.url)('sistem-merit');
const caught = (run) => { try { run(); } catch (e) { return e; } };
const fromCjs = caught(() => cjs.predikatKinerja({ hasilKerja: 'X' }));
const fromEsm = caught(() => predikatKinerja({ hasilKerja: 'X' }));
const ok = cjs.MeritInputError !== MeritInputError && !(fromCjs instanceof MeritInputError) &&
  MeritInputError.is(fromCjs) && isMeritInputError(fromCjs) && cjs.MeritInputError.is(fromEsm) && cjs.isMeritInputError(fromEsm) &&
  !MeritInputError.is(new Error('x'));
if (!ok) process.exit(1);`,
  );
  for (const file of ['esm.mjs', 'cjs.cjs', 'dual.mjs']) execFileSync(process.execPath, [file], { cwd: scratch, stdio: 'inherit' });
  console.log(
    `smoke-pack: ${filename} imports in ESM and CJS, errors recognised across both copies (${entryCount} files, ${(size / 1024).toFixed(1)} kB packed, ${(unpackedSize / 1024).toFixed(1)} kB unpacked)`,
  );
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
