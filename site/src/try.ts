/**
 * The Try part of a rule page: the generated form, the rule run in the browser, the decision with its cited
 * reasons (through `explain`) or the input errors (through `MeritInputError.describe` / `issueText`), and a
 * link that carries the input, so whoever opens it sees the same decision.
 */
import { explain, formatIssuePath, issueText, LIBRARY_VERSION, MeritInputError } from '../../src/index.js';
import type { TracedDecision } from '../../src/index.js';
import { fieldFor, type Field, pathKey, type Schema } from './form/index.js';
import { keepHashOnLanguageSwitch, readJson } from './page.js';
import { type SiteLocale, t } from './texts.js';

interface RuleData {
  id: string;
  locale: SiteLocale;
  input: Schema;
  options: Schema;
  examples: Given[];
}

/** What a decision is taken on: the rule's input and options, as a link carries them. */
interface Given {
  input: unknown;
  options?: unknown;
}

type Run = (input: never, options?: never) => TracedDecision<unknown>;

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

function make<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, attrs: Record<string, string> = {}): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * The hash of a decided form: `#try=` and the JSON of input and options, then `&v=` and the library version
 * that decided, so a link opened on a site built from another version says so.
 */
export const hashOf = (given: Given, version: string): string =>
  `#try=${encodeURIComponent(JSON.stringify(given))}&v=${encodeURIComponent(version)}`;

