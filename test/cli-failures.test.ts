/**
 * The CLI never loses a row: one named section per failure mode (output = input, bad options,
 * an internal error mid-batch, EPIPE, missing input / directory as output / unwritable path, unknown and
 * duplicate CSV columns, --debug). In-process through runCli, except one spawned process for EPIPE.
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  createReadStream,
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type BatchRule, runBatch } from '../src/cli/batch.js';
import { EXIT } from '../src/cli/failure.js';
import { runCli } from '../src/cli/main.js';
import { openOutputFile, removeTemporaryFiles } from '../src/cli/output-file.js';
import { decideRow } from '../src/cli/row-handler.js';
import { decision } from '../src/core/decision.js';
import { MeritInputError, ownIssue } from '../src/core/errors.js';
import { predikatKinerjaRule } from '../src/performance/predikat-kinerja.js';

const root = resolve(import.meta.dirname, '..');
const GOOD = '{"hasilKerja":"SESUAI_EKSPEKTASI","perilakuKerja":"SESUAI_EKSPEKTASI"}\n';
const isRoot = process.getuid?.() === 0;

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    /** Everything written to stderr. */
    get stderr() {
      return err.join('');
    },
    io: { stdout: { write: (s: string) => out.push(s) }, stderr: { write: (s: string) => err.push(s) } },
  };
}

function workDir() {
  return mkdtempSync(join(tmpdir(), 'sm-cli-fail-'));
}

/** Temporary files a run left beside its output (there must be none). */
const leftovers = (dir: string) => readdirSync(dir).filter((n) => n.endsWith('.tmp'));

const batch = (input: string, output: string, ...more: string[]) => [
  'batch',
  'predikatKinerja',
  '--input',
  input,
  '--output',
  output,
  ...more,
];

describe('CLI failure: output = input', () => {
  it('refuses the same path, before writing anything; the input is intact', async () => {
    const dir = workDir();
    const input = join(dir, 'data.jsonl');
    writeFileSync(input, GOOD.repeat(3));
    const t = io();
    expect(await runCli(batch(input, input), t.io)).toBe(EXIT.USAGE);
    expect(t.stderr).toBe(`sistem-merit: output ${input} is the input file ${input} (after resolving links): write to another file\n`);
    expect(readFileSync(input, 'utf8')).toBe(GOOD.repeat(3));
    expect(leftovers(dir)).toEqual([]);
  });

  it('refuses it through a symbolic link, a hard link, a linked directory and a roundabout path', async () => {
    const dir = workDir();
    const input = join(dir, 'data.jsonl');
    writeFileSync(input, GOOD);
    symlinkSync(input, join(dir, 'link.jsonl'));
    linkSync(input, join(dir, 'hard.jsonl'));
    symlinkSync(dir, join(dir, 'again'));
    for (const output of [join(dir, 'link.jsonl'), join(dir, 'hard.jsonl'), join(dir, 'again', 'data.jsonl'), `${dir}/./x/../data.jsonl`]) {
      if (output.includes('/x/')) mkdirSync(join(dir, 'x'), { recursive: true });
      const t = io();
      expect(await runCli(batch(input, output), t.io), output).toBe(EXIT.USAGE);
      expect(t.stderr).toContain('is the input file');
    }
    // …and when the input is given through the link and the output by its real name.
    const t = io();
    expect(await runCli(batch(join(dir, 'link.jsonl'), input), t.io)).toBe(EXIT.USAGE);
    expect(readFileSync(input, 'utf8')).toBe(GOOD);
    expect(lstatSync(join(dir, 'link.jsonl')).isSymbolicLink()).toBe(true);
    expect(leftovers(dir)).toEqual([]);
  });

  it('accepts a new output beside the input (resolved directory + name differ)', async () => {
    const dir = workDir();
    const input = join(dir, 'data.jsonl');
    writeFileSync(input, GOOD);
    symlinkSync(dir, join(dir, 'again'));
    const t = io();
    expect(await runCli(batch(input, join(dir, 'again', 'out.jsonl')), t.io)).toBe(EXIT.OK);
    expect(readFileSync(join(dir, 'out.jsonl'), 'utf8')).toBe('{"line":1,"value":"BAIK"}\n');
  });
});

