/**
 * `sistem-merit template <rule>`: a CSV header for the rule's input plus its first example as a row, to
 * fill in a spreadsheet and give back to `batch`. Groups are dotted columns, lists indexed columns
 * (`riwayatPenilaian.0.tahun`). With `--lang id` the file is as Excel writes it on an Indonesian-locale
 * PC: `;` between cells and decimal commas.
 */
import type { Locale } from '../core/explain.js';
import type { AnyRule } from '../core/rule.js';
import { csvCell } from './csv-output.js';
import { CliFailure, EXIT } from './failure.js';
import type { CliIo } from './io.js';

/** `[['riwayatPenilaian.0.tahun', 2021], …]`: the leaves of a record, in order. */
export function flattenRecord(value: unknown, prefix = ''): [string, unknown][] {
  if (Array.isArray(value)) return value.flatMap((item, i) => flattenRecord(item, `${prefix}${i}.`));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, v]) => flattenRecord(v, `${prefix}${key}.`));
  }
  return [[prefix.slice(0, -1), value]];
}

function cell(value: unknown, decimalComma: boolean): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return decimalComma && /^-?\d+\.\d+$/.test(text) ? text.replace('.', ',') : text;
}

export function cmdTemplate(io: CliIo, rule: AnyRule, delimiter: string | undefined, locale: Locale): void {
  const example = rule.examples[0];
  const input = example?.input;
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    throw new CliFailure(
      {
        en: `the input of ${rule.id} is not a record of fields: use JSON Lines (sistem-merit schema ${rule.id})`,
        id: `masukan ${rule.id} bukan rekaman berkolom: gunakan JSON Lines (sistem-merit schema ${rule.id})`,
      },
      EXIT.USAGE,
    );
  }
  const sep = delimiter ?? (locale === 'id' ? ';' : ',');
  const leaves = flattenRecord(input).filter(([name]) => name !== '');
  const line = (cells: string[]) => `${cells.map((c) => csvCell(c, sep)).join(sep)}\n`;
  io.stdout.write(line(leaves.map(([name]) => name)));
  io.stdout.write(line(leaves.map(([, value]) => cell(value, sep === ';'))));
  const asOf = (example?.options as { asOf?: string } | undefined)?.asOf;
  const run = `sistem-merit batch ${rule.id} --input data.csv --output hasil.csv --keep nip,nama${asOf ? ` --as-of ${asOf}` : ''}`;
  io.stderr.write(
    locale === 'id'
      ? `Isi satu baris per pegawai (tambahkan kolom nip, nama bila perlu), simpan sebagai CSV, lalu: ${run} --lang id\n`
      : `Fill one row per employee (add nip, nama columns if you like), save as CSV, then: ${run}\n`,
  );
}
