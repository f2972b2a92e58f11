import { connect } from 'node:net';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { startServer, type RunningServer } from '../../src/server/serve.js';

// Requests a careless or hostile client sends: each gets its own answer and the service goes on.
let service: RunningServer;
const defects: unknown[] = [];
beforeAll(async () => {
  service = await startServer({ port: 0, logDefect: (e) => defects.push(e) });
});
afterAll(async () => {
  await service.close();
  expect(defects).toEqual([]);
});

/** Sends a raw request and resolves with what came back before the socket closed (or 2 s passed). */
function raw(text: string): Promise<string> {
  const { port } = new URL(service.url);
  return new Promise((resolve) => {
    let got = '';
    const s = connect(Number(port), '127.0.0.1', () => s.write(text));
    s.on('data', (d) => (got += d.toString()));
    s.on('close', () => resolve(got));
    s.on('error', () => resolve(got));
    setTimeout(() => {
      s.destroy();
      resolve(got);
    }, 2000);
  });
}

const post = (path: string, body: string, headers: Record<string, string> = {}) =>
  fetch(service.url + path, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

describe('the service under careless and hostile requests', { timeout: 30_000 }, () => {
  it('a request target the URL parser refuses is a 400, and the service still answers', async () => {
    const answer = await raw('GET http://[/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
    expect(answer).toMatch(/^HTTP\/1\.1 400/);
    expect(answer).toMatch(/"code":"bad_request"/);
    expect((await fetch(`${service.url}/health`)).status).toBe(200);
  });

  it('a broken percent-escape in the rule id is a 404, not a defect', async () => {
    for (const path of ['/rules/%E0/schema', '/rules/%E0/decide']) {
      const res = path.endsWith('decide') ? await post(path, '{}') : await fetch(service.url + path);
      expect(res.status, path).toBe(404);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('not_found');
    }
  });

  it('a body that is not an object is a wrong_type issue', async () => {
    for (const body of ['[1]', 'null', '"x"', '5']) {
      const res = await post('/rules/performance.predikatKinerja/decide', body);
      expect(res.status, body).toBe(422);
      const { error } = (await res.json()) as { error: { issues: { code: string }[] } };
      expect(error.issues.map((i) => i.code)).toEqual(['wrong_type']);
    }
  });

  it('a body that is not JSON is told in one language, without the engine text or the body', async () => {
    const secret = 'rahasia-pegawai';
    for (const [lang, words] of [
      ['id-ID,id;q=0.9', /^Badan permintaan bukan JSON/],
      ['en', /^The body is not JSON/],
    ] as const) {
      const res = await post('/rules/performance.predikatKinerja/decide', `{"a":NaN,"b":"${secret}"}`, { 'accept-language': lang });
      expect(res.status).toBe(400);
      const { error } = (await res.json()) as { error: { code: string; message: string } };
      expect(error.code).toBe('bad_json');
      expect(error.message).toMatch(words);
      expect(error.message).not.toMatch(/Unexpected|token|rahasia/);
    }
    const batch = await post('/rules/performance.predikatKinerja/batch', '{oops\n', {
      'content-type': 'application/x-ndjson',
      'accept-language': 'id',
    });
    const first = JSON.parse((await batch.text()).split('\n')[0]!) as { error: { code: string; message: string } };
    expect(first.error).toMatchObject({ code: 'bad_json' });
    expect(first.error.message).toMatch(/^Badan permintaan bukan JSON/);
  });

  it('the CSV output writes a formula-like text cell as text, and numbers as they are', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'csv-formula-'));
    const input = join(dir, 'in.csv');
    writeFileSync(
      input,
      // As Excel saves a cell holding a ';' and quotes.
      '\uFEFFnip;nama;hasilKerja;perilakuKerja\r\n1;"=HYPERLINK(""http://x"";""klik"")";SESUAI_EKSPEKTASI;SESUAI_EKSPEKTASI\r\n2;@SUM(A1);SESUAI_EKSPEKTASI;SESUAI_EKSPEKTASI\r\n',
    );
    const output = join(dir, 'out.csv');
    const io = { stdout: { write: () => true }, stderr: { write: () => true } };
    expect(await runCli(['batch', 'predikatKinerja', '--input', input, '--output', output, '--keep', 'nip,nama'], io)).toBe(0);
    const rows = readFileSync(output, 'utf8').split('\r\n');
    expect(rows[1]).toContain(`"'=HYPERLINK(""http://x"";""klik"")"`);
    expect(rows[2]).toContain(";'@SUM(A1);");
  });

  it('a batch saved with a byte-order mark decides its first line', async () => {
    const res = await post(
      '/rules/performance.predikatKinerja/batch',
      '\uFEFF{"hasilKerja":"SESUAI_EKSPEKTASI","perilakuKerja":"SESUAI_EKSPEKTASI"}\n',
      {
        'content-type': 'application/x-ndjson',
      },
    );
    expect(JSON.parse((await res.text()).split('\n')[0]!)).toMatchObject({ line: 1, value: 'BAIK' });
  });

  it('asOf given twice, differently, is a contradiction; "in" is Indonesian as older clients name it', async () => {
    const body = JSON.stringify({
      input: { golongan: 'III/b', tmtPangkat: '2021-04-01', ijazah: 'S1', riwayatPenilaian: [] },
      options: { asOf: '2025-04-01' },
    });
    const res = await post('/rules/promotion.kenaikanPangkatReguler/decide?asOf=2024-04-01', body, { 'accept-language': 'in-ID' });
    expect(res.status).toBe(422);
    expect(res.headers.get('content-language')).toBe('id');
    const { error } = (await res.json()) as { error: { issues: { path: unknown[]; code: string; message: string }[] } };
    expect(error.issues.map((i) => [i.path, i.code])).toEqual([[['options', 'asOf'], 'contradiction']]);
    expect(error.issues[0]!.message).toMatch(/sebutkan tanggal sekali saja/);
  });
});
