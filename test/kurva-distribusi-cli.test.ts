import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/cli/main.js';
import { kurvaDistribusi } from '../src/index.js';

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { stdout: { write: (s: string) => out.push(s) }, stderr: { write: (s: string) => err.push(s) } } };
}

const file = (name: string, text: string) => {
  const path = join(mkdtempSync(join(tmpdir(), 'sm-kurva-')), name);
  writeFileSync(path, text);
  return path;
};

/** A unit's file as a spreadsheet saves it on an Indonesian-locale PC: BOM, ';', CRLF, identification columns. */
const UNIT = '\uFEFFnip;nama;predikat\r\n1;Ani;BAIK\r\n2;Budi;SANGAT_BAIK\r\n3;Citra;BAIK\r\n4;Dedi;BUTUH_PERBAIKAN\r\n5;Eka;BAIK\r\n';

describe('sistem-merit kurva: a unit’s file counted per predikat and compared with the pattern', () => {
  it('decides as kurvaDistribusi over the same employees, and writes counts, value and reasons', async () => {
    const input = file('unit.csv', UNIT);
    const output = join(mkdtempSync(join(tmpdir(), 'sm-kurva-')), 'hasil.json');
    const t = io();
    expect(await runCli(['kurva', '--input', input, '--predikat-organisasi', 'BAIK', '--output', output], t.io)).toBe(0);
    const expected = kurvaDistribusi({ predikatOrganisasi: 'BAIK', predikat: ['BAIK', 'SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN', 'BAIK'] });
    const written = JSON.parse(readFileSync(output, 'utf8'));
    expect(written.jumlah).toEqual({ SANGAT_BAIK: 1, BAIK: 3, BUTUH_PERBAIKAN: 1, KURANG: 0, SANGAT_KURANG: 0 });
    expect(written.value).toEqual(JSON.parse(JSON.stringify(expected.value)));
    expect(t.out.join('')).toMatch(/^Baik +3$/m);
    expect(t.err.join('')).toBe('5 employees counted\n');
  });

  it('reports a row it cannot read with its line, what to type and the nearest predikat (in the chosen language); exit 2', async () => {
    const input = file('unit.csv', 'nip,predikat\n1,BAIK\n2,Baik\n3,\n4,SANGAT_BAIK\n');
    const t = io();
    expect(await runCli(['kurva', '--input', input, '--predikat-organisasi', 'BAIK', '--lang', 'en'], t.io)).toBe(2);
    const err = t.err.join('');
    expect(err).toContain('line 3: predikat: "Baik" is not one of the options (did you mean "BAIK"?); write one of "SANGAT_BAIK"');
    expect(err).toContain('line 4: predikat: is required; give one of "SANGAT_BAIK"');
    expect(err).toContain('2 employees counted, 2 rows rejected');
    const id = io();
    expect(await runCli(['kurva', '--input', input, '--predikat-organisasi', 'BAIK'], id.io)).toBe(2);
    expect(id.err.join('')).toContain('line 3: predikat: "Baik" bukan pilihan yang dikenal (mungkin maksudnya "BAIK")');
  });

  it('reads JSON Lines of records or of predikatKinerja decisions; --column names another column', async () => {
    const jsonl = file('unit.jsonl', '{"nip":"1","hasil":"BAIK"}\n{"value":"SANGAT_BAIK","reasons":[]}\n');
    const t = io();
    expect(await runCli(['kurva', '--input', jsonl, '--predikat-organisasi', 'ISTIMEWA', '--column', 'hasil'], t.io)).toBe(0);
    expect(t.err.join('')).toBe('2 employees counted\n');
  });

  it('refuses before reading: a missing or misspelt column, an unknown organisation predikat, bad options', async () => {
    const input = file('unit.csv', 'nip,predikt\n1,BAIK\n');
    const t = io();
    expect(await runCli(['kurva', '--input', input, '--predikat-organisasi', 'BAIK'], t.io)).toBe(1);
    expect(t.err.join('')).toContain('no column predikat in the header');
    expect(t.err.join('')).toContain('did you mean predikt? (--column predikt)');
    const o = io();
    expect(await runCli(['kurva', '--input', input, '--predikat-organisasi', 'baik', '--lang', 'en'], o.io)).toBe(1);
    expect(o.err.join('')).toContain('(did you mean "BAIK"?)');
    const m = io();
    expect(await runCli(['kurva', '--input', input], m.io)).toBe(1);
    expect(m.err.join('')).toContain('kurva needs --predikat-organisasi');
  });
});
