import { defineConfig } from 'tsup';

// One entry per public subpath (package.json "exports"); each is built as ESM + CJS with .d.ts/.d.cts.
export const entries = {
  index: 'src/index.ts',
  'core/index': 'src/core/index.ts',
  'performance/index': 'src/performance/index.ts',
  'promotion/index': 'src/promotion/index.ts',
  'discipline/index': 'src/discipline/index.ts',
  'rewards/index': 'src/rewards/index.ts',
  'competency/index': 'src/competency/index.ts',
  'testing/index': 'src/testing/index.ts',
};

export default defineConfig([
  {
  entry: entries,
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: false,
  splitting: true,
  treeshake: true,
  target: 'es2022',
  platform: 'neutral',
  },
  // The command-line tool: Node-only, ESM, its own entry so the library stays free of Node imports.
  {
    entry: { cli: 'src/cli/bin.ts' },
    format: ['esm'],
    dts: false,
    clean: false,
    splitting: false,
    target: 'node20',
    platform: 'node',
  },
]);
