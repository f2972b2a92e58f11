import type { IsoDate } from './calendar.js';
import type { Bilingual, Locale } from './explain.js';
import { ISSUE_CODES, type IssueCode } from './issue-catalogue.js';
import { convertZodIssue, type RawZodIssue } from './issue-from-zod.js';

export { ISSUE_CODES, type IssueCode };

/** Base class of every error this library throws on purpose. */
export class MeritError extends Error {
  override name = 'MeritError';
}

/** One problem with an input: where (`path`), what kind (`code`) and why (`text`, in both languages). */
export interface InputIssue {
  path: (string | number)[];
  /** The kind of issue, one of the closed set {@link ISSUE_CODES} (docs/errors.md lists them with examples). */
  code: IssueCode;
  /**
   * What is wrong and what to type, in Bahasa Indonesia and English, whatever zod's locale is; render
   * with {@link issueText} or {@link MeritInputError.describe}.
   */
  text: Bilingual;
  /** The English text (`text.en`), for logs and `Error.message`. */
  message: string;
  /**
   * The valid value the input most likely meant (`D3` → `D_III`, `III/B` → `III/b`, `01/02/2024` →
   * `2024-02-01`): shown to the person typing, never used in place of the input.
   */
  suggestion?: string;
}

/** An issue of the library's own, in both languages (`message` is the English one). */
export function ownIssue(path: (string | number)[], text: Bilingual, code: IssueCode = 'contradiction'): InputIssue {
  return { path, code, text, message: text.en };
}

/** The text of an issue in `locale` (an issue object made elsewhere without `text` shows its `message`). */
export function issueText(issue: Pick<InputIssue, 'message'> & { text?: Bilingual }, locale: Locale = 'en'): string {
  return issue.text ? issue.text[locale] : issue.message;
}

type ZodLikeIssue = RawZodIssue;

/** `nilai.skp[2]`, or `(input)` for the whole input. */
export function formatIssuePath(path: readonly (string | number)[]): string {
  if (path.length === 0) return '(input)';
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

/** At most this many issues are kept on one error (the rest are counted): a hostile input cannot make a huge error. */
export const MAX_INPUT_ISSUES = 50;

/** Marks errors of this library across module copies (an ESM and a CJS copy in one process). */
const INPUT_ERROR_BRAND = Symbol.for('sistem-merit.MeritInputError');

/**
 * Invalid input: lists every bad field with its path and the reason. Thrown instead of a raw zod
 * error, `NaN`, `undefined` or a silently wrong answer.
 */
export class MeritInputError extends MeritError {
  override name = 'MeritInputError';
  readonly rule: string | undefined;
  /** The first {@link MAX_INPUT_ISSUES} issues. */
  readonly issues: InputIssue[];
  /** How many issues were found in all (more than `issues.length` when the list was capped). */
  readonly issueCount: number;

  constructor(issues: InputIssue[], rule?: string) {
    const kept = issues.length > MAX_INPUT_ISSUES ? issues.slice(0, MAX_INPUT_ISSUES) : issues;
    const more = issues.length - kept.length;
    const list = kept.map((i) => `${formatIssuePath(i.path)}: ${i.message}`).join('; ') + (more > 0 ? `; … and ${more} more` : '');
    super(rule ? `Invalid input for ${rule}: ${list}` : `Invalid input: ${list}`);
    this.issues = kept;
    this.issueCount = issues.length;
    this.rule = rule;
    Object.defineProperty(this, INPUT_ERROR_BRAND, { value: true });
  }

  /**
   * `true` for a MeritInputError from any copy of this library loaded in the process (ESM and CJS side
   * by side, two installed versions), where `instanceof` compares one class only.
   */
  static is(error: unknown): error is MeritInputError {
    return typeof error === 'object' && error !== null && (error as Record<symbol, unknown>)[INPUT_ERROR_BRAND] === true;
  }

  /** The issues as lines, `path: message`, in `locale` where the library's own issues are concerned. */
  describe(locale: Locale = 'en'): string[] {
    const lines = this.issues.map((i) => `${formatIssuePath(i.path)}: ${issueText(i, locale)}`);
    const more = this.issueCount - this.issues.length;
    if (more > 0) lines.push(locale === 'id' ? `… dan ${more} masalah lain` : `… and ${more} more`);
    return lines;
  }

  /**
   * Converts zod issues (any zod 4 error) into a MeritInputError. An issue parsed by the library carries
   * its code and both texts in `params` (`{ text: { id, en }, code?, suggestion? }`); any other gets a code
   * and text from the issue catalogue (what to type is read from the field's schema when the library
   * parsed it). zod's message is never shown.
   */
  static fromZod(error: { issues: readonly ZodLikeIssue[] }, rule?: string, prefix: (string | number)[] = []): MeritInputError {
    return new MeritInputError(
      error.issues.map((issue) => {
        const path = [...prefix, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
        const { code, text, suggestion } = convertZodIssue(issue);
        return suggestion === undefined ? { path, code, text, message: text.en } : { path, code, text, message: text.en, suggestion };
      }),
      rule,
    );
  }
}

/** `isMeritInputError(e)`: {@link MeritInputError.is}, as a function. */
export const isMeritInputError = (error: unknown): error is MeritInputError => MeritInputError.is(error);

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
