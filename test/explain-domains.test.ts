import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { genericRuns, RULES_UNDER_TEST } from './rules-under-test.js';
import { explain, MeritInputError, RuleNotInForceError, type Decision } from '../src/index.js';
import { describeCompetency, explainCompetency } from '../src/competency/explain.js';
import { describeMerit, explainMerit } from '../src/merit/explain.js';
import { describePelayanan, explainPelayanan } from '../src/pelayanan/explain.js';
import { describeDiscipline, explainDiscipline } from '../src/discipline/explain.js';
import { describePerformance, explainPerformance } from '../src/performance/explain.js';
import { describePromotion, explainPromotion } from '../src/promotion/explain.js';
import { describeRewards, explainRewards } from '../src/rewards/explain.js';
import { describeDecision } from '../src/explain.js';
import { validInput, validOptions } from '../src/testing/index.js';

const BY_DOMAIN = {
  performance: explainPerformance,
  promotion: explainPromotion,
  discipline: explainDiscipline,
  rewards: explainRewards,
  competency: explainCompetency,
  pelayanan: explainPelayanan,
  merit: explainMerit,
};

const DESCRIBE_BY_DOMAIN = {
  performance: describePerformance,
  promotion: describePromotion,
  discipline: describeDiscipline,
  rewards: describeRewards,
  competency: describeCompetency,
  pelayanan: describePelayanan,
  merit: describeMerit,
};

function decided(run: () => Decision<unknown>): Decision<unknown> | undefined {
  try {
    return run();
  } catch (e) {
    if (MeritInputError.is(e) || e instanceof RuleNotInForceError) return undefined;
    throw e;
  }
}

/** A domain's explain carries only the texts its rules need: it must say exactly what the root explain says. */
describe("each domain's explain renders its rules' decisions as the root explain does", () => {
  for (const rule of RULES_UNDER_TEST) {
    it(rule.id, () => {
      const own = BY_DOMAIN[rule.domain];
      const same = (d: Decision<unknown> | undefined) => {
        if (!d) return;
        for (const locale of ['id', 'en'] as const) {
          expect(own(d, locale)).toEqual(explain(d, locale));
          expect(DESCRIBE_BY_DOMAIN[rule.domain](d, locale)).toEqual(describeDecision(d, locale));
        }
      };
      for (const ex of rule.examples) same(decided(() => rule.run(ex.input, ex.options)));
      fc.assert(
        fc.property(validInput(rule), validOptions(rule), (input, options) => same(decided(() => rule.run(input, options)))),
        { numRuns: genericRuns(40) },
      );
    });
  }
});
