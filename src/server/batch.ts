/**
 * `POST /rules/{id}/batch`: NDJSON in (one input per line), NDJSON out (one row per line, in order), in
 * constant memory: each chunk of the body is decided as it arrives and written out before the next is
 * read, waiting for the client to read (backpressure both ways). A bad line becomes an error row and the
 * batch goes on; a line over the limit is skipped without being held; past the row limit the batch stops.
 * The last line is the summary `{ "summary": { rows, decided, rejected, complete } }`.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Locale } from '../core/explain.js';
import type { AnyRule } from '../core/rule.js';
import { explain } from '../explain.js';
import { carriedOf, OUTPUT_ROW_FIELDS } from '../cli/carried-keys.js';
import { asOfReachesRule, type RecordAdapter, recordAsInput } from '../cli/rule-input.js';
import { requireJson } from './body.js';
import { optionsWithAsOf } from './decide.js';
import { errorResponse, HttpProblem } from './problem.js';
import { notJson } from './body.js';
import type { ServerLimits } from './limits.js';

export interface BatchQuery {
  options: unknown;
  asOf: string | null;
  keep: string[];
  withReasons: boolean;
  explainIn: Locale | undefined;
  /** `?from=siasn`: each line is a SIASN employee, read by the rule's adapter. */
  adapter: RecordAdapter;
}

/** The batch's settings from its query: `options` (JSON), `asOf`, `keep=nip,nama`, `reasons`, `explain`. */
export function batchQuery(url: URL, explainIn: Locale | undefined, adapter: RecordAdapter = recordAsInput): BatchQuery {
  const raw = url.searchParams.get('options');
  let options: unknown;
  if (raw !== null) {
    try {
      options = JSON.parse(raw);
    } catch {
      throw new HttpProblem(400, 'bad_options', { en: '?options= must be JSON', id: '?options= harus berupa JSON' });
    }
  }
  const keep = (url.searchParams.getAll('keep').join(',') || '')
    .split(',')
    .map((k) => k.trim())
    .filter(Boolean);
  const clash = keep.find((k) => [...OUTPUT_ROW_FIELDS, 'error', 'summary'].includes(k));
  if (clash) {
    throw new HttpProblem(400, 'bad_keep', {
      en: `?keep=${clash}: a field of every output row`,
      id: `?keep=${clash}: kolom setiap baris keluaran`,
    });
  }
  const reasons = url.searchParams.get('reasons');
  return { options, asOf: url.searchParams.get('asOf'), keep, withReasons: reasons === 'true' || reasons === '1', explainIn, adapter };
}

/** Streams a batch. Bad options are refused (422) before the answer starts. */
export async function streamBatch(
  req: IncomingMessage,
  res: ServerResponse,
  rule: AnyRule,
  query: BatchQuery,
  locale: Locale,
  limits: ServerLimits,
): Promise<void> {
  requireJson(req, 'ndjson');
  const asOf = asOfReachesRule(rule, query.adapter !== recordAsInput) ? query.asOf : null;
  const decide = rule.withOptions(optionsWithAsOf(rule, query.options, asOf), { ignoreKeys: query.keep });
  res.writeHead(200, { 'content-type': 'application/x-ndjson; charset=utf-8' });
  let closed = false;
  res.on('close', () => (closed = true));
  let out = '';
  const flush = async () => {
    if (out === '' || closed) return;
    const more = res.write(out);
    out = '';
    if (!more) await drained(res);
  };
  let line = 0;
  let decided = 0;
  let rejected = 0;
  let stopped = false;

  const row = (text: string | undefined) => {
    line += 1;
    if (line > limits.batchRows) {
      out += `${JSON.stringify({ line, error: { code: 'too_many_rows', message: tooMany(limits.batchRows, locale) } })}\n`;
      stopped = true;
      return;
    }
    if (text === undefined) {
      rejected += 1;
      out += `${JSON.stringify({ line, error: { code: 'line_too_long', message: tooLong(limits.lineBytes, locale) } })}\n`;
      return;
    }
    if (text.trim() === '') {
      line -= 1; // blank lines are not rows
      return;
    }
    let record: unknown;
    try {
      record = JSON.parse(line === 1 ? text.replace(/^\uFEFF/, '') : text); // a file saved with a byte-order mark
    } catch (e) {
      rejected += 1;
      out += `${JSON.stringify({ line, error: { code: 'bad_json', message: notJson(e)[locale] } })}\n`;
      return;
    }
    const carried = carriedOf(record, query.keep);
    try {
      const adapted = query.adapter(record);
      const d = decide(adapted.input);
      const answer: Record<string, unknown> = { line, ...carried, value: d.value };
      if (adapted.gaps.length > 0) answer.gaps = adapted.gaps;
      if (query.withReasons) answer.reasons = d.reasons;
      if (query.explainIn) answer.explanation = explain(d, query.explainIn);
      out += `${JSON.stringify(answer)}\n`;
      decided += 1;
    } catch (e) {
      rejected += 1;
      const { status: _, ...error } = errorResponse(e, locale).body.error;
      out += `${JSON.stringify({ line, ...carried, error })}\n`;
    }
  };

  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let skipping = false;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    let start = 0;
    while (!stopped) {
      const nl = chunk.indexOf(10, start);
      const piece = chunk.subarray(start, nl === -1 ? chunk.length : nl);
      if (!skipping) {
        pendingBytes += piece.length;
        if (pendingBytes > limits.lineBytes) {
          skipping = true;
          pending = [];
        } else if (piece.length > 0) pending.push(piece);
      }
      if (nl === -1) break;
      row(skipping ? undefined : Buffer.concat(pending).toString('utf8'));
      pending = [];
      pendingBytes = 0;
      skipping = false;
      start = nl + 1;
    }
    // Each chunk's answers go out before the next chunk is read: a client that waits for them is not stuck.
    await flush();
    if (stopped || closed) break;
  }
  if (!stopped && (pendingBytes > 0 || skipping)) row(skipping ? undefined : Buffer.concat(pending).toString('utf8'));
  const rows = Math.min(line, limits.batchRows);
  out += `${JSON.stringify({ summary: { rows, decided, rejected, complete: !stopped } })}\n`;
  // Past the row limit the rest of the body is not read: the connection closes once the answer is out.
  if (closed) return;
  res.end(out, () => {
    if (stopped) req.destroy();
  });
}

/** Resolves when the client has read enough (or gone away). */
function drained(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}

const tooMany = (n: number, locale: Locale) =>
  locale === 'id' ? `batch berhenti: lebih dari ${n} baris dalam satu permintaan` : `batch stopped: more than ${n} rows in one request`;
const tooLong = (n: number, locale: Locale) =>
  locale === 'id' ? `baris lebih dari ${n} bita, dilewati` : `line longer than ${n} bytes, skipped`;
