import type { Bilingual } from './explain.js';

/**
 * The known name closest to a misspelt one, for "did you mean …?": the same name in other case, or one
 * within a small edit distance (letters swapped, dropped, added or changed; none for names of up to 3
 * letters, 1 for up to 5, 2 beyond). `undefined` when nothing is close enough to be a likely typo.
 */
export function closestName(name: string, known: Iterable<string>): string | undefined {
  const lower = name.toLowerCase();
  const limit = lower.length <= 3 ? 0 : lower.length <= 5 ? 1 : 2;
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of known) {
    const c = candidate.toLowerCase();
    if (c === lower) return candidate;
    if (limit === 0 || Math.abs(c.length - lower.length) > limit) continue;
    const d = editDistance(lower, c, limit);
    if (d < bestDistance) {
      bestDistance = d;
      best = candidate;
    }
  }
  return best;
}

/** Optimal-string-alignment distance (Levenshtein plus adjacent swaps), stopping early past `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (a.length > 64 || b.length > 64) return limit + 1; // field names are short; anything longer is no typo of one
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prevPrev[j - 2]! + 1);
      row.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return limit + 1;
    prevPrev = prev;
    prev = row;
  }
  return prev[b.length]!;
}

const SEPARATORS = /[\s_\-/.,]+/g;
const ROMAN: Readonly<Record<string, string>> = { '1': 'i', '2': 'ii', '3': 'iii', '4': 'iv', '5': 'v' };

/** The forms a value is compared in: lower case without separators, and with digits 1–5 as roman numerals (D3 ~ D_III). */
function looseForms(value: string): string[] {
  const plain = value.toLowerCase().replace(SEPARATORS, '');
  const roman = plain.replace(/[1-5]/g, (d) => ROMAN[d]!);
  return roman === plain ? [plain] : [plain, roman];
}

/**
 * The option a mistyped value most likely meant, for "did you mean …?" only (never accepted in its place):
 * the option equal to it when case and separators (space, `_`, `-`, `/`, `.`) are ignored and digits 1–5
 * read as roman numerals (`D3` → `D_III`, `III/B` → `III/b`, `sangat baik` → `SANGAT_BAIK`), otherwise the
 * closest by {@link closestName}. `undefined` when nothing is close, or when the value is itself an option.
 */
export function closestOption(value: string, options: readonly string[]): string | undefined {
  if (value.length > 64 || options.includes(value)) return undefined;
  const forms = looseForms(value);
  const loose = options.filter((o) => looseForms(o).some((f) => forms.includes(f)));
  if (loose.length === 1) return loose[0];
  if (loose.length > 1) return closestName(value, loose) ?? loose[0];
  return closestName(value, options);
}

/** `text` followed by the suggestion in each language ("; did you mean "x"?"), or `text` itself when there is none. */
export function withSuggestion(text: Bilingual, suggestion: string | undefined): Bilingual {
  if (suggestion === undefined) return text;
  return { en: `${text.en}; did you mean "${suggestion}"?`, id: `${text.id}; mungkin maksudnya "${suggestion}"?` };
}
