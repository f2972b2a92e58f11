/**
 * The `sistem-merit` command: list rules, explain one case, export JSON Schema, and evaluate whole
 * files (CSV or JSON Lines) streaming, in constant memory. Node-only: the library itself never imports it.
 * Every failure is one line on stderr and a documented exit code (see {@link EXIT}, docs/cli.md).
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { findRule, RULES } from '../catalogue.js';
import { MeritError, MeritInputError } from '../core/errors.js';
import type { Bilingual, Locale } from '../core/explain.js';
import type { AnyRule } from '../core/rule.js';
import { LIBRARY_VERSION } from '../core/version.js';
import { closestName } from '../core/suggest.js';
import { explain } from '../explain.js';
import { jsonSchemaOf, SCHEMA_PARTS, type SchemaPart } from '../schema.js';
import { runBatch } from './batch.js';
import { runSurvei } from './survei.js';
import { DELIMITERS } from './csv.js';
import { cmdCites, cmdRules } from './rules-command.js';
import { optionsTakeAsOf } from './rule-input.js';
import { adapterOf, batchAdapterOf, ruleAsOf } from './from-flag.js';
import { runServe } from './serve.js';
import { cmdTemplate } from './template.js';
import { USAGE } from './usage.js';
import { kurvaRequest, runKurva } from './kurva.js';
import { parseCarriedKeys } from './carried-keys.js';
import { CliFailure, EXIT, inputFailure, isBrokenPipe } from './failure.js';
import { type CliIo, quietOnClose } from './io.js';
import { errorText } from './row-handler.js';

export type { CliIo } from './io.js';

const usage = (message: string | Bilingual) => new CliFailure(message, EXIT.USAGE);

function ruleOf(id: string | undefined): AnyRule {
  if (!id) throw usage({ en: 'missing rule id (see: sistem-merit rules)', id: 'id aturan tidak disebut (lihat: sistem-merit rules)' });
  const rule = findRule(id) ?? RULES.find((r) => r.id.endsWith(`.${id}`));
  if (rule) return rule;
  const suggestion = closestName(id, [...RULES.map((r) => r.id), ...RULES.map((r) => r.id.slice(r.id.indexOf('.') + 1))]);
  // With no close name, the valid ones are listed.
  const hint = suggestion
    ? { en: `did you mean ${suggestion}? (see: sistem-merit rules)`, id: `mungkin maksudnya ${suggestion}? (lihat: sistem-merit rules)` }
    : { en: `rules: ${RULES.map((r) => r.id).join(', ')}`, id: `aturan: ${RULES.map((r) => r.id).join(', ')}` };
  throw usage({ en: `unknown rule ${id}; ${hint.en}`, id: `aturan ${id} tidak dikenal; ${hint.id}` });
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
    throw usage({ en: `cannot read JSON from ${path}: ${errorText(e)}`, id: `tidak dapat membaca JSON dari ${path}: ${errorText(e)}` });
  }
}

/** Options for a run: the --options file, plus --as-of where the rule's options take asOf. */
async function optionsFor(rule: AnyRule, optionsPath: string | undefined, asOf: string | undefined): Promise<unknown> {
  const base = optionsPath ? await readJson(optionsPath, 'options') : undefined;
  if (asOf === undefined) return base;
  if (!optionsTakeAsOf(rule)) throw usage({ en: `${rule.id} does not take --as-of`, id: `${rule.id} tidak memakai --as-of` });
  if (base !== undefined && (base === null || typeof base !== 'object' || Array.isArray(base)))
    throw usage({ en: `${optionsPath} must hold a JSON object`, id: `${optionsPath} harus berisi objek JSON` });
  return { ...(base as object | undefined), asOf };
}

const localeOf = (v: string | undefined): Locale | undefined => {
  if (v === undefined || v === 'id' || v === 'en') return v;
  throw usage({ en: '--lang must be id or en', id: '--lang harus id atau en' });
};

const formatOf = (v: string | undefined, flag = '--format'): 'csv' | 'jsonl' | undefined => {
  if (v === undefined || v === 'csv' || v === 'jsonl') return v;
  throw usage({ en: `${flag} must be csv or jsonl`, id: `${flag} harus csv atau jsonl` });
};

/** `--delimiter ';'` (also `tab`, `\t`). */
const delimiterOf = (v: string | undefined): string | undefined => {
  if (v === undefined) return undefined;
  const d = v === 'tab' || v === '\\t' ? '\t' : v;
  if (DELIMITERS.includes(d)) return d;
  throw usage({ en: "--delimiter must be ',', ';' or tab", id: "--delimiter harus ',', ';' atau tab" });
};

