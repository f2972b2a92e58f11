import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/index.js';
import { searchEntry } from '../../scripts/site/find-page.js';
import { normalise, parseQuery, search } from '../../site/src/search.js';

const entries = RULES.map((r) => searchEntry(r, 'id'));
const ids = (query: string) => search(entries, query).map((h) => h.entry.id);

describe('rule explorer search', () => {
  it('reads a Pasal as the regulation numbers it, whatever the punctuation', () => {
    expect(normalise('PP 94/2021 Pasal 15 ayat (1),')).toBe('pp 94/2021 pasal 15 ayat 1');
    expect(parseQuery('PP 99/2000 Pasal 6 ayat (2)')).toEqual({ articles: ['pasal 6 ayat 2'], words: ['pp', '99/2000'] });
  });

  it('finds a rule from the text of a Pasal it cites, the citation holding it ranked first', () => {
    expect(ids('PP 99/2000 Pasal 6 ayat (2)')[0]).toBe('promotion.kenaikanPangkatReguler');
    expect(search(entries, 'PP 99/2000 Pasal 6 ayat (2)')[0]!.matchedCites).toEqual(['PP 99/2000 Pasal 6 ayat (2)']);
    expect(ids('PP 94/2021 Pasal 15 ayat (1)')).toContain('discipline.hukumanKetidakhadiran');
  });

  it('matches an article and its parts, never another number that starts the same', () => {
    expect(ids('PP 94/2021 Pasal 15')).toContain('discipline.hukumanKetidakhadiran');
    expect(ids('PP 99/2000 Pasal 60')).toEqual([]);
    for (const hit of search(entries, 'Pasal 1')) expect(hit.matchedCites.every((c) => /Pasal 1(\s|$|–)/.test(c))).toBe(true);
  });

  it('finds rules by name, id or keyword in either language, and lists every rule for an empty query', () => {
    expect(ids('kenaikan pangkat reguler')[0]).toBe('promotion.kenaikanPangkatReguler');
    expect(ids('hukumanKetidakhadiran')[0]).toBe('discipline.hukumanKetidakhadiran');
    expect(ids('unexcused absence')).toContain('discipline.hukumanKetidakhadiran');
    expect(ids('')).toEqual(RULES.map((r) => r.id));
    expect(ids('zzzz-no-such-word')).toEqual([]);
  });
});
