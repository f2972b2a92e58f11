/**
 * The `sistem-merit` command: list rules, explain one case, export JSON Schema, and evaluate whole
 * files (CSV or JSON Lines) streaming, in constant memory. Node-only: the library itself never imports it.
 */
import { createReadStream, createWriteStream, readFileSync, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { findRule, REGULATIONS, RULES } from '../catalogue.js';
import type { Decision } from '../core/decision.js';
import { MeritError, MeritInputError } from '../core/errors.js';
import { formatCitation, type Locale } from '../core/explain.js';
import type { AnyRule } from '../core/rule.js';
import { explain } from '../explain.js';
import { jsonSchemaOf, SCHEMA_PARTS, type SchemaPart } from '../schema.js';
import { csvRecordBuilder, parseCsvLine } from './csv.js';
import { progressReporter } from './progress.js';

export interface CliIo {
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown; isTTY?: boolean };
}

const USAGE = `Usage: sistem-merit <command> [options]

Commands:
  rules [--domain D]                               list rules with their citations
  explain <rule> --input case.json [--lang id|en]  evaluate one case and print the decision and its reasons
  schema <rule> [--part input|options|output]      print the JSON Schema of a rule's input (default),
                                                   its options, or its decision { value, reasons }
  batch <rule> --input data.csv|data.jsonl --output out.jsonl [--reasons] [--lang id|en] [--progress]
                                                   evaluate a whole file, streaming; bad rows are reported
                                                   with their line number and the good rows still go through;
                                                   a progress bar with the time left is drawn on a terminal
                                                   (--progress draws it on any stderr)
Common options:
  --as-of YYYY-MM-DD   the date whose rules apply (for rules that take asOf)
  --options opts.json  options of the rule (settings), as JSON
  --help               this text
`;

class UsageError extends Error {}

function ruleOf(id: string | undefined): AnyRule {
  if (!id) throw new UsageError('missing rule id (see: sistem-merit rules)');
  const rule = findRule(id) ?? RULES.find((r) => r.id.endsWith(`.${id}`));
  if (!rule) throw new UsageError(`unknown rule ${id} (see: sistem-merit rules)`);
  return rule;
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new UsageError(`cannot read JSON from ${path}: ${(e as Error).message}`);
  }
}

/** Options for a run: the --options file, plus --as-of where the rule's options take asOf. */
function optionsFor(rule: AnyRule, optionsPath: string | undefined, asOf: string | undefined): unknown {
  const base = optionsPath ? (readJson(optionsPath) as Record<string, unknown>) : undefined;
  if (asOf === undefined) return base;
  const shape = (rule.options as unknown as { shape?: Record<string, unknown> } | undefined)?.shape;
  if (!shape || !('asOf' in shape)) throw new UsageError(`${rule.id} does not take --as-of`);
  return { ...base, asOf };
}

const locale = (v: string | undefined): Locale => {
  if (v === undefined || v === 'id' || v === 'en') return v ?? 'id';
  throw new UsageError('--lang must be id or en');
};

function cmdRules(io: CliIo, domain: string | undefined) {
  for (const r of RULES.filter((rule) => !domain || rule.domain === domain)) {
    io.stdout.write(`${r.id}\n  ${r.title.id} / ${r.title.en}\n  ${r.citations.map(formatCitation).join('; ')}\n`);
  }
  io.stdout.write(`${RULES.length} rules, ${Object.keys(REGULATIONS).length} regulations\n`);
}

function cmdExplain(io: CliIo, rule: AnyRule, input: unknown, options: unknown, lang: Locale) {
  const d = rule.run(input, options);
  io.stdout.write(`${JSON.stringify(d.value, null, 2)}\n`);
  for (const line of explain(d, lang)) io.stdout.write(`${line}\n`);
}

