import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REFERENSI_SIASN, semuaReferensiMarkdown } from '../../src/siasn/index.js';

const PAGE = resolve(import.meta.dirname, '../../docs/siasn.md');
const BEGIN = '<!-- siasn-referensi:begin -->';
const END = '<!-- siasn-referensi:end -->';

describe('docs/siasn.md', () => {
  it('shows every reference mapping exactly as the data holds it', () => {
    const page = readFileSync(PAGE, 'utf8');
    const start = page.indexOf(BEGIN);
    const end = page.indexOf(END);
    expect(start).toBeGreaterThan(-1);
    expect(end).toBeGreaterThan(start);
    const expected = `${BEGIN}\n${semuaReferensiMarkdown()}\n${END}`;
    const actual = page.slice(start, end + END.length);
    if (actual !== expected && process.env['UPDATE_SIASN_DOCS'] === '1') {
      writeFileSync(PAGE, page.slice(0, start) + expected + page.slice(end + END.length));
      return;
    }
    expect(actual).toBe(expected);
  });

  it('has one table row per id of every mapping', () => {
    const md = semuaReferensiMarkdown();
    for (const t of REFERENSI_SIASN) {
      for (const b of t.baris) expect(md).toContain(`| \`${b.id}\` | ${b.nama.replace(/\|/g, '\\|')} |`);
    }
  });
});
