/** Citations as HTML: the regulation's short name linked to its text, the article, and why one is not located. */
import { formatCitation, REGULATIONS, regulationShortName } from '../../src/index.js';
import type { Citation } from '../../src/index.js';
import { type SiteLocale, t } from '../../site/src/texts.js';
import { esc } from './html.js';

/** The regulation's title in `locale` (Indonesian judul, English rendering). */
export function regulationTitle(id: string, locale: SiteLocale): string {
  const reg = REGULATIONS[id];
  if (!reg) return '';
  return locale === 'id' ? reg.judul : reg.titleEn || reg.judul;
}

/** `PP 99/2000` linked to the official text where one is known. */
export function regulationLink(id: string): string {
  const url = REGULATIONS[id]?.url;
  const name = esc(regulationShortName(id));
  return url ? `<a href="${esc(url)}" rel="noopener">${name}</a>` : name;
}

/** One citation with its regulation title, as a list item's content. */
export function citationHtml(c: Citation, locale: SiteLocale): string {
  const where = c.unlocated !== undefined ? esc(t('notLocated', locale)) : esc([c.article, c.annex].filter(Boolean).join(' '));
  const title = regulationTitle(c.regulation, locale);
  const why = c.unlocated !== undefined ? `<div class="why">${esc(c.unlocated)}</div>` : '';
  return `${regulationLink(c.regulation)} ${where}${title ? ` <span class="reg-title">— ${esc(title)}</span>` : ''}${why}`;
}

/** Citations as short text (`PP 99/2000 Pasal 6 ayat (2); …`), for table cells. */
export const citationsText = (cs: readonly Citation[], locale: SiteLocale): string =>
  cs.map((c) => formatCitation(c, locale)).join('; ') || '—';
