/** Where the command writes: stdout for what was asked, stderr for reports. Injected so tests run in-process. */
import { isBrokenPipe } from './failure.js';

export interface CliIo {
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown; isTTY?: boolean };
}

/**
 * stderr that survives its reader going away (`2>&1 | head -1`): the reports are dropped from then on,
 * and the batch still writes its output file to the end.
 */
export function quietOnClose(sink: CliIo['stderr']): CliIo['stderr'] {
  let closed = false;
  return {
    isTTY: sink.isTTY,
    write(chunk) {
      if (closed) return;
      try {
        sink.write(chunk);
      } catch (e) {
        if (!isBrokenPipe(e)) throw e;
        closed = true;
      }
    },
  };
}
