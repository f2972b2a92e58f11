/**
 * `sistem-merit batch`: a whole file (CSV or JSON Lines) through one rule, streaming in constant memory.
 * Never loses a row: everything that can be refused is refused before the output is touched (options,
 * output = input, the CSV header); each row is decided in isolation (a bad or crashing row is reported
 * with its line number and counted, and the batch goes on); the output is written beside and renamed
 * into place only when the batch is done.
 */
import { type FileHandle, open } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type * as z4 from 'zod/v4/core';
import type { Decision } from '../core/decision.js';
import type { Locale } from '../core/explain.js';
import type { AnyRule, RunConfig } from '../core/rule.js';
import { carriedOf } from './carried-keys.js';
import { detectDelimiter, parseCsvLine } from './csv.js';
import { csvWriter, valuePaths } from './csv-output.js';
import { type RecordAdapter, recordAsInput } from './rule-input.js';
import { csvLayout, csvRowReader, headerProblemLine } from './csv-header.js';
import { CliFailure, EXIT, type ExitCode, inputFailure, systemError } from './failure.js';
import type { CliIo } from './io.js';
import { openOutputFile, type OutputFile } from './output-file.js';
import { progressReporter } from './progress.js';
import { decideRow, errorText } from './row-handler.js';
import { isSameFile } from './same-file.js';

/** What a batch needs of a rule (a catalogue rule, or a stand-in in tests). */
export interface BatchRule {
  id: string;
  input: z4.$ZodType;
  /** The decision's schema, for the columns of a CSV output (one `value` column without it). */
  output?: z4.$ZodType;
  withOptions(options: unknown, config?: RunConfig): (input: unknown) => Decision<unknown>;
}

export interface BatchRequest {
  rule: BatchRule;
  inputPath: string;
  outputPath: string;
  options: unknown;
  /** `--from`: how a record becomes the rule's input (the record itself, or a SIASN employee read by its adapter). */
  adapter?: RecordAdapter;
  /** `--ignore-columns`: carried into the output rows, not fed to the rule. */
  carried: readonly string[];
  withReasons: boolean;
  /** `--lang`: adds the explanation to each row in this language. */
  explainIn?: Locale;
  /** Language of the reasons rows are rejected for. */
  messagesIn: Locale;
  progress: boolean;
  debug: boolean;
  /** `--format`; else from the input's extension (`.csv`, anything else JSON Lines). */
  format?: 'csv' | 'jsonl';
  /** `--output-format`; else from the output's extension (`.csv`, anything else JSON Lines). */
  outputFormat?: 'csv' | 'jsonl';
  /** `--delimiter`; else detected from a CSV input's header (`,` `;` tab), and `,` for a CSV output of JSON Lines. */
  delimiter?: string;
}

/** Rows are written in blocks of about this many characters: constant memory, few writes. */
const BLOCK = 65536;

/** Opens the input for reading: a missing file, a directory or no permission fails here (exit 3). */
async function openInput(path: string): Promise<{ handle: FileHandle; size: number }> {
  let handle: FileHandle;
  try {
    handle = await open(path, 'r');
  } catch (e) {
    throw inputFailure(path, e);
  }
  const stats = await handle.stat();
  if (stats.isDirectory()) {
    await handle.close();
    throw inputFailure(path, systemError('EISDIR', `${path} is a directory`));
  }
  return { handle, size: stats.size };
}

