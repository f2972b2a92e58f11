/**
 * The OpenAPI 3.1 document of the service, generated from the catalogue: for every rule a `decide` and a
 * `batch` operation whose request and response schemas are the rule's own JSON Schemas (input, options,
 * decision), plus the shared error shapes. New rules appear by being in `RULES`.
 */
import { siasnAdapterFor } from '../siasn/registry.js';
import { RULES } from '../catalogue.js';
import type { AnyRule } from '../core/rule.js';
import { LIBRARY_VERSION } from '../core/version.js';
import { jsonSchemaOf, type JsonSchema, SCHEMA_PARTS } from '../schema.js';
import { ERROR_SCHEMAS } from './openapi-errors.js';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: unknown) => ({ 'application/json': { schema } });
const ndjson = (schema: unknown) => ({ 'application/x-ndjson': { schema } });
/** A property of a rule's decision schema (`value`, `reasons`, `trace`), by JSON Pointer. */
const part = (rule: string, key: string) => ({ $ref: `#/components/schemas/${rule}.output/properties/${key}` });
const errorResponse = (description: string) => ({ description, content: json(ref('Error')) });

/** A rule's schema as a component (without `$schema`: the document's dialect applies). */
function component(rule: AnyRule, part: (typeof SCHEMA_PARTS)[number]): JsonSchema {
  const { $schema: _, ...schema } = jsonSchemaOf(rule, part);
  return schema;
}

