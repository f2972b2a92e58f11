import * as z from 'zod/mini';
import type * as z4 from 'zod/v4/core';
import type { IsoDate } from './calendar.js';
import type { Citation, Decision, DecisionTrace } from './decision.js';
import { MeritError, MeritInputError, ownIssue } from './errors.js';
import { LIBRARY_VERSION } from './version.js';
import { isInForce } from './versions.js';
import { deepFreeze } from './freeze.js';
import { oversizedLists } from './input-bounds.js';
import { safeParseWithMessages } from './parse.js';
import { type KeyKind, unknownKeys } from './unknown-keys.js';
import type { Bilingual } from './explain.js';

/** The domains of the library; each is a subpath export (`sistem-merit/<domain>`). */
export type Domain = 'performance' | 'promotion' | 'discipline' | 'rewards' | 'competency' | 'pelayanan' | 'merit';

/** A worked example, executed by the tests and printed in the generated documentation. */
export interface RuleExample {
  title: Bilingual;
  input: unknown;
  options?: unknown;
  /** The expected `Decision.value`, compared with deep equality. */
  expected: unknown;
  /** Where the example comes from (a regulation's contoh, a digest vector, or "derived"). */
  source?: string;
}

/**
 * A decision table or formula of a rule, rendered on its documentation page. Build one with the helpers
 * of `core/tables.ts` (`scaleTable`, `matrixTable`, `recordTable`, `formulaTable`) from the data the rule uses.
 */
export interface RuleTable {
  title: Bilingual;
  columns: string[];
  rows: string[][];
  /** The legal basis of each row (same order as `rows`), rendered as a last column "dasar". */
  dasar?: readonly (readonly Citation[])[];
}

/** A period during which one version of a rule applies. */
export interface RuleVersionInfo {
  id: string;
  from: IsoDate;
  to?: IsoDate;
  citations: Citation[];
}

/**
 * A rule as a value: what it decides, where the law says so, the input it accepts, and its examples.
 * The catalogue, the documentation, the tests and the CLI are all generated from these.
 */
export interface RuleDescriptor<I = unknown, O = unknown, Opt = unknown> {
  /** `'<domain>.<functionName>'`, e.g. `'performance.predikatKinerja'`. */
  id: string;
  domain: Domain;
  title: Bilingual;
  description: Bilingual;
  citations: Citation[];
  versions?: RuleVersionInfo[];
  input: z4.$ZodType<I>;
  options?: z4.$ZodType<Opt>;
  /**
   * Schema of `Decision.value` as JSON (`JSON.parse(JSON.stringify(value))`: a `Decimal` becomes its
   * plain-notation string), for `jsonSchemaOf(rule, 'output')`. The tests check every rule's
   * examples and generated decisions against it.
   */
  output: z4.$ZodType;
  examples: RuleExample[];
  /** Interpretations, unconfirmed facts and their settings, for auditors. */
  notes?: Bilingual[];
  /** Decision tables and formulas, for the documentation. */
  tables?: RuleTable[];
  /**
   * The date whose version decides (an `asOf`, an appraisal period): required with `versions`, so each
   * decision's `trace` names the version row applied. It is given the decided value too, so a date the
   * rule has computed (a KP period) is read from it rather than computed again.
   */
  versionOn?(input: I, options: Opt, value: O): IsoDate | undefined;
  evaluate(input: I, options: Opt): Decision<O>;
}

/**
 * What a rule accepts for a value of type `T`: `T` itself or any deeply readonly version of it (an
 * `as const` object, a `readonly` array, a `ReadonlyArray` of frozen records). Rules never mutate their input.
 */
export type DeepReadonly<T> = unknown extends T
  ? T
  : T extends string | number | boolean | bigint | symbol | null | undefined
    ? T
    : // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
      T extends Function
      ? T
      : { readonly [K in keyof T]: DeepReadonly<T[K]> };

