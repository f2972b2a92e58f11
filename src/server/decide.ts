/**
 * One decision per request: `POST /rules/{id}/decide` with `{ input, options?, ignoreKeys? }`. The answer
 * is the decision as JSON (`value`, `reasons`, `trace`) plus, when asked (`?explain=id`), the lines
 * `explain` would print. The envelope refuses keys it does not know, as the rules do.
 */
import { findRule, RULES } from '../catalogue.js';
import { MeritInputError, ownIssue } from '../core/errors.js';
import type { Locale } from '../core/explain.js';
import type { AnyRule } from '../core/rule.js';
import { closestName, withSuggestion } from '../core/suggest.js';
import { explain } from '../explain.js';
import {
  asOfReachesRule,
  optionsTakeAsOf,
  RECORD_FORMATS,
  type RecordAdapter,
  recordAdapterFor,
  type RecordFormat,
} from '../cli/rule-input.js';
import { HttpProblem } from './problem.js';

/** The rule named by a path segment: its id, or the part after the domain when that is unique. */
export function ruleFromPath(id: string): AnyRule {
  const rule = findRule(id) ?? RULES.find((r) => r.id.endsWith(`.${id}`));
  if (rule) return rule;
  const near = closestName(id, [...RULES.map((r) => r.id), ...RULES.map((r) => r.id.slice(r.id.indexOf('.') + 1))]);
  const suggestion = near === undefined ? undefined : RULES.find((r) => r.id === near || r.id.endsWith(`.${near}`))?.id;
  const hint = suggestion ? { en: `; did you mean ${suggestion}?`, id: `; mungkin maksudnya ${suggestion}?` } : { en: '', id: '' };
  throw new HttpProblem(
    404,
    'unknown_rule',
    {
      en: `Unknown rule ${id}${hint.en} (GET /rules lists them)`,
      id: `Aturan ${id} tidak dikenal${hint.id} (GET /rules mendaftar semuanya)`,
    },
    suggestion ? { suggestion } : {},
  );
}

const ENVELOPE_KEYS = ['input', 'options', 'ignoreKeys'] as const;

interface Envelope {
  input: unknown;
  options?: unknown;
  ignoreKeys?: string[];
}

/** Checks the request body's own shape: an object with `input`, and nothing it does not know. */
export function envelopeOf(body: unknown): Envelope {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw new MeritInputError([
      ownIssue(
        [],
        { en: 'must be an object { input, options?, ignoreKeys? }', id: 'harus berupa objek { input, options?, ignoreKeys? }' },
        'wrong_type',
      ),
    ]);
  }
  const issues = Object.keys(body)
    .filter((k) => !(ENVELOPE_KEYS as readonly string[]).includes(k))
    .map((k) =>
      ownIssue(
        [k],
        withSuggestion({ en: 'is not a field of the request', id: 'bukan kolom permintaan' }, closestName(k, ENVELOPE_KEYS)),
        'unknown_key',
      ),
    );
  if (!('input' in body)) issues.push(ownIssue(['input'], { en: 'is required', id: 'wajib diisi' }, 'required'));
  if (issues.length > 0) throw new MeritInputError(issues);
  return body as Envelope;
}

/** `?asOf=` merged into the options of a rule that takes it. */
export function optionsWithAsOf(rule: AnyRule, options: unknown, asOf: string | null): unknown {
  if (asOf === null) return options;
  if (!optionsTakeAsOf(rule)) {
    throw new MeritInputError([
      ownIssue(['asOf'], { en: `${rule.id} does not take asOf`, id: `${rule.id} tidak memakai asOf` }, 'unknown_key'),
    ]);
  }
  if (options !== undefined && (options === null || typeof options !== 'object' || Array.isArray(options))) return options;
  const given = (options as { asOf?: unknown } | undefined)?.asOf;
  if (given !== undefined && given !== asOf) {
    throw new MeritInputError([
      ownIssue(
        ['options', 'asOf'],
        {
          en: `${JSON.stringify(given)} differs from ?asOf=${asOf}: give the date once`,
          id: `${JSON.stringify(given)} berbeda dengan ?asOf=${asOf}: sebutkan tanggal sekali saja`,
        },
        'contradiction',
      ),
    ]);
  }
  return { ...(options as object | undefined), asOf };
}

/**
 * `?from=input|siasn`: what each record is (the rule's input, the default, or a SIASN employee read by the rule's
 * adapter up to `?asOf=`). Returns the adapter, or `undefined` for plain input.
 */
export function adapterFromQuery(url: URL, rule: AnyRule): RecordAdapter | undefined {
  const from = url.searchParams.get('from');
  if (from === null || from === 'input') return undefined;
  if (!RECORD_FORMATS.includes(from as RecordFormat)) {
    throw new HttpProblem(400, 'bad_from', {
      en: `?from= must be one of ${RECORD_FORMATS.join(', ')}`,
      id: `?from= harus salah satu dari ${RECORD_FORMATS.join(', ')}`,
    });
  }
  const found = recordAdapterFor(from as RecordFormat, rule, url.searchParams.get('asOf'));
  if ('problem' in found) throw new HttpProblem(400, 'bad_from', found.problem);
  return found.adapter;
}

/**
 * The decision of `rule` for one request body, as the JSON the service answers. With an adapter (`?from=siasn`)
 * the answer also lists `gaps`: what the record did not say that did not block the decision.
 */
export function decideRequest(
  rule: AnyRule,
  body: unknown,
  asOf: string | null,
  explainIn: Locale | undefined,
  adapter?: RecordAdapter,
): Record<string, unknown> {
  const { input: record, options, ignoreKeys } = envelopeOf(body);
  const adapted = adapter?.(record);
  const input = adapted ? adapted.input : record;
  const d = rule.run(
    input,
    optionsWithAsOf(rule, options, asOfReachesRule(rule, adapter !== undefined) ? asOf : null),
    ignoreKeys === undefined ? {} : { ignoreKeys },
  );
  const answer: Record<string, unknown> = { rule: rule.id, value: d.value, reasons: d.reasons, trace: d.trace };
  if (explainIn) answer.explanation = explain(d, explainIn, { trace: true });
  if (adapted) answer.gaps = adapted.gaps;
  return answer;
}
