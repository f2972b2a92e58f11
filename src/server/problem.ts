/**
 * Errors of the HTTP service as JSON: `{ error: { status, code, message, rule?, issues?, issueCount? } }`.
 * An input error lists each issue with its `path` (as a list and as text, `field`), its `code` and its
 * message in the request's language (rendered with `issueText`); any other field an issue carries
 * (a suggestion, the other language) is passed through as it is.
 */
import type { Bilingual, Locale } from '../core/explain.js';
import { formatIssuePath, type InputIssue, issueText, MeritError, MeritInputError, RuleNotInForceError } from '../core/errors.js';

/** A failure the service answers with `status` and a stable `code`, in both languages. */
export class HttpProblem extends Error {
  override name = 'HttpProblem';
  constructor(
    readonly status: number,
    readonly code: string,
    readonly text: Bilingual,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(text.en);
  }
}

export interface ErrorBody {
  error: {
    status: number;
    code: string;
    message: string;
    rule?: string;
    issues?: Record<string, unknown>[];
    issueCount?: number;
    [key: string]: unknown;
  };
}

/** One issue as JSON: every field it carries, `field` (`riwayat[0].tahun`) and `message` in `locale`. */
export function issueJson(issue: InputIssue, locale: Locale): Record<string, unknown> {
  return { ...issue, code: issue.code ?? 'invalid_value', field: formatIssuePath(issue.path), message: issueText(issue, locale) };
}

const INVALID = { en: 'Invalid input', id: 'Masukan tidak sah' };

/** The status and JSON body for anything thrown while answering. `internal` is set for a defect (500). */
export function errorResponse(e: unknown, locale: Locale): { status: number; body: ErrorBody; internal: boolean } {
  if (e instanceof HttpProblem) {
    return { status: e.status, body: { error: { status: e.status, code: e.code, message: e.text[locale], ...e.extra } }, internal: false };
  }
  if (MeritInputError.is(e)) {
    const status = 422;
    const message = `${INVALID[locale]}${e.rule ? ` (${e.rule})` : ''}: ${e.describe(locale).join('; ')}`;
    const issues = e.issues.map((i) => issueJson(i, locale));
    const rule = e.rule === undefined ? {} : { rule: e.rule };
    return {
      status,
      body: { error: { status, code: 'invalid_input', message, ...rule, issues, issueCount: e.issueCount } },
      internal: false,
    };
  }
  if (e instanceof RuleNotInForceError) {
    return {
      status: 422,
      body: { error: { status: 422, code: 'not_in_force', message: e.message, rule: e.rule, asOf: e.asOf, periods: e.periods } },
      internal: false,
    };
  }
  if (e instanceof MeritError) {
    return { status: 422, body: { error: { status: 422, code: 'rule_error', message: e.message } }, internal: false };
  }
  const message = locale === 'id' ? 'Galat internal layanan' : 'Internal error of the service';
  return { status: 500, body: { error: { status: 500, code: 'internal', message } }, internal: true };
}
