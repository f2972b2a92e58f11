import type { IsoDate } from './calendar.js';
import type { Bilingual, Locale } from './explain.js';

/** Base class of every error this library throws on purpose. */
export class MeritError extends Error {
  override name = 'MeritError';
}

/** One problem with an input: where (`path`) and why (`message`). */
export interface InputIssue {
  path: (string | number)[];
  /**
   * Why, in one line: zod's message (in the locale the host application configured for zod, English by
   * default) for a malformed value; English for the library's own checks.
   */
  message: string;
  /**
   * The library's own checks (unknown keys, contradictions between fields, limits, unreadable values)
   * carry their message in both languages, whatever zod's locale is; render with {@link issueText}.
   */
  text?: Bilingual;
  /** Set on the library's own issues: `unknown_key`, `contradiction`, `too_big` or `unreadable`. */
  code?: string;
}

/** An issue of the library's own, in both languages (`message` is the English one). */
export function ownIssue(path: (string | number)[], text: Bilingual, code = 'contradiction'): InputIssue {
  return { path, message: text.en, text, code };
}

/** The message of an issue in `locale`: the library's own in either language, zod's as zod gave it. */
export function issueText(issue: InputIssue, locale: Locale = 'en'): string {
  return issue.text ? issue.text[locale] : issue.message;
}

interface ZodLikeIssue {
  path: PropertyKey[];
  message: string;
  code?: string;
  params?: Record<string, unknown>;
}

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
   * Converts zod issues (any zod 4 error) into a MeritInputError. A check of this library that passed
   * `params: { text: { id, en }, code? }` keeps its message in both languages (and its code; `contradiction`
   * unless it names another).
   */
  static fromZod(error: { issues: readonly ZodLikeIssue[] }, rule?: string, prefix: (string | number)[] = []): MeritInputError {
    return new MeritInputError(
      error.issues.map((issue) => {
        const path = [...prefix, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
        const text = bilingualParam(issue.params);
        if (!text) return { path, message: issue.message };
        const code = typeof issue.params?.['code'] === 'string' ? issue.params['code'] : 'contradiction';
        return { path, message: text.en, text, code };
      }),
      rule,
    );
  }
}

/** `isMeritInputError(e)`: {@link MeritInputError.is}, as a function. */
export const isMeritInputError = (error: unknown): error is MeritInputError => MeritInputError.is(error);

function bilingualParam(params: Record<string, unknown> | undefined): Bilingual | undefined {
  const text = params?.['text'] as Partial<Bilingual> | undefined;
  return text && typeof text.id === 'string' && typeof text.en === 'string' ? { id: text.id, en: text.en } : undefined;
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