describe('CLI failure: bad options leave no file and keep an existing one', () => {
  const dir = workDir();
  const input = join(dir, 'data.csv');
  writeFileSync(input, 'hasilKerja,perilakuKerja\nSESUAI_EKSPEKTASI,SESUAI_EKSPEKTASI\n');
  const badOptions = join(dir, 'bad-options.json');
  writeFileSync(badOptions, '{"settings":{}}');
  const notJson = join(dir, 'not.json');
  writeFileSync(notJson, '{oops');
  const badHeader = join(dir, 'bad-header.csv');
  writeFileSync(badHeader, 'hasilKrja,perilakuKerja\nSESUAI_EKSPEKTASI,SESUAI_EKSPEKTASI\n');
  const cases: [string, (output: string) => string[], number, RegExp][] = [
    [
      'unknown rule',
      (o) => ['batch', 'predikatKinrja', '--input', input, '--output', o],
      1,
      /unknown rule predikatKinrja; did you mean predikatKinerja\?/,
    ],
    [
      'options the rule refuses',
      (o) => [...batch(input, o), '--options', badOptions],
      1,
      /Invalid input for performance.predikatKinerja: options.settings: is not a setting/,
    ],
    ['options that are not JSON', (o) => [...batch(input, o), '--options', notJson], 1, /cannot read JSON from .*not\.json/],
    [
      'a missing options file',
      (o) => [...batch(input, o), '--options', join(dir, 'nope.json')],
      3,
      /cannot read options .*nope\.json: no such file/,
    ],
    ['--as-of for a rule without asOf', (o) => [...batch(input, o), '--as-of', '2024-01-01'], 1, /does not take --as-of/],
    ['a bad --lang', (o) => [...batch(input, o), '--lang', 'fr'], 1, /--lang must be id or en/],
    ['an unknown flag', (o) => [...batch(input, o), '--reason'], 1, /Unknown option '--reason'/],
    ['--ignore-columns naming an input field', (o) => [...batch(input, o), '--ignore-columns', 'hasilKerja'], 1, /cannot be ignored/],
    [
      'a bad CSV header',
      (o) => batch(badHeader, o),
      1,
      /bad CSV header: column 1 "hasilKrja": is not a field of this input; did you mean "hasilKerja"\?/,
    ],
    ['a missing input', (o) => batch(join(dir, 'nope.csv'), o), 3, /cannot read input/],
  ];

  it.each(cases)('%s: no output file is created', async (_, argv, code, message) => {
    const output = join(workDir(), 'out.jsonl');
    const t = io();
    expect(await runCli(argv(output), t.io)).toBe(code);
    expect(t.stderr).toMatch(message);
    expect(existsSync(output)).toBe(false);
    expect(readdirSync(join(output, '..'))).toEqual([]);
  });

  it.each(cases)('%s: an existing output is left intact', async (_, argv, code) => {
    const out = workDir();
    const output = join(out, 'out.jsonl');
    writeFileSync(output, 'previous complete run\n');
    expect(await runCli(argv(output), io().io)).toBe(code);
    expect(readFileSync(output, 'utf8')).toBe('previous complete run\n');
    expect(readdirSync(out)).toEqual(['out.jsonl']);
  });
});