/** The language of messages: `--lang`, else `LANG`/`LC_ALL`/`LC_MESSAGES` naming Indonesian (`id_ID.UTF-8`), else English. */
export function messageLocale(lang: string | undefined, env: Record<string, string | undefined> = process.env): Locale {
  if (lang === 'id' || lang === 'en') return lang;
  const system = env['LC_ALL'] || env['LC_MESSAGES'] || env['LANG'] || '';
  return /^id([_.-]|$)/i.test(system) ? 'id' : 'en';
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
      from: { type: 'string' },
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
      keep: { type: 'string', multiple: true },
      delimiter: { type: 'string' },
      'output-format': { type: 'string' },
      version: { type: 'boolean' },
      port: { type: 'string' },
      host: { type: 'string' },
      'max-body': { type: 'string' },
      'max-batch-rows': { type: 'string' },
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
  const keep = [...(values.keep ?? []), ...(values['ignore-columns'] ?? []), ...(values['ignore-keys'] ?? [])];
  const carriedKeys = (rule: AnyRule) => parseCarriedKeys(keep, rule.id, rule.input);
  switch (command) {
    case 'rules':
      if (values.cites !== undefined) cmdCites(io, values.cites, values.article);
      else if (values.article !== undefined) throw usage({ en: '--article needs --cites REG', id: '--article memerlukan --cites REG' });
      else cmdRules(io, values.domain, messagesIn);
      return EXIT.OK;
    case 'template':
      cmdTemplate(io, ruleOf(ruleId), delimiterOf(values.delimiter), lang ?? messagesIn);
      return EXIT.OK;
    case 'serve':
      return await runServe(io, values);
    case 'schema': {
      const rule = ruleOf(ruleId);
      const part = (values.part ?? 'input') as SchemaPart;
      if (!SCHEMA_PARTS.includes(part)) {
        throw usage({
          en: `--part must be one of ${SCHEMA_PARTS.join(', ')}`,
          id: `--part harus salah satu dari ${SCHEMA_PARTS.join(', ')}`,
        });
      }
      io.stdout.write(`${JSON.stringify(jsonSchemaOf(rule, part), null, 2)}\n`);
      return EXIT.OK;
    }
    case 'explain': {
      const rule = ruleOf(ruleId);
      if (!values.input) throw usage({ en: 'explain needs --input case.json', id: 'explain memerlukan --input kasus.json' });
      const ignoreKeys = carriedKeys(rule);
      const options = await optionsFor(rule, values.options, ruleAsOf(values.from, rule, values['as-of']));
      const adapted = adapterOf(values.from, rule, values['as-of'])(await readJson(values.input, 'input'));
      const d = rule.run(adapted.input, options, { ignoreKeys });
      io.stdout.write(`${JSON.stringify(d.value, null, 2)}\n`);
      for (const line of explain(d, lang ?? 'id', { trace: true })) io.stdout.write(`${line}\n`);
      for (const gap of adapted.gaps) io.stdout.write(`${lang === 'en' ? 'SIASN note' : 'Catatan SIASN'}: ${gap.text[lang ?? 'id']}\n`);
      return EXIT.OK;
    }
    case 'batch': {
      const rule = ruleOf(ruleId);
      if (!values.input || !values.output)
        throw usage({ en: 'batch needs --input and --output', id: 'batch memerlukan --input dan --output' });
      return await runBatch(io, {
        rule,
        inputPath: values.input,
        outputPath: values.output,
        options: await optionsFor(rule, values.options, ruleAsOf(values.from, rule, values['as-of'])),
        adapter: batchAdapterOf(values.from, rule, values['as-of'], formatOf(values.format), values.input),
        carried: carriedKeys(rule),
        withReasons: values.reasons === true,
        explainIn: lang,
        messagesIn,
        progress: values.progress === true,
        debug: values.debug === true,
        format: formatOf(values.format),
        outputFormat: formatOf(values['output-format'], '--output-format'),
        delimiter: delimiterOf(values.delimiter),
      });
    }
    case 'survei': {
      if (!values.input) throw usage({ en: 'survei needs --input survey.csv', id: 'survei memerlukan --input survei.csv' });
      const rule = ruleOf('pelayanan.indeksKepuasanMasyarakat');
      return await runSurvei(io, {
        inputPath: values.input,
        ...(values.output === undefined ? {} : { outputPath: values.output }),
        options: await optionsFor(rule, values.options, values['as-of']),
        carried: keep.flatMap((list) =>
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
      throw usage({
        en: `unknown command ${command} (commands: rules, explain, schema, template, batch, survei, serve)`,
        id: `perintah ${command} tidak dikenal (perintah: rules, explain, schema, template, batch, survei, serve)`,
      });
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
  if (values.version) {
    io.stdout.write(`sistem-merit ${LIBRARY_VERSION}\n`);
    return EXIT.OK;
  }
  if (values.help || positionals.length === 0) {
    try {
      io.stdout.write(USAGE);
    } catch (e) {
      if (!isBrokenPipe(e)) throw e;
    }
    return values.help ? EXIT.OK : EXIT.USAGE;
  }
  const messagesIn = messageLocale(values.lang);
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
    [line, code] = [e.messageIn(locale), e.exitCode];
  } else if (MeritInputError.is(e)) {
    const issues = typeof e.describe === 'function' ? e.describe(locale).join('; ') : e.message;
    const invalid = locale === 'id' ? 'Masukan tidak sah' : 'Invalid input';
    [line, code] = [e.rule ? `${invalid} ${locale === 'id' ? 'untuk' : 'for'} ${e.rule}: ${issues}` : `${invalid}: ${issues}`, EXIT.USAGE];
  } else if (e instanceof MeritError) {
    [line, code] = [e.message, EXIT.USAGE];
  } else {
    const hint = locale === 'id' ? ' (--debug menampilkan tumpukannya)' : ' (--debug shows the stack)';
    [line, code] = [`${locale === 'id' ? 'galat internal' : 'internal error'}: ${errorText(e)}${debug ? '' : hint}`, EXIT.INTERNAL];
  }
  stderr.write(`sistem-merit: ${line}\n${stack}${causeStack}`);
  return code;
}
