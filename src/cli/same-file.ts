/**
 * Output = input? Writing a batch's output over its own input would destroy the rows before they are
 * read, so it is refused before anything is opened for writing. "The same file" is decided after
 * resolving symbolic links: by device and inode when the output exists (which also catches hard links
 * and `/dev/stdout` redirected to the input), else by the resolved directory plus the name.
 */
import { realpath, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

const sameNode = (a: { dev: bigint; ino: bigint }, b: { dev: bigint; ino: bigint }) => a.dev === b.dev && a.ino === b.ino && a.ino !== 0n;

/** `true` when `output` names the file `input` names. `input` must exist (the caller opened it). */
export async function isSameFile(input: string, output: string): Promise<boolean> {
  const inputNode = await stat(input, { bigint: true });
  // A pipe (`--input /dev/stdin`) has no path to resolve: only its device and inode can match.
  const inputReal = await realpath(input).catch(() => undefined);
  const outputNode = await stat(output, { bigint: true }).catch(() => undefined);
  if (outputNode) {
    if (sameNode(inputNode, outputNode)) return true;
    return inputReal !== undefined && (await realpath(output).catch(() => undefined)) === inputReal;
  }
  // The output does not exist yet: compare its resolved directory plus its name.
  if (inputReal === undefined) return false;
  const directory = await realpath(dirname(output)).catch(() => undefined);
  return directory !== undefined && join(directory, basename(output)) === inputReal;
}
