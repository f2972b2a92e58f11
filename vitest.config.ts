import { defineConfig } from 'vitest/config';

// The whole suite runs once per time zone: results must not depend on the process time zone. Samoa
// (Pacific/Apia) skipped 2011-12-30 and the Line Islands (Pacific/Kiritimati) 1994-12-31, days on which a
// local Date cannot exist (test/core/skipped-days.test.ts).
const TIME_ZONES = ['UTC', 'Asia/Jakarta', 'America/Los_Angeles', 'Pacific/Apia', 'Pacific/Kiritimati'];
const EXCLUDE = ['test/**/*.long.test.ts', 'node_modules/**'];
// Tests that drive a whole process (a browser, a PHP client against the HTTP service) and cannot depend
// on the library's time zone run once, in the UTC project: name them `*.once.test.ts`.
const ONCE = 'test/**/*.once.test.ts';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: EXCLUDE,
    // Test files share a worker's module cache: the suite is import-bound, and no test keeps global state.
    isolate: false,
    projects: TIME_ZONES.map((tz) => ({
      extends: true,
      test: {
        name: `TZ=${tz}`,
        env: { TZ: tz },
        exclude: tz === 'UTC' ? EXCLUDE : [...EXCLUDE, ONCE],
      },
    })),
  },
});
