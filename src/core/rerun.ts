import type { DecisionTrace } from './decision.js';
import { MeritError } from './errors.js';
import type { AnyRule, DeepReadonly, RuleInputOf, RuleOptionsOf, RunConfig, TracedDecision } from './rule.js';
import { LIBRARY_VERSION } from './version.js';

/** A stored decision cannot be decided again under the version that made it. */
export class RuleVersionError extends MeritError {
  override name = 'RuleVersionError';
  constructor(
    readonly rule: string,
    readonly trace: DecisionTrace,
    why: string,
  ) {
    super(
      `${rule}: cannot re-run a decision of ${trace?.rule ?? '?'} version ${trace?.version ?? '(one version)'}, ` +
        `sistem-merit ${trace?.library ?? '?'} here (${LIBRARY_VERSION}): ${why}`,
    );
  }
}

/**
 * Decides a stored case again under the version that decided it: refuses (RuleVersionError) when the stored
 * trace names another rule or another library version (install that version to re-run it), or a rule
 * version the same input and options no longer select. A module of its own, so a rule's bundle does not
 * carry it.
 */
export function rerun<R extends AnyRule>(
  rule: R,
  stored: { input: DeepReadonly<RuleInputOf<R>>; options?: DeepReadonly<RuleOptionsOf<R>>; trace: DecisionTrace },
  config?: RunConfig,
): TracedDecision<R extends { run(...args: never[]): TracedDecision<infer O> } ? O : unknown> {
  const { trace } = stored;
  if (trace?.rule !== rule.id || trace.library !== LIBRARY_VERSION) {
    throw new RuleVersionError(rule.id, trace, `decided by ${trace?.rule ?? '?'} in sistem-merit ${trace?.library ?? '?'}`);
  }
  const d = rule.run(stored.input, stored.options, config);
  if (d.trace.version !== trace.version) {
    throw new RuleVersionError(rule.id, trace, `the same case now selects version ${d.trace.version ?? '(one version)'}`);
  }
  return d as never;
}
