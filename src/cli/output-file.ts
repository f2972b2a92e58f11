/**
 * The output of a batch, written atomically: rows go to a temporary file beside the output, which is
 * renamed over it only when the batch is done. On any failure (or interruption) the temporary file is
 * removed and the output is exactly as it was: absent, or the previous complete file. Never a partial
 * or empty file.
 *
 * An output that exists and is not a regular file (`/dev/null`, `/dev/stdout`, a named pipe) is written
 * directly: it cannot be replaced, and renaming over a device would destroy it.
 */
import { randomBytes } from 'node:crypto';
import { unlinkSync } from 'node:fs';
import { type FileHandle, open, realpath, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { EXIT, CliFailure, isBrokenPipe, outputFailure, systemError } from './failure.js';

export interface OutputFile {
  /** Appends text (all of it, however large). */
  write(text: string): Promise<void>;
  /** Flushes to disk and puts the file in place of the output. */
  commit(): Promise<void>;
  /** Removes the temporary file; the output is left as it was. Never throws. */
  abort(): Promise<void>;
}

/** Temporary files not yet committed or removed, for removal on exit or on a signal. */
const LIVE = new Set<string>();

/** Removes the temporary files of outputs still open (on `exit`, SIGINT, SIGTERM). Synchronous; never throws. */
export function removeTemporaryFiles(): void {
  for (const path of LIVE) {
    try {
      unlinkSync(path);
    } catch {
      // already gone
    }
    LIVE.delete(path);
  }
}

/** `.out.jsonl.<pid>.<random>.tmp` in the directory of `target` (hidden; the name is kept short enough). */
function temporaryPathBeside(target: string): string {
  return join(dirname(target), `.${basename(target).slice(0, 200)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

/** A write failure as one line: a closed pipe stays a broken pipe (the command then ends quietly). */
const writeFailure = (path: string, e: unknown) => (isBrokenPipe(e) ? e : outputFailure(path, e));

/**
 * Opens the output `path` for a batch. Fails with exit code 4 (one line) when it is a directory, its
 * directory is missing or not writable. A symbolic link is followed: its target is replaced, the link kept.
 */
export async function openOutputFile(path: string): Promise<OutputFile> {
  let existing;
  try {
    existing = await stat(path);
  } catch (e) {
    if ((e as { code?: string }).code !== 'ENOENT') throw outputFailure(path, e);
  }
  if (existing?.isDirectory()) throw outputFailure(path, systemError('EISDIR', `${path} is a directory`));
  if (existing && !existing.isFile()) return directOutput(path);

  let target = path;
  try {
    if (existing) target = await realpath(path);
  } catch (e) {
    throw outputFailure(path, e);
  }
  const temporary = temporaryPathBeside(target);
  let handle: FileHandle;
  try {
    handle = await open(temporary, 'wx', 0o666);
    LIVE.add(temporary);
    if (existing) await handle.chmod(existing.mode & 0o7777); // the replaced file keeps its permissions
  } catch (e) {
    if (LIVE.delete(temporary)) await unlink(temporary).catch(() => undefined);
    // The temporary file's name means nothing to the user: name the output, or its missing directory.
    if ((e as { code?: string }).code === 'ENOENT') {
      throw new CliFailure(`cannot write output ${path}: no such directory ${dirname(path)}`, EXIT.OUTPUT, { cause: e });
    }
    throw outputFailure(path, e);
  }
  const { write, close } = handleWriter(handle, path);
  const abort = async () => {
    await close().catch(() => undefined);
    if (LIVE.delete(temporary)) await unlink(temporary).catch(() => undefined);
  };
  return {
    write,
    async commit() {
      try {
        await handle.sync();
        await close();
        await rename(temporary, target);
        LIVE.delete(temporary);
      } catch (e) {
        await abort();
        throw outputFailure(path, e);
      }
    },
    abort,
  };
}

/** A device or pipe: written in place, as it comes (nothing to rename). */
async function directOutput(path: string): Promise<OutputFile> {
  let handle: FileHandle;
  try {
    handle = await open(path, 'w');
  } catch (e) {
    throw outputFailure(path, e);
  }
  const { write, close } = handleWriter(handle, path);
  return {
    write,
    async commit() {
      try {
        await close();
      } catch (e) {
        throw writeFailure(path, e);
      }
    },
    async abort() {
      await close().catch(() => undefined);
    },
  };
}

/** Writes text to an open file as one-line failures, and closes it once (a second close does nothing). */
function handleWriter(handle: FileHandle, path: string): { write(text: string): Promise<void>; close(): Promise<void> } {
  let closed = false;
  return {
    async write(text) {
      try {
        await handle.writeFile(text, 'utf8');
      } catch (e) {
        throw writeFailure(path, e);
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      await handle.close();
    },
  };
}
