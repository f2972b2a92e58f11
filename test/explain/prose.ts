import { RULES } from '../../src/catalogue.js';
import { MESSAGES } from '../../src/explain.js';
import type { Locale } from '../../src/core/explain.js';
import type * as z4 from 'zod/v4/core';
import { enumValuesOf, outputEnumValues } from './schema-enums.js';

/** Interval notation as a lawyer writes it, `[11, 14)`, `(75, 90]`, `[28, +∞)`: never for an officer. */
const INTERVAL = /[[(]\s*[-−+]?(?:\d+(?:[.,]\d+)?|∞)\s*,\s+[-−+]?(?:\d+(?:[.,]\d+)?|∞)\s*[\])]/;
/** An ISO date or month, `2023-04-01`, `2013-05`: prose writes `1 April 2023`, `Mei 2013`. */
const ISO_DATE = /\b\d{4}-\d{2}(?:-\d{2})?\b/;
/** A word in capitals with underscores, `TEGURAN_LISAN`: a code when the catalogue knows it (not a name a user typed, `A_0`). */
const SNAKE_WORD = /\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b/g;

/** Every enumeration value of every rule's input, options and output schemas, and every labelled value. */
const KNOWN_CODES = new Set<string>([
  ...Object.keys(MESSAGES.labels),
  ...outputEnumValues(RULES).keys(),
  ...RULES.flatMap((r) => [...enumValuesOf(r.input as z4.$ZodType), ...enumValuesOf(r.options as z4.$ZodType)]),
]);
/** The citation numbers that end a line, `[1, 2]`: references, not notation. */
const REFS = /\s\[\d+(?:, \d+)*\]$/;

/**
 * Enumeration values that read differently from their label in a locale (`BAIK` → `Baik`): the value itself must
 * never show in prose. Values that are their own label in the locale (`A`, `SKP`) are fine as they are.
 */
function codesShownByLabel(locale: Locale): Set<string> {
  const codes = new Set<string>([...outputEnumValues(RULES).keys(), ...Object.keys(MESSAGES.labels)]);
  return new Set([...codes].filter((c) => MESSAGES.labels[c]?.[locale] !== c && /[A-Z]/.test(c) && c === c.toUpperCase()));
}

const CODES: Record<Locale, Set<string>> = { id: codesShownByLabel('id'), en: codesShownByLabel('en') };

/**
 * Abbreviations that regulations use as words and that are also enumeration values: they may show in prose
 * (`PDHTAPS` as the regulation writes it, beside its words).
 */
const ABBREVIATIONS = new Set(['PDHTAPS', 'PTDH', 'KGB', 'SKP', 'JPT', 'PPPK', 'PNS', 'CPNS', 'MS', 'MMS', 'KMS', 'IKM', 'NRR']);

/**
 * What is wrong with a line of an explanation for an officer: interval notation, an ISO date, a bare enumeration
 * code. `typed` are texts the caller typed (names, notes): a code-like word inside one is theirs, not a code.
 */
export function proseProblems(line: string, locale: Locale, typed: readonly string[] = []): string[] {
  const text = line.replace(REFS, '');
  const problems: string[] = [];
  const interval = INTERVAL.exec(text);
  if (interval) problems.push(`interval notation ${interval[0]}`);
  const date = ISO_DATE.exec(text);
  if (date) problems.push(`ISO date ${date[0]}`);
  const isTyped = (word: string) => typed.some((t) => !KNOWN_CODES.has(t) && new RegExp(`(?<![\\w.])${word}(?![\\w.])`).test(t));
  for (const [word] of text.matchAll(SNAKE_WORD)) if (KNOWN_CODES.has(word) && !isTyped(word)) problems.push(`code ${word}`);
  // A word in capitals that is a code shown by its label; not part of a dotted code the caller typed
  // (`TEKNIS.ANGGARAN`), nor written inside its own label (`Sarjana (S1)`).
  for (const m of text.matchAll(/(?<![.\w])[A-Z][A-Z0-9]+(?![.\w])/g)) {
    const word = m[0];
    if (!CODES[locale].has(word) || ABBREVIATIONS.has(word) || isTyped(word)) continue;
    const label = MESSAGES.labels[word]?.[locale];
    if (label && new RegExp(`\\b${word}\\b`).test(label) && text.includes(label)) continue;
    problems.push(`code ${word}`);
  }
  return problems;
}
