/** The Find page in the browser: filters the rules as the auditor types; the query lives in the URL hash. */
import { keepHashOnLanguageSwitch, readJson } from './page.js';
import { search, type SearchEntry } from './search.js';
import { type SiteLocale, t } from './texts.js';

interface SearchData {
  locale: SiteLocale;
  entries: SearchEntry[];
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, cls?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (cls) node.className = cls;
  return node;
}

function start(): void {
  const data = readJson<SearchData>('search-data');
  const box = document.getElementById('search') as HTMLInputElement;
  const results = document.getElementById('results') as HTMLOListElement;
  const count = document.getElementById('result-count')!;
  const none = document.getElementById('no-results')!;

  const show = (query: string) => {
    const hits = search(data.entries, query);
    results.replaceChildren(
      ...hits.map(({ entry, matchedCites }) => {
        const li = el('li');
        li.dataset['rule'] = entry.id;
        const a = el('a', entry.title);
        a.href = entry.href;
        li.append(a, ' ', el('code', entry.id), el('span', ` — ${entry.otherTitle}`, 'other-lang'));
        if (matchedCites.length) li.append(el('div', matchedCites.join('; '), 'cites'));
        return li;
      }),
    );
    count.textContent = `${hits.length} ${t('results', data.locale)}`;
    none.hidden = hits.length > 0;
  };

  const fromHash = () => {
    const m = /^#q=(.*)$/.exec(location.hash);
    const query = m ? decodeURIComponent(m[1]!) : '';
    if (box.value !== query) box.value = query;
    show(query);
  };
  box.addEventListener('input', () => {
    const hash = box.value ? `#q=${encodeURIComponent(box.value)}` : ' ';
    history.replaceState(null, '', hash === ' ' ? location.pathname + location.search : hash);
    show(box.value);
    keepHashOnLanguageSwitch();
  });
  window.addEventListener('hashchange', fromHash);
  fromHash();
  keepHashOnLanguageSwitch();
  // When the page became interactive (ms since navigation), read by test/site for time to interactive.
  document.body.dataset['ready'] = String(Math.round(performance.now()));
}

start();