describe('CLI failure: an internal error mid-batch', () => {
  /** predikatKinerja, except that its evaluator throws a TypeError (a defect) on one row. */
  const flaky: BatchRule = {
    id: 'test.flaky',
    input: predikatKinerjaRule.input,
    withOptions(options, config) {
      const decide = predikatKinerjaRule.withOptions(options as undefined, config);
      return (input) => {
        if ((input as { hasilKerja?: string }).hasilKerja === 'DI_BAWAH_EKSPEKTASI')
          throw new TypeError("Cannot read properties of undefined (reading 'x')");
        if ((input as { periode?: string }).periode === 'BULANAN') throw 'a thrown string'; // not even an Error
        return decide(input as Parameters<typeof decide>[0]);
      };
    },
  };
  const request = (inputPath: string, outputPath: string, debug = false) => ({
    rule: flaky,
    inputPath,
    outputPath,
    options: undefined,
    carried: [],
    withReasons: false,
    messagesIn: 'en' as const,
    progress: false,
    debug,
  });
  const rows = [
    GOOD,
    GOOD,
    '{"hasilKerja":"DI_BAWAH_EKSPEKTASI","perilakuKerja":"SESUAI_EKSPEKTASI"}\n',
    '{"hasilKerja":"LUAR_BIASA","perilakuKerja":"SESUAI_EKSPEKTASI"}\n',
    '{"hasilKerja":"SESUAI_EKSPEKTASI","perilakuKerja":"SESUAI_EKSPEKTASI","periode":"BULANAN"}\n',
    GOOD,
  ].join('');

  it('rejects the row as "line N: internal error: …", counts it, and keeps every other row', async () => {
    const dir = workDir();
    writeFileSync(join(dir, 'in.jsonl'), rows);
    const t = io();
    expect(await runBatch(t.io, request(join(dir, 'in.jsonl'), join(dir, 'out.jsonl')))).toBe(EXIT.ROWS_REJECTED);
    const out = readFileSync(join(dir, 'out.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out.map((r) => r.line)).toEqual([1, 2, 6]);
    const lines = t.stderr.split('\n');
    expect(lines[0]).toBe("line 3: internal error: TypeError: Cannot read properties of undefined (reading 'x')");
    expect(lines[1]).toMatch(/^line 4: hasilKerja: /);
    expect(lines[2]).toBe('line 5: internal error: a thrown string');
    expect(lines[3]).toMatch(
      /^test\.flaky: 6 rows, 3 decided, 3 rejected \(2 internal errors: please report; --debug shows the stack\), in [\d.]+ s → /,
    );
    expect(leftovers(dir)).toEqual([]);
  });

  it('prints the stack of an internal error under --debug', async () => {
    const dir = workDir();
    writeFileSync(join(dir, 'in.jsonl'), rows);
    const t = io();
    await runBatch(t.io, request(join(dir, 'in.jsonl'), join(dir, 'out.jsonl'), true));
    expect(t.stderr).toMatch(/line 3: internal error: TypeError: Cannot read[^\n]*\nTypeError: Cannot read[^\n]*\n +at /);
  });

  it('recognises an input error of another copy of the library (MeritInputError.is, not instanceof), in either language', () => {
    const own = new MeritInputError(
      [ownIssue(['nip'], { en: 'is not a field of this input', id: 'bukan kolom masukan ini' }, 'unknown_key')],
      'x',
    );
    // A copy from another bundle: another class, the same brand.
    const foreign = Object.assign(Object.create(null) as object, {
      message: own.message,
      issues: own.issues,
      describe: own.describe.bind(own),
    });
    Object.defineProperty(foreign, Symbol.for('sistem-merit.MeritInputError'), { value: true });
    for (const error of [own, foreign]) {
      const ctx = { line: 7, withReasons: false, messagesIn: 'id' as const, debug: false };
      expect(
        decideRow(
          () => {
            throw error;
          },
          {},
          ctx,
        ),
      ).toEqual({ decided: false, message: 'nip: bukan kolom masukan ini', internal: false });
    }
    const ok = decideRow(
      () => decision('BAIK', []),
      {},
      { line: 7, carried: { nip: '01' }, withReasons: true, messagesIn: 'en', debug: false },
    );
    expect(ok).toEqual({ decided: true, json: '{"line":7,"nip":"01","value":"BAIK","reasons":[]}' });
  });

  it('rejects a row whose decision cannot be written as JSON, and goes on', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    const outcome = decideRow(() => decision(cyclic, []), {}, { line: 2, withReasons: false, messagesIn: 'en', debug: false });
    expect(outcome).toMatchObject({
      decided: false,
      internal: true,
      message: expect.stringMatching(/^internal error: TypeError: Converting circular structure/),
    });
  });
});

describe('CLI failure: EPIPE (the reader closes early)', () => {
  const epipe = () => Object.assign(new Error('write EPIPE'), { code: 'EPIPE' });

  it('ends quietly with exit code 0 when stdout is closed', async () => {
    for (const argv of [['rules'], ['schema', 'predikatKinerja'], ['--help']]) {
      const err: string[] = [];
      const code = await runCli(argv, {
        stdout: {
          write: () => {
            throw epipe();
          },
        },
        stderr: { write: (s: string) => err.push(s) },
      });
      expect(code, argv.join(' ')).toBe(EXIT.OK);
      expect(err).toEqual([]);
    }
  });

  it('still completes the output file when stderr is closed (2>&1 | head -1)', async () => {
    const dir = workDir();
    writeFileSync(join(dir, 'in.jsonl'), `{"hasilKerja":"X"}\n${GOOD}`);
    let writes = 0;
    const code = await runCli(batch(join(dir, 'in.jsonl'), join(dir, 'out.jsonl')), {
      stdout: { write: () => undefined },
      stderr: {
        write: () => {
          writes += 1;
          throw epipe();
        },
      },
    });
    expect(code).toBe(EXIT.ROWS_REJECTED);
    expect(writes).toBe(1); // nothing more is tried after the pipe closed
    expect(readFileSync(join(dir, 'out.jsonl'), 'utf8')).toBe('{"line":2,"value":"BAIK"}\n');
  });

  // One spawned process (about a second), in one time zone: a closed pipe does not depend on it.
  it.skipIf(process.env.TZ !== 'UTC')(
    'the real command, piped into a reader that has gone, exits 0 without a stack trace',
    async () => {
      const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'src/cli/bin.ts'), 'rules'], {
        cwd: root,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child.stdout.destroy(); // the reader closes before the first line is written: every write meets EPIPE
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const code = await new Promise<number | null>((done) => child.on('close', done));
      expect(stderr).toBe('');
      expect(code).toBe(0);
    },
    20_000,
  );
});

