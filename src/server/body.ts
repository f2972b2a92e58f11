/**
 * Reading a single request's JSON body within the limits: a declared or actual size over the limit is
 * 413 (without reading on), a body slower than the timeout is 408, anything but JSON is 400/415.
 */
import type { IncomingMessage } from 'node:http';
import { HttpProblem } from './problem.js';
import type { ServerLimits } from './limits.js';

export const tooLarge = (limit: number) =>
  new HttpProblem(
    413,
    'body_too_large',
    { en: `The body is larger than ${limit} bytes`, id: `Badan permintaan lebih dari ${limit} bita` },
    { limit },
  );

/**
 * Refuses a multipart form, which cannot be JSON. Any other Content-Type is read as JSON (NDJSON for a
 * batch): clients send all sorts (`curl -d` says form-urlencoded, `fetch` of a string text/plain).
 */
export function requireJson(req: IncomingMessage, what: 'json' | 'ndjson'): void {
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (type.startsWith('multipart/')) {
    const expected = what === 'json' ? 'application/json' : 'application/x-ndjson';
    throw new HttpProblem(415, 'unsupported_media_type', {
      en: `Content-Type ${type} is not accepted: send ${expected}`,
      id: `Content-Type ${type} tidak diterima: kirim ${expected}`,
    });
  }
}

/** The parsed JSON body of `req`. */
export async function readJsonBody(req: IncomingMessage, limits: ServerLimits): Promise<unknown> {
  requireJson(req, 'json');
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limits.bodyBytes) throw tooLarge(limits.bodyBytes);
  const chunks: Buffer[] = [];
  let size = 0;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new HttpProblem(408, 'body_timeout', {
            en: `The body did not arrive within ${limits.bodyTimeoutMs} ms`,
            id: `Badan permintaan tidak tiba dalam ${limits.bodyTimeoutMs} md`,
          }),
        ),
      limits.bodyTimeoutMs,
    );
  });
  const read = (async () => {
    for await (const chunk of req as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > limits.bodyBytes) throw tooLarge(limits.bodyBytes);
      chunks.push(chunk);
    }
  })();
  try {
    await Promise.race([read, timeout]);
  } finally {
    clearTimeout(timer);
    read.catch(() => undefined);
  }
  const text = Buffer.concat(chunks)
    .toString('utf8')
    .replace(/^\uFEFF/, '');
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new HttpProblem(400, 'bad_json', notJson(e));
  }
}

/**
 * Why a text is not JSON, in either language without the engine's English message or the body itself (which
 * may be long or private): where the parser stopped, when it says so, and what is commonly wrong.
 */
export function notJson(e: unknown): { en: string; id: string } {
  const at = /position (\d+)/.exec(e instanceof Error ? e.message : '')?.[1];
  const where =
    at === undefined
      ? { en: '', id: '' }
      : { en: ` (the parser stopped at character ${at})`, id: ` (pembaca berhenti pada karakter ${at})` };
  return {
    en: `The body is not JSON${where.en}: check quotes, commas and brackets; NaN, Infinity and comments are not JSON`,
    id: `Badan permintaan bukan JSON${where.id}: periksa tanda kutip, koma dan kurung; NaN, Infinity dan komentar bukan JSON`,
  };
}
