import { RULES } from './catalogue.js';
import type { Citation } from './core/decision.js';
import type { RegulationId } from './core/regulation-ids.js';
import { deepFreeze } from './core/freeze.js';
import type { AnyRule } from './core/rule.js';

/** One place a rule cites a regulation: its legal basis, a version row, a table row, or a reason of an example. */
export interface CitationUse {
  rule: AnyRule;
  citation: Citation;
  /** `'rule'` (the rule's basis), `'version'`, `'table'` (a row's dasar) or `'reason'` (a reason's citation). */
  where: 'rule' | 'version' | 'table' | 'reason';
  /** The reason code, for `'reason'`. */
  code?: string;
}

const key = (c: Citation) => `${c.regulation}|${c.article ?? ''}|${c.annex ?? ''}|${c.unlocated ?? ''}`;

const collected = new WeakMap<AnyRule, readonly CitationUse[]>();

/**
 * Every citation of a rule, each once per place: its basis, its version rows, its tables' dasar, and the
 * reasons its worked examples give (run here, as the tests run them). A rule is frozen, so its list is
 * collected once and shared, frozen.
 */
export function citationsOf(rule: AnyRule): readonly CitationUse[] {
  let uses = collected.get(rule);
  if (uses === undefined) {
    uses = deepFreeze(collect(rule));
    collected.set(rule, uses);
  }
  return uses;
}

function collect(rule: AnyRule): CitationUse[] {
  const seen = new Set<string>();
  const uses: CitationUse[] = [];
  const add = (citation: Citation, where: CitationUse['where'], code?: string) => {
    const k = `${where}|${code ?? ''}|${key(citation)}`;
    if (seen.has(k)) return;
    seen.add(k);
    uses.push(code === undefined ? { rule, citation, where } : { rule, citation, where, code });
  };
  for (const c of rule.citations) add(c, 'rule');
  for (const v of rule.versions ?? []) for (const c of v.citations) add(c, 'version');
  for (const t of rule.tables ?? []) for (const row of t.dasar ?? []) for (const c of row) add(c, 'table');
  for (const e of rule.examples) {
    let reasons;
    try {
      reasons = rule.run(e.input as never, e.options as never).reasons;
    } catch {
      continue; // an example of a refusal cites nothing
    }
    for (const r of reasons) for (const c of r.citations) add(c, 'reason', r.code);
  }
  return uses;
}

/** `true` when `article` is `query` or one of its parts: "Pasal 11" holds "Pasal 11 ayat (2)", not "Pasal 110". */
export function articleWithin(article: string | undefined, query: string): boolean {
  if (article === undefined) return false;
  const a = article.trim().toLowerCase();
  const q = query.trim().toLowerCase();
  return a === q || a.startsWith(`${q} `);
}

/**
 * Pasal → rules: every rule citing `regulation` (at `article` or within it when given), with the citations
 * that match; from the same catalogue as the documentation.
 */
export function rulesCiting(regulation: RegulationId | string, article?: string): { rule: AnyRule; uses: CitationUse[] }[] {
  return RULES.flatMap((rule) => {
    const uses = citationsOf(rule).filter(
      (u) => u.citation.regulation === regulation && (article === undefined || articleWithin(u.citation.article, article)),
    );
    return uses.length > 0 ? [{ rule, uses }] : [];
  });
}
