import { defineConfig } from 'tsup';

// One entry per public subpath (package.json "exports").
export const entries = {
  index: 'src/index.ts',
  'core/index': 'src/core/index.ts',
  'performance/index': 'src/performance/index.ts',
  'promotion/index': 'src/promotion/index.ts',
  'discipline/index': 'src/discipline/index.ts',
  'rewards/index': 'src/rewards/index.ts',
  'competency/index': 'src/competency/index.ts',
  'pelayanan/index': 'src/pelayanan/index.ts',
  'merit/index': 'src/merit/index.ts',

  'siasn/index': 'src/siasn/index.ts',
  schema: 'src/schema.ts',
  'testing/index': 'src/testing/index.ts',
};

export default defineConfig([
  // ESM, what bundlers read: one output module per source module, unbundled, so that with
  // "sideEffects": false an app's bundler drops every module a rule does not reach (a shared chunk
  // would drag unrelated rules along). Its .d.ts files come from tsc (tsconfig.build.json), one per module.
  {
    entry: ['src/**/*.ts', '!src/cli/**', '!src/server/**'],
    format: ['esm'],
    bundle: false,
    dts: false,
    clean: false,
    sourcemap: false,
    target: 'es2022',
    platform: 'neutral',
  },
  // CommonJS, for require(): one bundle per public entry with shared chunks, typed by bundled .d.cts.
  {
    entry: entries,
    format: ['cjs'],
    dts: true,
    clean: false,
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
