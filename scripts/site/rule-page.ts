/** One page per rule: Read (basis, tables, settings, notes, worked examples) and Try (the form, run in the browser). */
import { citationsOf, explain, MESSAGES } from '../../src/index.js';
import type { AnyRule, RuleTable } from '../../src/index.js';
import { jsonSchemaOf } from '../../src/schema.js';
import { type SiteLocale, t } from '../../site/src/texts.js';
import { citationHtml, citationsText } from './citations.js';
import { esc, jsonScript, page, table } from './html.js';

/** Where a rule's page lives below a language folder. */
export const rulePath = (rule: AnyRule): string => `rules/${rule.id}.html`;
/** The script of a rule's page (below the site root). */
export const ruleScript = (rule: AnyRule): string => `js/rules/${rule.id}.js`;

const columnsOf = (key: 'versionColumns' | 'basisColumns' | 'settingColumns', locale: SiteLocale) => t(key, locale).split('|');
const pre = (value: unknown) => `<pre class="json">${esc(JSON.stringify(value, null, 2))}</pre>`;
const list = (items: readonly string[]) => `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>`;

function tableHtml(rt: RuleTable, locale: SiteLocale): string {
  const columns = rt.dasar ? [...rt.columns, 'dasar'] : rt.columns;
  const rows = rt.rows.map((r, i) => [...r.map(esc), ...(rt.dasar ? [esc(citationsText(rt.dasar[i] ?? [], locale))] : [])]);
  const other = locale === 'id' ? rt.title.en : rt.title.id;
  return `<h3>${esc(rt.title[locale])} <span class="other-lang" lang="${locale === 'id' ? 'en' : 'id'}">${esc(other)}</span></h3>${table(columns, rows, rt.title[locale])}`;
}

/** Each reason code the worked examples give, its text and its citations: the basis condition by condition. */
function basisPerCondition(rule: AnyRule, locale: SiteLocale): string {
  const byCode = new Map<string, Set<string>>();
  for (const use of citationsOf(rule)) {
    if (use.where !== 'reason' || use.code === undefined) continue;
    const set = byCode.get(use.code) ?? new Set<string>();
    set.add(citationsText([use.citation], locale));
    byCode.set(use.code, set);
  }
  if (byCode.size === 0) return '';
  const rows = [...byCode].map(([code, cites]) => [
    `<code>${esc(code.slice(rule.id.length + 1) || code)}</code>`,
    esc(MESSAGES.messages[code]?.[locale] ?? ''),
    esc([...cites].join('; ')),
  ]);
  return `<section aria-labelledby="basis-h"><h2 id="basis-h">${esc(t('basisPerCondition', locale))}</h2>${table(columnsOf('basisColumns', locale), rows)}</section>`;
}

interface PropertySchema {
  description?: string;
  default?: unknown;
  properties?: Record<string, PropertySchema>;
}

/** The options with their presets (defaults), settings first, from the options JSON Schema. */
function settingsHtml(rule: AnyRule, locale: SiteLocale): string {
  const props = (jsonSchemaOf(rule, 'options') as PropertySchema).properties ?? {};
  const rows = Object.entries(props).map(([name, p]) => [
    `<code>${esc(name)}</code>`,
    p.default === undefined ? '—' : `<code>${esc(JSON.stringify(p.default))}</code>`,
    esc(p.description ?? ''),
  ]);
  const notes = (rule.notes ?? []).map(
    (n) =>
      `${esc(n[locale])}<div class="other-lang" lang="${locale === 'id' ? 'en' : 'id'}">${esc(n[locale === 'id' ? 'en' : 'id'])}</div>`,
  );
  return [
    rows.length
      ? `<section aria-labelledby="settings-h"><h2 id="settings-h">${esc(t('settings', locale))}</h2>${table(columnsOf('settingColumns', locale), rows)}</section>`
      : '',
    notes.length ? `<section aria-labelledby="notes-h"><h2 id="notes-h">${esc(t('notes', locale))}</h2>${list(notes)}</section>` : '',
  ].join('\n');
}

function exampleHtml(rule: AnyRule, i: number, locale: SiteLocale): string {
  const ex = rule.examples[i]!;
  const n = i + 1;
  const given = { input: ex.input, ...(ex.options === undefined ? {} : { options: ex.options }) };
  let outcome: string;
  try {
    const d = rule.run(ex.input, ex.options);
    outcome =
      `<h4>${esc(t('result', locale))}</h4>${pre(d.value)}` +
      `<h4>${esc(t('reasonsId', locale))}</h4><ul class="reasons" lang="id">${explain(d, 'id')
        .map((l) => `<li>${esc(l)}</li>`)
        .join('')}</ul>` +
      `<h4>${esc(t('reasonsEn', locale))}</h4><ul class="reasons" lang="en">${explain(d, 'en')
        .map((l) => `<li>${esc(l)}</li>`)
        .join('')}</ul>`;
  } catch (e) {
    outcome = `<p>${esc(e instanceof Error ? e.message : String(e))}</p>`;
  }
  return `<article class="example" id="contoh-${n}" aria-labelledby="contoh-${n}-h">
<h3 id="contoh-${n}-h">${n}. ${esc(ex.title[locale])}</h3>
${ex.source ? `<p class="source">${esc(t('source', locale))}: ${esc(ex.source)}</p>` : ''}
<p class="actions"><a class="button load-example" href="#example=${n}" data-example="${n}">${esc(t('loadExample', locale))}</a>
<a href="#contoh-${n}">${esc(t('linkToExample', locale))}</a></p>
<details><summary>JSON</summary>${pre(given)}</details>
${outcome}
</article>`;
}

