// A scratch application with the package installed as npm would install it: `npm pack` on this
// checkout, the tarball extracted into node_modules/sistem-merit, and the package's runtime
// dependencies and optional peers linked from this checkout (the versions package-lock.json pins). Every claim about
// the package (sizes, types, imports) is measured in such an app, never on src/.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '../..');

/** Packs the package and installs the tarball into a new scratch app; `cleanup()` removes it. */
export function packedApp() {
  // What prepack checks (a build from the sources as they are), then a pack without re-running prepare.
  execFileSync(process.execPath, [join(root, 'scripts/build-stamp.mjs'), 'check'], { stdio: 'inherit' });
  const dir = mkdtempSync(join(tmpdir(), 'sistem-merit-app-'));
  const [{ filename, size, unpackedSize, entryCount }] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    }),
  );
  const pkgDir = join(dir, 'node_modules', 'sistem-merit');
  mkdirSync(pkgDir, { recursive: true });
  execFileSync('tar', ['-xzf', join(dir, filename), '-C', pkgDir, '--strip-components=1']);
  // Its dependencies, and its optional peers as an app that uses them would have them (fast-check for /testing).
  const { dependencies = {}, peerDependencies = {} } = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
  for (const dep of [...Object.keys(dependencies), ...Object.keys(peerDependencies)])
    symlinkSync(join(root, 'node_modules', dep), join(dir, 'node_modules', dep), 'dir');
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'scratch-app', private: true, type: 'module' }, null, 2));
  return {
    dir,
    tarball: { filename, size, unpackedSize, entryCount },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}