describe('CLI failure: missing input, a directory as output, an unwritable path', () => {
  /** Runs and checks the exit code, and that stderr is exactly one line. */
  async function fails(argv: string[], code: number): Promise<string> {
    const t = io();
    expect(await runCli(argv, t.io)).toBe(code);
    expect(t.stderr.split('\n')).toHaveLength(2); // one line, then the final newline
    return t.stderr.trimEnd();
  }

  it('ENOENT: a missing input (batch, explain) is exit 3, one line, no output', async () => {
    const dir = workDir();
    const missing = join(dir, 'missing.csv');
    expect(await fails(batch(missing, join(dir, 'out.jsonl')), 3)).toBe(
      `sistem-merit: cannot read input ${missing}: no such file or directory`,
    );
    expect(await fails(['explain', 'predikatKinerja', '--input', missing], 3)).toBe(
      `sistem-merit: cannot read input ${missing}: no such file or directory`,
    );
    expect(readdirSync(dir)).toEqual([]);
  });

  it('EISDIR: a directory as input is exit 3; a directory as output is exit 4 and stays as it was', async () => {
    const dir = workDir();
    const input = join(dir, 'in.jsonl');
    writeFileSync(input, GOOD);
    expect(await fails(batch(dir, join(dir, 'out.jsonl')), 3)).toBe(`sistem-merit: cannot read input ${dir}: it is a directory`);
    mkdirSync(join(dir, 'out'));
    expect(await fails(batch(input, join(dir, 'out')), 4)).toBe(`sistem-merit: cannot write output ${join(dir, 'out')}: it is a directory`);
    expect(readdirSync(join(dir, 'out'))).toEqual([]);
    expect(leftovers(dir)).toEqual([]);
  });

  it('an unwritable path: a missing directory, a file in the path, a device that is full: exit 4', async () => {
    const dir = workDir();
    const input = join(dir, 'in.jsonl');
    writeFileSync(input, GOOD);
    const nowhere = join(dir, 'no', 'out.jsonl');
    expect(await fails(batch(input, nowhere), 4)).toBe(
      `sistem-merit: cannot write output ${nowhere}: no such directory ${join(dir, 'no')}`,
    );
    const underFile = join(input, 'out.jsonl');
    expect(await fails(batch(input, underFile), 4)).toBe(
      `sistem-merit: cannot write output ${underFile}: a part of the path is not a directory`,
    );
    if (existsSync('/dev/full')) {
      expect(await fails(batch(input, '/dev/full'), 4)).toBe('sistem-merit: cannot write output /dev/full: no space left on device');
    }
    expect(readdirSync(dir)).toEqual(['in.jsonl']);
  });

  it.skipIf(isRoot || process.platform === 'win32')('EACCES: a directory without write permission is exit 4', async () => {
    const dir = workDir();
    const input = join(dir, 'in.jsonl');
    writeFileSync(input, GOOD);
    mkdirSync(join(dir, 'locked'));
    chmodSync(join(dir, 'locked'), 0o555);
    const output = join(dir, 'locked', 'out.jsonl');
    expect(await fails(batch(input, output), 4)).toBe(`sistem-merit: cannot write output ${output}: permission denied`);
  });
});

