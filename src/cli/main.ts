/**
 * The `sistem-merit` command: list rules, explain one case, export JSON Schema, and evaluate whole
 * files (CSV or JSON Lines) streaming, in constant memory. Node-only: the library itself never imports it.
 * Every failure is one line on stderr and a documented exit code (see {@link EXIT}, docs/cli.md).
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { findRule, REGULATIONS, RULES } from '../catalogue.js';
import { MeritError, MeritInputError } from '../core/errors.js';
import { formatCitation, type Locale, regulationShortName } from '../core/explain.js';
import { type CitationUse, rulesCiting } from '../citations.js';
import type { AnyRule } from '../core/rule.js';
import { closestName } from '../core/suggest.js';
import { explain } from '../explain.js';
import { jsonSchemaOf, SCHEMA_PARTS, type SchemaPart } from '../schema.js';
import { runBatch } from './batch.js';
import { runSurvei } from './survei.js';
import { kurvaRequest, runKurva } from './kurva.js';
import { parseCarriedKeys } from './carried-keys.js';
import { CliFailure, EXIT, inputFailure, isBrokenPipe } from './failure.js';
import { type CliIo, quietOnClose } from './io.js';
import { errorText } from './row-handler.js';

export type { CliIo } from './io.js';

const USAGE = `Usage: sistem-merit <command> [options]

Commands:
  rules [--domain D]                               list rules with their citations
  rules --cites REG [--article "Pasal 11"]         the rules that apply a regulation (or one of its articles),
                                                   with where each cites it
  explain <rule> --input case.json [--lang id|en]  evaluate one case and print the decision and its reasons
  schema <rule> [--part input|options|output]      print the JSON Schema of a rule's input (default),
                                                   its options, or its decision { value, reasons }
  batch <rule> --input data.csv|data.jsonl --output out.jsonl [--reasons] [--lang id|en] [--progress]
        [--ignore-columns nip,nama] [--format csv|jsonl]
                                                   evaluate a whole file, streaming; bad rows are reported
                                                   with their line number and the good rows still go through;
                                                   the output is written beside and renamed into place when
                                                   done (never over the input, never partial); a progress bar
                                                   with the time left is drawn on a terminal (--progress: on
                                                   any stderr)
  survei --input survey.csv --as-of YYYY-MM-DD [--output result.json] [--ignore-columns no,tanggal] [--lang id|en]
                                                   the Indeks Kepuasan Masyarakat of a survey export (one row per
                                                   respondent, one column per unsur, answers 1-4; ',' or Excel's ';'),
                                                   folded in constant memory; prints the per-unsur table, the
                                                   index, mutu and reasons; bad rows are reported and left out
  kurva --input pegawai.csv|.jsonl --predikat-organisasi BAIK [--column predikat] [--output result.json]
                                                   a unit's employees counted per predikat (one row each) and
                                                   compared with the distribution pattern (kurvaDistribusi)
Common options:
  --as-of YYYY-MM-DD      the date whose rules apply (for rules that take asOf)
  --options opts.json     options of the rule (settings), as JSON
  --ignore-columns a,b    identification columns/keys (e.g. nip,nama) carried into each output row and not
                          fed to the rule; any other unknown column or key is refused (alias --ignore-keys)
  --lang id|en            language of explanations and of the reasons rows are refused for (default en;
                          explain prints its reasons in id by default)
  --format csv|jsonl      the input's format (default: from its extension, .csv or else JSON Lines;
                          needed for --input /dev/stdin)
  --debug                 print the stack of any error
  --help                  this text

Exit codes:
  0  done (every row decided; or the reader of stdout closed it early, as with | head)
  1  nothing done: bad command line, unknown rule, bad options, output = input, bad CSV header,
     invalid input to explain
  2  the batch ran to the end, some rows were rejected (reported on stderr with their line number)
  3  an input file (--input, --options) cannot be read: missing, a directory, no permission
  4  the output cannot be written: a directory, a missing directory, no permission, disk full
  5  internal error (a defect: please report it with the --debug output)
  129, 130, 143  interrupted (SIGHUP, SIGINT, SIGTERM): the output was left as it was
`;

const usage = (message: string) => new CliFailure(message, EXIT.USAGE);

function ruleOf(id: string | undefined): AnyRule {
  if (!id) throw usage('missing rule id (see: sistem-merit rules)');
  const rule = findRule(id) ?? RULES.find((r) => r.id.endsWith(`.${id}`));
  if (rule) return rule;
  const suggestion = closestName(id, [...RULES.map((r) => r.id), ...RULES.map((r) => r.id.slice(r.id.indexOf('.') + 1))]);
  throw usage(`unknown rule ${id}${suggestion ? `; did you mean ${suggestion}?` : ''} (see: sistem-merit rules)`);
}

/** A JSON file: cannot be read → exit 3; not JSON → exit 1. */
async function readJson(path: string, what: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw inputFailure(path, e, what);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw usage(`cannot read JSON from ${path}: ${errorText(e)}`);
  }
}