export async function runBatch(io: CliIo, req: BatchRequest): Promise<ExitCode> {
  const started = performance.now();
  const { rule, inputPath, outputPath } = req;
  // Bad options are refused once, before any file is opened.
  const decideInput = rule.withOptions(req.options, { ignoreKeys: [...req.carried] });
  const adapt = req.adapter ?? recordAsInput;
  const decide = (record: unknown) => decideInput(adapt(record).input);
  const format = req.format ?? (/\.csv$/i.test(inputPath) ? 'csv' : 'jsonl');
  const { handle, size } = await openInput(inputPath);
  const stream = handle.createReadStream({ encoding: 'utf8' });
  let readError: unknown;
  stream.on('error', (e) => (readError ??= e));
  let output: OutputFile | undefined;
  const progress = req.progress || io.stderr.isTTY === true ? progressReporter(io.stderr, size) : undefined;
  try {
    const same = await isSameFile(inputPath, outputPath).catch((e: unknown) => {
      throw inputFailure(inputPath, e);
    });
    if (same) {
      throw new CliFailure(
        {
          en: `output ${outputPath} is the input file ${inputPath} (after resolving links): write to another file`,
          id: `keluaran ${outputPath} adalah berkas masukan ${inputPath} (setelah tautan diurai): tulis ke berkas lain`,
        },
        EXIT.USAGE,
      );
    }
    const lines = createInterface({ input: stream, crlfDelay: Infinity });
    let readRow: ((cells: readonly string[]) => { record: unknown; carried?: Record<string, unknown> }) | undefined;
    const outputCsv = (req.outputFormat ?? (/\.csv$/i.test(outputPath) ? 'csv' : 'jsonl')) === 'csv';
    let render: ((row: Record<string, unknown>) => string) | undefined;
    const startOutput = async (delimiter: string) => {
      const file = await openOutputFile(outputPath);
      if (outputCsv) {
        const paths = req.rule.output ? valuePaths(req.rule as AnyRule) : [[]];
        const opts = { carried: req.carried, delimiter, withReasons: req.withReasons, withExplanation: req.explainIn !== undefined };
        const writer = csvWriter(paths, opts);
        render = writer.line;
        pending = writer.header;
      }
      return file;
    };
    let delimiter = req.delimiter ?? ',';
    let pending = '';
    let lineNo = 0;
    let decided = 0;
    let rejected = 0;
    let internal = 0;
    const reject = (message: string) => {
      rejected += 1;
      io.stderr.write(`${req.messagesIn === 'id' ? 'baris' : 'line'} ${lineNo}: ${message}\n`);
    };
    for await (const raw of lines) {
      lineNo += 1;
      const text = lineNo === 1 ? raw.replace(/^\uFEFF/, '') : raw;
      if (text.trim() === '') continue;
      if (format === 'csv' && !readRow) {
        delimiter = req.delimiter ?? detectDelimiter(text);
        // Excel writes `;` between cells where the decimal separator is a comma.
        readRow = csvRowReader(checkedHeader(text, lineNo, req, delimiter), delimiter === ';');
        output = await startOutput(delimiter);
        continue;
      }
      output ??= await startOutput(delimiter);
      let record: unknown;
      let carried: Record<string, unknown> | undefined;
      try {
        if (readRow) ({ record, carried } = readRow(parseCsvLine(text, delimiter)));
        else {
          record = JSON.parse(text);
          carried = carriedOf(record, req.carried);
        }
      } catch (e) {
        reject(`${req.messagesIn === 'id' ? 'tidak dapat membaca' : 'cannot parse'} ${format.toUpperCase()}: ${errorText(e, false)}`);
        continue;
      }
      const ctx = {
        line: lineNo,
        carried,
        withReasons: req.withReasons,
        explainIn: req.explainIn,
        messagesIn: req.messagesIn,
        debug: req.debug,
        render,
      };
      const outcome = decideRow(decide, record, ctx);
      if (outcome.decided) {
        decided += 1;
        pending += `${outcome.json}${outputCsv ? '\r\n' : '\n'}`;
        if (pending.length >= BLOCK) {
          await output.write(pending);
          pending = '';
        }
      } else {
        if (outcome.internal) internal += 1;
        reject(outcome.message);
      }
      if (progress && (decided + rejected) % 1000 === 0) progress.update(stream.bytesRead, decided + rejected);
    }
    if (readError !== undefined) throw readError;
    output ??= await startOutput(delimiter);
    if (pending) await output.write(pending);
    await output.commit();
    progress?.done();
    const seconds = (performance.now() - started) / 1000;
    const took = `${req.messagesIn === 'id' ? 'dalam' : 'in'} ${seconds.toFixed(2)} s`;
    io.stderr.write(`${rule.id}: ${summary(decided, rejected, internal, req.messagesIn)}, ${took} → ${outputPath}\n`);
    return rejected === 0 ? EXIT.OK : EXIT.ROWS_REJECTED;
  } catch (e) {
    progress?.done();
    await output?.abort();
    if (e === readError) throw inputFailure(inputPath, e);
    throw e;
  } finally {
    stream.destroy();
  }
}

/** The layout of a CSV header, or a failure (exit 1) listing every problem, before any row is read. */
function checkedHeader(text: string, lineNo: number, req: BatchRequest, delimiter: string) {
  let names: string[];
  try {
    names = parseCsvLine(text, delimiter).map((h) => h.trim());
  } catch (e) {
    throw new CliFailure(badHeader(req.inputPath, lineNo, errorText(e, false), errorText(e, false)), EXIT.USAGE);
  }
  const checked = csvLayout(names, req.rule.input, req.carried);
  if (!checked.layout) {
    const [en, id] = (['en', 'id'] as const).map((l) => checked.problems.map((p) => headerProblemLine(p, l)).join('; '));
    throw new CliFailure(badHeader(req.inputPath, lineNo, en!, id!), EXIT.USAGE);
  }
  return checked.layout;
}

const badHeader = (path: string, line: number, en: string, id: string) => ({
  en: `${path} line ${line}: bad CSV header: ${en}`,
  id: `${path} baris ${line}: tajuk CSV salah: ${id}`,
});

/** `20 rows, 18 decided, 2 rejected` / `20 baris, 18 diputuskan, 2 ditolak`. */
function summary(decided: number, rejected: number, internal: number, locale: 'id' | 'en'): string {
  if (locale === 'id') {
    const internals = internal === 0 ? '' : ` (${internal} galat internal: mohon dilaporkan; --debug menampilkan tumpukannya)`;
    return `${decided + rejected} baris, ${decided} diputuskan, ${rejected} ditolak${internals}`;
  }
  const internals =
    internal === 0 ? '' : ` (${internal} internal error${internal === 1 ? '' : 's'}: please report; --debug shows the stack)`;
  return `${decided + rejected} rows, ${decided} decided, ${rejected} rejected${internals}`;
}
