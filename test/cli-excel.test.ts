import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findRule, RULES } from '../src/catalogue.js';
import { parseCsvLine } from '../src/cli/csv.js';
import { messageLocale, runCli } from '../src/cli/main.js';
import { explain } from '../src/explain.js';

const root = resolve(import.meta.dirname, '..');
const KP_FILE = join(root, 'examples/data/kp-reguler-excel.csv');
const PP46_FILE = join(root, 'examples/data/prestasi-kerja-pp46-excel.csv');
const workDir = () => mkdtempSync(join(tmpdir(), 'sm-excel-'));

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { stdout: { write: (s: string) => out.push(s) }, stderr: { write: (s: string) => err.push(s) } });
  return { code, out: out.join(''), err: err.join('') };
}

/** A CSV file as Excel reads it: BOM dropped, CRLF lines, cells split by `delimiter` (quotes honoured). */
function readCsv(path: string, delimiter: string): Record<string, string>[] {
  const text = readFileSync(path, 'utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  const lines = text.slice(1).split('\r\n');
  expect(lines.pop()).toBe('');
  const [header, ...rows] = lines.map((l) => parseCsvLine(l, delimiter));
  return rows.map((cells) => Object.fromEntries(header!.map((name, i) => [name, cells[i]!])));
}

/** The fixture's records as the rule should see them (Excel's cells, by hand). */
const KP_ROWS = readFileSync(KP_FILE, 'utf8')
  .slice(1)
  .split('\r\n')
  .slice(1, -1)
  .map((line) => {
    const [nip, nama, golongan, tmtPangkat, ijazah, t0, p0, t1, p1] = line.split(';');
    const riwayatPenilaian = t0
      ? [
          { tahun: Number(t0), predikat: p0 },
          { tahun: Number(t1), predikat: p1 },
        ]
      : [];
    return { nip, nama, input: { golongan, tmtPangkat, ijazah, riwayatPenilaian } };
  });

describe('the CLI with a spreadsheet saved by Excel on an Indonesian-locale PC', () => {
  it('the fixture is byte-exact as Excel writes it: BOM, CRLF, ";", decimal commas', () => {
    const bytes = readFileSync(PP46_FILE);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toContain(';88,67;');
    expect(bytes.toString('utf8').split('\r\n').length).toBe(5);
    expect(bytes.toString('utf8').replaceAll('\r\n', '')).not.toContain('\n');
  });

  it('reads the ";" file with indexed history columns, keeps nip and nama, and writes CSV that parses back', async () => {
    const out = join(workDir(), 'hasil.csv');
    const run = await cli(
      'batch',
      'promotion.kenaikanPangkatReguler',
      '--input',
      KP_FILE,
      '--output',
      out,
      '--as-of',
      '2023-01-15',
      '--keep',
      'nip,nama',
      '--lang',
      'id',
    );
    expect(run.err).toMatch(/6 baris, 6 diputuskan, 0 ditolak/);
    expect(run.code).toBe(0);
    const rows = readCsv(out, ';');
    const rule = findRule('promotion.kenaikanPangkatReguler')!;
    expect(rows.map((r) => [r.nip, r.nama])).toEqual(KP_ROWS.map((r) => [r.nip, r.nama]));
    rows.forEach((row, i) => {
      const d = rule.run(KP_ROWS[i]!.input, { asOf: '2023-01-15' });
      const value = d.value as Record<string, unknown>;
      expect(row.line).toBe(String(i + 2));
      expect(row.memenuhiSyarat).toBe(String(value.memenuhiSyarat));
      expect(row.golonganBaru).toBe(value.golonganBaru ?? '');
      expect(row.tmtPalingCepat).toBe(value.tmtPalingCepat ?? '');
      expect(row.explanation).toBe(explain(d, 'id').join(' | '));
    });
    expect(rows[0]).toMatchObject({ nama: 'Andi Saputra, S.E.', memenuhiSyarat: 'true', golonganBaru: 'III/c' });
  });

  it('reads decimal commas in a ";" file and writes them back with a comma', async () => {
    const out = join(workDir(), 'hasil.csv');
    const run = await cli('batch', 'nilaiPrestasiKerjaPp46', '--input', PP46_FILE, '--output', out, '--keep', 'nip,nama');
    expect(run.code).toBe(0);
    const rule = findRule('performance.nilaiPrestasiKerjaPp46')!;
    const expected = rule.run({
      nilaiSkp: '88.67',
      perilaku: { orientasiPelayanan: 80, integritas: 85, komitmen: 80, disiplin: 76, kerjaSama: 79 },
    });
    const row = readCsv(out, ';')[0]!;
    const value = JSON.parse(JSON.stringify(expected.value)) as Record<string, unknown>;
    for (const [key, v] of Object.entries(value)) {
      if (typeof v === 'string' && /^\d+\.\d+$/.test(v)) expect(row[key], key).toBe(v.replace('.', ','));
    }
    expect(readCsv(out, ';')[2]!.nip).toBe('199001052014031001');
  });

  it('detects a tab-separated file, also with riwayatPenilaian[0].tahun columns, and writes JSON Lines for .jsonl', async () => {
    const dir = workDir();
    const tsv = join(dir, 'data.csv');
    const text = readFileSync(KP_FILE, 'utf8')
      .replaceAll(';', '\t')
      .replaceAll(/riwayatPenilaian\.(\d)/g, 'riwayatPenilaian[$1]');
    writeFileSync(tsv, text);
    const out = join(dir, 'out.jsonl');
    expect(
      (await cli('batch', 'kenaikanPangkatReguler', '--input', tsv, '--output', out, '--as-of', '2023-01-15', '--keep', 'nip,nama')).code,
    ).toBe(0);
    const rows = readFileSync(out, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { nip: string; value: { memenuhiSyarat: boolean } });
    expect(rows.map((r) => r.nip)).toEqual(KP_ROWS.map((r) => r.nip));
    expect(rows[0]!.value.memenuhiSyarat).toBe(true);
  });

  it('a forced --delimiter that does not match fails on the header; --output-format csv writes CSV to any name', async () => {
    const dir = workDir();
    const wrong = await cli(
      'batch',
      'kenaikanPangkatReguler',
      '--input',
      KP_FILE,
      '--output',
      join(dir, 'o.csv'),
      '--delimiter',
      ',',
      '--as-of',
      '2023-01-15',
    );
    expect(wrong.code).toBe(1);
    expect(wrong.err).toContain('bad CSV header');
    const out = join(dir, 'hasil.txt');
    expect(
      (
        await cli(
          'batch',
          'kenaikanPangkatReguler',
          '--input',
          KP_FILE,
          '--output',
          out,
          '--output-format',
          'csv',
          '--as-of',
          '2023-01-15',
          '--keep',
          'nip,nama',
        )
      ).code,
    ).toBe(0);
    expect(readCsv(out, ';')).toHaveLength(6);
  });

  it('before: "all rows rejected"; a comma file still reads with "." decimals', async () => {
    const dir = workDir();
    const csv = join(dir, 'data.csv');
    writeFileSync(
      csv,
      'nilaiSkp,perilaku.orientasiPelayanan,perilaku.integritas,perilaku.komitmen,perilaku.disiplin,perilaku.kerjaSama\n88.67,80,85,80,76,79\n',
    );
    const out = join(dir, 'out.csv');
    expect((await cli('batch', 'nilaiPrestasiKerjaPp46', '--input', csv, '--output', out)).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^\uFEFFline,/);
  });
});

describe('template, --version, domains, language', () => {
  it('prints a template for every rule whose input is a record, which batch reads back to the example decision', async () => {
    for (const rule of RULES) {
      const example = rule.examples[0];
      if (!example || example.input === null || typeof example.input !== 'object' || Array.isArray(example.input)) continue;
      for (const lang of ['id', 'en']) {
        const t = await cli('template', rule.id, '--lang', lang);
        expect(t.code, rule.id).toBe(0);
        const dir = workDir();
        writeFileSync(join(dir, 'in.csv'), t.out);
        const args = ['batch', rule.id, '--input', join(dir, 'in.csv'), '--output', join(dir, 'out.jsonl')];
        if (example.options !== undefined) {
          writeFileSync(join(dir, 'options.json'), JSON.stringify(example.options));
          args.push('--options', join(dir, 'options.json'));
        }
        const run = await cli(...args);
        expect(run.code, `${rule.id} ${lang}: ${run.err}`).toBe(0);
        const row = JSON.parse(readFileSync(join(dir, 'out.jsonl'), 'utf8')) as { value: unknown };
        expect(row.value, rule.id).toEqual(JSON.parse(JSON.stringify(example.expected)));
      }
    }
  });

  it('template --lang id writes ";" and the history as indexed columns', async () => {
    const t = await cli('template', 'kenaikanPangkatReguler', '--lang', 'id');
    expect(t.out.split('\n')[0]).toBe(
      'golongan;tmtPangkat;ijazah;riwayatPenilaian.0.tahun;riwayatPenilaian.0.predikat;riwayatPenilaian.1.tahun;riwayatPenilaian.1.predikat',
    );
    expect(t.err).toContain('--keep nip,nama --as-of 2023-01-15 --lang id');
  });

  it('--version prints the version', async () => {
    const v = await cli('--version');
    expect(v.code).toBe(0);
    expect(v.out).toMatch(/^sistem-merit \d+\.\d+\.\d+\n$/);
  });

  it('rules --domain takes the Indonesian name; an unknown domain fails listing the valid ones', async () => {
    const alias = await cli('rules', '--domain', 'disiplin');
    expect(alias.code).toBe(0);
    expect(alias.out).toContain('discipline.hukumanKetidakhadiran');
    expect(alias.out).not.toContain('performance.');
    const unknown = await cli('rules', '--domain', 'disipline');
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('unknown domain disipline; did you mean discipline?');
    expect(unknown.err).toContain('discipline (disiplin)');
    const rule = await cli('explain', 'gajiPokok', '--input', 'x.json');
    expect(rule.code).toBe(1);
    expect(rule.err).toContain(`unknown rule gajiPokok; rules: ${RULES.map((r) => r.id).join(', ')}\n`);
    const id = await cli('rules', '--domain', 'gaji', '--lang', 'id');
    expect(id.err).toMatch(/^sistem-merit: ranah gaji tidak dikenal; .*ranah: performance \(kinerja\)/);
  });

  it('speaks Bahasa Indonesia with --lang id or an Indonesian LANG', async () => {
    expect(messageLocale(undefined, { LANG: 'id_ID.UTF-8' })).toBe('id');
    expect(messageLocale(undefined, { LANG: 'en_US.UTF-8', LC_ALL: 'id_ID' })).toBe('id');
    expect(messageLocale(undefined, { LANG: 'C.UTF-8' })).toBe('en');
    expect(messageLocale('en', { LANG: 'id_ID.UTF-8' })).toBe('en');
    const missing = await cli('batch', 'predikatKinrja', '--input', 'x.csv', '--output', 'y.csv', '--lang', 'id');
    expect(missing.err).toBe(
      'sistem-merit: aturan predikatKinrja tidak dikenal; mungkin maksudnya predikatKinerja? (lihat: sistem-merit rules)\n',
    );
    const unreadable = await cli(
      'batch',
      'predikatKinerja',
      '--input',
      join(workDir(), 'tidak-ada.csv'),
      '--output',
      'y.csv',
      '--lang',
      'id',
    );
    expect(unreadable.code).toBe(3);
    expect(unreadable.err).toMatch(/tidak dapat membaca masukan .*tidak-ada\.csv: berkas atau direktori tidak ada/);
    const kept = await cli('batch', 'predikatKinerja', '--input', 'x.csv', '--output', 'y.csv', '--keep', 'hasilKerja', '--lang', 'id');
    expect(kept.err).toBe(
      'sistem-merit: --ignore-columns: "hasilKerja" adalah kolom masukan performance.predikatKinerja: tidak dapat diabaikan\n',
    );
  });
});
