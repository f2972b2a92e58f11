import type { Citation, Decision, DecisionTrace, FactValue, Reason, ReasonOutcome } from './decision.js';
import { deepFreeze } from './freeze.js';
import { countInWords, dateInWords, numberText, type RangeUnit, rangeInWords } from './words.js';

export type Locale = 'id' | 'en';
/** A text in Bahasa Indonesia and English. */
export interface Bilingual {
  id: string;
  en: string;
}

/**
 * A reason's text in both languages; `units` names the unit of each range placeholder, so `{rentang}` holding
 * `[11, 14)` reads "11 sampai dengan 13 hari kerja" (see {@link RangeUnit}).
 */
export interface MessageText extends Bilingual {
  readonly units?: Readonly<Record<string, RangeUnit>>;
}

/**
 * Texts for reason codes and labels for enumeration values, in both languages.
 * Templates name facts in braces: `'Nilai {nilai} berada pada rentang {rentang}'`.
 */
export interface MessageCatalogue {
  messages: Record<string, MessageText>;
  labels: Record<string, Bilingual>;
  /**
   * The domain these texts belong to (the prefix of its rule ids; `catalogueOf` sets it). Its labels win
   * over other domains' for its own reasons, so two domains may label the same value differently.
   */
  domain?: string;
}

export { formatCitation, regulationShortName } from './citation-text.js';
import { formatCitation } from './citation-text.js';

const DECIMAL_TEXT = /^-?\d+\.\d+$/;

/** The label of a value, from the catalogue's own keys only (a fact may be any text, even `constructor`). */
const ownLabel = (labels: Record<string, Bilingual>, value: string): Bilingual | undefined =>
  Object.hasOwn(labels, value) ? labels[value] : undefined;

/** Enumeration values or dates joined with '+', ', ' or ' / ' (e.g. 'BUTUH_PERBAIKAN+KURANG') render part by part. */
function renderJoined(value: string, locale: Locale, labels: Record<string, Bilingual>): string | undefined {
  for (const sep of ['+', ', ', ' / ']) {
    if (!value.includes(sep)) continue;
    const parts = value.split(sep).map((p) => ownLabel(labels, p)?.[locale] ?? dateInWords(p, locale));
    if (parts.every((p) => p !== undefined)) return parts.join(sep === '+' ? ' + ' : sep);
  }
  return undefined;
}

function renderFact(value: FactValue | undefined, locale: Locale, labels: Record<string, Bilingual>, unit?: RangeUnit): string {
  if (value === undefined || value === null) return '—';
  if (typeof value === 'boolean') return locale === 'id' ? (value ? 'ya' : 'tidak') : value ? 'yes' : 'no';
  if (typeof value === 'number') return unit ? countInWords(value, locale, unit) : numberText(String(value), locale);
  if (unit && /^-?\d+(?:\.\d+)?$/.test(value)) return countInWords(value, locale, unit);
  return (
    ownLabel(labels, value)?.[locale] ??
    dateInWords(value, locale) ??
    rangeInWords(value, locale, unit) ??
    renderJoined(value, locale, labels) ??
    (DECIMAL_TEXT.test(value) ? numberText(value, locale) : value)
  );
}

/**
 * Fills `{fact}` placeholders of a template, in words: an enumeration value by its label, an ISO date as an
 * SK writes it (`1 April 2023`), an interval such as `[11, 14)` in words with the unit the text declares for
 * it (`units`), a number with that unit (`1 year`, `4 years`), a decimal with the locale's decimal sign.
 */
export function renderTemplate(
  template: string,
  facts: Record<string, FactValue>,
  locale: Locale,
  labels: Record<string, Bilingual> = {},
  units: Readonly<Record<string, RangeUnit>> = {},
): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) =>
    renderFact(facts[name], locale, labels, Object.hasOwn(units, name) ? units[name] : undefined),
  );
}

