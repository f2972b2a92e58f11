/**
 * Search over the rule catalogue: by rule name or id, Pasal (as the regulation numbers it), regulation or
 * keyword, in Indonesian or English. Pure, so the build and the tests can use it as the page does.
 */

/** One rule as the search sees it (built from the catalogue by scripts/site). */
export interface SearchEntry {
  id: string;
  href: string;
  title: string;
  otherTitle: string;
  domain: string;
  /** Each citation of the rule as shown (`PP 99/2000 Pasal 6 ayat (2)`), once. */
  cites: string[];
  /** Everything searchable (titles, descriptions, id, citations, regulation titles), normalised. */
  text: string;
}

/** Lower case, no diacritics, punctuation of citations (`(2)`, commas, quotes) as spaces, single spaces. */
export function normalise(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[()[\]{},;:"'“”‘’—–·|]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** "pasal 6 ayat 2", "lampiran i huruf b": an article written the way the regulation numbers it. */
const ARTICLE = /\b(?:pasal|lampiran)\s+[0-9a-z]+(?:\s+(?:ayat|huruf|angka|butir)\s+[0-9a-z]+)*/g;

/** A query split into article phrases (matched as whole parts of one citation) and plain words. */
export function parseQuery(query: string): { articles: string[]; words: string[] } {
  const q = normalise(query);
  const articles = q.match(ARTICLE) ?? [];
  const rest = q.replace(ARTICLE, ' ');
  return { articles, words: rest.split(' ').filter((w) => w.length > 0) };
}

/** `true` when `part` is in `text` as whole words at its start, e.g. "pasal 11" in "pasal 11 ayat 2", not "pasal 110". */
const hasPhrase = (text: string, part: string) => ` ${text} `.includes(` ${part} `);
const hasWordPrefix = (text: string, word: string) => ` ${text}`.includes(` ${word}`) || (word.length >= 4 && text.includes(word));

export interface SearchHit {
  entry: SearchEntry;
  /** The citations that hold the Pasal asked for (empty for a query without one). */
  matchedCites: string[];
  score: number;
}

/** The rules matching `query`, best first; an empty query gives every rule in catalogue order. */
export function search(entries: readonly SearchEntry[], query: string): SearchHit[] {
  const { articles, words } = parseQuery(query);
  const hits: SearchHit[] = [];
  entries.forEach((entry, order) => {
    const cites = entry.cites.map((c) => ({ c, n: normalise(c) }));
    const withArticle = articles.length === 0 ? [] : cites.filter(({ n }) => articles.some((a) => hasPhrase(n, a)));
    if (articles.length > 0 && !articles.every((a) => cites.some(({ n }) => hasPhrase(n, a)))) return;
    if (!words.every((w) => hasWordPrefix(entry.text, w))) return;
    // A citation holding the article and the regulation's words ranks first.
    const exact = withArticle.filter(({ n }) => words.every((w) => hasWordPrefix(n, w)));
    const title = normalise(`${entry.title} ${entry.otherTitle} ${entry.id}`);
    const inTitle = words.filter((w) => hasWordPrefix(title, w)).length;
    const score = exact.length * 10 + withArticle.length * 2 + inTitle * 3 - order / 1000;
    hits.push({ entry, matchedCites: (exact.length ? exact : withArticle).map(({ c }) => c), score });
  });
  return hits.sort((a, b) => b.score - a.score);
}
