/**
 * The routes of the HTTP service: health, the OpenAPI document, the rule list, a rule's JSON Schemas, one
 * decision, a streaming batch. Every answer is JSON (NDJSON for a batch); every failure is an error body
 * (problem.ts) in the request's language.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { RULES } from '../catalogue.js';
import { formatCitation, type Locale } from '../core/explain.js';
import { LIBRARY_VERSION } from '../core/version.js';
import { jsonSchemaOf, SCHEMA_PARTS, type SchemaPart } from '../schema.js';
import { domainList, domainOf } from '../cli/domains.js';
import { readJsonBody } from './body.js';
import { batchQuery, streamBatch } from './batch.js';
import { adapterFromQuery, decideRequest, ruleFromPath } from './decide.js';
import { explainLocale, requestLocale } from './locale.js';
import type { ServerLimits } from './limits.js';
import { openApiDocument } from './openapi.js';
import { errorResponse, HttpProblem } from './problem.js';

/** Called with anything a request threw that is a defect of the service (500), for the operator's log. */
export type DefectLog = (e: unknown, req: IncomingMessage) => void;

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

const notFound = (path: string) =>
  new HttpProblem(404, 'not_found', {
    en: `No such endpoint: ${path} (GET /openapi.json lists them)`,
    id: `Tidak ada titik akhir ${path} (GET /openapi.json mendaftar semuanya)`,
  });

const methodNotAllowed = (method: string, allowed: string) =>
  new HttpProblem(405, 'method_not_allowed', {
    en: `${method} is not allowed here: use ${allowed}`,
    id: `${method} tidak diizinkan di sini: gunakan ${allowed}`,
  });

function listRules(url: URL, locale: Locale) {
  const asked = url.searchParams.get('domain');
  const domain = asked === null ? undefined : domainOf(asked);
  if (asked !== null && domain === undefined) {
    throw new HttpProblem(404, 'unknown_domain', {
      en: `Unknown domain ${asked}; known: ${domainList()}`,
      id: `Ranah ${asked} tidak dikenal; yang ada: ${domainList()}`,
    });
  }
  return {
    rules: RULES.filter((r) => domain === undefined || r.domain === domain).map((r) => ({
      id: r.id,
      domain: r.domain,
      title: r.title[locale],
      description: r.description[locale],
      citations: r.citations.map((c) => formatCitation(c, locale)),
      decide: `/rules/${r.id}/decide`,
    })),
  };
}

/** The request's URL; a target the URL parser refuses (`GET http://[/health`) is a 400, not a crash. */
function requestUrl(req: IncomingMessage): URL {
  try {
    return new URL(req.url ?? '/', 'http://service');
  } catch {
    throw new HttpProblem(400, 'bad_request', { en: 'The request target is not a valid URL', id: 'Target permintaan bukan URL yang sah' });
  }
}

/** A path segment decoded; a broken percent-escape (`%E0`) names no endpoint. */
function decodedSegment(segment: string, path: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw notFound(path);
  }
}

/** Answers one request. Never rejects. */
export async function handle(req: IncomingMessage, res: ServerResponse, limits: ServerLimits, logDefect: DefectLog): Promise<void> {
  let locale: Locale = 'en';
  try {
    const url = requestUrl(req);
    locale = requestLocale(req, url);
    res.setHeader('content-language', locale);
    const method = req.method ?? 'GET';
    const path = url.pathname.replace(/\/+$/, '') || '/';
    const expect = (allowed: string) => {
      if (method !== allowed) throw methodNotAllowed(method, allowed);
    };
    if (path === '/health') {
      expect('GET');
      return send(res, 200, { status: 'ok', version: LIBRARY_VERSION, rules: RULES.length });
    }
    if (path === '/openapi.json') {
      expect('GET');
      return send(res, 200, openApiDocument());
    }
    if (path === '/rules') {
      expect('GET');
      return send(res, 200, listRules(url, locale));
    }
    const match = /^\/rules\/([^/]+)\/(decide|batch|schema)(?:\/([^/]+))?$/.exec(path);
    if (!match) throw notFound(path);
    const [, id, action, part] = match;
    const rule = ruleFromPath(decodedSegment(id!, path));
    if (action === 'schema') {
      expect('GET');
      const which = (part ?? 'input') as SchemaPart;
      if (!SCHEMA_PARTS.includes(which)) throw notFound(path);
      return send(res, 200, jsonSchemaOf(rule, which));
    }
    if (part !== undefined) throw notFound(path);
    expect('POST');
    const explainIn = explainLocale(url, locale);
    if (action === 'decide') {
      const body = await readJsonBody(req, limits);
      return send(res, 200, decideRequest(rule, body, url.searchParams.get('asOf'), explainIn, adapterFromQuery(url, rule)));
    }
    return await streamBatch(req, res, rule, batchQuery(url, explainIn, adapterFromQuery(url, rule)), locale, limits);
  } catch (e) {
    const { status, body, internal } = errorResponse(e, locale);
    if (internal) logDefect(e, req);
    if (res.headersSent) {
      res.destroy();
      return;
    }
    // A body left unread (413, an early 4xx) is not waited for: the connection closes after the answer.
    if (!req.complete) res.setHeader('connection', 'close');
    send(res, status, body);
    if (!req.complete) res.on('finish', () => req.destroy());
  }
}
