/**
 * How the command fails: one documented exit code per kind of failure, and one line on stderr that says
 * which file and why (the stack only with --debug). Documented in docs/cli.md and in --help.
 */

import type { Bilingual, Locale } from '../core/explain.js';

/** Exit codes of `sistem-merit`. */
export const EXIT = {
  /** Done: every row decided (or the command printed what it was asked; or the reader closed the pipe early). */
  OK: 0,
  /** Nothing done: bad command line, unknown rule, bad options, output = input, bad CSV header, invalid input to explain. */
  USAGE: 1,
  /** The batch ran to the end, but some rows were rejected (each reported with its line number). */
  ROWS_REJECTED: 2,
  /** An input file (--input, --options) cannot be read: missing, a directory, no permission. */
  INPUT: 3,
  /** The output cannot be written: a directory, a missing directory, no permission, disk full. */
  OUTPUT: 4,
  /** A defect of the tool itself outside any row (please report it with the --debug output). */
  INTERNAL: 5,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/**
 * A failure the command reports in one line (without the `sistem-merit: ` prefix) and ends with
 * `exitCode`; given in both languages, it is reported in the one of `--lang` / `LANG`.
 */
export class CliFailure extends Error {
  override name = 'CliFailure';
  readonly text: Bilingual | undefined;
  constructor(
    message: string | Bilingual,
    readonly exitCode: ExitCode,
    options?: { cause?: unknown },
  ) {
    super(typeof message === 'string' ? message : message.en, options);
    this.text = typeof message === 'string' ? undefined : message;
  }

  /** The message in `locale` (English where only English was given). */
  messageIn(locale: Locale): string {
    return this.text ? this.text[locale] : this.message;
  }
}

const codeOf = (e: unknown): string | undefined =>
  typeof e === 'object' && e !== null && typeof (e as { code?: unknown }).code === 'string' ? (e as { code: string }).code : undefined;

/** The reader of our output went away (`| head -1`): the command ends quietly. */
export function isBrokenPipe(e: unknown): boolean {
  const code = codeOf(e);
  return code === 'EPIPE' || code === 'ERR_STREAM_DESTROYED';
}

const SYSTEM_REASONS: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EISDIR: 'it is a directory',
  ENOTDIR: 'a part of the path is not a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  EEXIST: 'the file already exists',
  ENAMETOOLONG: 'the name is too long',
  ELOOP: 'too many symbolic links',
  EMFILE: 'too many open files',
  EBUSY: 'the file is busy',
};

const SYSTEM_REASONS_ID: Record<string, string> = {
  ENOENT: 'berkas atau direktori tidak ada',
  EISDIR: 'itu sebuah direktori',
  ENOTDIR: 'sebagian jalurnya bukan direktori',
  EACCES: 'izin ditolak',
  EPERM: 'izin ditolak',
  EROFS: 'sistem berkas hanya-baca',
  ENOSPC: 'ruang disk habis',
  EDQUOT: 'kuota disk terlampaui',
  EEXIST: 'berkas sudah ada',
  ENAMETOOLONG: 'namanya terlalu panjang',
  ELOOP: 'terlalu banyak tautan simbolik',
  EMFILE: 'terlalu banyak berkas terbuka',
  EBUSY: 'berkas sedang dipakai',
};

/** `permission denied`, `it is a directory`…: the reason of a system error in a few words (else its message). */
export function systemReason(e: unknown, locale: Locale = 'en'): string {
  const code = codeOf(e);
  const reasons = locale === 'id' ? SYSTEM_REASONS_ID : SYSTEM_REASONS;
  if (code !== undefined && Object.hasOwn(reasons, code)) return reasons[code]!;
  return e instanceof Error ? e.message : String(e);
}

const WHAT_ID: Record<string, string> = { input: 'masukan', options: 'opsi' };

/** `cannot read input data.csv: no such file or directory` (exit 3). */
export function inputFailure(path: string, e: unknown, what = 'input'): CliFailure {
  const text = {
    en: `cannot read ${what} ${path}: ${systemReason(e)}`,
    id: `tidak dapat membaca ${WHAT_ID[what] ?? what} ${path}: ${systemReason(e, 'id')}`,
  };
  return new CliFailure(text, EXIT.INPUT, { cause: e });
}

/** `cannot write output out/: it is a directory` (exit 4). */
export function outputFailure(path: string, e: unknown): CliFailure {
  const text = {
    en: `cannot write output ${path}: ${systemReason(e)}`,
    id: `tidak dapat menulis keluaran ${path}: ${systemReason(e, 'id')}`,
  };
  return new CliFailure(text, EXIT.OUTPUT, { cause: e });
}

/** A system error with its code, for checks made before the system call would fail (a directory as output). */
export function systemError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code });
}