/** Merges message catalogues (later ones win on a duplicate key). */
export function mergeCatalogues(...catalogues: MessageCatalogue[]): MessageCatalogue {
  return {
    messages: Object.assign({}, ...catalogues.map((c) => c.messages)),
    labels: Object.assign({}, ...catalogues.map((c) => c.labels)),
  };
}

/**
 * The words an officer reads for a reason's outcome: `berlaku / applies` (the table row that applies),
 * `terpenuhi / met`, `tidak terpenuhi / not met`, `catatan / note`.
 */
export const OUTCOME_WORDS: Readonly<Record<ReasonOutcome, Readonly<Bilingual>>> = deepFreeze({
  APPLIES: { id: 'berlaku', en: 'applies' },
  PASS: { id: 'terpenuhi', en: 'met' },
  FAIL: { id: 'tidak terpenuhi', en: 'not met' },
  INFO: { id: 'catatan', en: 'note' },
});

/** A line's outcome word, capitalised to open a line: `Berlaku`, `Not met`. */
export const outcomeHeading = (outcome: ReasonOutcome, locale: Locale): string => {
  const word = OUTCOME_WORDS[outcome][locale];
  return word.charAt(0).toUpperCase() + word.slice(1);
};

/** The text of one reason, without its outcome or citations (the raw code and facts when no text is known). */
export function reasonText(r: Reason, locale: Locale, catalogue: MessageCatalogue): string {
  const template = Object.hasOwn(catalogue.messages, r.code) ? catalogue.messages[r.code] : undefined;
  return template
    ? renderTemplate(template[locale], r.facts, locale, catalogue.labels, template.units)
    : `${r.code} ${JSON.stringify(r.facts)}`;
}

/** Renders one reason on its own as a line: its outcome word, its text and its citations in brackets. */
export function explainReason(r: Reason, locale: Locale, catalogue: MessageCatalogue): string {
  const cites = r.citations.map((c) => formatCitation(c, locale)).join('; ');
  const line = `${outcomeHeading(r.outcome, locale)}: ${reasonText(r, locale, catalogue)}`;
  return cites ? `${line} (${cites})` : line;
}

/**
 * The label of an enumeration value in a locale, Indonesian by default, for a screen or a report:
 * `labelOf(MESSAGES, 'SANGAT_BAIK', 'en')` is `'Very Good (Sangat Baik)'`, `labelOf(MESSAGES, 'KALAH_OPTIMAL')`
 * `'formasi yang cocok lebih baik diisi kandidat lain'`. `MESSAGES` (root) holds every domain's labels,
 * `<domain>Messages` one domain's. Every value of every output schema has one in both languages; any other
 * value comes back as it is.
 */
export function labelOf(catalogue: MessageCatalogue, value: string, locale: Locale = 'id'): string {
  return ownLabel(catalogue.labels, value)?.[locale] ?? value;
}

/** How `explain` and `describeDecision` render a decision. */
export interface ExplainOptions {
  /** Ends with a line naming the rule version and library version that decided (the decision's `trace`). */
  trace?: boolean;
}

/** One reason as a line for people: its outcome, its text, and the numbers of its citations in the decision's list. */
export interface ExplainedLine {
  /** The rule and reason code it renders, for an app that styles or filters lines. */
  readonly rule: string;
  readonly code: string;
  readonly outcome: ReasonOutcome;
  /** The outcome in words (`berlaku`, `terpenuhi`, `tidak terpenuhi`, `catatan`; `applies`, `met`, `not met`, `note`). */
  readonly outcomeText: string;
  /** The reason in words, without outcome mark or citations. */
  readonly text: string;
  /** The `ref` numbers of its citations in {@link DecisionExplanation.citations}. */
  readonly citations: readonly number[];
}

/** One entry of a decision's citation list: listed once, referenced by number from its lines. */
export interface ExplainedCitation {
  readonly ref: number;
  /** As an officer reads it: `PP 94/2021 Pasal 9`, `PP 99/2000 (pasal belum ditemukan)`. */
  readonly text: string;
  /** The citations rendered by this text (one, or several that are not located in the same regulation). */
  readonly citations: readonly Citation[];
}

