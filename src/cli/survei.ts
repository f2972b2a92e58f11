/**
 * `sistem-merit survei`: a survey export (one row per respondent, one column per unsur, answers 1–4, as a
 * spreadsheet or a form tool saves it) folded in constant memory into per-unsur counts, then the Indeks
 * Kepuasan Masyarakat of the period, printed as the table agencies publish with its reasons, and written
 * as JSON with --output. A bad row is reported with its line number and left out of the count (exit 2);
 * the header is checked before any row is read; Excel's `;` separator is recognised from the header.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { Decision } from '../core/decision.js';
import { MeritInputError } from '../core/errors.js';
import { labelOf, type Locale } from '../core/explain.js';
import { explainPelayanan } from '../pelayanan/explain.js';
import type { IndeksKepuasanMasyarakat } from '../pelayanan/_bersama/skema-ikm.js';
import { indeksKepuasanMasyarakatRule } from '../pelayanan/indeks-kepuasan-masyarakat/index.js';
import { jawabanRespondenSchema } from '../pelayanan/indeks-kepuasan-masyarakat-responden.js';
import { pelayananMessages } from '../pelayanan/messages.js';
import { rekapJawaban } from '../pelayanan/_bersama/rekap-jawaban.js';
import { parseCsvLine } from './csv.js';
import { type CsvLayout, csvLayout, csvRowReader, headerProblemLine } from './csv-header.js';
import { CliFailure, EXIT, inputFailure } from './failure.js';
import type { CliIo } from './io.js';
import { openOutputFile } from './output-file.js';
import { errorText } from './row-handler.js';
import { isSameFile } from './same-file.js';

export interface SurveiRequest {
  inputPath: string;
  outputPath?: string;
  options: unknown;
  /** `--ignore-columns`: columns that are not answers (respondent number, date, service type). */
  carried: readonly string[];
  lang: Locale;
}

/** The separator of a header: Excel on an Indonesian-locale PC saves `;`, most tools `,`. */
export function separatorOf(header: string): ',' | ';' {
  return header.includes(';') && !header.includes(',') ? ';' : ',';
}

/**
 * The layout of a survey header, checked as a batch header is (csv-header.ts), against one respondent's
 * answers: an unknown column (with the closest unsur as a suggestion), a repeated or unnamed one, or an
 * `--ignore-columns` name the header lacks is refused before any row is read; so is a header with no unsur.
 */
export function surveiLayout(names: readonly string[], carried: readonly string[], lang: Locale = 'en'): CsvLayout {
  const checked = csvLayout(names, jawabanRespondenSchema, carried);
  if (!checked.layout) {
    const problems = checked.problems.map((p) => headerProblemLine(p, lang)).join('; ');
    throw new CliFailure(`bad survey header: ${problems}`, EXIT.USAGE);
  }
  if (checked.layout.fed.length === 0) throw new CliFailure('bad survey header: no column holds an unsur', EXIT.USAGE);
  return checked.layout;
}

/** The per-unsur table and the result as agencies publish them, in `lang`. */
export function surveiTable(value: IndeksKepuasanMasyarakat, lang: Locale): string[] {
  const label = (v: string) => labelOf(pelayananMessages, v, lang);
  const num = (s: string) => (lang === 'id' ? s.replace('.', ',') : s);
  const head = lang === 'id' ? ['Unsur', 'Jawaban', 'NRR', 'NRR tertimbang'] : ['Element', 'Answers', 'NRR', 'Weighted NRR'];
  const rows = value.unsur.map((u) => [label(u.unsur), String(u.jumlahJawaban ?? '—'), num(u.nrr), num(u.nrrTertimbang)]);
  const widths = head.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
  const line = (cells: string[]) => cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ');
  const t =
    lang === 'id'
      ? {
          indeks: 'Nilai indeks',
          ikm: 'IKM unit pelayanan',
          mutu: 'Mutu pelayanan',
          kinerja: 'Kinerja unit',
          prioritas: 'Prioritas perbaikan',
          responden: 'Responden',
        }
      : {
          indeks: 'Index value',
          ikm: 'Service unit IKM',
          mutu: 'Service quality',
          kinerja: 'Unit performance',
          prioritas: 'Improvement priorities',
          responden: 'Respondents',
        };
  return [
    line(head),
    ...rows.map(line),
    '',
    `${t.indeks}: ${num(value.nilaiIndeks)}   ${t.ikm}: ${num(value.ikm)}`,
    `${t.mutu}: ${value.mutu}   ${t.kinerja}: ${label(value.kinerjaUnit)}`,
    `${t.prioritas}: ${value.prioritasPerbaikan.map(label).join(', ') || '—'}`,
    `${t.responden}: ${value.jumlahResponden ?? '—'}`,
  ];
}

export async function runSurvei(io: CliIo, job: SurveiRequest): Promise<number> {
  if (job.outputPath !== undefined && (await isSameFile(job.inputPath, job.outputPath)))
    throw new CliFailure(
      `output ${job.outputPath} is the input file ${job.inputPath} (after resolving links): write to another file`,
      EXIT.USAGE,
    );
  const decideWith = indeksKepuasanMasyarakatRule.withOptions(job.options as never); // bad options: refused before reading
  try {
    if ((await stat(job.inputPath)).isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
  } catch (e) {
    throw inputFailure(job.inputPath, e);
  }
  const lines = createInterface({ input: createReadStream(job.inputPath, 'utf8'), crlfDelay: Infinity });
  const rekap = rekapJawaban();
  let readRow: ReturnType<typeof csvRowReader> | undefined;
  let separator: ',' | ';' = ',';
  let lineNo = 0;
  let rejected = 0;
  try {
    for await (const raw of lines) {
      lineNo += 1;
      if (readRow === undefined) {
        const header = raw.replace(/^\uFEFF/, '');
        separator = separatorOf(header);
        const names = parseCsvLine(header, separator).map((name) => name.trim());
        readRow = csvRowReader(surveiLayout(names, job.carried, job.lang));
        continue;
      }
      if (raw.trim() === '') continue;
      try {
        rekap.tambah(readRow(parseCsvLine(raw, separator)).record, lineNo);
      } catch (e) {
        rejected += 1;
        const why = MeritInputError.is(e) ? e.describe(job.lang).join('; ') : errorText(e);
        io.stderr.write(`line ${lineNo}: ${why}\n`);
      }
    }
  } catch (e) {
    if (e instanceof CliFailure) throw e;
    throw inputFailure(job.inputPath, e);
  }
  const summary = rekap.hasil();
  if (summary.jumlahResponden === 0)
    throw new CliFailure(`no respondent in ${job.inputPath}${rejected > 0 ? ` (${rejected} rows rejected)` : ''}`, EXIT.USAGE);
  const d = decideWith(summary as never) as Decision<IndeksKepuasanMasyarakat>;
  for (const l of surveiTable(d.value, job.lang)) io.stdout.write(`${l}\n`);
  io.stdout.write('\n');
  for (const l of explainPelayanan(d, job.lang)) io.stdout.write(`${l}\n`);
  if (job.outputPath !== undefined) {
    const out = await openOutputFile(job.outputPath);
    try {
      await out.write(`${JSON.stringify({ value: d.value, reasons: d.reasons }, null, 2)}\n`);
      await out.commit();
    } catch (e) {
      await out.abort();
      throw e;
    }
  }
  io.stderr.write(`${summary.jumlahResponden} respondents counted${rejected > 0 ? `, ${rejected} rows rejected` : ''}\n`);
  return rejected > 0 ? EXIT.ROWS_REJECTED : EXIT.OK;
}
