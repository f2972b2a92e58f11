/**
 * `--ignore-columns nip,nama` (alias `--ignore-keys`): identification fields a batch carries along into
 * each output row and does not feed to the rule. Nothing is ignored unless named: an unknown column or
 * key is otherwise refused, since a misspelt field would silently take its default.
 */
import type * as z4 from 'zod/v4/core';
import { unwrapSchema } from '../core/unknown-keys.js';
import { FORBIDDEN_KEYS } from './csv.js';
import { CliFailure, EXIT } from './failure.js';

/** Fields of every output row: a carried key must not take their place. */
export const OUTPUT_ROW_FIELDS: readonly string[] = ['line', 'value', 'reasons', 'explanation', 'gaps'];

/** The top-level field names of a rule's input (none when it is not an object). */
export function inputFieldNames(input: z4.$ZodType): string[] {
  const def = unwrapSchema(input)._zod.def as { type: string; shape?: Record<string, unknown> };
  return def.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}

/**
 * Parses the comma-separated list. Refused (exit 1): a name with a dot (keys are plain names, ignored at
 * any depth where the input has no field of that name), a field of the rule's input (ignoring it would
 * silently give the field its default) and the output row's own fields.
 */
export function parseCarriedKeys(lists: readonly (string | undefined)[], ruleId: string, input: z4.$ZodType): string[] {
  const names = [
    ...new Set(
      lists
        .flatMap((l) => (l ?? '').split(','))
        .map((n) => n.trim())
        .filter((n) => n !== ''),
    ),
  ];
  const fields = new Set(inputFieldNames(input));
  for (const name of names) {
    const refuse = (en: string, id: string) =>
      new CliFailure({ en: `--ignore-columns: "${name}" ${en}`, id: `--ignore-columns: "${name}" ${id}` }, EXIT.USAGE);
    if (FORBIDDEN_KEYS.has(name)) throw refuse('is a forbidden key name', 'adalah nama kunci terlarang');
    if (name.includes('.')) {
      throw refuse('name a key without dots (it is ignored at any depth)', 'sebutkan kunci tanpa titik (diabaikan di kedalaman mana pun)');
    }
    if (fields.has(name)) {
      throw refuse(`is a field of the input of ${ruleId}: it cannot be ignored`, `adalah kolom masukan ${ruleId}: tidak dapat diabaikan`);
    }
    if (OUTPUT_ROW_FIELDS.includes(name)) {
      const list = OUTPUT_ROW_FIELDS.join(', ');
      throw refuse(`is a field of every output row (${list})`, `adalah kolom setiap baris keluaran (${list})`);
    }
  }
  return names;
}

/** The carried keys of a JSON Lines record (top level, as they are), for its output row. */
export function carriedOf(record: unknown, keys: readonly string[]): Record<string, unknown> | undefined {
  if (keys.length === 0 || record === null || typeof record !== 'object' || Array.isArray(record)) return undefined;
  const carried: Record<string, unknown> = {};
  let any = false;
  for (const key of keys) {
    if (Object.hasOwn(record, key)) {
      carried[key] = (record as Record<string, unknown>)[key];
      any = true;
    }
  }
  return any ? carried : undefined;
}
