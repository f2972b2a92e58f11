import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/cli/main.js';
import { csvRecord, parseCsvLine } from '../src/cli/csv.js';
import { formatDuration, progressLine, progressReporter } from '../src/cli/progress.js';

const root = resolve(import.meta.dirname, '..');
function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { stdout: { write: (s: string) => out.push(s) }, stderr: { write: (s: string) => err.push(s) } } };
}

describe('sistem-merit CLI', () => {
  it('lists rules with their citations', async () => {
    const t = io();
    expect(await runCli(['rules', '--domain', 'performance'], t.io)).toBe(0);
    expect(t.out.join('')).toContain('performance.predikatKinerja');
    expect(t.out.join('')).toContain('PermenPANRB 6/2022');
  });

  it('answers Pasal → rules from the catalogue, and suggests a misspelt regulation id', async () => {
    const t = io();
    expect(await runCli(['rules', '--cites', 'PP_94_2021', '--article', 'Pasal 11'], t.io)).toBe(0);
    const out = t.out.join('');
    expect(out).toContain('discipline.hukumanKetidakhadiran\n');
    expect(out).toMatch(/PP 94\/2021 Pasal 11 ayat \(2\) huruf d angka \d \((tabel|alasan [\w.]+)\)/);
    expect(out).not.toContain('Pasal 110');
    expect(out).toMatch(/\d+ rule\(s\) cite PP 94\/2021 Pasal 11\n$/);
    const wrong = io();
    expect(await runCli(['rules', '--cites', 'PP_94_202'], wrong.io)).toBe(1);
    expect(wrong.err.join('')).toContain('did you mean PP_94_2021?');
    const lone = io();
    expect(await runCli(['rules', '--article', 'Pasal 11'], lone.io)).toBe(1);
  });

  it('explains one case in the chosen language', async () => {
    const t = io();
    const code = await runCli(
      ['explain', 'nilaiKinerjaPp30', '--input', join(root, 'examples/data/nilai-kinerja-pp30.json'), '--lang', 'en'],
      t.io,
    );
    expect(code).toBe(0);
    expect(t.out.join('')).toContain('"predikat": "SANGAT_BAIK"');
    expect(t.out.join('')).toContain('created a new idea');
    expect(t.out.join('')).toMatch(/Decided by performance\.nilaiKinerjaPp30, sistem-merit \d+\.\d+\.\d+\n$/);
  });

  it('passes --as-of to rules that take it, and refuses it elsewhere', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sm-cli-'));
    const file = join(dir, 'case.json');
    writeFileSync(
      file,
      JSON.stringify({ metode: 'PERMENPANRB_6_2022', hasilKerja: 'SESUAI_EKSPEKTASI', perilakuKerja: 'SESUAI_EKSPEKTASI' }),
    );
    const t = io();
    expect(await runCli(['explain', 'performance.penilaianKinerja', '--input', file, '--as-of', '2024-12-31'], t.io)).toBe(0);
    expect(t.out.join('')).toContain('PermenPANRB 6/2022');
    const u = io();
    expect(await runCli(['explain', 'predikatKinerja', '--input', file, '--as-of', '2024-12-31'], u.io)).toBe(1);
    expect(u.err.join('')).toContain('does not take --as-of');
  });

  it('prints JSON Schema of a rule input', async () => {
    const t = io();
    expect(await runCli(['schema', 'predikatKinerja'], t.io)).toBe(0);
    const schema = JSON.parse(t.out.join(''));
    expect(schema.properties.hasilKerja.enum).toContain('DI_ATAS_EKSPEKTASI');
    expect(schema.required).toEqual(['hasilKerja', 'perilakuKerja']);
  });

  it('prints JSON Schema of a rule options and of its decision', async () => {
    const t = io();
    expect(await runCli(['schema', 'nilaiKinerjaPp30', '--part', 'output'], t.io)).toBe(0);
    const output = JSON.parse(t.out.join(''));
    expect(output.properties.value.properties.predikat.enum).toContain('SANGAT_BAIK');
    expect(output.properties.reasons.type).toBe('array');
    const u = io();
    expect(await runCli(['schema', 'nilaiKinerjaPp30', '--part', 'options'], u.io)).toBe(0);
    expect(Object.keys(JSON.parse(u.out.join('')).properties)).toContain('batasSangatKurang');
    const v = io();
    expect(await runCli(['schema', 'nilaiKinerjaPp30', '--part', 'outputs'], v.io)).toBe(1);
    expect(v.err.join('')).toContain('--part must be one of input, options, output');
  });

  it('draws a progress bar with the time left when asked, and clears it before the summary', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sm-cli-'));
    const input = join(dir, 'in.jsonl');
    writeFileSync(input, '{"hasilKerja":"SESUAI_EKSPEKTASI","perilakuKerja":"SESUAI_EKSPEKTASI"}\n'.repeat(3000));
    const t = io();
    expect(await runCli(['batch', 'predikatKinerja', '--input', input, '--output', join(dir, 'out.jsonl'), '--progress'], t.io)).toBe(0);
    const err = t.err.join('');
    expect(err).toMatch(/\r\[[#-]{24}\] +\d+%  1,000 rows/);
    expect(err).toMatch(/3000 rows, 3000 decided, 0 rejected/);
    const w = io();
    expect(await runCli(['batch', 'predikatKinerja', '--input', input, '--output', join(dir, 'out2.jsonl')], w.io)).toBe(0);
    expect(w.err.join('')).not.toContain('['); // not a terminal, not asked: no bar
  });

  // The example CSV carries an identification column, nip, which is no field of predikatKinerja: since rules
  // refuse unknown keys, it is named with --ignore-columns (carried into each output row as text, never fed
  // to the rule) rather than silently dropped.
  it('batch-evaluates a CSV: good rows go through, bad rows are reported with their line number', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sm-cli-'));
    const output = join(dir, 'out.jsonl');
    const t = io();
    const csv = join(root, 'examples/data/predikat-kinerja.csv');
    const code = await runCli(
      ['batch', 'predikatKinerja', '--input', csv, '--output', output, '--lang', 'id', '--ignore-columns', 'nip'],
      t.io,
    );
    expect(code).toBe(2);
    const rows = readFileSync(output, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(rows.map((r) => [r.line, r.nip, r.value])).toEqual([
      [2, '198001012005011001', 'SANGAT_BAIK'],
      [3, '198102022006021002', 'KURANG'],
      [4, '198203032007031003', 'BUTUH_PERBAIKAN'],
      [6, '198405052009051005', 'BAIK'],
    ]);
    expect(Object.keys(rows[0])).toEqual(['line', 'nip', 'value', 'explanation']);
    expect(rows[0].explanation[0]).toContain('Sangat Baik');
    expect(t.err.join('')).toMatch(/baris 5: hasilKerja: /);
    expect(t.err.join('')).toMatch(/5 baris, 4 diputuskan, 1 ditolak/);
  });

  it('carries --ignore-keys of JSON Lines (top level, as they are) and lets the rule ignore them at any depth', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sm-cli-'));
    const input = join(dir, 'in.jsonl');
    writeFileSync(input, '{"nip":"0123","unit":{"kode":7},"hasilKerja":"SESUAI_EKSPEKTASI","perilakuKerja":"SESUAI_EKSPEKTASI"}\n');
    const t = io();
    expect(
      await runCli(['batch', 'predikatKinerja', '--input', input, '--output', join(dir, 'out.jsonl'), '--ignore-keys', 'nip,unit'], t.io),
    ).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'out.jsonl'), 'utf8'))).toEqual({ line: 1, nip: '0123', unit: { kode: 7 }, value: 'BAIK' });
    const u = io(); // without the option, the rule itself refuses the row
    expect(await runCli(['batch', 'predikatKinerja', '--input', input, '--output', join(dir, 'out2.jsonl')], u.io)).toBe(2);
    expect(u.err.join('')).toMatch(/line 1: nip: is not a field of this input; unit: is not a field of this input/);
  });

  it('reads CSV from a file without the .csv extension with --format csv (as from /dev/stdin)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sm-cli-'));
    const input = join(dir, 'data.txt');
    writeFileSync(input, 'hasilKerja,perilakuKerja\nSESUAI_EKSPEKTASI,DI_ATAS_EKSPEKTASI\n');
    const t = io();
    expect(await runCli(['batch', 'predikatKinerja', '--input', input, '--output', join(dir, 'out.jsonl'), '--format', 'csv'], t.io)).toBe(
      0,
    );
    expect(readFileSync(join(dir, 'out.jsonl'), 'utf8')).toBe('{"line":2,"value":"BAIK"}\n');
    const u = io();
    expect(await runCli(['batch', 'predikatKinerja', '--input', input, '--output', join(dir, 'out.jsonl'), '--format', 'tsv'], u.io)).toBe(
      1,
    );
    expect(u.err.join('')).toBe('sistem-merit: --format must be csv or jsonl\n');
  });

  it('explains a case that carries identification keys named with --ignore-keys', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sm-cli-'));
    const file = join(dir, 'case.json');
    writeFileSync(file, JSON.stringify({ nip: '1', hasilKerja: 'SESUAI_EKSPEKTASI', perilakuKerja: 'SESUAI_EKSPEKTASI' }));
    const t = io();
    expect(await runCli(['explain', 'predikatKinerja', '--input', file, '--ignore-keys', 'nip'], t.io)).toBe(0);
    expect(t.out.join('')).toContain('"BAIK"');
    const u = io();
    expect(await runCli(['explain', 'predikatKinerja', '--input', file, '--lang', 'id'], u.io)).toBe(1);
    expect(u.err.join('')).toBe('sistem-merit: Masukan tidak sah untuk performance.predikatKinerja: nip: bukan kolom masukan ini\n');
  });

  it('refuses --ignore-columns naming a field of the input, a dotted name or an output field', async () => {
    const csv = join(root, 'examples/data/predikat-kinerja.csv');
    for (const [name, why] of [
      ['periode', '"periode" is a field of the input of performance.predikatKinerja: it cannot be ignored'],
      ['a.nip', 'name a key without dots'],
      ['value', 'is a field of every output row'],
      ['__proto__', 'forbidden key name'],
    ]) {
      const t = io();
      expect(
        await runCli(
          ['batch', 'predikatKinerja', '--input', csv, '--output', join(tmpdir(), 'never.jsonl'), '--ignore-columns', `nip,${name}`],
          t.io,
        ),
      ).toBe(1);
      expect(t.err.join('')).toContain(why);
    }
  });

  it('batch-evaluates JSON Lines, reporting unparsable lines', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sm-cli-'));
    const input = join(dir, 'in.jsonl');
    writeFileSync(
      input,
      '{"nilaiSkp":90,"nilaiPerilaku":90,"bobot":"70_30"}\n{oops\n\n{"nilaiSkp":130,"nilaiPerilaku":90,"bobot":"70_30"}\n',
    );
    const t = io();
    expect(await runCli(['batch', 'nilaiKinerjaPp30', '--input', input, '--output', join(dir, 'out.jsonl'), '--reasons'], t.io)).toBe(2);
    const rows = readFileSync(join(dir, 'out.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(rows).toHaveLength(1);
    expect(rows[0].reasons.length).toBeGreaterThan(0);
    expect(t.err.join('')).toMatch(/line 2: cannot parse JSONL/);
    expect(t.err.join('')).toMatch(/line 4: nilaiSkp: 130 is out of range; must be from 0 to 120/);
  });

  it('refuses a CSV whose header names a forbidden key, before any row', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sm-cli-'));
    const input = join(dir, 'in.csv');
    writeFileSync(input, '__proto__.x,hasilKerja\n1,BAIK\n');
    const t = io();
    expect(await runCli(['batch', 'predikatKinerja', '--input', input, '--output', join(dir, 'out.jsonl')], t.io)).toBe(1);
    expect(t.err.join('')).toMatch(/line 1: bad CSV header: column 1 "__proto__.x": forbidden column name __proto__.x/);
  });

  it('refuses bad options once, before reading any row', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sm-cli-'));
    const opts = join(dir, 'opts.json');
    writeFileSync(opts, JSON.stringify({ settings: { bobot: '70_30' } }));
    const t = io();
    const code = await runCli(
      [
        'batch',
        'nilaiKinerjaPp30',
        '--input',
        join(root, 'examples/data/predikat-kinerja.csv'),
        '--output',
        join(dir, 'o.jsonl'),
        '--options',
        opts,
      ],
      t.io,
    );
    expect(code).toBe(1);
    expect(t.err.join('')).toMatch(/^sistem-merit: Invalid input for performance.nilaiKinerjaPp30: options\.settings/);
    expect(t.err.join('')).not.toMatch(/line \d+:/);
  });

  it('reports usage errors with exit code 1', async () => {
    for (const argv of [[], ['nope'], ['explain', 'no.such.rule', '--input', 'x'], ['batch', 'predikatKinerja'], ['rules', '--bogus']]) {
      const t = io();
      expect(await runCli(argv, t.io), argv.join(' ')).toBe(1);
    }
  });
});

