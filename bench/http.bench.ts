/**
 * The HTTP service against the rule called in-process, in the same run: one decision per request
 * (requests/s with N keep-alive connections, p50/p99 latency) and a streamed batch (rows/s; peak RSS of
 * the service for 100,000 and 1,000,000 rows, which stays flat when memory is constant). The service runs
 * in its own process, as users run it (`sistem-merit serve`). Saves bench/results/http.json.
 *
 *   npx tsx bench/http.bench.ts [--requests 20000] [--connections 16] [--rows 1000000]
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { findRule } from '../src/catalogue.js';

const { values } = parseArgs({ options: { requests: { type: 'string' }, connections: { type: 'string' }, rows: { type: 'string' } } });
const REQUESTS = Number(values.requests ?? 20_000);
const CONNECTIONS = Number(values.connections ?? 16);
const ROWS = Number(values.rows ?? 1_000_000);
const root = resolve(import.meta.dirname, '..');

const RULE = 'promotion.kenaikanPangkatReguler';
const rule = findRule(RULE)!;
const example = rule.examples[0]!;
const INPUT = example.input;
const OPTIONS = example.options as { asOf: string };
const body = JSON.stringify({ input: INPUT, options: OPTIONS });

/** In-process: the same decision, with the same JSON in and out a service does (parse the body, stringify the answer). */
function inProcess(n: number): number {
  const started = performance.now();
  for (let i = 0; i < n; i++) {
    const { input, options } = JSON.parse(body) as { input: unknown; options: unknown };
    const d = rule.run(input, options);
    JSON.stringify({ rule: RULE, value: d.value, reasons: d.reasons, trace: d.trace });
  }
  return n / ((performance.now() - started) / 1000);
}

function inProcessBatch(n: number): number {
  const decide = rule.withOptions(OPTIONS);
  const line = JSON.stringify(INPUT);
  const started = performance.now();
  for (let i = 0; i < n; i++) JSON.stringify({ line: i + 1, value: decide(JSON.parse(line)).value });
  return n / ((performance.now() - started) / 1000);
}

async function startService(): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', resolve(root, 'src/cli/bin.ts'), 'serve', '--port', '0', '--max-batch-rows', String(ROWS)],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  const url = await new Promise<string>((ok, fail) => {
    let text = '';
    child.stderr!.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      const m = /listening on (http:\/\/\S+)/.exec(text);
      if (m) ok(m[1]!);
    });
    child.once('exit', (code) => fail(new Error(`service exited with ${code}: ${text}`)));
  });
  return { child, url };
}

const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS });

function post(url: string, path: string, payload: string): Promise<number> {
  return new Promise((ok, fail) => {
    const req = request(
      `${url}${path}`,
      { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } },
      (res) => {
        res.resume();
        res.on('end', () => ok(res.statusCode ?? 0));
      },
    );
    req.on('error', fail);
    req.end(payload);
  });
}

async function decisions(url: string, n: number) {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (next < n) {
        next += 1;
        const t0 = performance.now();
        const status = await post(url, `/rules/${RULE}/decide`, body);
        if (status !== 200) throw new Error(`HTTP ${status}`);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!;
  return { requestsPerSecond: n / seconds, p50Ms: at(0.5), p99Ms: at(0.99) };
}

/** Streams `rows` lines through the batch endpoint; rows/s and the service's peak RSS (VmHWM) after. */
function batch(url: string, pid: number, rows: number): Promise<{ rowsPerSecond: number; peakRssMiB: number }> {
  const line = `${JSON.stringify(INPUT)}\n`;
  return new Promise((ok, fail) => {
    const started = performance.now();
    const req = request(
      `${url}/rules/${RULE}/batch?asOf=${OPTIONS.asOf}`,
      { method: 'POST', headers: { 'content-type': 'application/x-ndjson' } },
      (res) => {
        let last = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (last = (last + chunk).slice(-200)));
        res.on('end', () => {
          const summary = JSON.parse(last.trim().split('\n').pop()!) as { summary: { decided: number } };
          if (summary.summary.decided !== rows) return fail(new Error(`decided ${summary.summary.decided} of ${rows}`));
          const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
          ok({ rowsPerSecond: rows / ((performance.now() - started) / 1000), peakRssMiB: hwm ? Number(hwm[1]) / 1024 : NaN });
        });
      },
    );
    req.on('error', fail);
    const block = line.repeat(1000);
    let sent = 0;
    const write = () => {
      while (sent < rows) {
        const n = Math.min(1000, rows - sent);
        sent += n;
        if (!req.write(n === 1000 ? block : line.repeat(n))) return void req.once('drain', write);
      }
      req.end();
    };
    write();
  });
}

const service = await startService();
try {
  // Warm-up of both sides, so neither is measured cold.
  await decisions(service.url, 2000);
  inProcess(2000);
  inProcessBatch(20_000);
  const rate = inProcess(REQUESTS);
  const http = await decisions(service.url, REQUESTS);
  const batchRate = inProcessBatch(100_000);
  const small = await batch(service.url, service.child.pid!, 100_000);
  const large = await batch(service.url, service.child.pid!, ROWS);
  const result = {
    rule: RULE,
    connections: CONNECTIONS,
    decide: { ...http, inProcessPerSecond: rate, ratioToInProcess: http.requestsPerSecond / rate },
    batch: {
      rowsPerSecond: large.rowsPerSecond,
      inProcessRowsPerSecond: batchRate,
      ratioToInProcess: large.rowsPerSecond / batchRate,
      peakRssMiB: { rows100k: small.peakRssMiB, [`rows${ROWS / 1000}k`]: large.peakRssMiB },
    },
  };
  const fmt = (n: number) => Math.round(n).toLocaleString('en');
  console.log(`HTTP service, ${RULE}, ${CONNECTIONS} connections (service in its own process, same machine)`);
  console.log(
    `  one decision: ${fmt(http.requestsPerSecond)} req/s, p50 ${http.p50Ms.toFixed(2)} ms, p99 ${http.p99Ms.toFixed(2)} ms; in-process ${fmt(rate)}/s → ratio ${result.decide.ratioToInProcess.toFixed(3)}`,
  );
  console.log(
    `  batch: ${fmt(large.rowsPerSecond)} rows/s over ${fmt(ROWS)} rows; in-process ${fmt(batchRate)} rows/s → ratio ${result.batch.ratioToInProcess.toFixed(3)}`,
  );
  console.log(
    `  service peak RSS: ${small.peakRssMiB.toFixed(0)} MiB after 100,000 rows, ${large.peakRssMiB.toFixed(0)} MiB after ${fmt(ROWS)} rows`,
  );
  writeFileSync(
    resolve(import.meta.dirname, 'results/http.json'),
    `${JSON.stringify({ date: new Date().toISOString().slice(0, 10), ...result }, null, 2)}\n`,
  );
} finally {
  agent.destroy();
  service.child.kill();
}
