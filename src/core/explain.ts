import type { Citation, Decision, DecisionTrace, FactValue, Reason } from './decision.js';

export type Locale = 'id' | 'en';
/** A text in Bahasa Indonesia and English. */
export interface Bilingual {
  id: string;
  en: string;
}

/**
 * Texts for reason codes and labels for enumeration values, in both languages.
 * Templates name facts in braces: `'Nilai {nilai} berada pada rentang {rentang}'`.
 */
export interface MessageCatalogue {
  messages: Record<string, Bilingual>;
  labels: Record<string, Bilingual>;
  /**
   * The domain these texts belong to (the prefix of its rule ids; `catalogueOf` sets it). Its labels win
   * over other domains' for its own reasons, so two domains may label the same value differently.
   */
  domain?: string;
}

const JENIS_SHORT: Record<string, string> = {
  UU: 'UU',
  PP: 'PP',
  PERPRES: 'Perpres',
  PERMENPANRB: 'PermenPANRB',
  KEPMENPANRB: 'KepmenPANRB',
  KEPMENPAN: 'KepmenPAN',
  SE_MENPANRB: 'SE MenPANRB',
  PERBKN: 'Peraturan BKN',
  PERKA_BKN: 'Perka BKN',
  KEPKA_BKN: 'Keputusan Kepala BKN',
  KMK: 'KMK',
  PERBRIN: 'Peraturan BRIN',
};

const shortNames = new Map<string, string>();

/** Short name of a regulation from its catalogue id: `'PERMENPANRB_6_2022'` → `'PermenPANRB 6/2022'`. */
export function regulationShortName(id: string): string {
  let name = shortNames.get(id);
  if (name === undefined) {
    name = shortNameOf(id);
    if (shortNames.size < 10_000) shortNames.set(id, name); // ids come from the catalogue: a few dozen
  }
  return name;
}

function shortNameOf(id: string): string {
  const m = /^(.*)_([^_]+)_(\d{4})$/.exec(id);
  if (!m) return id;
  const jenis = m[1]!;
  // Peraturan Badan of a named agency: PERBAN_BGN → 'Peraturan BGN'.
  const short =
    JENIS_SHORT[jenis] ??
    (jenis.startsWith('PERBAN_')
      ? `Peraturan ${jenis.slice(7).replace(/_/g, ' ')}`
      : jenis.charAt(0) + jenis.slice(1).toLowerCase().replace(/_/g, ' '));
  return `${short} ${m[2]}/${m[3]}`;
}

const NOT_LOCATED: Record<Locale, string> = { id: '(pasal belum ditemukan)', en: '(article not located)' };

/**
 * Renders a citation: `PP 30/2019 Pasal 41 ayat (3)`; one whose text is not located yet says so,
 * `PP 99/2000 (pasal belum ditemukan)`.
 */
export function formatCitation(c: Citation, locale: Locale = 'id'): string {
  if (c.unlocated !== undefined) return `${regulationShortName(c.regulation)} ${NOT_LOCATED[locale]}`;
  return [regulationShortName(c.regulation), c.article, c.annex].filter(Boolean).join(' ');
}

const DECIMAL_TEXT = /^-?\d+\.\d+$/;

/** The label of a value, from the catalogue's own keys only (a fact may be any text, even `constructor`). */
const ownLabel = (labels: Record<string, Bilingual>, value: string): Bilingual | undefined =>
  Object.hasOwn(labels, value) ? labels[value] : undefined;

function renderFact(value: FactValue | undefined, locale: Locale, labels: Record<string, Bilingual>): string {
  if (value === undefined || value === null) return '—';
  if (typeof value === 'boolean') return locale === 'id' ? (value ? 'ya' : 'tidak') : value ? 'yes' : 'no';
  if (typeof value === 'number') return locale === 'id' ? String(value).replace('.', ',') : String(value);
  const label = ownLabel(labels, value);
  if (label) return label[locale];
  // Enumeration values joined with '+', ', ' or ' / ' (e.g. 'BUTUH_PERBAIKAN+KURANG') render label by label.
  for (const sep of ['+', ', ', ' / ']) {
    if (!value.includes(sep)) continue;
    const parts = value.split(sep);
    if (parts.every((p) => ownLabel(labels, p))) return parts.map((p) => ownLabel(labels, p)![locale]).join(sep === '+' ? ' + ' : sep);
  }
  return locale === 'id' && DECIMAL_TEXT.test(value) ? value.replace('.', ',') : value;
}

/** Fills `{fact}` placeholders of a template. */
export function renderTemplate(
  template: string,
  facts: Record<string, FactValue>,
  locale: Locale,
  labels: Record<string, Bilingual> = {},
): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => renderFact(facts[name], locale, labels));
}

const MARK: Record<Reason['outcome'], string> = { PASS: '✓', FAIL: '✗', INFO: '•' };

/** Merges message catalogues (later ones win on a duplicate key). */
export function mergeCatalogues(...catalogues: MessageCatalogue[]): MessageCatalogue {
  return {
    messages: Object.assign({}, ...catalogues.map((c) => c.messages)),
    labels: Object.assign({}, ...catalogues.map((c) => c.labels)),
  };
}

/** Renders one reason as a line of text with its citations. */
export function explainReason(r: Reason, locale: Locale, catalogue: MessageCatalogue): string {
  const template = catalogue.messages[r.code];
  const text = template ? renderTemplate(template[locale], r.facts, locale, catalogue.labels) : `${r.code} ${JSON.stringify(r.facts)}`;
  const cites = r.citations.map((c) => formatCitation(c, locale)).join('; ');
  return cites ? `${MARK[r.outcome]} ${text} (${cites})` : `${MARK[r.outcome]} ${text}`;
}

/** How `explain` renders a decision. */
export interface ExplainOptions {
  /** Ends with a line naming the rule version and library version that decided (the decision's `trace`). */
  trace?: boolean;
}

const TRACE_LINE: Record<Locale, (t: DecisionTrace) => string> = {
  id: (t) => `Diputuskan oleh ${t.rule}${t.version ? ` versi ${t.version}` : ''}, sistem-merit ${t.library}`,
  en: (t) => `Decided by ${t.rule}${t.version ? ` version ${t.version}` : ''}, sistem-merit ${t.library}`,
};

/** Builds an `explain(decision, locale, options)` function over the given catalogues. */
export function createExplainer(...catalogues: MessageCatalogue[]) {
  const merged = mergeCatalogues(...catalogues);
  const byDomain = new Map<string, MessageCatalogue>();
  for (const c of catalogues) {
    if (c.domain) byDomain.set(c.domain, { messages: merged.messages, labels: { ...merged.labels, ...c.labels } });
  }
  return function explain(d: Decision<unknown>, locale: Locale = 'id', options: ExplainOptions = {}): string[] {
    const lines = d.reasons.map((r) => explainReason(r, locale, byDomain.get(r.rule.slice(0, r.rule.indexOf('.'))) ?? merged));
    if (options.trace && d.trace) lines.push(TRACE_LINE[locale](d.trace));
    return lines;
  };
}

/** The label of an enumeration value in a locale (the value itself when it has none). */
export function labelOf(catalogue: MessageCatalogue, value: string, locale: Locale = 'id'): string {
  return ownLabel(catalogue.labels, value)?.[locale] ?? value;
}