describe('progress line', () => {
  it('shows share, rows, rate and time left', () => {
    expect(progressLine(250, 1000, 5000, 2)).toBe('[######------------------]  25%  5,000 rows  2,500 rows/s  ETA 0:06');
    expect(progressLine(1000, 1000, 8000, 4)).toBe('[########################] 100%  8,000 rows  2,000 rows/s  ETA —');
    expect(progressLine(0, 0, 0, 0)).toBe('[------------------------]   0%  0 rows  0 rows/s  ETA —');
    expect(formatDuration(59.6)).toBe('1:00');
    expect(formatDuration(3723)).toBe('1:02:03');
  });

  it('redraws at most once per interval', () => {
    const out: string[] = [];
    let now = 0;
    const p = progressReporter({ write: (s) => out.push(s) }, 100, 200, () => now);
    p.update(10, 1);
    now = 100;
    p.update(20, 2);
    now = 250;
    p.update(30, 3);
    p.done();
    expect(out.filter((s) => s.includes('rows'))).toHaveLength(2);
    expect(out.at(-1)).toMatch(/^\r +\r$/);
  });
});

describe('CSV cells', () => {
  it('parses quoted fields and builds nested records', () => {
    expect(parseCsvLine('a,"b,c","d ""e"""')).toEqual(['a', 'b,c', 'd "e"']);
    expect(csvRecord(['x.y', 'x.z', 'n', 'd', 'b', 'e'], ['1', '2.50', '-3', '89.99', 'true', ''])).toEqual({
      x: { y: 1, z: '2.50' },
      n: -3,
      d: '89.99',
      b: true,
    });
    expect(() => csvRecord(['__proto__.polluted'], ['1'])).toThrow(/forbidden/);
    expect(() => csvRecord(['a.__proto__'], ['{"polluted":1}'])).toThrow(/forbidden/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(csvRecord(['a.b'], ['1']).a)).toBe(Object.prototype);
    expect(() => parseCsvLine('"open')).toThrow(/unterminated/);
    expect(() => csvRecord(['a', 'b'], ['1'])).toThrow(/expected 2 columns/);
  });
});
