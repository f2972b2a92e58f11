import type { Bilingual, Locale } from './explain.js';
import { deepFreeze } from './freeze.js';

/**
 * The unit of a placeholder, declared beside the text that shows it (`units: { rentang: RANGE_UNITS.hariKerja }`):
 * its words in both languages, the English singular (`1 year`, `3 years`), and whether it counts whole units
 * (days, years), so `[11, 14)` reads "11 sampai dengan 13 hari kerja" rather than "11 sampai kurang dari 14".
 * A number shows with its unit; an interval in words with it.
 */
export interface RangeUnit extends Bilingual {
  readonly whole?: boolean;
  /** The English word for exactly one (`year` for `years`); Indonesian has one form. */
  readonly enSingular?: string;
}

/** A count with its unit: `3 tahun`, `1 year`, `2,5 years`. */
export function countInWords(value: number | string, locale: Locale, unit: RangeUnit): string {
  const text = String(value);
  const word = locale === 'en' && unit.enSingular && Number(text) === 1 ? unit.enSingular : unit[locale];
  return `${numberText(text, locale)} ${word}`;
}

const MONTHS: Record<Locale, readonly string[]> = {
  id: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;

/**
 * A calendar date as an SK writes it, in either language: `'2023-04-01'` → `'1 April 2023'`; a month
 * `'2013-05'` → `'Mei 2013'` / `'May 2013'`. Anything else is `undefined`.
 */
export function dateInWords(value: string, locale: Locale): string | undefined {
  const d = ISO_DATE.exec(value);
  if (d) {
    const month = MONTHS[locale][Number(d[2]) - 1];
    return month && Number(d[3]) >= 1 && Number(d[3]) <= 31 ? `${Number(d[3])} ${month} ${d[1]}` : undefined;
  }
  const m = ISO_MONTH.exec(value);
  const month = m ? MONTHS[locale][Number(m[2]) - 1] : undefined;
  return m && month ? `${month} ${m[1]}` : undefined;
}

/** A number written as text in a locale: a decimal comma in Bahasa Indonesia. */
export const numberText = (value: string, locale: Locale): string => (locale === 'id' ? value.replace('.', ',') : value);

const INTERVAL = /^([[(])\s*([^,\s]+)\s*,\s*([^\])\s]+)\s*([\])])$/;
const NUMBER = /^-?\d+(?:\.\d+)?$/;
const INFINITE = new Set(['∞', '+∞', '−∞', '-∞', 'Infinity', '-Infinity']);

interface Bound {
  at: string;
  inclusive: boolean;
}

/** Parses `'[11, 14)'` (the notation `formatBand` writes) into its bounds; `undefined` when not an interval. */
function parseRange(value: string): { min?: Bound; max?: Bound } | undefined {
  const m = INTERVAL.exec(value);
  if (!m) return undefined;
  const [, open, lo, hi, close] = m as unknown as [string, string, string, string, string];
  const side = (text: string, inclusive: boolean): Bound | null | undefined =>
    INFINITE.has(text) ? undefined : NUMBER.test(text) ? { at: text, inclusive } : null;
  const min = side(lo, open === '[');
  const max = side(hi, close === ']');
  if (min === null || max === null) return undefined;
  return { ...(min ? { min } : {}), ...(max ? { max } : {}) };
}

const RANGE_WORDS = {
  id: {
    to: 'sampai dengan',
    toBelow: 'sampai kurang dari',
    above: 'lebih dari',
    below: 'kurang dari',
    orMore: 'atau lebih',
    orLess: 'atau kurang',
    any: 'berapa pun',
  },
  en: { to: 'to', toBelow: 'to under', above: 'over', below: 'under', orMore: 'or more', orLess: 'or less', any: 'any value' },
} as const;

/**
 * An interval in words, with its unit: `'[11, 14)'` of whole working days → "11 sampai dengan 13 hari kerja" /
 * "11 to 13 working days"; `'[28, ∞)'` → "28 hari kerja atau lebih"; `'(75, 90]'` → "lebih dari 75 sampai
 * dengan 90" / "over 75 to 90". `undefined` when the value is not an interval.
 */
export function rangeInWords(value: string, locale: Locale, unit?: RangeUnit): string | undefined {
  const range = parseRange(value);
  if (!range) return undefined;
  const w = RANGE_WORDS[locale];
  const u = unit ? ` ${unit[locale]}` : '';
  let { min, max } = range;
  if (unit?.whole) {
    // Whole counts: an open bound is the next whole number inside, so every bound reads inclusive.
    const step = (b: Bound, by: number): Bound =>
      b.inclusive || !/^-?\d+$/.test(b.at) ? b : { at: String(Number(b.at) + by), inclusive: true };
    min = min && step(min, 1);
    max = max && step(max, -1);
    if (min && max && min.inclusive && max.inclusive && min.at === max.at) return `${numberText(min.at, locale)}${u}`;
  }
  const lo = min && (min.inclusive ? numberText(min.at, locale) : `${w.above} ${numberText(min.at, locale)}`);
  if (min && max) return `${lo} ${max.inclusive ? w.to : w.toBelow} ${numberText(max.at, locale)}${u}`;
  if (min) return min.inclusive ? `${lo}${u} ${w.orMore}` : `${lo}${u}`;
  if (max) return max.inclusive ? `${numberText(max.at, locale)}${u} ${w.orLess}` : `${w.below} ${numberText(max.at, locale)}${u}`;
  return w.any;
}

/** Units that several texts share: working days, years, percent. A domain declares its own beside its texts. */
export const RANGE_UNITS = deepFreeze({
  hariKerja: { id: 'hari kerja', en: 'working days', enSingular: 'working day', whole: true },
  tahun: { id: 'tahun', en: 'years', enSingular: 'year', whole: true },
  persen: { id: '%', en: '%' },
} as const satisfies Readonly<Record<string, RangeUnit>>);
