import fc from 'fast-check';

// Used by vitest.stryker.config.ts only: property tests draw the same cases in Stryker's coverage
// run and in every mutant's run, so coverage per test is exact and a score can be reproduced.
fc.configureGlobal({ seed: 20_240_101 });