function trySection(locale: SiteLocale): string {
  return `<section id="try" aria-labelledby="try-h">
<h2 id="try-h">${esc(t('try', locale))}</h2>
<p>${esc(t('tryIntro', locale))}</p>
<form id="try-form" novalidate>
<div class="modes" role="group" aria-label="${esc(t('try', locale))}">
<button type="button" id="mode-form" aria-pressed="true">${esc(t('formMode', locale))}</button>
<button type="button" id="mode-json" aria-pressed="false">${esc(t('jsonMode', locale))}</button>
</div>
<div id="form-fields"><p class="loading">…</p></div>
<div id="json-panel" hidden><label for="json-input">${esc(t('jsonLabel', locale))}</label>
<textarea id="json-input" rows="14" spellcheck="false" autocapitalize="off"></textarea></div>
<p class="actions"><button type="submit" id="decide" class="primary">${esc(t('decide', locale))}</button>
<button type="button" id="clear">${esc(t('clear', locale))}</button></p>
</form>
<div id="outcome" aria-live="polite"></div>
</section>`;
}

/** The page of `rule` in `locale`, with the data its script needs (schemas and examples) embedded. */
export function rulePage(rule: AnyRule, locale: SiteLocale): string {
  const other: SiteLocale = locale === 'id' ? 'en' : 'id';
  const fn = rule.id.slice(rule.id.indexOf('.') + 1);
  const versions = rule.versions?.length
    ? `<section aria-labelledby="versions-h"><h2 id="versions-h">${esc(t('versions', locale))}</h2>${table(
        columnsOf('versionColumns', locale),
        rule.versions.map((v) => [esc(v.id), esc(v.from), esc(v.to ?? '—'), esc(citationsText(v.citations, locale))]),
      )}</section>`
    : '';
  const tables = rule.tables?.length
    ? `<section aria-labelledby="tables-h"><h2 id="tables-h">${esc(t('tables', locale))}</h2>${rule.tables.map((rt) => tableHtml(rt, locale)).join('\n')}</section>`
    : '';
  const data = {
    id: rule.id,
    locale,
    input: jsonSchemaOf(rule, 'input'),
    options: jsonSchemaOf(rule, 'options'),
    examples: rule.examples.map((e) => ({ input: e.input, ...(e.options === undefined ? {} : { options: e.options }) })),
  };
  const body = `<p class="crumbs"><a href="../index.html">${esc(t('back', locale))}</a> · <span class="domain">${esc(rule.domain)}</span></p>
<h1>${esc(rule.title[locale])}</h1>
<p class="other-lang" lang="${other}">${esc(rule.title[other])}</p>
<p><code>${esc(rule.id)}</code> — <code>import { ${esc(fn)} } from 'sistem-merit/${esc(rule.domain)}'</code></p>
<nav class="toc" aria-label="${esc(rule.title[locale])}"><a href="#legal-h">${esc(t('legalBasis', locale))}</a>${tables ? ` · <a href="#tables-h">${esc(t('tables', locale))}</a>` : ''} · <a href="#examples-h">${esc(t('examples', locale))}</a> · <a href="#try">${esc(t('try', locale))}</a></nav>
<section aria-labelledby="legal-h"><h2 id="legal-h">${esc(t('legalBasis', locale))}</h2>${list(rule.citations.map((c) => citationHtml(c, locale)))}</section>
<section aria-labelledby="desc-h"><h2 id="desc-h">${esc(t('description', locale))}</h2><p>${esc(rule.description[locale])}</p><p class="other-lang" lang="${other}">${esc(rule.description[other])}</p></section>
${versions}
${tables}
${basisPerCondition(rule, locale)}
${settingsHtml(rule, locale)}
<section aria-labelledby="examples-h"><h2 id="examples-h">${esc(t('examples', locale))}</h2>
${rule.examples.map((_, i) => exampleHtml(rule, i, locale)).join('\n')}
</section>
${trySection(locale)}
${jsonScript('rule-data', data)}`;
  return page({ locale, title: rule.title[locale], path: rulePath(rule), body, script: ruleScript(rule) });
}
