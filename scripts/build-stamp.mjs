// The fingerprint of what a build is made from: every file under src/ plus the build settings and the
// package manifest. `npm run build` writes it to dist/.build-stamp (`write`); `npm pack` (prepack,
// `check`) refuses to pack when dist/ is missing or was built from other sources — a clean clone packs
// nothing stale or empty; `prepare` builds only when the stamp is not `fresh`.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const STAMP = join(root, 'dist', '.build-stamp');
const INPUTS = ['src', 'tsup.config.ts', 'tsconfig.json', 'tsconfig.build.json', 'package.json'];

function files(path) {
  const full = join(root, path);
  if (!existsSync(full)) return [];
  try {
    return readdirSync(full, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => relative(root, join(e.parentPath, e.name)));
  } catch {
    return [path];
  }
}

function fingerprint() {
  const hash = createHash('sha256');
  for (const file of INPUTS.flatMap(files).sort()) {
    let content = readFileSync(join(root, file), 'utf8');
    // The version and scripts may change without changing what is built; everything else in the manifest counts.
    if (file === 'package.json') content = JSON.stringify({ ...JSON.parse(content), scripts: undefined });
    hash.update(`${file}\0${content}\0`);
  }
  return hash.digest('hex');
}

const mode = process.argv[2];
if (mode === 'write') {
  writeFileSync(STAMP, `${fingerprint()}\n`);
} else if (mode === 'fresh') {
  // For `prepare`: succeed quietly when dist/ is the build of the sources as they are (no second build).
  const stamp = existsSync(STAMP) ? readFileSync(STAMP, 'utf8').trim() : undefined;
  process.exit(stamp === fingerprint() ? 0 : 1);
} else {
  const stamp = existsSync(STAMP) ? readFileSync(STAMP, 'utf8').trim() : undefined;
  if (stamp !== fingerprint()) {
    console.error(
      stamp === undefined
        ? 'sistem-merit: dist/ has not been built: run `npm run build` before packing'
        : 'sistem-merit: dist/ was built from other sources than src/ now: run `npm run build` before packing',
    );
    process.exit(1);
  }
}
