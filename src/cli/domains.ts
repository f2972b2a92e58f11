/** Domain names as users type them: the library's own (`discipline`) or the Indonesian word (`disiplin`). */
import { RULES } from '../catalogue.js';
import type { Domain } from '../core/rule.js';

/** Indonesian names of the domains. */
export const DOMAIN_ALIASES: Readonly<Record<string, Domain>> = Object.freeze({
  kinerja: 'performance',
  pangkat: 'promotion',
  'kenaikan-pangkat': 'promotion',
  kepangkatan: 'promotion',
  disiplin: 'discipline',
  penghargaan: 'rewards',
  kompetensi: 'competency',
  pelayanan: 'pelayanan',
});

/** The domains that have rules, in catalogue order. */
export const domainNames = (): Domain[] => [...new Set(RULES.map((r) => r.domain))];

/** The domain named `name` (its own name or an alias, any case), or `undefined`. */
export function domainOf(name: string): Domain | undefined {
  const key = name.trim().toLowerCase();
  const own = domainNames().find((d) => d === key);
  return own ?? (Object.hasOwn(DOMAIN_ALIASES, key) ? DOMAIN_ALIASES[key] : undefined);
}

/** `performance (kinerja), promotion (pangkat, kenaikan-pangkat, kepangkatan), …` */
export function domainList(): string {
  return domainNames()
    .map((d) => {
      const aliases = Object.keys(DOMAIN_ALIASES).filter((a) => DOMAIN_ALIASES[a] === d && a !== d);
      return aliases.length > 0 ? `${d} (${aliases.join(', ')})` : d;
    })
    .join(', ');
}
