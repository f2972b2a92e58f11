/**
 * `sistem-merit kurva`: a unit's file of employees (CSV with a predikat column, as a spreadsheet saves it,
 * or JSON Lines of records or predikatKinerja decisions) counted per predikat in constant memory, then
 * compared with the distribution pattern of the organisation's predikat (performance.kurvaDistribusi).
 * A row whose predikat cannot be read is reported with its line number, what to type and the nearest
 * predikat, and left out of the count (exit 2); other columns (nip, nama) are not read.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { Bilingual, Locale } from '../core/explain.js';
import { labelOf } from '../core/explain.js';
import { optionIssue } from '../core/issue-from-zod.js';
import { issueTemplateText } from '../core/issue-catalogue.js';
import { optionsText } from '../core/what-to-type.js';
import { closestName } from '../core/suggest.js';
import { explainPerformance } from '../performance/explain.js';
import { kurvaDistribusiRule } from '../performance/kurva-distribusi/index.js';
import { performanceMessages } from '../performance/messages.js';
import { PREDIKAT, PREDIKAT_ORGANISASI, type Predikat } from '../performance/types.js';
import { parseCsvLine } from './csv.js';
import { CliFailure, EXIT, inputFailure } from './failure.js';
import type { CliIo } from './io.js';
import { openOutputFile } from './output-file.js';
import { errorText } from './row-handler.js';
import { isSameFile } from './same-file.js';

export interface KurvaRequest {
  inputPath: string;
  outputPath?: string;
  predikatOrganisasi: string | undefined;
  /** The column (CSV) or key (JSON Lines) holding each employee's predikat; `predikat` unless named. */
  column?: string;
  options: unknown;
  format?: 'csv' | 'jsonl';
  lang: Locale;
}

const usage = (message: string) => new CliFailure(message, EXIT.USAGE);

/** The request from the command line's values (`--input`, `--output`, `--predikat-organisasi`, `--column`, `--format`). */
export function kurvaRequest(values: Record<string, unknown>): Omit<KurvaRequest, 'options' | 'lang'> {
  const text = (name: string) => (typeof values[name] === 'string' ? (values[name] as string) : undefined);
  const inputPath = text('input');
  if (inputPath === undefined) throw usage('kurva needs --input pegawai.csv');
  const format = text('format');
  if (format !== undefined && format !== 'csv' && format !== 'jsonl') throw usage('--format must be csv or jsonl');
  return {
    inputPath,
    predikatOrganisasi: text('predikat-organisasi'),
    ...(text('output') === undefined ? {} : { outputPath: text('output')! }),
    ...(text('column') === undefined ? {} : { column: text('column')! }),
    ...(format === undefined ? {} : { format }),
  };
}

/** The predikat of one row, or why it cannot be read (in both languages). */
export function predikatOf(value: unknown): { predikat: Predikat } | { text: Bilingual } {
  if (typeof value === 'string' && (PREDIKAT as readonly string[]).includes(value.trim())) return { predikat: value.trim() as Predikat };
  if (value === undefined || value === null || value === '')
    return { text: issueTemplateText('required', { expected: optionsText(PREDIKAT) }) };
  return { text: optionIssue(typeof value === 'string' ? value.trim() : value, PREDIKAT).text };
}

/** One JSON Lines record: `{ "<column>": "BAIK", … }`, or a predikatKinerja decision `{ "value": "BAIK", … }`. */
function valueOfJson(line: string, column: string): unknown {
  const record: unknown = JSON.parse(line);
  if (typeof record === 'string') return record;
  if (record === null || typeof record !== 'object' || Array.isArray(record)) throw new Error('a line must hold a JSON object');
  const r = record as Record<string, unknown>;
  return Object.hasOwn(r, column) ? r[column] : r['value'];
}

export async function runKurva(io: CliIo, job: KurvaRequest): Promise<number> {
  const org = job.predikatOrganisasi;
  if (org === undefined) throw usage(`kurva needs --predikat-organisasi (${PREDIKAT_ORGANISASI.join(', ')})`);
  if (!(PREDIKAT_ORGANISASI as readonly string[]).includes(org))
    throw usage(`--predikat-organisasi ${optionIssue(org, PREDIKAT_ORGANISASI).text[job.lang]}`);
  if (job.outputPath !== undefined && (await isSameFile(job.inputPath, job.outputPath)))
    throw usage(`output ${job.outputPath} is the input file ${job.inputPath} (after resolving links): write to another file`);
  const decideWith = kurvaDistribusiRule.withOptions(job.options as never); // bad options: refused before reading
  try {
    if ((await stat(job.inputPath)).isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
  } catch (e) {
    throw inputFailure(job.inputPath, e);
  }
  const column = job.column ?? 'predikat';
  const csv = (job.format ?? (job.inputPath.toLowerCase().endsWith('.csv') ? 'csv' : 'jsonl')) === 'csv';
  const jumlah = Object.fromEntries(PREDIKAT.map((p) => [p, 0])) as Record<Predikat, number>;
  const lines = createInterface({ input: createReadStream(job.inputPath, 'utf8'), crlfDelay: Infinity });
  let at: number | undefined;
  let separator: ',' | ';' = ',';
  let [lineNo, rejected, total] = [0, 0, 0];
  try {
    for await (const raw of lines) {
      lineNo += 1;
      const text = lineNo === 1 ? raw.replace(/^\uFEFF/, '') : raw;
      if (csv && at === undefined) {
        separator = text.includes(';') && !text.includes(',') ? ';' : ',';
        const names = parseCsvLine(text, separator).map((n) => n.trim());
        at = names.indexOf(column);
        if (at < 0) {
          const meant = closestName(column, names);
          throw usage(
            `no column ${column} in the header of ${job.inputPath}${meant ? `; did you mean ${meant}? (--column ${meant})` : ''}`,
          );
        }
        continue;
      }
      if (text.trim() === '') continue;
      try {
        const found = predikatOf(csv ? parseCsvLine(text, separator)[at!] : valueOfJson(text, column));
        if ('text' in found) throw new Error(found.text[job.lang]);
        jumlah[found.predikat] += 1;
        total += 1;
      } catch (e) {
        rejected += 1;
        io.stderr.write(`line ${lineNo}: ${column}: ${errorText(e)}\n`);
      }
    }
  } catch (e) {
    if (e instanceof CliFailure) throw e;
    throw inputFailure(job.inputPath, e);
  }
  if (total === 0) throw usage(`no employee in ${job.inputPath}${rejected > 0 ? ` (${rejected} rows rejected)` : ''}`);
  const d = decideWith({ predikatOrganisasi: org as never, jumlah });
  for (const p of PREDIKAT) io.stdout.write(`${labelOf(performanceMessages, p, job.lang).padEnd(16)} ${String(jumlah[p]).padStart(7)}\n`);
  io.stdout.write('\n');
  for (const l of explainPerformance(d, job.lang)) io.stdout.write(`${l}\n`);
  if (job.outputPath !== undefined) {
    const out = await openOutputFile(job.outputPath);
    try {
      await out.write(`${JSON.stringify({ predikatOrganisasi: org, jumlah, value: d.value, reasons: d.reasons }, null, 2)}\n`);
      await out.commit();
    } catch (e) {
      await out.abort();
      throw e;
    }
  }
  io.stderr.write(`${total} employees counted${rejected > 0 ? `, ${rejected} rows rejected` : ''}\n`);
  return rejected > 0 ? EXIT.ROWS_REJECTED : EXIT.OK;
}
