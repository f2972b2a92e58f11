/** `--from input|siasn`: what each record of `batch` and `explain` is, and the adapter that reads it. */
import type { Bilingual } from '../core/explain.js';
import type { AnyRule } from '../core/rule.js';
import { CliFailure, EXIT } from './failure.js';
import { asOfReachesRule, RECORD_FORMATS, type RecordAdapter, recordAdapterFor, type RecordFormat } from './rule-input.js';

const usage = (message: Bilingual) => new CliFailure(message, EXIT.USAGE);

/** `--from input|siasn`: how each record becomes the rule's input. */
export function adapterOf(from: string | undefined, rule: AnyRule, asOf: string | undefined): RecordAdapter {
  const format = (from ?? 'input') as RecordFormat;
  if (!RECORD_FORMATS.includes(format)) {
    throw usage({
      en: `--from must be one of ${RECORD_FORMATS.join(', ')}`,
      id: `--from harus salah satu dari ${RECORD_FORMATS.join(', ')}`,
    });
  }
  const found = recordAdapterFor(format, rule, asOf);
  if ('problem' in found) throw usage(found.problem);
  return found.adapter;
}

/** A batch's adapter: SIASN records are JSON (one employee per line), never CSV rows. */
export function batchAdapterOf(
  from: string | undefined,
  rule: AnyRule,
  asOf: string | undefined,
  format: 'csv' | 'jsonl' | undefined,
  input: string,
): RecordAdapter {
  if (from === 'siasn' && (format ?? (/\.csv$/i.test(input) ? 'csv' : 'jsonl')) === 'csv') {
    throw usage({
      en: '--from siasn reads JSON Lines (one SIASN employee per line), not CSV',
      id: '--from siasn membaca JSON Lines (satu pegawai SIASN per baris), bukan CSV',
    });
  }
  return adapterOf(from, rule, asOf);
}

/** The `--as-of` the rule's options receive (see {@link asOfReachesRule}). */
export function ruleAsOf(from: string | undefined, rule: AnyRule, asOf: string | undefined): string | undefined {
  return asOfReachesRule(rule, from === 'siasn') ? asOf : undefined;
}
