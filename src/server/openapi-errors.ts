/** The shared shapes of the OpenAPI document: errors (with their issues), batch rows, health, rule list. */

const issue = {
  type: 'object',
  required: ['path', 'field', 'code', 'message'],
  description: 'One problem of the input. Other fields (a suggestion, both languages) may be present.',
  properties: {
    path: { type: 'array', items: { type: ['string', 'integer'] }, description: 'Where, as keys and list indexes' },
    field: { type: 'string', description: 'The path as text: riwayatPenilaian[0].tahun, or (input)' },
    code: { type: 'string', description: 'What kind of problem: unknown_key, contradiction, too_big, invalid_value…' },
    message: { type: 'string', description: 'Why, in the language of the request (Accept-Language: id or en)' },
  },
  additionalProperties: true,
};

const errorBody = {
  type: 'object',
  required: ['code', 'message'],
  properties: {
    status: { type: 'integer' },
    code: {
      type: 'string',
      description:
        'invalid_input, not_in_force, rule_error, unknown_rule, bad_request, bad_from, bad_json, body_too_large, body_timeout, unsupported_media_type, line_too_long, too_many_rows, internal',
    },
    message: { type: 'string' },
    rule: { type: 'string' },
    issues: { type: 'array', items: { $ref: '#/components/schemas/Issue' } },
    issueCount: { type: 'integer', description: 'How many issues were found (issues lists at most 50)' },
    suggestion: { type: 'string' },
  },
  additionalProperties: true,
};

export const ERROR_SCHEMAS: Record<string, unknown> = {
  Issue: issue,
  Error: { type: 'object', required: ['error'], properties: { error: errorBody }, additionalProperties: false },
  BatchError: {
    type: 'object',
    required: ['line', 'error'],
    description: 'A row that was not decided; identification keys (?keep=) are copied too',
    properties: { line: { type: 'integer' }, error: errorBody },
  },
  BatchSummary: {
    type: 'object',
    required: ['summary'],
    properties: {
      summary: {
        type: 'object',
        required: ['rows', 'decided', 'rejected', 'complete'],
        properties: {
          rows: { type: 'integer' },
          decided: { type: 'integer' },
          rejected: { type: 'integer' },
          complete: { type: 'boolean', description: 'false when the batch stopped at the row limit' },
        },
      },
    },
  },
  Health: {
    type: 'object',
    required: ['status', 'version', 'rules'],
    properties: { status: { const: 'ok' }, version: { type: 'string' }, rules: { type: 'integer' } },
  },
  RuleList: {
    type: 'object',
    required: ['rules'],
    properties: {
      rules: {
        type: 'array',
        items: {
          type: 'object',
          required: ['id', 'domain', 'title'],
          properties: {
            id: { type: 'string' },
            domain: { type: 'string' },
            title: { type: 'string' },
            description: { type: 'string' },
            citations: { type: 'array', items: { type: 'string' } },
            decide: { type: 'string', description: 'Path of the decide operation' },
          },
        },
      },
    },
  },
};
