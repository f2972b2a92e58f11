import { connect } from 'node:net';
import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findRule, RULES } from '../../src/catalogue.js';
import { issueText, MeritInputError } from '../../src/core/errors.js';
import { explain } from '../../src/explain.js';
import { startServer, type RunningServer } from '../../src/server/serve.js';
import { runCli } from '../../src/cli/main.js';

let service: RunningServer;
let small: RunningServer;
const defects: unknown[] = [];

beforeAll(async () => {
  service = await startServer({ port: 0, logDefect: (e) => defects.push(e) });
  small = await startServer({
    port: 0,
    limits: { batchRows: 3, lineBytes: 200, bodyBytes: 1000, bodyTimeoutMs: 300 },
    logDefect: (e) => defects.push(e),
  });
});
afterAll(async () => {
  await service.close();
  await small.close();
  expect(defects).toEqual([]);
});

const post = (path: string, body: unknown, headers: Record<string, string> = {}, base = service.url) =>
  fetch(base + path, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
const asJson = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

describe('sistem-merit serve', { timeout: 60_000 }, () => {
  it('serves an OpenAPI 3.1 document that validates and covers every rule', async () => {
    const doc = (await (await fetch(`${service.url}/openapi.json`)).json()) as { openapi: string; paths: Record<string, unknown> };
    const validator = new Validator();
    const result = await validator.validate(doc as unknown as Parameters<Validator['validate']>[0]);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
    for (const rule of RULES) {
      expect(doc.paths).toHaveProperty([`/rules/${rule.id}/decide`]);
      expect(doc.paths).toHaveProperty([`/rules/${rule.id}/batch`]);
    }
  });

  it("gives every rule example the in-process rule's decision, and its explanation when asked", async () => {
    for (const rule of RULES) {
      for (const example of rule.examples) {
        const expected = rule.run(example.input, example.options);
        const res = await post(`/rules/${rule.id}/decide?explain=id`, { input: example.input, options: example.options });
        expect(res.status, rule.id).toBe(200);
        const body = (await res.json()) as Record<string, unknown>;
        expect(body).toEqual(
          asJson({
            rule: rule.id,
            value: expected.value,
            reasons: expected.reasons,
            trace: expected.trace,
            explanation: explain(expected, 'id', { trace: true }),
          }),
        );
      }
    }
  });

  it("answers a misspelt field with 422, its path, code and the library's message in the language asked", async () => {
    const input = { hasilKrja: 'DI_ATAS_EKSPEKTASI', perilakuKerja: 'SESUAI_EKSPEKTASI' };
    let thrown: unknown;
    try {
      findRule('performance.predikatKinerja')!.run(input);
    } catch (e) {
      thrown = e;
    }
    if (!MeritInputError.is(thrown)) throw new Error('the rule should refuse the misspelt field');
    const inProcess = thrown.issues.find((i) => i.path[0] === 'hasilKrja')!;
    expect(issueText(inProcess, 'id')).not.toBe(issueText(inProcess, 'en'));
    expect(issueText(inProcess, 'en')).toContain('"hasilKerja"'); // the suggestion
    for (const lang of ['id', 'en'] as const) {
      const res = await post('/rules/performance.predikatKinerja/decide', { input }, { 'accept-language': `${lang};q=0.9` });
      expect(res.status).toBe(422);
      expect(res.headers.get('content-language')).toBe(lang);
      const { error } = (await res.json()) as {
        error: { code: string; issues: { path: unknown[]; code: string; message: string; field: string }[] };
      };
      expect(error.code).toBe('invalid_input');
      const issue = error.issues.find((i) => i.field === 'hasilKrja');
      expect(issue).toMatchObject({ path: ['hasilKrja'], code: inProcess.code, message: issueText(inProcess, lang) });
    }
    const envelope = await post('/rules/performance.predikatKinerja/decide', { inptu: input });
    expect(envelope.status).toBe(422);
    expect(JSON.stringify(await envelope.json())).toContain('did you mean \\"input\\"');
  });

  it('refuses an unknown rule (404, with a suggestion), bad JSON (400) and an oversized body (413)', async () => {
    const unknown = await post('/rules/predikatKinrja/decide', { input: {} });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ error: { code: 'unknown_rule', suggestion: 'performance.predikatKinerja' } });
    const bad = await fetch(`${service.url}/rules/performance.predikatKinerja/decide`, { method: 'POST', body: '{"input":' });
    expect(bad.status).toBe(400);
    const declared = await post('/rules/performance.predikatKinerja/decide', { input: 'x'.repeat(2000) }, {}, small.url);
    expect(declared.status).toBe(413);
    // Sent in chunks without a declared length: counted as it arrives.
    const chunked = await fetch(`${small.url}/rules/performance.predikatKinerja/decide`, {
      method: 'POST',
      body: new ReadableStream({
        start(c) {
          for (let i = 0; i < 20; i++) c.enqueue(new TextEncoder().encode(' '.repeat(100)));
          c.close();
        },
      }),
      duplex: 'half',
    } as RequestInit);
    expect(chunked.status).toBe(413);
  });

  it('streams a batch of 100,000 rows: answers arrive while the body is still being sent (constant memory)', async () => {
    const rows = 100_000;
    const line = new TextEncoder().encode(
      `${JSON.stringify({ nip: '199001012020011001', hasilKerja: 'SESUAI_EKSPEKTASI', perilakuKerja: 'DI_ATAS_EKSPEKTASI' })}\n`,
    );
    let answered = 0;
    let release: () => void = () => undefined;
    const halfAnswered = new Promise<void>((r) => (release = r));
    let sent = 0;
    const body = new ReadableStream({
      async pull(c) {
        // The second half is sent only once the first half has been answered: a service that held the
        // rows (or its answers) until the body ended would never get there.
        if (sent === rows / 2) await halfAnswered;
        for (let i = 0; i < 1000 && sent < rows; i++, sent++) c.enqueue(line);
        if (sent === rows) c.close();
      },
    });
    const res = await fetch(`${service.url}/rules/performance.predikatKinerja/batch?keep=nip`, {
      method: 'POST',
      body,
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(200);
    const decoder = new TextDecoder();
    let rest = '';
    let last = '';
    let first: unknown;
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      const lines = (rest + decoder.decode(chunk, { stream: true })).split('\n');
      rest = lines.pop()!;
      for (const l of lines) {
        first ??= JSON.parse(l);
        answered += 1;
        last = l;
      }
      if (answered >= rows / 2) release();
    }
    const inProcess = findRule('performance.predikatKinerja')!.run({
      hasilKerja: 'SESUAI_EKSPEKTASI',
      perilakuKerja: 'DI_ATAS_EKSPEKTASI',
    });
    expect(first).toEqual({ line: 1, nip: '199001012020011001', value: inProcess.value });
    expect(answered).toBe(rows + 1);
    expect(JSON.parse(last)).toEqual({ summary: { rows, decided: rows, rejected: 0, complete: true } });
  });

  it('reports bad rows of a batch in place and goes on; skips an overlong line; stops past the row limit', async () => {
    const ok = JSON.stringify({ hasilKerja: 'SESUAI_EKSPEKTASI', perilakuKerja: 'SESUAI_EKSPEKTASI' });
    const body = [ok, 'not json', `{"pad":"${'x'.repeat(300)}"}`, ok, ok].join('\n');
    const res = await fetch(`${small.url}/rules/performance.predikatKinerja/batch?lang=id`, { method: 'POST', body });
    const lines = (await res.text())
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.line ?? 'summary')).toEqual([1, 2, 3, 4, 'summary']);
    expect(lines[1]).toMatchObject({ error: { code: 'bad_json' } });
    expect(lines[2]).toMatchObject({ error: { code: 'line_too_long' } });
    expect(lines[3]).toMatchObject({ error: { code: 'too_many_rows' } });
    expect(lines[4]).toEqual({ summary: { rows: 3, decided: 1, rejected: 2, complete: false } });
  });

  it('refuses bad batch options before streaming, lists rules by domain alias, and says 404 for an unknown domain', async () => {
    const res = await fetch(`${service.url}/rules/promotion.kenaikanPangkatReguler/batch?asOf=2024-13-01`, { method: 'POST', body: '' });
    expect(res.status).toBe(422);
    const rules = (await (await fetch(`${service.url}/rules?domain=disiplin&lang=id`)).json()) as { rules: { id: string }[] };
    expect(rules.rules.length).toBeGreaterThan(0);
    expect(rules.rules.every((r) => r.id.startsWith('discipline.'))).toBe(true);
    const unknown = await fetch(`${service.url}/rules?domain=gaji`);
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toContain('discipline (disiplin)');
    const health = await (await fetch(`${service.url}/health`)).json();
    expect(health).toMatchObject({ status: 'ok', rules: RULES.length });
  });

  it('answers 408 when a body does not arrive in time', async () => {
    const { port } = new URL(small.url);
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(port), '127.0.0.1', () => {
        // Declares 100 bytes and sends 10: the service gives up after limits.bodyTimeoutMs.
        socket.write('POST /rules/performance.predikatKinerja/decide HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{"input":');
      });
      let text = '';
      socket.on('data', (chunk) => (text += chunk.toString()));
      socket.on('close', () => resolve(text));
      socket.on('error', reject);
    });
    expect(answer).toMatch(/^HTTP\/1\.1 408 /);
    expect(answer).toContain('"code":"body_timeout"');
  });

  it('sistem-merit serve refuses a bad port before listening', async () => {
    const err: string[] = [];
    const code = await runCli(['serve', '--port', 'abc'], {
      stdout: { write: () => undefined },
      stderr: { write: (s: string) => err.push(s) },
    });
    expect(code).toBe(1);
    expect(err.join('')).toContain('--port must be a whole number');
  });
});
