// `npm test`'s last step (after the build): every claim about the package, measured on the package as
// installed. Packs this checkout, installs the tarball into a scratch app (app.mjs), then
//   1. imports it from ESM and CommonJS, every subpath, both copies in one process (smoke.mjs);
//   2. bundles what apps write with esbuild and Rollup, against the ceilings in sizes.mjs, and saves the
//      figures to bench/results/bundle-size.json (the README quotes them);
//   3. compiles strict consumers against its types under TypeScript 5.9 and 6.0 (types.mjs).
// Fails with every problem listed.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { packedApp, root } from './app.mjs';
import { measureSizes, printSizes, saveSizes, sizesFile } from './sizes.mjs';
import { smoke } from './smoke.mjs';

const problems = [];
const app = packedApp();
try {
  const { filename, entryCount, size, unpackedSize } = app.tarball;
  try {
    smoke(app.dir);
  } catch (e) {
    problems.push(`imports: ${e.message}`);
  }
  console.log(
    `packed: ${filename} (${entryCount} files, ${(size / 1024).toFixed(1)} kB packed, ${(unpackedSize / 1024).toFixed(1)} kB unpacked) ` +
      'imports in ESM and CJS from every subpath; errors recognised across both copies',
  );

  const sizes = await measureSizes(app.dir);
  printSizes(sizes);
  saveSizes(sizes, sizesFile(root));
  for (const r of sizes) for (const p of r.problems) problems.push(`size: ${r.case} (${r.bundler}): ${p}`);

  if (existsSync(join(import.meta.dirname, 'types.mjs'))) {
    const { checkTypes } = await import('./types.mjs');
    const types = await checkTypes(app.dir);
    console.table(types.rows);
    for (const p of types.problems) problems.push(`types: ${p}`);
  }
} finally {
  app.cleanup();
}
if (problems.length > 0) {
  console.error(`\nThe installed package breaks ${problems.length} claim(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
