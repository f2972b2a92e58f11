import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/cli/main.js';
import { separatorOf, surveiLayout } from '../src/cli/survei.js';
import { indeksKepuasanMasyarakatResponden } from '../src/pelayanan/index.js';

const root = resolve(import.meta.dirname, '..');
/** A survey as Excel saves it on an Indonesian-locale PC: BOM, `;`, CRLF, a respondent number and a service type. */
const EXCEL = join(root, 'examples/data/skm-excel.csv');

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { stdout: { write: (s: string) => out.push(s) }, stderr: { write: (s: string) => err.push(s) } } };
}

function answersOf(file: string): Record<string, number>[] {
  const [header, ...rows] = readFileSync(file, 'utf8').replace(/^\uFEFF/, '').trim().split(/\r?\n/);
  const names = header!.split(';');
  return rows.map((r) => Object.fromEntries(r.split(';').flatMap((c, i) => (i < 2 ? [] : [[names[i]!, Number(c)]]))));
}

describe('sistem-merit survei', () => {
  it("folds an Excel export (';', BOM, CRLF) into the same index as the rule over the same respondents", async () => {
    const t = io();
    const dir = mkdtempSync(join(tmpdir(), 'sm-survei-'));
    const out = join(dir, 'hasil.json');
    const code = await runCli(['survei', '--input', EXCEL, '--as-of', '2024-12-31', '--ignore-columns', 'No,Jenis layanan', '--output', out], t.io);
    expect(code).toBe(0);
    const expected = indeksKepuasanMasyarakatResponden({ responden: answersOf(EXCEL) }, { asOf: '2024-12-31' });
    const written = JSON.parse(readFileSync(out, 'utf8'));
    expect(written.value).toEqual(JSON.parse(JSON.stringify(expected.value)));
    const text = t.out.join('');
    expect(text).toContain(`IKM unit pelayanan: ${(expected.value.ikm as string).replace('.', ',')}`);
    expect(text).toMatch(/^Persyaratan +10 +3,4000 +0,3778$/m);
    expect(t.err.join('')).toBe('10 respondents counted\n');
  });

  it('prints in English with --lang en', async () => {
    const t = io();
    expect(await runCli(['survei', '--input', EXCEL, '--as-of', '2024-12-31', '--ignore-columns', 'No,Jenis layanan', '--lang', 'en'], t.io)).toBe(0);
    expect(t.out.join('')).toContain('Service unit IKM: ');
    expect(t.out.join('')).toContain('Service quality: ');
  });

  it('reports a bad row with its line number, leaves it out of the count and ends with exit 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sm-survei-'));
    const file = join(dir, 'skm.csv');
    copyFileSync(EXCEL, file);
    writeFileSync(file, `${readFileSync(file, 'utf8')}11;Perizinan;5;3;3;3;3;3;3;3;3\r\n`);
    const t = io();
    expect(await runCli(['survei', '--input', file, '--as-of', '2024-12-31', '--ignore-columns', 'No,Jenis layanan'], t.io)).toBe(2);
    expect(t.err.join('')).toMatch(/^line 12: responden\[12\]\.PERSYARATAN: /m);
    expect(t.err.join('')).toContain('10 respondents counted, 1 rows rejected');
  });

  it('refuses an unknown or repeated column at the header, with a suggestion, before reading a row', () => {
    expect(() => surveiLayout(['PERSYARATAN', 'WAKTU_PENYELESAIN', 'PERSYARATAN'], [])).toThrow(
      /column 2 "WAKTU_PENYELESAIN": is not a field of this input; did you mean "WAKTU_PENYELESAIAN"\?.*column 3 "PERSYARATAN": repeats column 1/,
    );
    expect(() => surveiLayout(['WAKTU_PENYELESAIN'], [], 'id')).toThrow(/mungkin maksudnya "WAKTU_PENYELESAIAN"\?/);
    expect(() => surveiLayout(['No'], ['No'])).toThrow(/no column holds an unsur/);
  });

  it("recognises Excel's ';' and the usual ',' from the header", () => {
    expect(separatorOf('No;PERSYARATAN;BIAYA_TARIF')).toBe(';');
    expect(separatorOf('No,PERSYARATAN,BIAYA_TARIF')).toBe(',');
  });

  it('refuses output = input and leaves no output file when the header is bad', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sm-survei-'));
    const file = join(dir, 'skm.csv');
    copyFileSync(EXCEL, file);
    const t = io();
    expect(await runCli(['survei', '--input', file, '--as-of', '2024-12-31', '--output', file], t.io)).toBe(1);
    expect(readFileSync(file, 'utf8')).toBe(readFileSync(EXCEL, 'utf8'));
    const out = join(dir, 'hasil.json');
    expect(await runCli(['survei', '--input', file, '--as-of', '2024-12-31', '--output', out], io().io)).toBe(1);
    expect(existsSync(out)).toBe(false);
  });
});
