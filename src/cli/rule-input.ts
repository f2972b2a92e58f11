/**
 * The one path from a record of a file or a request to a rule's input, shared by `sistem-merit batch`,
 * `explain` and the HTTP service. A record is the rule's input as it is (`--from input`, the default), or an
 * employee as BKN's SIASN serves it (`--from siasn`, `?from=siasn`), read by the rule's SIASN adapter.
 */
import { type IssueCode, MeritInputError, ownIssue } from '../core/errors.js';
import type { Bilingual } from '../core/explain.js';
import type { AnyRule } from '../core/rule.js';
import type { SiasnGap } from '../siasn/adapter/define.js';
import { SIASN_ADAPTERS, siasnAdapterFor } from '../siasn/registry.js';

/** What a record holds: the rule's input, or a SIASN employee (data utama and riwayat). */
export const RECORD_FORMATS = ['input', 'siasn'] as const;
export type RecordFormat = (typeof RECORD_FORMATS)[number];

/** A record read into a rule's input, with what its source did not say (SIASN gaps that do not block). */
export interface AdaptedRecord {
  readonly input: unknown;
  readonly gaps: readonly SiasnGap[];
}

/** Turns one record (a parsed CSV row, a JSON Lines line, a request body's `input`) into a rule's input. */
export type RecordAdapter = (record: unknown) => AdaptedRecord;

const NO_GAPS: readonly SiasnGap[] = Object.freeze([]);

/** The record is the rule's input. */
export const recordAsInput: RecordAdapter = (record) => ({ input: record, gaps: NO_GAPS });

/** How a SIASN gap is reported when it blocks the decision: the field to supply and what the record lacked. */
const GAP_CODE: Record<SiasnGap['kind'], IssueCode> = {
  missing: 'required',
  'not-in-siasn': 'required',
  ambiguous: 'contradiction',
  'needs-review': 'not_covered',
  ignored: 'not_covered',
};

/** Where the caller settles a gap: `options.<name>` for a setting, `riwayat.<list>` for a list not fetched, else `supplement.<input field>`. */
const gapPath = (g: SiasnGap): string[] =>
  g.field.startsWith('options.') || g.field.startsWith('riwayat.') ? g.field.split('.') : ['supplement', g.field];

/** The gap's text, naming the SIASN fields read. */
const gapText = (g: SiasnGap): Bilingual =>
  g.source.length === 0
    ? g.text
    : { en: `${g.text.en} (SIASN: ${g.source.join(', ')})`, id: `${g.text.id} (SIASN: ${g.source.join(', ')})` };

/**
 * A SIASN line is the employee record, or `{ "siasn": record, "supplement": { … } }` where `supplement` gives the
 * input fields SIASN does not hold (ujian dinas, the target jabatan) or settles a disagreement.
 */
function splitEnvelope(record: unknown): { pegawai: unknown; supplement?: object } {
  if (typeof record === 'object' && record !== null && !Array.isArray(record) && 'siasn' in record) {
    const keys = Object.keys(record);
    if (keys.every((k) => k === 'siasn' || k === 'supplement')) {
      const { siasn, supplement } = record as { siasn: unknown; supplement?: unknown };
      if (supplement === undefined) return { pegawai: siasn };
      if (typeof supplement !== 'object' || supplement === null || Array.isArray(supplement)) {
        throw new MeritInputError([
          ownIssue(['supplement'], { en: 'must be an object of input fields', id: 'harus objek berisi kolom masukan' }, 'wrong_type'),
        ]);
      }
      return { pegawai: siasn, supplement };
    }
  }
  return { pegawai: record };
}

/**
 * The adapter for records in `format` for `rule`, or why there is none: a SIASN record needs a rule with a SIASN
 * adapter and the decision date (`--as-of`, `?asOf=`), the day its histories are read up to.
 */
export function recordAdapterFor(
  format: RecordFormat,
  rule: AnyRule,
  asOf: string | null | undefined,
): { adapter: RecordAdapter } | { problem: Bilingual } {
  if (format === 'input') return { adapter: recordAsInput };
  const siasn = siasnAdapterFor(rule.id);
  if (!siasn) {
    const rules = Object.keys(SIASN_ADAPTERS).join(', ');
    return {
      problem: {
        en: `${rule.id} cannot be decided from a SIASN record; rules that can: ${rules}`,
        id: `${rule.id} tidak dapat diputuskan dari rekaman SIASN; aturan yang dapat: ${rules}`,
      },
    };
  }
  if (!asOf) {
    return {
      problem: {
        en: 'a SIASN record is read up to a decision date: give --as-of YYYY-MM-DD (?asOf= on the service)',
        id: 'rekaman SIASN dibaca sampai tanggal keputusan: sebutkan --as-of YYYY-MM-DD (?asOf= pada layanan)',
      },
    };
  }
  return {
    adapter: (record) => {
      const { pegawai, supplement } = splitEnvelope(record);
      const read = siasn.toInput(pegawai, supplement === undefined ? { asOf } : { asOf, supplement });
      const blocking = read.missing.filter((g) => g.blocking);
      if (blocking.length > 0) {
        throw new MeritInputError(
          blocking.map((g) => ownIssue(gapPath(g), gapText(g), GAP_CODE[g.kind])),
          rule.id,
        );
      }
      return { input: read.input, gaps: read.missing };
    },
  };
}

/**
 * Whether `--as-of` / `?asOf=` reaches the rule's options. With a record adapter (`--from siasn`) the date is
 * first the day the record is read up to, and reaches the rule only when its options take `asOf` (KGB, BUP,
 * efekHukuman and angka kredit do not); without one it always does, and a rule that does not take it refuses it.
 */
export function asOfReachesRule(rule: AnyRule, adapted: boolean): boolean {
  return !adapted || optionsTakeAsOf(rule);
}

/** Whether the rule's options take `asOf` (so `--as-of` / `?asOf=` may set it). */
export function optionsTakeAsOf(rule: AnyRule): boolean {
  const shape = (rule.options as unknown as { shape?: Record<string, unknown> } | undefined)?.shape;
  return shape !== undefined && 'asOf' in shape;
}
