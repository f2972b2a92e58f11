/**
 * The one path from a record of a file or a request to a rule's input, shared by `sistem-merit batch`,
 * `explain` and the HTTP service. Today a record is the rule's input as it is; an adapter (a personnel
 * system's export format, for instance) plugs in here, once, for the CLI and the service alike.
 */
import type { AnyRule } from '../core/rule.js';

/** Turns one record (a parsed CSV row, a JSON Lines line, a request body's `input`) into a rule's input. */
export type RecordAdapter = (record: unknown, rule: Pick<AnyRule, 'id'>) => unknown;

/** The record is the rule's input. */
export const recordAsInput: RecordAdapter = (record) => record;

let adapter: RecordAdapter = recordAsInput;

/** The input `rule` is given for `record`. */
export function ruleInputOf(record: unknown, rule: Pick<AnyRule, 'id'>): unknown {
  return adapter(record, rule);
}

/** Replaces the record adapter (returns the previous one, so a caller can restore it). */
export function useRecordAdapter(next: RecordAdapter): RecordAdapter {
  const previous = adapter;
  adapter = next;
  return previous;
}

/** Whether the rule's options take `asOf` (so `--as-of` / `?asOf=` may set it). */
export function optionsTakeAsOf(rule: AnyRule): boolean {
  const shape = (rule.options as unknown as { shape?: Record<string, unknown> } | undefined)?.shape;
  return shape !== undefined && 'asOf' in shape;
}
