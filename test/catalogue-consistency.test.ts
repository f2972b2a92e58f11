import { describe, expect, it } from 'vitest';
import { isIsoDate, yearOf } from '../src/core/calendar.js';
import { REGULATIONS } from '../src/catalogue.js';
import { jsonSchemaOf, SCHEMA_PARTS } from '../src/schema.js';
import { RULES_UNDER_TEST } from './rules-under-test.js';

/**
 * The regulation catalogue and the rule descriptors are data read by auditors (docs/rules, the CLI's
 * `rules`, JSON Schema for other languages). These checks hold every entry to what its id and the
 * law say, so a wrong number, year, kind, date or an empty text is caught where it is written.
 * (Every regulation is checked in every run: the table is small, and each domain keeps its own.)
 */

const ID = /^(.*)_([^_]+)_(\d{4})$/;
const KINDS_BY_PREFIX = ['UU', 'PP', 'PERPRES', 'PERMENPANRB', 'KEPMENPANRB', 'SE_MENPANRB', 'PERBKN', 'PERKA_BKN', 'KEPKA_BKN', 'KMK'];

/** The kind of regulation an id names: its prefix, ministers' regulations as PERMEN, other bodies' as PERATURAN_LAIN. */
function kindOf(prefix: string): string {
  if (KINDS_BY_PREFIX.includes(prefix)) return prefix;
  if (prefix.startsWith('PERMEN')) return 'PERMEN';
  return 'PERATURAN_LAIN';
}

describe.each(Object.values(REGULATIONS).map((r) => [r.id, r] as const))('regulation %s', (id, reg) => {
  it('has the number, year and kind its id names', () => {
    const m = ID.exec(id);
    expect(m, id).not.toBeNull();
    expect(reg.tahun).toBe(Number(m![3]));
    expect(reg.nomor.split('/')[0]).toBe(m![2]);
    expect(reg.jenis).toBe(kindOf(m![1]!));
  });

  it('has titles in both languages and no empty note', () => {
    expect(reg.judul.trim()).not.toBe('');
    expect(reg.titleEn.trim()).not.toBe('');
    if ('catatan' in reg) expect(reg.catatan!.trim()).not.toBe('');
  });

  it('has real dates, in order, the first in the year of its number', () => {
    const dates = (['ditetapkan', 'diundangkan', 'berlaku'] as const).filter((k) => k in reg).map((k) => reg[k]);
    for (const d of dates) expect(isIsoDate(d), String(d)).toBe(true);
    expect([...dates].sort()).toEqual(dates);
    if (dates.length > 0) expect(yearOf(dates[0]!)).toBe(reg.tahun);
  });
});

describe('links between regulations', () => {
  /** Revocations (mencabut) recorded in the catalogue, as the regulations state them. */
  const REVOKED: [string, string][] = [
    ['UU_20_2023', 'UU_5_2014'],
    ['PP_46_2011', 'PP_10_1979'],
    ['PP_30_2019', 'PP_46_2011'],
    ['PERMENPANRB_6_2022', 'PERMENPANRB_8_2021'],
    ['PERBKN_4_2025', 'PERBKN_4_2023'],
    ['PP_94_2021', 'PP_53_2010'],
  ];

  it('records exactly these revocations', () => {
    const recorded = Object.values(REGULATIONS).flatMap((r) => r.mencabut.map((c) => [r.id, c] as [string, string]));
    expect(recorded.sort()).toEqual([...REVOKED].sort());
  });

  it('every amending regulation ("Perubahan atas … Nomor N Tahun Y") is listed by the one it amends, and only those', () => {
    const amendments: [string, string][] = [];
    for (const r of Object.values(REGULATIONS)) {
      const m = /^Perubahan atas .*? Nomor (\d+) Tahun (\d{4})/.exec(r.judul);
      if (!m) continue;
      const target = Object.values(REGULATIONS).find(
        (t) => t.id !== r.id && t.nomor === m[1] && t.tahun === Number(m[2]) && t.jenis === r.jenis,
      );
      expect(target, `${r.id} amends a regulation in the catalogue`).toBeDefined();
      amendments.push([target!.id, r.id]);
    }
    const listed = Object.values(REGULATIONS).flatMap((r) => (r.diubahOleh ?? []).map((a) => [r.id, a] as [string, string]));
    expect(listed.sort()).toEqual(amendments.sort());
    expect(amendments.length).toBeGreaterThanOrEqual(4);
  });
});

/** Every `description` in a JSON Schema document, with where it is. */
function descriptions(node: unknown, at = '$'): [string, unknown][] {
  if (Array.isArray(node)) return node.flatMap((n, i) => descriptions(n, `${at}[${i}]`));
  if (!node || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([k, v]) => (k === 'description' ? [[at, v] as [string, unknown]] : descriptions(v, `${at}.${k}`)));
}

describe.each(RULES_UNDER_TEST.map((r) => [r.id, r] as const))('descriptor of %s', (_id, rule) => {
  it('describes every documented field of its input, options and output with some text', () => {
    for (const part of SCHEMA_PARTS) {
      for (const [where, text] of descriptions(jsonSchemaOf(rule, part))) {
        expect(typeof text === 'string' && text.trim() !== '', `${part} ${where}`).toBe(true);
      }
    }
  });

  it('has notes, tables and example titles in both languages, and tables with full rows', () => {
    for (const note of rule.notes ?? []) {
      expect(note.id.trim()).not.toBe('');
      expect(note.en.trim()).not.toBe('');
    }
    for (const table of rule.tables ?? []) {
      expect(table.title.id.trim()).not.toBe('');
      expect(table.title.en.trim()).not.toBe('');
      expect(table.columns.every((c) => c.trim() !== '')).toBe(true);
      expect(table.rows.length).toBeGreaterThan(0);
      for (const row of table.rows) expect(row).toHaveLength(table.columns.length);
    }
    for (const ex of rule.examples) {
      expect(ex.title.id.trim()).not.toBe('');
      expect(ex.title.en.trim()).not.toBe('');
      if ('source' in ex) expect(String(ex.source).trim()).not.toBe('');
    }
  });

  it("cites articles with text, and its versions' citations too", () => {
    for (const c of [...rule.citations, ...(rule.versions ?? []).flatMap((v) => v.citations)]) {
      if ('article' in c) expect(c.article!.trim()).not.toBe('');
      if ('annex' in c) expect(c.annex!.trim()).not.toBe('');
    }
  });
});