/** Starts the page's Try part for the rule function `run` (the rule's own `run`, bundled for this page). */
export function startTry(run: Run): void {
  const data = readJson<RuleData>('rule-data');
  const locale = data.locale;
  const inputField = fieldFor([], 'input', data.input, true, locale);
  const optionsField = fieldFor(['options'], 'options', data.options, false, locale);
  const hasOptions = Object.keys(data.options.properties ?? {}).length > 0;
  const fields = $('form-fields');
  const section = (title: string, field: Field) => {
    const box = make('fieldset', undefined, { class: 'part' });
    box.append(make('legend', title), field.element);
    return box;
  };
  fields.replaceChildren(section(t('input', locale), inputField), ...(hasOptions ? [section(t('options', locale), optionsField)] : []));

  const json = $<HTMLTextAreaElement>('json-input');
  const jsonPanel = $('json-panel');
  const modeForm = $<HTMLButtonElement>('mode-form');
  const modeJson = $<HTMLButtonElement>('mode-json');
  const outcome = $('outcome');
  const inJson = () => !jsonPanel.hidden;

  const fromForm = (): Given => {
    const options = optionsField.get();
    return { input: inputField.get() ?? (data.input.type === 'object' ? {} : undefined), ...(options === undefined ? {} : { options }) };
  };
  const setMode = (jsonMode: boolean) => {
    jsonPanel.hidden = !jsonMode;
    fields.hidden = jsonMode;
    modeJson.setAttribute('aria-pressed', String(jsonMode));
    modeForm.setAttribute('aria-pressed', String(!jsonMode));
  };
  /** Shows `given` in the form when it fits, else in the JSON box (a misspelt key, a value of another type). */
  const load = (given: Given) => {
    json.value = JSON.stringify(given, null, 2);
    const fits = inputField.set(given.input) && optionsField.set(given.options);
    setMode(!fits);
  };
  const readGiven = (): Given | string => {
    if (!inJson()) return fromForm();
    try {
      const parsed = JSON.parse(json.value) as unknown;
      if (typeof parsed === 'object' && parsed !== null && 'input' in parsed) return parsed as Given;
      return `${t('badJson', locale)}: { "input": …, "options": … }`;
    } catch (e) {
      return `${t('badJson', locale)}: ${e instanceof Error ? e.message : String(e)}`;
    }
  };

  const clearErrors = () => {
    for (const node of document.querySelectorAll('.field-error')) node.remove();
    for (const node of document.querySelectorAll('[aria-invalid]')) {
      node.removeAttribute('aria-invalid');
      const described = (node.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => !id.endsWith('-error'));
      if (described.length) node.setAttribute('aria-describedby', described.join(' '));
      else node.removeAttribute('aria-describedby');
    }
  };
  /** Puts an issue's message beside the control of its path (or of the nearest enclosing one). */
  const markField = (path: (string | number)[], message: string): HTMLElement | undefined => {
    for (let n = path.length; n >= 0; n--) {
      // The control of that path in the form as shown (a union's other forms hold the same paths, hidden).
      const target = [
        ...document.querySelectorAll<HTMLElement>(`#form-fields [data-path='${CSS.escape(pathKey(path.slice(0, n)))}']`),
      ].find((node) => !node.closest('.variant[hidden]'));
      if (!target) continue;
      const error = make('p', message, { class: 'field-error', id: `${target.id || `p${n}-${Date.now()}`}-error` });
      if (target.id) {
        target.setAttribute('aria-invalid', 'true');
        target.setAttribute('aria-describedby', `${target.getAttribute('aria-describedby') ?? ''} ${error.id}`.trim());
        target.closest('.field')?.append(error);
      } else target.prepend(error);
      return target;
    }
    return undefined;
  };

  const showError = (title: string, lines: readonly string[]): HTMLLIElement[] => {
    const box = make('div', undefined, { id: 'errors', class: 'errors', role: 'alert' });
    const items = lines.map((line) => {
      const li = make('li');
      li.append(make('span', line, { class: 'issue' }));
      return li;
    });
    const list = make('ul');
    list.append(...items);
    box.append(make('h3', title), list);
    outcome.replaceChildren(box);
    return items;
  };
  /** A button beside an issue in the summary that takes the keyboard to its field. */
  const goTo = (item: HTMLLIElement | undefined, target: HTMLElement | undefined) => {
    if (!item || !target || inJson()) return;
    const control = target.matches('input, select, textarea')
      ? target
      : target.querySelector<HTMLElement>('input, select, textarea, button');
    if (!control) return;
    const button = make('button', t('goToField', locale), { type: 'button', class: 'go-to' });
    button.addEventListener('click', () => control.focus());
    item.append(' ', button);
  };

  const decide = (given: Given) => {
    clearErrors();
    let d: TracedDecision<unknown>;
    try {
      d = run(given.input as never, given.options as never);
    } catch (e) {
      if (MeritInputError.is(e)) {
        const items = showError(t('inputErrors', locale), e.describe(locale));
        e.issues.forEach((issue, i) =>
          goTo(items[i], markField(issue.path, `${formatIssuePath(issue.path)}: ${issueText(issue, locale)}`)),
        );
      } else showError(t('otherError', locale), [e instanceof Error ? e.message : String(e)]);
      return;
    }
    const hash = hashOf(given, d.trace.library);
    history.replaceState(null, '', hash);
    keepHashOnLanguageSwitch();
    const box = make('div', undefined, { id: 'decision', class: 'decision' });
    const reasons = make('ul', undefined, { id: 'decision-reasons', class: 'reasons' });
    reasons.append(...explain(d, locale).map((line) => make('li', line)));
    const by = make('p', undefined, { id: 'decided-by', class: 'trace' });
    by.append(`${t('decidedBy', locale)} sistem-merit `, make('strong', d.trace.library), ` · ${d.trace.rule}`);
    if (d.trace.version) by.append(` · ${t('ruleVersion', locale)} ${d.trace.version}`);
    const link = make('a', t('shareLink', locale), { href: hash, id: 'share-link' });
    box.append(
      make('h3', t('decision', locale)),
      make('h4', t('value', locale)),
      make('pre', JSON.stringify(d.value, null, 2), { id: 'decision-value', class: 'json' }),
      make('h4', t('reasons', locale)),
      reasons,
      by,
      make('p', undefined).appendChild(link).parentElement!,
    );
    outcome.replaceChildren(box);
    box.scrollIntoView({ block: 'nearest' });
  };

  const route = () => {
    const example = /^#example=(\d+)$/.exec(location.hash);
    const shared = /^#try=([^&]*)(?:&v=(.*))?$/.exec(location.hash);
    if (example) {
      const given = data.examples[Number(example[1]) - 1];
      if (!given) return;
      load(given);
      outcome.replaceChildren();
      $('try').scrollIntoView();
      $('decide').focus();
    } else if (shared) {
      let given: Given;
      try {
        given = JSON.parse(decodeURIComponent(shared[1]!)) as Given;
      } catch (e) {
        showError(t('badJson', locale), [e instanceof Error ? e.message : String(e)]);
        return;
      }
      load(given);
      decide(given);
      const decidedBy = shared[2] === undefined ? undefined : decodeURIComponent(shared[2]);
      if (decidedBy !== undefined && decidedBy !== LIBRARY_VERSION) {
        const note = make('p', `${t('linkVersion', locale)} ${decidedBy}; ${t('thisVersion', locale)} ${LIBRARY_VERSION}.`, {
          id: 'version-note',
          class: 'errors',
        });
        outcome.prepend(note);
      }
      $('try').scrollIntoView();
    }
    keepHashOnLanguageSwitch();
  };

  modeForm.addEventListener('click', () => {
    const given = readGiven();
    if (typeof given === 'string') return showError(t('badJson', locale), [given]);
    load(given);
    if (inJson()) showError(t('badJson', locale), [t('jsonLabel', locale)]);
  });
  modeJson.addEventListener('click', () => {
    json.value = JSON.stringify(fromForm(), null, 2);
    setMode(true);
  });
  $('clear').addEventListener('click', () => {
    load({ input: undefined });
    setMode(false);
    clearErrors();
    outcome.replaceChildren();
  });
  $('try-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const given = readGiven();
    if (typeof given === 'string') showError(t('badJson', locale), [given]);
    else decide(given);
  });
  // A second click on the same example's link changes no hash: load it all the same.
  for (const a of document.querySelectorAll<HTMLAnchorElement>('a.load-example')) {
    a.addEventListener('click', (event) => {
      event.preventDefault();
      history.replaceState(null, '', a.getAttribute('href')!);
      route();
    });
  }
  window.addEventListener('hashchange', route);
  route();
  // When the page became interactive (ms since navigation), read by test/site for time to interactive.
  document.body.dataset['ready'] = String(Math.round(performance.now()));
}