/** Options for a run: the --options file, plus --as-of where the rule's options take asOf. */
async function optionsFor(rule: AnyRule, optionsPath: string | undefined, asOf: string | undefined): Promise<unknown> {
  const base = optionsPath ? await readJson(optionsPath, 'options') : undefined;
  if (asOf === undefined) return base;
  const shape = (rule.options as unknown as { shape?: Record<string, unknown> } | undefined)?.shape;
  if (!shape || !('asOf' in shape)) throw usage(`${rule.id} does not take --as-of`);
  if (base !== undefined && (base === null || typeof base !== 'object' || Array.isArray(base)))
    throw usage(`${optionsPath} must hold a JSON object`);
  return { ...(base as object | undefined), asOf };
}

const localeOf = (v: string | undefined): Locale | undefined => {
  if (v === undefined || v === 'id' || v === 'en') return v;
  throw usage('--lang must be id or en');
};

const formatOf = (v: string | undefined): 'csv' | 'jsonl' | undefined => {
  if (v === undefined || v === 'csv' || v === 'jsonl') return v;
  throw usage('--format must be csv or jsonl');
};

function cmdRules(io: CliIo, domain: string | undefined) {
  for (const r of RULES.filter((rule) => !domain || rule.domain === domain)) {
    io.stdout.write(`${r.id}\n  ${r.title.id} / ${r.title.en}\n  ${r.citations.map((c) => formatCitation(c)).join('; ')}\n`);
  }
  io.stdout.write(`${RULES.length} rules, ${Object.keys(REGULATIONS).length} regulations\n`);
}

const WHERE: Record<CitationUse['where'], string> = { rule: 'dasar', version: 'versi', table: 'tabel', reason: 'alasan' };

/** Pasal → rules: `rules --cites PP_94_2021 --article "Pasal 11"`. */
function cmdCites(io: CliIo, regulation: string, article: string | undefined) {
  if (!Object.hasOwn(REGULATIONS, regulation)) {
    const suggestion = closestName(regulation, Object.keys(REGULATIONS));
    throw usage(`unknown regulation ${regulation}${suggestion ? `; did you mean ${suggestion}?` : ''} (ids as in docs/rules/README.md)`);
  }
  const found = rulesCiting(regulation, article);
  for (const { rule, uses } of found) {
    io.stdout.write(`${rule.id}\n  ${rule.title.id} / ${rule.title.en}\n`);
    const lines = new Set(uses.map((u) => `${formatCitation(u.citation)} (${WHERE[u.where]}${u.code ? ` ${u.code}` : ''})`));
    for (const line of lines) io.stdout.write(`  ${line}\n`);
  }
  io.stdout.write(`${found.length} rule(s) cite ${regulationShortName(regulation)}${article === undefined ? '' : ` ${article}`}\n`);
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      input: { type: 'string' },
      output: { type: 'string' },
      options: { type: 'string' },
      'as-of': { type: 'string' },
      lang: { type: 'string' },
      domain: { type: 'string' },
      cites: { type: 'string' },
      article: { type: 'string' },
      reasons: { type: 'boolean' },
      part: { type: 'string' },
      format: { type: 'string' },
      'predikat-organisasi': { type: 'string' },
      column: { type: 'string' },
      progress: { type: 'boolean' },
      'ignore-columns': { type: 'string', multiple: true },
      'ignore-keys': { type: 'string', multiple: true },
      debug: { type: 'boolean' },
      help: { type: 'boolean' },
    },
  });
}

