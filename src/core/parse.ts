import type * as z4 from 'zod/v4/core';
import { globalConfig, safeParse } from 'zod/v4/core';
import en from 'zod/v4/locales/en.js';

const english = en().localeError;

/**
 * Error messages for zod issues: the host application's own zod configuration (`z.config(...)`, e.g. an
 * Indonesian locale) when it has one, otherwise zod's English messages. Passed per parse, so importing
 * the library never changes zod's global configuration.
 */
const messageOf: z4.$ZodErrorMap = (issue) => globalConfig.customError?.(issue) ?? globalConfig.localeError?.(issue) ?? english(issue);

/**
 * `safeParse` with readable messages, without relying on zod's global locale being loaded (zod/mini
 * does not load one). Valid values take zod's fast path (a parse given a context is several times
 * slower); only a failed parse is repeated with the message map.
 */
export function safeParseWithMessages<S extends z4.$ZodType>(schema: S, value: unknown): z4.util.SafeParseResult<z4.output<S>> {
  const result = safeParse(schema, value);
  return result.success ? result : safeParse(schema, value, { error: messageOf });
}
