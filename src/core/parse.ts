import type * as z4 from 'zod/v4/core';
import { safeParse } from 'zod/v4/core';
import { convertZodIssue, type RawZodIssue } from './issue-from-zod.js';

/**
 * `safeParse` whose issues carry the library's own texts: each issue gets a `code` of the closed set
 * (`ISSUE_CODES`) and a text in both languages saying what to type, in `params` (`{ text, code, suggestion? }`),
 * with the English text as `message`. zod's own messages and its global locale (`z.config(...)`) are never
 * used, so a host application's zod configuration cannot change or mix the library's messages. Valid
 * values take zod's fast path; only a failed parse is repeated, reporting the input of each issue.
 */
export function safeParseWithMessages<S extends z4.$ZodType>(schema: S, value: unknown): z4.util.SafeParseResult<z4.output<S>> {
  const result = safeParse(schema, value);
  if (result.success) return result;
  const reported = safeParse(schema, value, { reportInput: true, error: () => 'invalid' });
  if (reported.success) return reported; // a schema whose outcome depends on something else than its input
  for (const issue of reported.error.issues as unknown as (RawZodIssue & { params?: Record<string, unknown> })[]) {
    const converted = convertZodIssue(issue, schema);
    issue.message = converted.text.en;
    issue.params = {
      ...issue.params,
      text: converted.text,
      code: converted.code,
      ...(converted.suggestion === undefined ? {} : { suggestion: converted.suggestion }),
    };
    delete issue.input; // the caller's value stays out of the error (it may be large or private)
  }
  return reported;
}