async function cmdBatch(
  io: CliIo,
  rule: AnyRule,
  inputPath: string,
  outputPath: string,
  options: unknown,
  withReasons: boolean,
  lang: Locale | undefined,
  forceProgress: boolean,
) {
  const started = performance.now();
  const format = /\.csv$/i.test(inputPath) ? 'csv' : 'jsonl';
  let size: number;
  try {
    size = statSync(inputPath).size;
  } catch (e) {
    throw new UsageError(`cannot read ${inputPath}: ${(e as Error).message}`);
  }
  const input = createReadStream(inputPath, 'utf8');
  const lines = createInterface({ input, crlfDelay: Infinity });
  const out = createWriteStream(outputPath, 'utf8');
  // Rows are written in blocks of about 64 KB, waiting for the file to drain: constant memory, few writes.
  let pending = '';
  const flush = () => {
    const block = pending;
    pending = '';
    return out.write(block) ? Promise.resolve() : new Promise<void>((resolve) => out.once('drain', () => resolve()));
  };
  const decide = rule.withOptions(options); // options are validated once, before any row
  let toRecord: ((cells: readonly string[]) => Record<string, unknown>) | undefined;
  let lineNo = 0;
  let ok = 0;
  let bad = 0;
  const progress = forceProgress || io.stderr.isTTY === true ? progressReporter(io.stderr, size) : undefined;
  for await (const raw of lines) {
    lineNo += 1;
    if (raw.trim() === '') continue;
    let record: unknown;
    try {
      if (format === 'csv') {
        if (!toRecord) {
          try {
            toRecord = csvRecordBuilder(parseCsvLine(raw.replace(/^\uFEFF/, '')).map((h) => h.trim()));
          } catch (e) {
            throw new UsageError(`${inputPath} line ${lineNo}: bad CSV header: ${(e as Error).message}`);
          }
          continue;
        }
        record = toRecord(parseCsvLine(raw));
      } else {
        record = JSON.parse(raw);
      }
    } catch (e) {
      if (e instanceof UsageError) throw e;
      bad += 1;
      io.stderr.write(`line ${lineNo}: cannot parse ${format.toUpperCase()}: ${(e as Error).message}\n`);
      continue;
    }
    try {
      const d: Decision<unknown> = decide(record);
      ok += 1;
      const row: Record<string, unknown> = { line: lineNo, value: d.value };
      if (withReasons) row.reasons = d.reasons;
      if (lang) row.explanation = explain(d, lang);
      pending += `${JSON.stringify(row)}\n`;
      if (pending.length >= 65536) await flush();
    } catch (e) {
      if (!(e instanceof MeritError)) throw e;
      bad += 1;
      const why = e instanceof MeritInputError ? e.issues.map((i) => `${i.path.join('.') || '(row)'}: ${i.message}`).join('; ') : e.message;
      io.stderr.write(`line ${lineNo}: ${why}\n`);
    }
    if (progress && (ok + bad) % 1000 === 0) progress.update(input.bytesRead, ok + bad);
  }
  if (pending) await flush();
  await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
  const seconds = (performance.now() - started) / 1000;
  progress?.done();
  io.stderr.write(`${rule.id}: ${ok + bad} rows, ${ok} decided, ${bad} rejected, in ${seconds.toFixed(2)} s → ${outputPath}\n`);
  return bad === 0 ? 0 : 2;
}

/** Runs the command line; resolves to the exit code (0 ok, 1 usage or input error, 2 some rows rejected). */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        input: { type: 'string' },
        output: { type: 'string' },
        options: { type: 'string' },
        'as-of': { type: 'string' },
        lang: { type: 'string' },
        domain: { type: 'string' },
        reasons: { type: 'boolean' },
        part: { type: 'string' },
        progress: { type: 'boolean' },
        help: { type: 'boolean' },
      },
    });
  } catch (e) {
    io.stderr.write(`${(e as Error).message}\n\n${USAGE}`);
    return 1;
  }
  const { values, positionals } = parsed;
  const [command, ruleId] = positionals;
  if (values.help || !command) {
    io.stdout.write(USAGE);
    return command || values.help ? 0 : 1;
  }
  try {
    switch (command) {
      case 'rules':
        cmdRules(io, values.domain);
        return 0;
      case 'schema': {
        const rule = ruleOf(ruleId);
        const part = (values.part ?? 'input') as SchemaPart;
        if (!SCHEMA_PARTS.includes(part)) throw new UsageError(`--part must be one of ${SCHEMA_PARTS.join(', ')}`);
        io.stdout.write(`${JSON.stringify(jsonSchemaOf(rule, part), null, 2)}\n`);
        return 0;
      }
      case 'explain': {
        const rule = ruleOf(ruleId);
        if (!values.input) throw new UsageError('explain needs --input case.json');
        cmdExplain(io, rule, readJson(values.input), optionsFor(rule, values.options, values['as-of']), locale(values.lang));
        return 0;
      }
      case 'batch': {
        const rule = ruleOf(ruleId);
        if (!values.input || !values.output) throw new UsageError('batch needs --input and --output');
        const lang = values.lang === undefined ? undefined : locale(values.lang);
        return await cmdBatch(
          io,
          rule,
          values.input,
          values.output,
          optionsFor(rule, values.options, values['as-of']),
          values.reasons === true,
          lang,
          values.progress === true,
        );
      }
      default:
        throw new UsageError(`unknown command ${command}`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`sistem-merit: ${e.message}\n`);
      return 1;
    }
    if (e instanceof MeritError) {
      io.stderr.write(`${e.message}\n`);
      return 1;
    }
    throw e;
  }
}