describe('CLI failure: unknown and duplicate CSV columns', () => {
  async function header(rule: string, head: string, ...more: string[]) {
    const dir = workDir();
    writeFileSync(join(dir, 'in.csv'), `${head}\n`);
    const t = io();
    const code = await runCli(['batch', rule, '--input', join(dir, 'in.csv'), '--output', join(dir, 'out.jsonl'), ...more], t.io);
    expect(code).toBe(EXIT.USAGE);
    expect(existsSync(join(dir, 'out.jsonl'))).toBe(false);
    return t.stderr.replace(/^sistem-merit: .*in\.csv (line|baris) 1: (bad CSV header|tajuk CSV salah): /, '').trimEnd();
  }

  it('refuses an unknown column with the closest field as a suggestion', async () => {
    expect(await header('predikatKinerja', 'hasilKrja,perilakuKerja')).toBe(
      'column 1 "hasilKrja": is not a field of this input; did you mean "hasilKerja"?',
    );
    expect(await header('predikatKinerja', 'hasilKerja,perilakuKerja,nip')).toBe(
      'column 3 "nip": is not a field of this input (name identification columns such as "nip" with --ignore-columns)',
    );
  });

  it('checks dotted columns against the nested shape', async () => {
    expect(await header('nilaiPrestasiKerjaPp46', 'nilaiSkp,jabatanStruktural,perilaku.integritsa')).toBe(
      'column 3 "perilaku.integritsa": is not a field of this input; did you mean "integritas"?',
    );
    expect(await header('nilaiPrestasiKerjaPp46', 'nilaiSkp.nilai')).toBe('column 1 "nilaiSkp.nilai": nilaiSkp is not a group of fields');
    expect(await header('kenaikanPangkatReguler', 'riwayatHukuman.jenis', '--as-of', '2024-04-01')).toBe(
      'column 1 "riwayatHukuman.jenis": riwayatHukuman is a list: give it as one JSON cell or as indexed columns (riwayatHukuman.0.…, riwayatHukuman.1.…)',
    );
  });

  it('refuses a duplicate column, and a column that overlaps another (a and a.b)', async () => {
    expect(await header('predikatKinerja', 'hasilKerja,perilakuKerja,hasilKerja')).toBe('column 3 "hasilKerja": repeats column 1');
    expect(await header('nilaiPrestasiKerjaPp46', 'perilaku,perilaku.integritas')).toBe(
      'column 2 "perilaku.integritas": overlaps column 1',
    );
    expect(await header('predikatKinerja', 'hasilKerja,,perilakuKerja')).toBe('column 2: has no name');
  });

  it('refuses an --ignore-columns name the header does not have, with a suggestion', async () => {
    expect(await header('predikatKinerja', 'nip,hasilKerja,perilakuKerja', '--ignore-columns', 'nipp')).toBe(
      'column 1 "nip": is not a field of this input (name identification columns such as "nip" with --ignore-columns); --ignore-columns names "nipp", which the header does not have; did you mean "nip"?',
    );
  });

  it('lists every problem at once, in Bahasa Indonesia with --lang id', async () => {
    expect(await header('predikatKinerja', 'hasilKrja,hasilKrja,periode.x', '--lang', 'id')).toBe(
      'kolom 1 "hasilKrja": bukan kolom masukan ini; mungkin maksudnya "hasilKerja"?; kolom 2 "hasilKrja": mengulang kolom 1; kolom 3 "periode.x": periode bukan kelompok kolom',
    );
  });

  it('refuses the header of a rule whose input is not a record of fields', async () => {
    expect(await header('periodeKenaikanPangkat', 'tanggal')).toBe(
      'column 1 "tanggal": the input of this rule is not a record of fields: use JSON Lines',
    );
  });
});

describe('CLI failure: --debug', () => {
  it('adds the stack (and the system error under it) to the one line', async () => {
    const missing = join(workDir(), 'missing.jsonl');
    const t = io();
    expect(await runCli([...batch(missing, join(tmpdir(), 'never.jsonl')), '--debug'], t.io)).toBe(EXIT.INPUT);
    expect(t.stderr).toMatch(
      /^sistem-merit: cannot read input .*: no such file or directory\nCliFailure: .*\n +at .*\n[^]*caused by: Error: ENOENT/,
    );
  });

  it('an unexpected error of the tool is exit 5: one line, the stack only under --debug', async () => {
    const broken = (err: string[]) => ({
      stdout: {
        write: () => {
          throw new RangeError('disk on fire');
        },
      },
      stderr: { write: (s: string) => err.push(s) },
    });
    const quiet: string[] = [];
    expect(await runCli(['rules'], broken(quiet))).toBe(EXIT.INTERNAL);
    expect(quiet).toEqual(['sistem-merit: internal error: RangeError: disk on fire (--debug shows the stack)\n']);
    const loud: string[] = [];
    expect(await runCli(['rules', '--debug'], broken(loud))).toBe(EXIT.INTERNAL);
    expect(loud.join('')).toMatch(/^sistem-merit: internal error: RangeError: disk on fire\nRangeError: disk on fire\n +at /);
  });
});

