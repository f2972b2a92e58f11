import { describe, expect, it } from 'vitest';
import { RULES_UNDER_TEST } from './rules-under-test.js';
import { checkVersionTable, CORE_REGULATIONS, explain, MESSAGES, REGULATIONS, RULES } from '../src/index.js';
import { COMPETENCY_REGULATIONS } from '../src/competency/regulations.js';
import { DISCIPLINE_REGULATIONS } from '../src/discipline/regulations.js';
import { PERFORMANCE_REGULATIONS } from '../src/performance/regulations.js';
import { PROMOTION_REGULATIONS } from '../src/promotion/regulations.js';
import { REWARDS_REGULATIONS } from '../src/rewards/regulations.js';
import { PELAYANAN_REGULATIONS } from '../src/pelayanan/regulations.js';

const placeholders = (t: string) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('rule catalogue', () => {
  it('has unique rule ids', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  describe.each(RULES_UNDER_TEST.map((r) => [r.id, r] as const))('%s', (id, rule) => {
    it('is named after its domain and has bilingual title and description', () => {
      expect(id.startsWith(`${rule.domain}.`)).toBe(true);
      for (const t of [rule.title, rule.description]) {
        expect(t.id.trim()).not.toBe('');
        expect(t.en.trim()).not.toBe('');
      }
    });

    it('cites regulations that are in the catalogue', () => {
      expect(rule.citations.length).toBeGreaterThan(0);
      for (const c of [...rule.citations, ...(rule.versions ?? []).flatMap((v) => v.citations)]) {
        expect(REGULATIONS[c.regulation], c.regulation).toBeDefined();
      }
    });

    it('has dated versions without gaps or overlaps', () => {
      expect(checkVersionTable(rule.versions ?? [])).toEqual([]);
    });

    it('has worked examples that evaluate to their expected value, with explainable reasons', () => {
      expect(rule.examples.length).toBeGreaterThan(0);
      for (const ex of rule.examples) {
        const d = rule.run(ex.input, ex.options);
        expect(d.value, ex.title.en).toEqual(ex.expected);
        expect(d.reasons.length).toBeGreaterThan(0);
        for (const r of d.reasons) {
          expect(MESSAGES.messages[r.code], `message for ${r.code}`).toBeDefined();
          for (const c of r.citations) expect(REGULATIONS[c.regulation], c.regulation).toBeDefined();
        }
        for (const locale of ['id', 'en'] as const) {
          for (const line of explain(d, locale)) expect(line).not.toMatch(/\{\w+\}/);
        }
      }
    });
  });
});

describe('message catalogue', () => {
  it('has both languages for every code, with the same placeholders', () => {
    for (const [code, m] of Object.entries(MESSAGES.messages)) {
      expect(m.id.trim(), code).not.toBe('');
      expect(m.en.trim(), code).not.toBe('');
      expect(placeholders(m.id), code).toEqual(placeholders(m.en));
    }
    for (const [value, l] of Object.entries(MESSAGES.labels)) {
      expect(l.id.trim(), value).not.toBe('');
      expect(l.en.trim(), value).not.toBe('');
    }
  });
});

describe('regulation catalogue', () => {
  it('defines each regulation in exactly one domain', () => {
    const tables = [
      CORE_REGULATIONS,
      PERFORMANCE_REGULATIONS,
      PROMOTION_REGULATIONS,
      DISCIPLINE_REGULATIONS,
      REWARDS_REGULATIONS,
      COMPETENCY_REGULATIONS,
      PELAYANAN_REGULATIONS,
    ];
    const ids = tables.flatMap((t) => Object.keys(t));
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('keys each regulation by its own id and links only to catalogued regulations', () => {
    for (const [key, reg] of Object.entries(REGULATIONS)) {
      expect(reg.id).toBe(key);
      expect(reg.judul.trim()).not.toBe('');
      for (const other of [...reg.mencabut, ...(reg.diubahOleh ?? [])]) expect(REGULATIONS[other], `${key} → ${other}`).toBeDefined();
      for (const d of [reg.ditetapkan, reg.diundangkan, reg.berlaku]) if (d) expect(d).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (reg.ditetapkan && reg.diundangkan) expect(reg.diundangkan >= reg.ditetapkan).toBe(true);
    }
  });
});
