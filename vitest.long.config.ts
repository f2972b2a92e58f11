import { defineConfig } from 'vitest/config';

// `npm run test:long`: the fuzz and totality suites with 10,000 cases per property (npm test runs 100).
export default defineConfig({
  test: {
    include: ['test/robustness.test.ts'],
    isolate: false,
    testTimeout: 600_000,
    env: { TZ: 'Asia/Jakarta', FUZZ_RUNS: '10000' },
  },
});
