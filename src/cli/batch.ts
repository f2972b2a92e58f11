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
import type { RunConfig } from '../core/rule.js';
import { carriedOf } from './carried-keys.js';
import { parseCsvLine } from './csv.js';
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
  withOptions(options: unknown, config?: RunConfig): (input: unknown) => Decision<unknown>;
}

export interface BatchRequest {
  rule: BatchRule;
  inputPath: string;
  outputPath: string;
  options: unknown;
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
  const decide = rule.withOptions(req.options, { ignoreKeys: [...req.carried] });
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
        `output ${outputPath} is the input file ${inputPath} (after resolving links): write to another file`,
        EXIT.USAGE,
      );
    }
    const lines = createInterface({ input: stream, crlfDelay: Infinity });
    let readRow: ((cells: readonly string[]) => { record: unknown; carried?: Record<string, unknown> }) | undefined;
    let pending = '';
    let lineNo = 0;
    let decided = 0;
    let rejected = 0;
    let internal = 0;
    const reject = (message: string) => {
      rejected += 1;
      io.stderr.write(`line ${lineNo}: ${message}\n`);
    };
    for await (const raw of lines) {
      lineNo += 1;
      const text = lineNo === 1 ? raw.replace(/^\uFEFF/, '') : raw;
      if (text.trim() === '') continue;
      if (format === 'csv' && !readRow) {
        readRow = csvRowReader(checkedHeader(text, lineNo, req));
        output = await openOutputFile(outputPath);
        continue;
      }
      output ??= await openOutputFile(outputPath);
      let record: unknown;
      let carried: Record<string, unknown> | undefined;
      try {
        if (readRow) ({ record, carried } = readRow(parseCsvLine(text)));
        else {
          record = JSON.parse(text);
          carried = carriedOf(record, req.carried);
        }
      } catch (e) {
        reject(`cannot parse ${format.toUpperCase()}: ${errorText(e, false)}`);
        continue;
      }
      const ctx = {
        line: lineNo,
        carried,
        withReasons: req.withReasons,
        explainIn: req.explainIn,
        messagesIn: req.messagesIn,
        debug: req.debug,
      };
      const outcome = decideRow(decide, record, ctx);
      if (outcome.decided) {
        decided += 1;
        pending += `${outcome.json}\n`;
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
    output ??= await openOutputFile(outputPath);
    if (pending) await output.write(pending);
    await output.commit();
    progress?.done();
    const seconds = (performance.now() - started) / 1000;
    const internals =
      internal === 0 ? '' : ` (${internal} internal error${internal === 1 ? '' : 's'}: please report; --debug shows the stack)`;
    io.stderr.write(
      `${rule.id}: ${decided + rejected} rows, ${decided} decided, ${rejected} rejected${internals}, in ${seconds.toFixed(2)} s → ${outputPath}\n`,
    );
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
function checkedHeader(text: string, lineNo: number, req: BatchRequest) {
  let names: string[];
  try {
    names = parseCsvLine(text).map((h) => h.trim());
  } catch (e) {
    throw new CliFailure(`${req.inputPath} line ${lineNo}: bad CSV header: ${errorText(e, false)}`, EXIT.USAGE);
  }
  const checked = csvLayout(names, req.rule.input, req.carried);
  if (!checked.layout) {
    const problems = checked.problems.map((p) => headerProblemLine(p, req.messagesIn)).join('; ');
    throw new CliFailure(`${req.inputPath} line ${lineNo}: bad CSV header: ${problems}`, EXIT.USAGE);
  }
  return checked.layout;
}
