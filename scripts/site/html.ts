/** HTML text helpers and the page shell shared by every page of the rule explorer. */
import { LIBRARY_VERSION } from '../../src/index.js';
import { otherLocale, type SiteLocale, t } from '../../site/src/texts.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe for HTML content and attribute values. */
export const esc = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** JSON placed inside `<script type="application/json">`: `<` is escaped so no text can close the element. */
export const jsonScript = (id: string, value: unknown): string =>
  `<script type="application/json" id="${id}">${JSON.stringify(value).replace(/</g, '\\u003c')}</script>`;

/** A table with a header row; cells are HTML already escaped by the caller. */
export function table(columns: readonly string[], rows: readonly (readonly string[])[], caption?: string): string {
  const head = columns.map((c) => `<th scope="col">${esc(c)}</th>`).join('');
  const body = rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n');
  return (
    // Scrollable by keyboard when wide (focusable), and named for screen readers when it has a caption.
    `<div class="table-wrap"${caption ? ` tabindex="0" role="region" aria-label="${esc(caption)}"` : ''}><table>` +
    `${caption ? `<caption>${esc(caption)}</caption>` : ''}<thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table></div>`
  );
}

export interface PageSpec {
  locale: SiteLocale;
  title: string;
  /** Path of the page below its language folder, e.g. `index.html` or `rules/x.html`. */
  path: string;
  body: string;
  /** Script (path below the site root) to load, deferred. */
  script?: string;
}

/** The path from a page to the site root: `../` per folder of `<locale>/<path>`. */
export const rootOf = (path: string): string => '../'.repeat(path.split('/').length);

/** A whole page: language, skip link, header with the language switch (same page, other language), footer. */
export function page(spec: PageSpec): string {
  const { locale, path } = spec;
  const root = rootOf(path);
  const other = otherLocale(locale);
  const home = `${root}${locale}/index.html`;
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(spec.title)} · ${esc(t('siteTitle', locale))}</title>
<link rel="stylesheet" href="${root}style.css">
<link rel="alternate" hreflang="${other}" href="${root}${other}/${path}">
${spec.script ? `<script defer src="${root}${spec.script}"></script>` : ''}
</head>
<body>
<a class="skip" href="#main">${esc(t('skipToContent', locale))}</a>
<header class="top">
<a class="brand" href="${home}">${esc(t('siteTitle', locale))}</a>
<a id="language-switch" class="lang" hreflang="${other}" lang="${other}" href="${root}${other}/${path}">${esc(t('otherLanguage', locale))}</a>
</header>
<main id="main" tabindex="-1">
${spec.body}
</main>
<footer class="foot"><p>sistem-merit <span id="library-version">${esc(LIBRARY_VERSION)}</span> · ${esc(t('hostedNote', locale))}</p></footer>
</body>
</html>
`;
}
