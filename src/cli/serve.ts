/** `sistem-merit serve`: starts the HTTP service (src/server) and runs until interrupted. */
import { startServer } from '../server/serve.js';
import { CliFailure, EXIT } from './failure.js';
import type { CliIo } from './io.js';

export interface ServeArgs {
  port?: string;
  host?: string;
  'max-body'?: string;
  'max-batch-rows'?: string;
}

function positive(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 0) throw new CliFailure(`${flag} must be a whole number ≥ 0`, EXIT.USAGE);
  return n;
}

/** Resolves when the server has closed (it closes only on a signal, which ends the process). */
export async function runServe(io: CliIo, args: ServeArgs): Promise<number> {
  const port = positive(args.port ?? process.env['PORT'], '--port') ?? 8080;
  const bodyBytes = positive(args['max-body'], '--max-body');
  const batchRows = positive(args['max-batch-rows'], '--max-batch-rows');
  let running;
  try {
    running = await startServer({
      port,
      host: args.host ?? '127.0.0.1',
      limits: { ...(bodyBytes === undefined ? {} : { bodyBytes }), ...(batchRows === undefined ? {} : { batchRows }) },
    });
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw new CliFailure(`cannot listen on ${args.host ?? '127.0.0.1'}:${port}: ${why}`, EXIT.USAGE, { cause: e });
  }
  io.stderr.write(`sistem-merit serve: listening on ${running.url} (GET ${running.url}/openapi.json)\n`);
  await new Promise<void>((resolve) => running.server.once('close', () => resolve()));
  return EXIT.OK;
}