const PARAMETERS = {
  explain: {
    name: 'explain',
    in: 'query',
    description: 'Adds `explanation`, the lines `explain` prints: `id`, `en`, or `true` for the language of the request',
    schema: { type: 'string', enum: ['id', 'en', 'true', 'false'] },
  },
  lang: {
    name: 'lang',
    in: 'query',
    description: 'Language of error messages and explanations (else Accept-Language: id or en; default en)',
    schema: { type: 'string', enum: ['id', 'en'] },
  },
  acceptLanguage: {
    name: 'Accept-Language',
    in: 'header',
    description: 'id or en: the language of error messages and explanations',
    schema: { type: 'string' },
  },
  asOf: {
    name: 'asOf',
    in: 'query',
    description: 'For rules whose options take asOf: the date whose rules apply (YYYY-MM-DD)',
    schema: { type: 'string', pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' },
  },
  from: {
    name: 'from',
    in: 'query',
    description:
      "What `input` (each line of a batch) is: `input` (default), or `siasn`, an employee as SIASN serves it (data utama and riwayat, or `{ siasn, supplement }`), read by the rule's SIASN adapter up to `asOf` (required)",
    schema: { type: 'string', enum: ['input', 'siasn'] },
  },
};

/** What a rule with a SIASN adapter also takes as `input` under `?from=siasn`. */
const SIASN_RECORD = {
  type: 'object',
  description:
    'With ?from=siasn: a SIASN employee (data utama and riwayat), or { siasn: employee, supplement: input fields SIASN does not hold }',
};

/** What the record did not say, under `?from=siasn`, without blocking the decision. */
const GAPS = {
  type: 'array',
  description: 'With ?from=siasn: what the SIASN record did not say (non-blocking; blocking gaps answer 422 with supplement.<field> paths)',
  items: {
    type: 'object',
    required: ['field', 'source', 'kind', 'blocking', 'text'],
    properties: {
      field: { type: 'string' },
      source: { type: 'array', items: { type: 'string' } },
      kind: { type: 'string', enum: ['missing', 'not-in-siasn', 'ambiguous', 'needs-review', 'ignored'] },
      blocking: { type: 'boolean' },
      text: { type: 'object', required: ['id', 'en'], properties: { id: { type: 'string' }, en: { type: 'string' } } },
    },
  },
};

const COMMON_ERRORS = {
  '400': errorResponse('The body is not JSON'),
  '404': errorResponse('Unknown rule'),
  '408': errorResponse('The body did not arrive in time'),
  '413': errorResponse('The body is larger than the limit'),
  '415': errorResponse('A multipart body (send JSON)'),
  '422': errorResponse('Invalid input or options: each issue with its path, code and message'),
  '500': errorResponse('Internal error'),
};

function rulePaths(rule: AnyRule): Record<string, unknown> {
  const name = rule.id;
  const op = name.replace('.', '_');
  const siasn = siasnAdapterFor(name) !== undefined;
  const inputSchema = siasn ? { anyOf: [ref(`${name}.input`), SIASN_RECORD] } : ref(`${name}.input`);
  const fromParam = siasn ? [{ $ref: '#/components/parameters/from' }] : [];
  return {
    [`/rules/${name}/decide`]: {
      post: {
        operationId: `decide_${op}`,
        tags: [rule.domain],
        summary: `${rule.title.en} / ${rule.title.id}`,
        description: rule.description.en,
        parameters: [
          { $ref: '#/components/parameters/explain' },
          { $ref: '#/components/parameters/lang' },
          { $ref: '#/components/parameters/acceptLanguage' },
          { $ref: '#/components/parameters/asOf' },
          ...fromParam,
        ],
        requestBody: {
          required: true,
          content: json({
            type: 'object',
            additionalProperties: false,
            required: ['input'],
            properties: {
              input: inputSchema,
              options: ref(`${name}.options`),
              ignoreKeys: {
                type: 'array',
                items: { type: 'string' },
                description: 'Identification keys (nip, nama) the rule accepts and does not read',
              },
            },
          }),
        },
        responses: {
          '200': {
            description: 'The decision: value, reasons with citations, trace; explanation when asked',
            content: json({
              type: 'object',
              additionalProperties: false,
              required: ['rule', 'value', 'reasons', 'trace'],
              properties: {
                rule: { const: name },
                value: part(name, 'value'),
                reasons: part(name, 'reasons'),
                trace: part(name, 'trace'),
                explanation: { type: 'array', items: { type: 'string' } },
                ...(siasn ? { gaps: GAPS } : {}),
              },
            }),
          },
          ...COMMON_ERRORS,
        },
      },
    },
    [`/rules/${name}/batch`]: {
      post: {
        operationId: `batch_${op}`,
        tags: [rule.domain],
        summary: `${rule.title.en}: many inputs, one per line (NDJSON)`,
        parameters: [
          { $ref: '#/components/parameters/explain' },
          { $ref: '#/components/parameters/lang' },
          { $ref: '#/components/parameters/acceptLanguage' },
          { $ref: '#/components/parameters/asOf' },
          ...fromParam,
          { name: 'options', in: 'query', description: `The options of the rule as JSON (${name}.options)`, schema: { type: 'string' } },
          {
            name: 'keep',
            in: 'query',
            description: 'Identification keys (nip,nama) copied to each output row and not fed to the rule',
            schema: { type: 'string' },
          },
          { name: 'reasons', in: 'query', description: "Adds each decision's reasons", schema: { type: 'boolean' } },
        ],
        requestBody: { required: true, description: `One ${name}.input per line`, content: ndjson(inputSchema) },
        responses: {
          '200': {
            description: 'One row per input line, in order (value, or error with its issues), then a summary line',
            content: ndjson({
              oneOf: [
                {
                  type: 'object',
                  required: ['line', 'value'],
                  properties: {
                    line: { type: 'integer' },
                    value: part(name, 'value'),
                    reasons: part(name, 'reasons'),
                    explanation: { type: 'array', items: { type: 'string' } },
                    ...(siasn ? { gaps: GAPS } : {}),
                  },
                },
                ref('BatchError'),
                ref('BatchSummary'),
              ],
            }),
          },
          ...COMMON_ERRORS,
        },
      },
    },
  };
}

/** The whole document (built once per process: the catalogue does not change). */
let built: Record<string, unknown> | undefined;

export function openApiDocument(): Record<string, unknown> {
  if (built) return built;
  const schemas: Record<string, unknown> = { ...ERROR_SCHEMAS };
  for (const rule of RULES) for (const part of SCHEMA_PARTS) schemas[`${rule.id}.${part}`] = component(rule, part);
  built = {
    openapi: '3.1.0',
    info: {
      title: 'sistem-merit',
      version: LIBRARY_VERSION,
      description:
        "The rules of Indonesia's civil-service merit system (Sistem Merit ASN) over HTTP: one decision per request, batches as NDJSON, every decision with its reasons and citations.",
      license: { name: 'MIT', identifier: 'MIT' },
    },
    tags: [...new Set(RULES.map((r) => r.domain))].map((name) => ({ name })),
    paths: {
      '/health': {
        get: {
          operationId: 'health',
          summary: 'The service is up',
          responses: { '200': { description: 'Up', content: json(ref('Health')) } },
        },
      },
      '/openapi.json': {
        get: {
          operationId: 'openapi',
          summary: 'This document',
          responses: { '200': { description: 'OpenAPI 3.1', content: json({ type: 'object' }) } },
        },
      },
      '/rules': {
        get: {
          operationId: 'listRules',
          summary: 'Every rule with its title and citations',
          parameters: [{ name: 'domain', in: 'query', schema: { type: 'string' } }, { $ref: '#/components/parameters/lang' }],
          responses: { '200': { description: 'The rules', content: json(ref('RuleList')) }, '404': errorResponse('Unknown domain') },
        },
      },
      '/rules/{ruleId}/schema/{part}': {
        get: {
          operationId: 'ruleSchema',
          summary: "A rule's JSON Schema (input, options or output)",
          parameters: [
            { name: 'ruleId', in: 'path', required: true, schema: { type: 'string', enum: RULES.map((r) => r.id) } },
            { name: 'part', in: 'path', required: true, schema: { type: 'string', enum: [...SCHEMA_PARTS] } },
          ],
          responses: {
            '200': { description: 'JSON Schema (draft 2020-12)', content: json({ type: 'object' }) },
            '404': errorResponse('Unknown rule or part'),
          },
        },
      },
      ...Object.assign({}, ...RULES.map(rulePaths)),
    },
    components: { schemas, parameters: PARAMETERS },
  };
  return built;
}
