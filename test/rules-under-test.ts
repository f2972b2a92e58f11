import { RULES, type AnyRule } from '../src/index.js';

/**
 * The rules the generic suites (catalogue, totality, robustness, output schemas, settings, docs)
 * check: every rule, or, when mutation testing one domain (`MUTATION_DOMAIN`, set by
 * stryker.config.mjs from `--mutate 'src/<domain>/…'`), that domain's rules only, so a mutant of that
 * domain is judged by that domain's tests and the generic checks of its own rules.
 */
export const RULES_UNDER_TEST: readonly AnyRule[] = ((domain) =>
  domain && RULES.some((r) => r.domain === domain) ? RULES.filter((r) => r.domain === domain) : RULES)(process.env.MUTATION_DOMAIN);

/**
 * Runs of a generic property (totality, output schemas), scaled down when FUZZ_RUNS is below its
 * default of 100 (mutation testing sets 25, so each of the many mutants runs in a quarter of the time);
 * never scaled up (FUZZ_RUNS=10000 is for the robustness suite's long run).
 */
export const genericRuns = (n: number): number => Math.max(5, Math.round(n * Math.min(1, Number(process.env.FUZZ_RUNS ?? 100) / 100)));