describe('CLI output: written beside and renamed into place', () => {
  it('replaces an existing output only when done, keeping its permissions; a symbolic link keeps pointing at it', async () => {
    const dir = workDir();
    const input = join(dir, 'in.jsonl');
    writeFileSync(input, GOOD);
    const real = join(dir, 'real.jsonl');
    writeFileSync(real, 'old\n');
    chmodSync(real, 0o640);
    symlinkSync(real, join(dir, 'out.jsonl'));
    expect(await runCli(batch(input, join(dir, 'out.jsonl')), io().io)).toBe(EXIT.OK);
    expect(readFileSync(real, 'utf8')).toBe('{"line":1,"value":"BAIK"}\n');
    expect(statSync(real).mode & 0o777).toBe(0o640);
    expect(lstatSync(join(dir, 'out.jsonl')).isSymbolicLink()).toBe(true);
    expect(leftovers(dir)).toEqual([]);
  });

  it('a failure after rows were written keeps the previous output whole and leaves no temporary file', async () => {
    const dir = workDir();
    writeFileSync(join(dir, 'in.jsonl'), `${GOOD.repeat(3_000)}{"hasilKerja":"X"}\n${GOOD}`); // > 64 KB written first
    writeFileSync(join(dir, 'out.jsonl'), 'previous complete run\n');
    const err: string[] = [];
    const failingStderr = {
      write: (s: string) => {
        if (s.startsWith('line ')) throw new Error('stderr is broken'); // not EPIPE: an unexpected failure
        err.push(s);
      },
    };
    expect(
      await runCli(batch(join(dir, 'in.jsonl'), join(dir, 'out.jsonl')), { stdout: { write: () => undefined }, stderr: failingStderr }),
    ).toBe(EXIT.INTERNAL);
    expect(err).toEqual(['sistem-merit: internal error: stderr is broken (--debug shows the stack)\n']);
    expect(readFileSync(join(dir, 'out.jsonl'), 'utf8')).toBe('previous complete run\n');
    expect(leftovers(dir)).toEqual([]);
  });

  it('an empty input gives an empty output (a complete run of no rows)', async () => {
    const dir = workDir();
    writeFileSync(join(dir, 'in.csv'), 'hasilKerja,perilakuKerja\n');
    const t = io();
    expect(await runCli(batch(join(dir, 'in.csv'), join(dir, 'out.jsonl')), t.io)).toBe(EXIT.OK);
    expect(readFileSync(join(dir, 'out.jsonl'), 'utf8')).toBe('');
    expect(t.stderr).toMatch(/0 rows, 0 decided, 0 rejected/);
  });

  it('a temporary file never outlives an interrupted run; the output stays absent', async () => {
    const dir = workDir();
    const output = await openOutputFile(join(dir, 'out.jsonl'));
    await output.write('half a batch\n');
    expect(leftovers(dir)).toHaveLength(1);
    removeTemporaryFiles(); // what SIGINT, SIGTERM and exit do in bin.ts
    expect(readdirSync(dir)).toEqual([]);
    await output.abort();
  });

  it.skipIf(process.platform === 'win32' || spawnSync('mkfifo', ['--version']).error !== undefined)(
    'writes a named pipe in place (it is not replaced by a file)',
    async () => {
      const dir = workDir();
      writeFileSync(join(dir, 'in.jsonl'), GOOD);
      const fifo = join(dir, 'pipe');
      spawnSync('mkfifo', [fifo]);
      const chunks: string[] = [];
      const reader = new Promise<void>((done) =>
        createReadStream(fifo, 'utf8')
          .on('data', (c) => chunks.push(String(c)))
          .on('end', done),
      );
      expect(await runCli(batch(join(dir, 'in.jsonl'), fifo), io().io)).toBe(EXIT.OK);
      await reader;
      expect(chunks.join('')).toBe('{"line":1,"value":"BAIK"}\n');
      expect(statSync(fifo).isFIFO()).toBe(true);
    },
  );
});
