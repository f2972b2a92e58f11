// @ts-check
// Mutation testing (issue 7), not part of `npm test`. See docs/mutation.md.
//
//   npm run mutation                                          # the whole library
//   npm run mutation -- --mutate 'src/performance/**/*.ts'    # one domain
//
// Each domain keeps its own incremental file and report (derived from --mutate below), so running
// one domain never discards the stored results of another, and a re-run only tests mutants whose
// code or covering tests changed.

// Every test runs in UTC under Stryker; the time-zone matrix belongs to `npm test`.
process.env.TZ = 'UTC';

/**
 * The domain named by `--mutate 'src/<domain>/…'` on the command line, or 'all'. Without `--mutate`, a
 * MUTATION_DOMAIN set by the caller (scripts/mutation-recheck.ts) is kept.
 */
function domainFromArgv(argv) {
  const i = argv.findIndex((a) => a === '--mutate' || a === '-m' || a.startsWith('--mutate='));
  if (i < 0) return process.env.MUTATION_DOMAIN || 'all';
  const value = argv[i].startsWith('--mutate=') ? argv[i].slice('--mutate='.length) : (argv[i + 1] ?? '');
  const m = /^src\/([a-z]+)\//.exec(value);
  return m && !value.includes(',') ? m[1] : 'all';
}
const scope = domainFromArgv(process.argv);
// Read by vitest.stryker.config.ts and test/rules-under-test.ts in the test-runner processes.
process.env.MUTATION_DOMAIN = scope;

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  // One project (TZ=UTC), fast-check with a fixed seed: each mutant runs its tests once.
  vitest: { configFile: 'vitest.stryker.config.ts' },
  // src/cli is Node-only glue (argument parsing, files and streams) around the rules: not mutated.
  mutate: ['src/**/*.ts', '!src/cli/**'],
  coverageAnalysis: 'perTest',
  // The reference machine has 2 cores and usually other work: one test runner.
  concurrency: 1,
  incremental: true,
  incrementalFile: scope === 'all' ? 'reports/stryker-incremental.json' : `reports/stryker-incremental-${scope}.json`,
  tempDirName: '.stryker-tmp',
  reporters: ['clear-text', 'html', 'json', 'progress'],
  htmlReporter: { fileName: `reports/mutation/${scope === 'all' ? '' : `${scope}/`}mutation.html` },
  jsonReporter: { fileName: `reports/mutation/${scope === 'all' ? '' : `${scope}/`}mutation.json` },
  clearTextReporter: { allowColor: false, logTests: false, reportTests: false, reportScoreTable: true },
  thresholds: { high: 90, low: 80, break: null },
};
