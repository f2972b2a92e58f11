/**
 * One row of a batch, decided in isolation: a decided row becomes its output line; anything a row
 * throws becomes a rejected row with a one-line reason, so one row can never stop the batch nor lose
 * the rows around it. Input errors are recognised with `MeritInputError.is` (any copy of the library)
 * and read in the chosen language; any other error is reported as `internal error: …` (a defect: the
 * stack with --debug).
 */
import type { Decision } from '../core/decision.js';
import { MeritError, MeritInputError } from '../core/errors.js';
import type { Locale } from '../core/explain.js';
import { explain } from '../explain.js';

export interface RowContext {
  /** 1-based line of the input file. */
  line: number;
  /** Identification fields carried along (`--ignore-columns`), written between `line` and `value`. */
  carried?: Record<string, unknown>;
  withReasons: boolean;
  /** Adds `explanation` (the reasons as text) in this language. */
  explainIn?: Locale;
  /** Language of the reasons a row is rejected for (the library's own issues exist in both). */
  messagesIn: Locale;
  /** Appends the stack of an internal error. */
  debug: boolean;
  /** The output line of a decided row, without its line end (JSON when absent). */
  render?: (row: Record<string, unknown>) => string;
}

export type RowOutcome = { decided: true; json: string } | { decided: false; message: string; internal: boolean };

/** Decides one record and renders its output line, or says why it was rejected. Never throws. */
export function decideRow(decide: (input: unknown) => Decision<unknown>, record: unknown, ctx: RowContext): RowOutcome {
  try {
    const d = decide(record);
    const row: Record<string, unknown> = { line: ctx.line, ...ctx.carried, value: d.value };
    if (ctx.withReasons) row.reasons = d.reasons;
    if (ctx.explainIn) row.explanation = explain(d, ctx.explainIn);
    return { decided: true, json: ctx.render ? ctx.render(row) : JSON.stringify(row) };
  } catch (e) {
    return { decided: false, ...rowFailure(e, ctx.messagesIn, ctx.debug) };
  }
}

/** Why a row was rejected, in one line (plus the stack of an internal error with `debug`). */
export function rowFailure(e: unknown, locale: Locale, debug: boolean): { message: string; internal: boolean } {
  if (MeritInputError.is(e)) {
    const lines = typeof e.describe === 'function' ? e.describe(locale) : [e.message];
    return { message: lines.join('; '), internal: false };
  }
  if (e instanceof MeritError) return { message: e.message, internal: false };
  const stack = debug && e instanceof Error && e.stack ? `\n${e.stack}` : '';
  return { message: `internal error: ${errorText(e)}${stack}`, internal: true };
}

/**
 * The message of anything thrown (`TypeError: …`; without the name where it says nothing, or with
 * `withName` false), even a value whose conversion to text throws.
 */
export function errorText(e: unknown, withName = true): string {
  try {
    return e instanceof Error ? `${withName && e.name !== 'Error' ? `${e.name}: ` : ''}${e.message}` : String(e);
  } catch {
    return 'an unprintable value was thrown';
  }
}