/** A decision explained as structured lines plus its citations, listed once; `explain` renders it as text. */
export interface DecisionExplanation {
  readonly locale: Locale;
  readonly lines: readonly ExplainedLine[];
  readonly citations: readonly ExplainedCitation[];
  /** The rule version and library version that decided, when `{ trace: true }` was asked and the decision has one. */
  readonly trace?: string;
}

const TRACE_LINE: Record<Locale, (t: DecisionTrace) => string> = {
  id: (t) => `Diputuskan oleh ${t.rule}${t.version ? ` versi ${t.version}` : ''}, sistem-merit ${t.library}`,
  en: (t) => `Decided by ${t.rule}${t.version ? ` version ${t.version}` : ''}, sistem-merit ${t.library}`,
};

const CITATIONS_HEADING: Record<Locale, string> = { id: 'Dasar hukum:', en: 'Legal basis:' };

/**
 * Renders a {@link DecisionExplanation} as plain text: one line per reason, `Berlaku: … [1, 2]`, then the
 * citations once (`Dasar hukum:` / `Legal basis:`, `[1] PP 94/2021 Pasal 9`), then the trace when asked.
 */
export function renderExplanation(e: DecisionExplanation): string[] {
  const lines = e.lines.map((l) => {
    const text = `${outcomeHeading(l.outcome, e.locale)}: ${l.text}`;
    return l.citations.length ? `${text} [${l.citations.join(', ')}]` : text;
  });
  if (e.citations.length) lines.push(CITATIONS_HEADING[e.locale], ...e.citations.map((c) => `[${c.ref}] ${c.text}`));
  if (e.trace) lines.push(e.trace);
  return lines;
}

/**
 * Builds a `describeDecision(decision, locale, options)` function over the given catalogues: the decision's
 * reasons as {@link ExplainedLine}s with its citations listed once.
 */
export function createDescriber(...catalogues: MessageCatalogue[]) {
  const merged = mergeCatalogues(...catalogues);
  const byDomain = new Map<string, MessageCatalogue>();
  for (const c of catalogues) {
    if (c.domain) byDomain.set(c.domain, { messages: merged.messages, labels: { ...merged.labels, ...c.labels } });
  }
  return function describeDecision(d: Decision<unknown>, locale: Locale = 'id', options: ExplainOptions = {}): DecisionExplanation {
    // A caller without types may pass any string: say so rather than fail deep inside with a TypeError.
    if (locale !== 'id' && locale !== 'en') throw new RangeError(`locale must be 'id' or 'en', not ${JSON.stringify(locale)}`);
    const citations: { ref: number; text: string; citations: Citation[] }[] = [];
    const refOf = (c: Citation): number => {
      const text = formatCitation(c, locale);
      let entry = citations.find((e) => e.text === text);
      if (!entry) citations.push((entry = { ref: citations.length + 1, text, citations: [] }));
      if (!entry.citations.includes(c)) entry.citations.push(c);
      return entry.ref;
    };
    const lines = d.reasons.map((r): ExplainedLine => {
      const catalogue = byDomain.get(r.rule.slice(0, r.rule.indexOf('.'))) ?? merged;
      const refs = [...new Set(r.citations.map(refOf))].sort((a, b) => a - b);
      const { rule, code, outcome } = r;
      return { rule, code, outcome, outcomeText: OUTCOME_WORDS[outcome][locale], text: reasonText(r, locale, catalogue), citations: refs };
    });
    return { locale, lines, citations, ...(options.trace && d.trace ? { trace: TRACE_LINE[locale](d.trace) } : {}) };
  };
}

/**
 * Builds an `explain(decision, locale, options)` function over the given catalogues: the plain-text rendering
 * ({@link renderExplanation}) of what {@link createDescriber} gives.
 */
export function createExplainer(...catalogues: MessageCatalogue[]) {
  const describe = createDescriber(...catalogues);
  return function explain(d: Decision<unknown>, locale: Locale = 'id', options: ExplainOptions = {}): string[] {
    return renderExplanation(describe(d, locale, options));
  };
}
