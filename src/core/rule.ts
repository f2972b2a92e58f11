import * as z from 'zod/mini';
import type * as z4 from 'zod/v4/core';
import type { IsoDate } from './calendar.js';
import type { Citation, Decision } from './decision.js';
import { MeritInputError } from './errors.js';
import { safeParseWithMessages } from './parse.js';
import { unknownKeys } from './unknown-keys.js';
import type { Bilingual } from './explain.js';

/** The domains of the library; each is a subpath export (`sistem-merit/<domain>`). */
export type Domain = 'performance' | 'promotion' | 'discipline' | 'rewards' | 'competency';

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

/** A decision table or formula of a rule, rendered in the documentation. */
export interface RuleTable {
  title: Bilingual;
  columns: string[];
  rows: string[][];
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
  evaluate(input: I, options: Opt): Decision<O>;
}

/** A rule: its descriptor plus `run`, which validates input and options, then evaluates. */
export interface Rule<I, O, Opt, In, OptIn> extends RuleDescriptor<I, O, Opt> {
  /** The options schema (an empty object schema when the rule has no options). */
  options: z4.$ZodType<Opt>;
  run(input: In, options?: OptIn): Decision<O>;
  /**
   * Validates `options` once and returns a function that decides one input at a time under them: for
   * batches (a whole workforce on one `asOf`), where validating the same options per record is waste.
   * Throws MeritInputError at once for bad options; each call throws it for a bad input.
   */
  withOptions(options?: OptIn): (input: In) => Decision<O>;
}

/** Any rule, for catalogues. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRule = Rule<any, unknown, any, any, any>;

/** Parses `value` with `schema`, converting zod failures into {@link MeritInputError}. */
export function parseInput<S extends z4.$ZodType>(
  schema: S,
  value: unknown,
  rule?: string,
  prefix: (string | number)[] = [],
): z4.output<S> {
  const result = safeParseWithMessages(schema, value);
  if (!result.success) throw MeritInputError.fromZod(result.error, rule, prefix);
  return result.data;
}

/**
 * Parses a rule's options (issues under `options`) and refuses keys the schema does not know, at any
 * depth: zod would drop them, turning a misspelt setting into its preset without a word.
 */
export function parseOptionsStrict<S extends z4.$ZodType>(schema: S, options: unknown, rule?: string): z4.output<S> {
  const parsed = parseInput(schema, options, rule, ['options']);
  const unknown = unknownKeys(schema, options, ['options']);
  if (unknown.length > 0) throw new MeritInputError(unknown, rule);
  return parsed;
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
  evaluate(input: z4.output<S>, options: z4.output<OS>): Decision<O>;
}): Rule<z4.output<S>, O, z4.output<OS>, z4.input<S>, z4.input<OS>> {
  const optionsSchema = (descriptor.options ?? EMPTY_OPTIONS) as OS;
  let defaults: z4.output<OS> | undefined;
  const parseOptions = (options: z4.input<OS> | undefined): z4.output<OS> => {
    if (options === undefined) return (defaults ??= parseInput(optionsSchema, {}, descriptor.id, ['options']));
    return parseOptionsStrict(optionsSchema, options, descriptor.id);
  };
  const rule = {
    ...descriptor,
    options: optionsSchema,
    run(input: z4.input<S>, options?: z4.input<OS>): Decision<O> {
      const parsedInput = parseInput(descriptor.input, input, descriptor.id);
      return descriptor.evaluate(parsedInput, parseOptions(options));
    },
    withOptions(options?: z4.input<OS>): (input: z4.input<S>) => Decision<O> {
      const parsedOptions = parseOptions(options);
      return (input) => descriptor.evaluate(parseInput(descriptor.input, input, descriptor.id), parsedOptions);
    },
  };
  return rule as Rule<z4.output<S>, O, z4.output<OS>, z4.input<S>, z4.input<OS>>;
}
