#!/usr/bin/env node
import { EXIT, isBrokenPipe } from './failure.js';
import { runCli } from './main.js';
import { errorText } from './row-handler.js';
import { removeTemporaryFiles } from './output-file.js';

const debug = process.argv.includes('--debug');

// The reader of stdout went away (`| head -1`): end quietly, as a pipeline expects. A closed stderr only
// silences the reports (the batch still completes its output file).
process.stdout.on('error', (e) => {
  if (isBrokenPipe(e)) process.exit(EXIT.OK);
  process.stderr.write(`sistem-merit: cannot write to stdout: ${errorText(e)}\n`);
  process.exit(EXIT.OUTPUT);
});
process.stderr.on('error', () => undefined);

// No temporary file is left behind, whatever ends the process; the output stays as it was.
process.on('exit', removeTemporaryFiles);
for (const [signal, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
  ['SIGHUP', 129],
] as const) {
  process.on(signal, () => {
    removeTemporaryFiles();
    process.stderr.write(`\nsistem-merit: interrupted (${signal}); the output was left as it was\n`);
    process.exit(code);
  });
}

runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr }).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const stack = debug && error instanceof Error && error.stack ? `\n${error.stack}` : ' (--debug shows the stack)';
    process.stderr.write(`sistem-merit: internal error: ${errorText(error)}${stack}\n`);
    process.exitCode = EXIT.INTERNAL;
  },
);