/** A rule: its descriptor plus `run`, which validates input and options, then evaluates. */
export interface Rule<I, O, Opt, In, OptIn> extends RuleDescriptor<I, O, Opt> {
  /** The options schema (an empty object schema when the rule has no options). */
  options: z4.$ZodType<Opt>;
  /**
   * Validates input and options strictly (see {@link RunConfig} for records that carry extra keys), then evaluates.
   * Input and options may be deeply readonly (`as const`, readonly arrays).
   */
  run(input: DeepReadonly<In>, options?: DeepReadonly<OptIn>, config?: RunConfig): TracedDecision<O>;
  /**
   * Validates `options` once and returns a function that decides one input at a time under them: for
   * batches (a whole workforce on one `asOf`), where validating the same options per record is waste.
   * Throws MeritInputError at once for bad options; each call throws it for a bad input.
   */
  withOptions(options?: DeepReadonly<OptIn>, config?: RunConfig): (input: DeepReadonly<In>) => TracedDecision<O>;
}

/** A decision as a rule's `run` returns it: with the trace of the rule version that decided. */
export type TracedDecision<T> = Decision<T> & { trace: DecisionTrace };

/** The input type a rule's function accepts (its schema's input type; readonly versions are accepted too). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type RuleInputOf<R> = R extends Rule<any, any, any, infer In, any> ? In : never;
/** The options type a rule's function accepts (`{}` for a rule without options). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type RuleOptionsOf<R> = R extends Rule<any, any, any, any, infer OptIn> ? OptIn : never;
/** The type of a rule's `Decision.value`. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type RuleOutputOf<R> = R extends Rule<any, infer O, any, any, any> ? O : never;

/** Any rule, for catalogues. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRule = Rule<any, unknown, any, any, any>;

/**
 * How a caller runs a rule on records that carry more than the rule reads. Nothing is ignored unless
 * named here: an unknown key is otherwise refused, since a misspelt field would silently take its default.
 */
export interface RunConfig {
  /**
   * Keys carried along for the caller (identification such as `nip`, `nama`, `unitKerja`), accepted at
   * any depth where the input has no field of that name, and not read by the rule.
   */
  ignoreKeys?: readonly string[];
}

const NO_KEYS: ReadonlySet<string> = new Set();
/** Input fields, nothing ignored: what `parseInput` checks unless told otherwise. */
const STRICT_FIELDS = { kind: 'field', ignoreKeys: NO_KEYS } as const;

function ignoredKeysOf(config: RunConfig | undefined): ReadonlySet<string> {
  const keys = config?.ignoreKeys;
  if (keys === undefined) return NO_KEYS;
  if (!Array.isArray(keys) || !keys.every((k) => typeof k === 'string')) {
    throw new MeritInputError([ownIssue(['ignoreKeys'], { en: 'must be a list of key names', id: 'harus berupa daftar nama kolom' })]);
  }
  return new Set(keys);
}

/**
 * Parses `value` with `schema` strictly: lists longer than their bound are refused before anything else
 * is read; keys the schema does not know are refused with the closest known key as a suggestion (unless
 * named in `ignoreKeys`); zod failures become {@link MeritInputError}. A value that cannot even be read
 * (a getter or Proxy that throws) is refused too, never passed on as a raw error.
 */
export function parseInput<S extends z4.$ZodType>(
  schema: S,
  value: unknown,
  rule?: string,
  prefix: (string | number)[] = [],
  strict: { kind?: KeyKind; ignoreKeys?: ReadonlySet<string> } = STRICT_FIELDS,
): z4.output<S> {
  try {
    const oversized = oversizedLists(schema, value, prefix);
    if (oversized.length > 0) throw new MeritInputError(oversized, rule);
    const unknown = unknownKeys(schema, value, prefix, strict.kind ? strict : { ...strict, kind: 'field' });
    const result = safeParseWithMessages(schema, value);
    if (!result.success) {
      const malformed = MeritInputError.fromZod(result.error, rule, prefix).issues;
      throw new MeritInputError([...unknown, ...malformed], rule);
    }
    if (unknown.length > 0) throw new MeritInputError(unknown, rule);
    return result.data;
  } catch (e) {
    if (e instanceof MeritError) throw e;
    const why = e instanceof Error ? e.message : String(e);
    throw new MeritInputError(
      [ownIssue(prefix, { en: `could not be read (${why})`, id: `tidak dapat dibaca (${why})` }, 'unreadable')],
      rule,
    );
  }
}

