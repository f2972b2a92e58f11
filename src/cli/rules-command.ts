/** `sistem-merit rules`: the catalogue by domain, or the rules citing a regulation (Pasal → rules). */
import { REGULATIONS, RULES } from '../catalogue.js';
import { type CitationUse, rulesCiting } from '../citations.js';
import { formatCitation, type Locale, regulationShortName } from '../core/explain.js';
import { closestName } from '../core/suggest.js';
import { domainList, domainOf } from './domains.js';
import { CliFailure, EXIT } from './failure.js';
import type { CliIo } from './io.js';

/** `rules [--domain D]`: D is a domain or its Indonesian name; an unknown one fails, listing the valid ones. */
export function cmdRules(io: CliIo, asked: string | undefined, locale: Locale) {
  const domain = asked === undefined ? undefined : domainOf(asked);
  if (asked !== undefined && domain === undefined) {
    const near = closestName(
      asked.toLowerCase(),
      domainList()
        .split(/[ ,()]+/)
        .filter(Boolean),
    );
    const hint = near ? { en: `did you mean ${near}? `, id: `mungkin maksudnya ${near}? ` } : { en: '', id: '' };
    throw new CliFailure(
      {
        en: `unknown domain ${asked}; ${hint.en}domains: ${domainList()}`,
        id: `ranah ${asked} tidak dikenal; ${hint.id}ranah: ${domainList()}`,
      },
      EXIT.USAGE,
    );
  }
  const rules = RULES.filter((rule) => !domain || rule.domain === domain);
  for (const r of rules) {
    io.stdout.write(`${r.id}\n  ${r.title.id} / ${r.title.en}\n  ${r.citations.map((c) => formatCitation(c)).join('; ')}\n`);
  }
  const regulations = Object.keys(REGULATIONS).length;
  io.stdout.write(
    locale === 'id' ? `${rules.length} aturan, ${regulations} peraturan\n` : `${rules.length} rules, ${regulations} regulations\n`,
  );
}

const WHERE: Record<CitationUse['where'], string> = { rule: 'dasar', version: 'versi', table: 'tabel', reason: 'alasan' };

/** Pasal → rules: `rules --cites PP_94_2021 --article "Pasal 11"`. */
export function cmdCites(io: CliIo, regulation: string, article: string | undefined) {
  if (!Object.hasOwn(REGULATIONS, regulation)) {
    const suggestion = closestName(regulation, Object.keys(REGULATIONS));
    throw new CliFailure(
      {
        en: `unknown regulation ${regulation}${suggestion ? `; did you mean ${suggestion}?` : ''} (ids as in docs/rules/README.md)`,
        id: `peraturan ${regulation} tidak dikenal${suggestion ? `; mungkin maksudnya ${suggestion}?` : ''} (id seperti di docs/rules/README.md)`,
      },
      EXIT.USAGE,
    );
  }
  const found = rulesCiting(regulation, article);
  for (const { rule, uses } of found) {
    io.stdout.write(`${rule.id}\n  ${rule.title.id} / ${rule.title.en}\n`);
    const lines = new Set(uses.map((u) => `${formatCitation(u.citation)} (${WHERE[u.where]}${u.code ? ` ${u.code}` : ''})`));
    for (const line of lines) io.stdout.write(`  ${line}\n`);
  }
  io.stdout.write(`${found.length} rule(s) cite ${regulationShortName(regulation)}${article === undefined ? '' : ` ${article}`}\n`);
}
