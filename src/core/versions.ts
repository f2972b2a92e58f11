import type { IsoDate } from './calendar.js';
import type { Citation } from './decision.js';
import { RuleNotInForceError } from './errors.js';

/**
 * One dated version of a rule. The period is half-open: in force from `from` (inclusive) up to the
 * day before `to` (exclusive); no `to` means still in force.
 */
export interface RuleVersion<T> {
  id: string;
  from: IsoDate;
  to?: IsoDate;
  citations: Citation[];
  value: T;
}

/** `true` when `version` is in force on `asOf`. */
export function isInForce(version: { from: IsoDate; to?: IsoDate }, asOf: IsoDate): boolean {
  return version.from <= asOf && (version.to === undefined || asOf < version.to);
}

/** The version in force on `asOf`; throws {@link RuleNotInForceError} when none is. */
export function versionInForce<T>(rule: string, versions: readonly RuleVersion<T>[], asOf: IsoDate): RuleVersion<T> {
  for (const v of versions) if (isInForce(v, asOf)) return v;
  throw new RuleNotInForceError(
    rule,
    asOf,
    versions.map((v) => (v.to === undefined ? { from: v.from } : { from: v.from, to: v.to })),
  );
}

/**
 * Checks that versions are sorted, non-empty periods, without gaps or overlaps.
 * Returns the list of problems (empty when the table is sound).
 */
export function checkVersionTable(versions: readonly { id: string; from: IsoDate; to?: IsoDate }[]): string[] {
  const problems: string[] = [];
  versions.forEach((v, i) => {
    if (v.to !== undefined && v.to <= v.from) problems.push(`${v.id}: empty period ${v.from}…${v.to}`);
    const next = versions[i + 1];
    if (next) {
      if (v.to === undefined) problems.push(`${v.id}: open-ended but followed by ${next.id}`);
      else if (v.to < next.from) problems.push(`gap between ${v.id} and ${next.id}: ${v.to}…${next.from}`);
      else if (v.to > next.from) problems.push(`overlap between ${v.id} and ${next.id}`);
    }
  });
  return problems;
}
