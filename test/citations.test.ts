/**
 * Every citation locates its text (an article or an annex) or says why it cannot yet (`unlocated`), and names a
 * regulation of the catalogue; Pasal → rules answers from the same catalogue.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { citationsOf, REGULATION_IDS, REGULATIONS, RULES, rulesCiting } from '../src/index.js';
import { articleWithin } from '../src/citations.js';

describe.each(RULES.map((rule) => ({ id: rule.id, rule })))('$id', ({ rule }) => {
  it('every citation locates its text or says why not, and names a catalogued regulation', () => {
    const bad = citationsOf(rule)
      .filter(({ citation: c }) => {
        const located = (c.article ?? '').trim() !== '' || (c.annex ?? '').trim() !== '';
        const why = (c.unlocated ?? '').trim();
        return !Object.hasOwn(REGULATIONS, c.regulation) || located === (why !== '') || (why !== '' && why.length < 20);
      })
      .map((u) => `${u.where}${u.code ? ` ${u.code}` : ''}: ${JSON.stringify(u.citation)}`);
    expect(bad, 'give article or annex, or unlocated: what was searched and what is known (one sentence at least)').toEqual([]);
  });
});

describe('the regulation catalogue', () => {
  it('has an entry for exactly the ids a citation may name', () => {
    expect(Object.keys(REGULATIONS).sort()).toEqual([...REGULATION_IDS].sort());
  });
});

describe('Pasal → rules', () => {
  it('reads "Pasal 11" as the article and its parts, not Pasal 110', () => {
    expect(articleWithin('Pasal 11 ayat (2) huruf d', 'Pasal 11')).toBe(true);
    expect(articleWithin('Pasal 11', 'pasal 11')).toBe(true);
    expect(articleWithin('Pasal 110', 'Pasal 11')).toBe(false);
    expect(articleWithin(undefined, 'Pasal 11')).toBe(false);
  });
  it('finds the absence rule from PP 94/2021 Pasal 11, and only rules citing it', () => {
    const found = rulesCiting('PP_94_2021', 'Pasal 11');
    expect(found.map((f) => f.rule.id)).toContain('discipline.hukumanKetidakhadiran');
    for (const f of found) for (const u of f.uses) expect(articleWithin(u.citation.article, 'Pasal 11')).toBe(true);
  });
  it('lists every rule of a regulation without an article filter', () => {
    const all = rulesCiting('PP_94_2021').map((f) => f.rule.id);
    expect(all.length).toBeGreaterThanOrEqual(rulesCiting('PP_94_2021', 'Pasal 11').length);
    expect(rulesCiting('NOT_A_REGULATION')).toEqual([]);
  });
});

it('the README states the citation counts npm run docs prints', async () => {
  const { citationCounts } = await import('../scripts/docs/render.js');
  const { located, unlocated } = citationCounts();
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  expect(readme).toContain(`${located} located`);
  expect(readme).toContain(`${unlocated} not located yet`);
});
