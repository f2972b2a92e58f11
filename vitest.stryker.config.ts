import type { Reporter, Vitest } from 'vitest/node';
import { defineConfig } from 'vitest/config';

/**
 * Vitest configuration for mutation testing (`npm run mutation`, see docs/mutation.md).
 *
 * The normal configuration runs every test once per time zone; for mutation testing one time zone
 * is enough (time-zone independence is checked by `npm test`), so each mutant runs its tests once.
 * fast-check runs with a fixed seed so that the tests covering a mutant are the same in Stryker's
 * coverage run and in the mutant's run, and a result can be reproduced.
 */

/**
 * A test file that fails to load (a mutant in module-level code, such as a table or a schema, that
 * makes the import throw) has no tests, and Stryker's vitest runner (9.6.1) builds a mutant's result
 * from the tests it finds: it would report such a mutant as Survived although every test covering
 * it fails (stryker-mutator/stryker-js#6150). This reporter gives such a file one failed test
 * carrying the load error, so the mutant counts as Killed.
 */
function loadFailureAsFailedTest(): Reporter {
  let vitest: Vitest | undefined;
  return {
    onInit(v) {
      vitest = v;
    },
    onTestRunEnd() {
      for (const file of vitest?.state.getFiles() ?? []) {
        if (file.result?.state !== 'fail' || file.tasks.length > 0) continue;
        file.tasks.push({
          type: 'test',
          id: `${file.id}_load`,
          name: 'loads',
          fullName: `${file.name} loads`,
          mode: 'run',
          context: undefined as never,
          file,
          suite: file,
          meta: {},
          timeout: 0,
          annotations: [],
          artifacts: [],
          result: { state: 'fail', errors: file.result.errors ?? [] },
        } as unknown as (typeof file.tasks)[number]);
      }
    },
  };
}

/**
 * The domain being mutated (`MUTATION_DOMAIN`, set by stryker.config.mjs from `--mutate`): its own
 * tests and the generic suites at the top of test/, which then check that domain's rules only (see
 * test/rules-under-test.ts). A domain's score is thus earned by its own tests; a mutant in module-level
 * code (a table, a schema, a message catalogue) runs every test in scope, so the scope also keeps a
 * run short. Without a domain (core, or the whole library) every test runs.
 */
const DOMAINS = ['performance', 'promotion', 'discipline', 'rewards', 'competency'];
const domain = process.env.MUTATION_DOMAIN ?? '';
const include = DOMAINS.includes(domain) ? [`test/${domain}/**/*.test.ts`, 'test/*.test.ts'] : ['test/**/*.test.ts'];

export default defineConfig({
  test: {
    name: 'TZ=UTC',
    // 25 cases per generic property instead of 100 (test/rules-under-test.ts genericRuns, robustness).
    env: { TZ: 'UTC', FUZZ_RUNS: '25' },
    include,
    exclude: [
      'test/**/*.long.test.ts',
      'node_modules/**',
      // Node-only glue for the CLI, which is not mutated (see stryker.config.mjs).
      'test/cli.test.ts',
      'test/cli-failures.test.ts',
    ],
    setupFiles: ['test/core/fast-check-seed.setup.ts'],
    reporters: ['default', loadFailureAsFailedTest()],
    isolate: false,
  },
});
