/**
 * `sistem-merit serve`: the catalogue over HTTP with Node's own `http` module (no framework: the bench
 * in bench/http.bench.ts and docs/http.md say why). Not part of the library's exports: it is built into
 * the CLI bundle only.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEFAULT_LIMITS, type ServerLimits } from './limits.js';
import { type DefectLog, handle } from './routes.js';

export interface ServeOptions {
  port?: number;
  host?: string;
  limits?: Partial<ServerLimits>;
  /** Where defects (500) are reported; stderr by default. */
  logDefect?: DefectLog;
}

export interface RunningServer {
  server: Server;
  /** `http://127.0.0.1:8080` */
  url: string;
  limits: ServerLimits;
  close(): Promise<void>;
}

export async function startServer(options: ServeOptions = {}): Promise<RunningServer> {
  const limits: ServerLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const logDefect: DefectLog =
    options.logDefect ??
    ((e, req) =>
      process.stderr.write(
        `sistem-merit serve: internal error on ${req.method} ${req.url}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`,
      ));
  // handle never rejects; if a defect made it, the request's socket is dropped and the service goes on.
  const server = createServer((req, res) =>
    handle(req, res, limits, logDefect).catch((e: unknown) => {
      logDefect(e, req);
      res.destroy();
    }),
  );
  // A batch may take long to upload: the whole-request timeout is off; bodies of single decisions have
  // their own (limits.bodyTimeoutMs), and a silent connection is closed after limits.idleTimeoutMs.
  server.requestTimeout = 0;
  server.headersTimeout = limits.headersTimeoutMs;
  server.timeout = limits.idleTimeoutMs;
  server.keepAliveTimeout = 5_000;
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 8080, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const shown = host.includes(':') ? `[${host}]` : host;
  return {
    server,
    url: `http://${shown}:${port}`,
    limits,
    close: () =>
      new Promise((resolve, reject) => {
        server.close((e) => (e ? reject(e) : resolve()));
        server.closeIdleConnections();
      }),
  };
}