/** Parses a rule's options (issues under `options`), refusing keys the schema does not know at any depth. */
export function parseOptionsStrict<S extends z4.$ZodType>(schema: S, options: unknown, rule?: string): z4.output<S> {
  return parseInput(schema, options, rule, ['options'], { kind: 'setting' });
}

const EMPTY_OPTIONS = z.object({});

/** Defines a rule from its descriptor. */
export function defineRule<S extends z4.$ZodType, O, OS extends z4.$ZodType = typeof EMPTY_OPTIONS>(descriptor: {
  id: string;
  domain: Domain;
  title: Bilingual;
  description: Bilingual;
  citations: Citation[];
  versions?: RuleVersionInfo[];
  input: S;
  options?: OS;
  output: z4.$ZodType;
  examples: RuleExample[];
  notes?: Bilingual[];
  tables?: RuleTable[];
  versionOn?(input: z4.output<S>, options: z4.output<OS>, value: O): IsoDate | undefined;
  evaluate(input: z4.output<S>, options: z4.output<OS>): Decision<O>;
}): Rule<z4.output<S>, O, z4.output<OS>, z4.input<S>, z4.input<OS>> {
  const optionsSchema = (descriptor.options ?? EMPTY_OPTIONS) as OS;
  let defaults: z4.output<OS> | undefined;
  const parseOptions = (options: DeepReadonly<z4.input<OS>> | undefined): z4.output<OS> => {
    if (options === undefined) return (defaults ??= parseInput(optionsSchema, {}, descriptor.id, ['options']));
    return parseOptionsStrict(optionsSchema, options, descriptor.id);
  };
  const parseRuleInput = (input: unknown, ignoreKeys: ReadonlySet<string>) =>
    parseInput(descriptor.input, input, descriptor.id, [], ignoreKeys === NO_KEYS ? STRICT_FIELDS : { kind: 'field', ignoreKeys });
  const traceOf = tracer(descriptor);
  const decide = (input: z4.output<S>, options: z4.output<OS>): TracedDecision<O> => {
    const d = descriptor.evaluate(input, options);
    return { value: d.value, reasons: d.reasons, trace: traceOf(input, options, d.value) };
  };
  const run = (input: DeepReadonly<z4.input<S>>, options?: DeepReadonly<z4.input<OS>>, config?: RunConfig): TracedDecision<O> =>
    decide(parseRuleInput(input, ignoredKeysOf(config)), parseOptions(options));
  const rule = {
    ...descriptor,
    options: optionsSchema,
    run,
    withOptions(options?: DeepReadonly<z4.input<OS>>, config?: RunConfig): (input: DeepReadonly<z4.input<S>>) => TracedDecision<O> {
      const parsedOptions = parseOptions(options);
      const ignoreKeys = ignoredKeysOf(config);
      return (input) => decide(parseRuleInput(input, ignoreKeys), parsedOptions);
    },
  };
  // The descriptor's data (citations, versions, examples, notes, tables) is shared by every caller.
  return deepFreeze(rule) as Rule<z4.output<S>, O, z4.output<OS>, z4.input<S>, z4.input<OS>>;
}

/**
 * The trace of each decision of a rule: one frozen object per version row (and one for a rule without
 * versions), picked by the date `versionOn` reads.
 */
function tracer<I, Opt, O>(descriptor: {
  id: string;
  versions?: readonly RuleVersionInfo[];
  versionOn?(input: I, options: Opt, value: O): IsoDate | undefined;
}): (input: I, options: Opt, value: O) => DecisionTrace {
  const single: DecisionTrace = Object.freeze({ library: LIBRARY_VERSION, rule: descriptor.id, version: null });
  const versions = descriptor.versions ?? [];
  const versionOn = descriptor.versionOn;
  if (versions.length === 0 || !versionOn) return () => single;
  const rows = versions.map((v) => ({ v, trace: Object.freeze({ library: LIBRARY_VERSION, rule: descriptor.id, version: v.id }) }));
  return (input, options, value) => {
    const on = versionOn(input, options, value);
    return (on === undefined ? undefined : rows.find((r) => isInForce(r.v, on))?.trace) ?? single;
  };
}
