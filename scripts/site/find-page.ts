/** The Find page: search over the catalogue, every rule, and the regulation index article by article. */
import { citationsOf, formatCitation, REGULATIONS, regulationShortName, RULES } from '../../src/index.js';
import type { AnyRule } from '../../src/index.js';
import { normalise, type SearchEntry } from '../../site/src/search.js';
import { type SiteLocale, t } from '../../site/src/texts.js';
import { regulationLink, regulationTitle } from './citations.js';
import { esc, jsonScript, page } from './html.js';
import { rulePath } from './rule-page.js';

/** The search data of one rule in `locale`. */
export function searchEntry(rule: AnyRule, locale: SiteLocale): SearchEntry {
  const other: SiteLocale = locale === 'id' ? 'en' : 'id';
  const cites = [...new Set(citationsOf(rule).map((u) => formatCitation(u.citation, locale)))];
  const regulations = [...new Set(citationsOf(rule).map((u) => u.citation.regulation))];
  const text = normalise(
    [
      rule.id,
      rule.domain,
      rule.title.id,
      rule.title.en,
      rule.description.id,
      rule.description.en,
      ...cites,
      ...regulations.flatMap((r) => [r, regulationShortName(r), regulationTitle(r, 'id'), regulationTitle(r, 'en')]),
    ].join(' '),
  );
  return { id: rule.id, href: rulePath(rule), title: rule.title[locale], otherTitle: rule.title[other], domain: rule.domain, cites, text };
}

/** One result line: the rule's title linked to its page, its id, and the citations that matched. */
export function resultItem(e: Pick<SearchEntry, 'id' | 'href' | 'title' | 'otherTitle'>, cites: readonly string[] = []): string {
  return `<li data-rule="${esc(e.id)}"><a href="${esc(e.href)}">${esc(e.title)}</a> <code>${esc(e.id)}</code><span class="other-lang"> — ${esc(e.otherTitle)}</span>${
    cites.length ? `<div class="cites">${cites.map(esc).join('; ')}</div>` : ''
  }</li>`;
}

type Articles = Map<string, { rules: Set<AnyRule>; unlocated: Set<string> }>;

/** Regulation → article → the rules applying it, as `docs/rules/README.md` lists them. */
function regulationIndex(locale: SiteLocale): string {
  const byRegulation = new Map<string, Articles>();
  for (const rule of RULES) {
    for (const { citation: c } of citationsOf(rule)) {
      const articles: Articles = byRegulation.get(c.regulation) ?? new Map();
      const where = c.unlocated !== undefined ? t('notLocated', locale) : [c.article, c.annex].filter(Boolean).join(', ');
      const entry = articles.get(where) ?? { rules: new Set<AnyRule>(), unlocated: new Set<string>() };
      entry.rules.add(rule);
      if (c.unlocated !== undefined) entry.unlocated.add(c.unlocated);
      articles.set(where, entry);
      byRegulation.set(c.regulation, articles);
    }
  }
  const ids = [...byRegulation.keys()].sort((a, b) => (REGULATIONS[a]?.tahun ?? 0) - (REGULATIONS[b]?.tahun ?? 0) || a.localeCompare(b));
  const sections = ids.map((id) => {
    const articles = [...byRegulation.get(id)!].sort(([a], [b]) => a.localeCompare(b, 'id', { numeric: true }));
    const items = articles.map(([where, { rules }]) => {
      const links = [...rules].map((r) => `<a href="${esc(rulePath(r))}">${esc(r.id)}</a>`).join(', ');
      return `<li><span class="article">${esc(where)}</span>: ${links}</li>`;
    });
    const anchor = `reg-${id}`;
    return `<section class="regulation" aria-labelledby="${esc(anchor)}"><h3 id="${esc(anchor)}">${regulationLink(id)} <span class="reg-title">— ${esc(
      regulationTitle(id, locale),
    )}</span></h3><ul>${items.join('')}</ul></section>`;
  });
  return `<section aria-labelledby="index-h"><h2 id="index-h">${esc(t('regulationIndex', locale))}</h2>\n${sections.join('\n')}</section>`;
}

/** The Find page of `locale`. */
export function findPage(locale: SiteLocale): string {
  const entries = RULES.map((r) => searchEntry(r, locale));
  const body = `<h1>${esc(t('siteTitle', locale))}</h1>
<section aria-labelledby="find-h"><h2 id="find-h">${esc(t('find', locale))}</h2>
<form id="search-form" role="search" onsubmit="return false">
<label for="search">${esc(t('searchLabel', locale))}</label>
<input id="search" type="search" autocomplete="off" aria-describedby="search-hint">
<p id="search-hint" class="hint">${esc(t('searchHint', locale))}</p>
</form>
<p id="result-count" aria-live="polite">${entries.length} ${esc(t('results', locale))}</p>
<ol id="results">${entries.map((e) => resultItem(e)).join('\n')}</ol>
<p id="no-results" hidden>${esc(t('noResults', locale))}</p>
</section>
${regulationIndex(locale)}
${jsonScript('search-data', { locale, entries })}`;
  return page({ locale, title: t('find', locale), path: 'index.html', body, script: 'js/find.js' });
}
