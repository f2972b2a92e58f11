import type { Citation } from './decision.js';
import type { Locale } from './explain.js';

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
