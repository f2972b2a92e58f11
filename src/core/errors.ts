import type { IsoDate } from './calendar.js';

/** Base class of every error this library throws on purpose. */
export class MeritError extends Error {
  override name = 'MeritError';
}

/** One problem with an input: where (`path`) and why (`message`). */
export interface InputIssue {
  path: (string | number)[];
  message: string;
}

interface ZodLikeIssue {
  path: PropertyKey[];
  message: string;
}

function formatPath(path: (string | number)[]): string {
  if (path.length === 0) return '(input)';
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

/**
 * Invalid input: lists every bad field with its path and the reason. Thrown instead of a raw zod
 * error, `NaN`, `undefined` or a silently wrong answer.
 */
export class MeritInputError extends MeritError {
  override name = 'MeritInputError';
  readonly rule: string | undefined;
  readonly issues: InputIssue[];

  constructor(issues: InputIssue[], rule?: string) {
    const list = issues.map((i) => `${formatPath(i.path)}: ${i.message}`).join('; ');
    super(rule ? `Invalid input for ${rule}: ${list}` : `Invalid input: ${list}`);
    this.issues = issues;
    this.rule = rule;
  }

  /** Converts zod issues (any zod 4 error) into a MeritInputError. */
  static fromZod(error: { issues: readonly ZodLikeIssue[] }, rule?: string, prefix: (string | number)[] = []): MeritInputError {
    return new MeritInputError(
      error.issues.map((issue) => ({
        path: [...prefix, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))],
        message: issue.message,
      })),
      rule,
    );
  }
}

/** No version of a rule is in force on the requested date. */
export class RuleNotInForceError extends MeritError {
  override name = 'RuleNotInForceError';
  readonly rule: string;
  readonly asOf: IsoDate;
  readonly periods: { from: IsoDate; to?: IsoDate }[];

  constructor(rule: string, asOf: IsoDate, periods: { from: IsoDate; to?: IsoDate }[]) {
    const spans = periods.map((p) => `${p.from}…${p.to ?? ''}`).join(', ');
    super(`No version of ${rule} is in force on ${asOf} (versions: ${spans})`);
    this.rule = rule;
    this.asOf = asOf;
    this.periods = periods;
  }
}