async function run(io: CliIo, parsed: ReturnType<typeof parse>, messagesIn: Locale): Promise<number> {
  const { values, positionals } = parsed;
  const [command, ruleId] = positionals;
  const lang = localeOf(values.lang);
  const carriedKeys = (rule: AnyRule) =>
    parseCarriedKeys([...(values['ignore-columns'] ?? []), ...(values['ignore-keys'] ?? [])], rule.id, rule.input);
  switch (command) {
    case 'rules':
      if (values.cites !== undefined) cmdCites(io, values.cites, values.article);
      else if (values.article !== undefined) throw usage('--article needs --cites REG');
      else cmdRules(io, values.domain);
      return EXIT.OK;
    case 'schema': {
      const rule = ruleOf(ruleId);
      const part = (values.part ?? 'input') as SchemaPart;
      if (!SCHEMA_PARTS.includes(part)) throw usage(`--part must be one of ${SCHEMA_PARTS.join(', ')}`);
      io.stdout.write(`${JSON.stringify(jsonSchemaOf(rule, part), null, 2)}\n`);
      return EXIT.OK;
    }
    case 'explain': {
      const rule = ruleOf(ruleId);
      if (!values.input) throw usage('explain needs --input case.json');
      const ignoreKeys = carriedKeys(rule);
      const options = await optionsFor(rule, values.options, values['as-of']);
      const d = rule.run(await readJson(values.input, 'input'), options, { ignoreKeys });
      io.stdout.write(`${JSON.stringify(d.value, null, 2)}\n`);
      for (const line of explain(d, lang ?? 'id', { trace: true })) io.stdout.write(`${line}\n`);
      return EXIT.OK;
    }
    case 'batch': {
      const rule = ruleOf(ruleId);
      if (!values.input || !values.output) throw usage('batch needs --input and --output');
      return await runBatch(io, {
        rule,
        inputPath: values.input,
        outputPath: values.output,
        options: await optionsFor(rule, values.options, values['as-of']),
        carried: carriedKeys(rule),
        withReasons: values.reasons === true,
        explainIn: lang,
        messagesIn,
        progress: values.progress === true,
        debug: values.debug === true,
        format: formatOf(values.format),
      });
    }
    case 'survei': {
      if (!values.input) throw usage('survei needs --input survey.csv');
      const rule = ruleOf('pelayanan.indeksKepuasanMasyarakat');
      return await runSurvei(io, {
        inputPath: values.input,
        ...(values.output === undefined ? {} : { outputPath: values.output }),
        options: await optionsFor(rule, values.options, values['as-of']),
        carried: [...(values['ignore-columns'] ?? []), ...(values['ignore-keys'] ?? [])].flatMap((list) =>
          list
            .split(',')
            .map((name) => name.trim())
            .filter(Boolean),
        ),
        lang: lang ?? 'id',
      });
    }
    case 'kurva': {
      const options = await optionsFor(ruleOf('performance.kurvaDistribusi'), values.options, values['as-of']);
      return await runKurva(io, { ...kurvaRequest(values), options, lang: lang ?? 'id' });
    }
    default:
      throw usage(`unknown command ${command}`);
  }
}

/**
 * Runs the command line; resolves to the exit code ({@link EXIT}: 0 ok, 1 usage, 2 rows rejected, 3 input
 * unreadable, 4 output unwritable, 5 internal error). Never rejects: every failure is one line on stderr
 * (with its stack under --debug); a closed stdout ends quietly with 0.
 */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const stderr = quietOnClose(io.stderr);
  const quiet: CliIo = { stdout: io.stdout, stderr };
  const debug = argv.includes('--debug');
  let parsed;
  try {
    parsed = parse(argv);
  } catch (e) {
    stderr.write(`sistem-merit: ${errorText(e)}\n\n${USAGE}`);
    return EXIT.USAGE;
  }
  const { values, positionals } = parsed;
  if (values.help || positionals.length === 0) {
    try {
      io.stdout.write(USAGE);
    } catch (e) {
      if (!isBrokenPipe(e)) throw e;
    }
    return values.help ? EXIT.OK : EXIT.USAGE;
  }
  const messagesIn: Locale = values.lang === 'id' ? 'id' : 'en';
  try {
    return await run(quiet, parsed, messagesIn);
  } catch (e) {
    return report(stderr, e, messagesIn, debug);
  }
}

/** One line for a failure, the stack under --debug, and its exit code. */
function report(stderr: CliIo['stderr'], e: unknown, locale: Locale, debug: boolean): number {
  if (isBrokenPipe(e)) return EXIT.OK; // the reader went away (| head): nothing to say
  const stack = debug && e instanceof Error && e.stack ? `${e.stack}\n` : '';
  const causeStack = debug && e instanceof CliFailure && e.cause instanceof Error && e.cause.stack ? `caused by: ${e.cause.stack}\n` : '';
  let line: string;
  let code: number;
  if (e instanceof CliFailure) {
    [line, code] = [e.message, e.exitCode];
  } else if (MeritInputError.is(e)) {
    const issues = typeof e.describe === 'function' ? e.describe(locale).join('; ') : e.message;
    [line, code] = [e.rule ? `Invalid input for ${e.rule}: ${issues}` : `Invalid input: ${issues}`, EXIT.USAGE];
  } else if (e instanceof MeritError) {
    [line, code] = [e.message, EXIT.USAGE];
  } else {
    [line, code] = [`internal error: ${errorText(e)}${debug ? '' : ' (--debug shows the stack)'}`, EXIT.INTERNAL];
  }
  stderr.write(`sistem-merit: ${line}\n${stack}${causeStack}`);
  return code;
}
