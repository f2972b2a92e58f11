import type * as z4 from 'zod/v4/core';
import { MAX_YEAR, MIN_YEAR, daysInMonth, isIsoDate } from './calendar-days.js';
import type { Bilingual } from './explain.js';
import { DID_YOU_MEAN, fillTemplate, type IssueCode, isIssueCode, issueTemplateText } from './issue-catalogue.js';
import { defOf, unwrapSchema } from './schema-def.js';
import { closestOption } from './suggest.js';
import { issueHints } from './hints.js';
import { DATE_EXAMPLE, expectedOf, hintOf, numberBounds, optionsText, quoted, rangeText, receivedOf, schemaAt } from './what-to-type.js';

/** What the library makes of one zod issue: a code of the closed set, its text in both languages, a suggestion. */
export interface ConvertedIssue {
  code: IssueCode;
  text: Bilingual;
  suggestion?: string;
}

/** A zod issue as zod reports it with `reportInput` (the fields read here). */
export interface RawZodIssue {
  code?: string;
  path: readonly PropertyKey[];
  message: string;
  input?: unknown;
  params?: Record<string, unknown>;
  values?: readonly unknown[];
  expected?: string;
  origin?: string;
  minimum?: unknown;
  maximum?: unknown;
  inclusive?: boolean;
  format?: string;
  pattern?: string;
  errors?: readonly (readonly RawZodIssue[])[];
  issues?: readonly RawZodIssue[];
}

/** An issue saying only that the value is not of an option's type (so that option was not meant). */
const typeMismatch = (i: RawZodIssue) =>
  i.path.length === 0 &&
  (i.code === 'invalid_type' ||
    i.code === 'invalid_value' ||
    (i.code === 'invalid_union' && (i.errors ?? []).every((b) => b.every(typeMismatch))));

const has = (o: object, k: string) => Object.hasOwn(o, k);
/** `true` when the value was missing (zod reports `input: undefined`). */
const missing = (issue: RawZodIssue) => issue.input === undefined;

/**
 * Converts one zod issue into the library's: a check of the library that passed `params: { text, code }`
 * keeps them; every other issue gets a code and a text from the catalogue, saying what to type (read from
 * the field's schema under `root` when given). Independent of zod's locale: zod's message is never used.
 */
export function convertZodIssue(issue: RawZodIssue, root?: z4.$ZodType): ConvertedIssue {
  const own = ownText(issue.params);
  if (own) {
    const code = isIssueCode(issue.params?.['code']) ? issue.params['code'] : 'contradiction';
    const suggestion = issue.params?.['suggestion'];
    return typeof suggestion === 'string' ? { code, text: own, suggestion } : { code, text: own };
  }
  const field = root ? schemaAt(root, issue.path) : undefined;
  const converted = convertByKind(issue, field, issueHintOf(field)?.expected ?? expectedOf(field), root);
  const note = issueHintOf(field)?.note;
  return note ? { ...converted, text: { id: `${converted.text.id}; ${note.id}`, en: `${converted.text.en}; ${note.en}` } } : converted;
}

function convertByKind(issue: RawZodIssue, field: z4.$ZodType | undefined, expected: Bilingual, root?: z4.$ZodType): ConvertedIssue {
  // An issue of a parse that did not report its input (a zod error made elsewhere): nothing to quote.
  if (!has(issue, 'input')) return { code: 'invalid', text: issueTemplateText('invalid', { expected }) };
  if (missing(issue) && issue.code !== 'custom') return { code: 'required', text: issueTemplateText('required', { expected }) };
  const hint = hintOf(field);
  if (hint?.kind === 'date') return dateIssue(issue);
  if (hint?.kind === 'decimal') return decimalIssue(issue, hint, expected);
  const value = quoted(issue.input);
  switch (issue.code) {
    case 'invalid_type':
      return { code: 'wrong_type', text: issueTemplateText('wrong_type', { expected, received: receivedOf(issue.input) }) };
    case 'invalid_value':
      return optionIssue(issue.input, issue.values ?? []);
    case 'too_big':
    case 'too_small':
      return sizeIssue(issue, field);
    case 'invalid_format': {
      const words = issueHintOf(field)?.expected ?? patternText(issue, expected);
      return { code: 'text_format', text: issueTemplateText('text_format', { value, expected: words }) };
    }
    case 'invalid_key': {
      // A key of a keyed table that its key schema refuses: say so, with that schema's own reason.
      const inner = issue.issues?.[0];
      // The issue's path ends with the key: its table is one step up.
      const table = root && issue.path.length > 0 ? schemaAt(root, issue.path.slice(0, -1)) : undefined;
      const keySchema = table ? defOf(unwrapSchema(table)).keyType : undefined;
      const why = inner ? convertZodIssue({ ...inner, path: [], input: issue.input }, keySchema) : undefined;
      const text = why?.text ?? issueTemplateText('invalid', { expected });
      return { code: why?.code ?? 'invalid', text: { id: `nama kunci: ${text.id}`, en: `key name: ${text.en}` } };
    }
    case 'invalid_union': {
      const branches = issue.errors ?? [];
      const options = field ? defOf(unwrapSchema(field)).options : undefined;
      // The one option the value has the type of (a number under a union of an enum and a number): its issue.
      // A string under a union with options: the nearest option, or every option and the other forms.
      const values = branches.flatMap((b) =>
        b.length === 1 && b[0]!.code === 'invalid_value' && b[0]!.path.length === 0 ? (b[0]!.values ?? []) : [],
      );
      if (typeof issue.input === 'string' && values.length > 0) {
        const option = optionIssue(issue.input, values);
        if (option.suggestion !== undefined) return option;
        if (!branches.some((b) => b.some((i) => i.code !== 'invalid_format' && !typeMismatch(i)))) {
          return {
            code: 'not_an_option',
            text: issueTemplateText('not_an_option', { value: quoted(issue.input), expected, didYouMean: { id: '', en: '' } }),
          };
        }
      }
      const matched = branches.map((b, i) => [b, i] as const).filter(([b]) => b.length > 0 && !b.every(typeMismatch));
      if (matched.length === 1 && options) {
        const [b, i] = matched[0]!;
        const first = b[0]!;
        return convertZodIssue({ ...first, input: has(first, 'input') ? first.input : issue.input }, options[i]);
      }
      const allTypes = branches.length > 0 && branches.every((b) => b.length > 0 && b.every(typeMismatch));
      if (allTypes) return { code: 'wrong_type', text: issueTemplateText('wrong_type', { expected, received: receivedOf(issue.input) }) };
      return { code: 'invalid', text: issueTemplateText('invalid', { expected }) };
    }
    default:
      return { code: 'invalid', text: issueTemplateText('invalid', { expected }) };
  }
}

function ownText(params: Record<string, unknown> | undefined): Bilingual | undefined {
  const text = params?.['text'] as Partial<Bilingual> | undefined;
  return text && typeof text.id === 'string' && typeof text.en === 'string' ? { id: text.id, en: text.en } : undefined;
}

/** Not one of the options, with the nearest valid value when one is close. */
export function optionIssue(input: unknown, values: readonly unknown[]): ConvertedIssue {
  const expected = optionsText(values);
  const strings = values.filter((v): v is string => typeof v === 'string');
  const suggestion = typeof input === 'string' ? closestOption(input, strings) : undefined;
  const didYouMean = suggestion === undefined ? { id: '', en: '' } : fillTemplate(DID_YOU_MEAN, { suggestion });
  const text = issueTemplateText('not_an_option', { value: quoted(input), expected, didYouMean });
  return suggestion === undefined ? { code: 'not_an_option', text } : { code: 'not_an_option', text, suggestion };
}

function sizeIssue(issue: RawZodIssue, field: z4.$ZodType | undefined): ConvertedIssue {
  const count = Array.isArray(issue.input)
    ? issue.input.length
    : issue.input && typeof issue.input === 'object'
      ? Object.keys(issue.input).length
      : 0;
  if (issue.origin === 'array' || issue.origin === 'set' || issue.origin === 'record') {
    return issue.code === 'too_big'
      ? { code: 'too_many_items', text: issueTemplateText('too_many_items', { count: String(count), max: String(issue.maximum) }) }
      : { code: 'too_few_items', text: issueTemplateText('too_few_items', { count: String(count), min: String(issue.minimum) }) };
  }
  if (issue.origin === 'string') {
    const limit = issue.code === 'too_big' ? rangeText(undefined, String(issue.maximum)) : rangeText(String(issue.minimum), undefined);
    const expected = { id: `teks dengan panjang ${limit.id} karakter`, en: `text of ${limit.en} characters` };
    return { code: 'text_format', text: issueTemplateText('text_format', { value: quoted(issue.input), expected }) };
  }
  const b = numberBounds(field);
  const min = b.min ?? (issue.code === 'too_small' ? String(issue.minimum) : undefined);
  const max = b.max ?? (issue.code === 'too_big' ? String(issue.maximum) : undefined);
  const exclusive = {
    min: b.min !== undefined ? b.exclusive.min : issue.code === 'too_small' && issue.inclusive === false,
    max: b.max !== undefined ? b.exclusive.max : issue.code === 'too_big' && issue.inclusive === false,
  };
  return {
    code: 'out_of_range',
    text: issueTemplateText('out_of_range', { value: quoted(issue.input), range: rangeText(min, max, exclusive) }),
  };
}

function patternText(issue: RawZodIssue, expected: Bilingual): Bilingual {
  if (!issue.pattern) return expected;
  return { id: `teks yang cocok dengan pola ${issue.pattern}`, en: `text matching the pattern ${issue.pattern}` };
}

const MONTHS = {
  id: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** A date typed in another common form (DD/MM/YYYY, DD-MM-YYYY, YYYY/MM/DD, unpadded), as YYYY-MM-DD when it is a real date. */
export function dateAsIso(value: string): string | undefined {
  const t = value.trim();
  let m = /^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})$/.exec(t);
  const iso = m
    ? `${m[3]}-${pad(Number(m[2]))}-${pad(Number(m[1]))}`
    : (m = /^(\d{4})[/.\-](\d{1,2})[/.\-](\d{1,2})(?:[T ].*)?$/.exec(t))
      ? `${m[1]}-${pad(Number(m[2]))}-${pad(Number(m[3]))}`
      : undefined;
  return iso !== undefined && iso !== value && isIsoDate(iso) ? iso : undefined;
}

function dateIssue(issue: RawZodIssue): ConvertedIssue {
  const input = issue.input;
  if (typeof input !== 'string') {
    const expected = {
      id: `tanggal YYYY-MM-DD sebagai teks, mis. "${DATE_EXAMPLE}"`,
      en: `a date YYYY-MM-DD as text, e.g. "${DATE_EXAMPLE}"`,
    };
    return { code: 'wrong_type', text: issueTemplateText('wrong_type', { expected, received: receivedOf(input) }) };
  }
  const value = quoted(input);
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(input);
  if (m) {
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (year < MIN_YEAR || year > MAX_YEAR) {
      const range = rangeText(`${MIN_YEAR}-01-01`, `${MAX_YEAR}-12-31`);
      return { code: 'out_of_range', text: issueTemplateText('out_of_range', { value, range }) };
    }
    const why =
      month < 1 || month > 12
        ? { id: 'bulan harus 01 sampai 12', en: 'the month must be 01 to 12' }
        : {
            id: `${MONTHS.id[month - 1]} ${year} hanya ${daysInMonth(year, month)} hari`,
            en: `${MONTHS.en[month - 1]} ${year} has ${daysInMonth(year, month)} days`,
          };
    const example = month >= 1 && month <= 12 && day > 0 ? `${year}-${pad(month)}-${pad(daysInMonth(year, month))}` : DATE_EXAMPLE;
    return { code: 'not_a_calendar_date', text: issueTemplateText('not_a_calendar_date', { value, why, example }) };
  }
  const suggestion = dateAsIso(input);
  const text = issueTemplateText('date_format', { value, example: suggestion ?? DATE_EXAMPLE });
  return suggestion === undefined ? { code: 'date_format', text } : { code: 'date_format', text, suggestion };
}

const DECIMAL = /^-?(?:\d+(?:\.\d*)?|\.\d+)$/;

function decimalIssue(issue: RawZodIssue, hint: { min?: string; max?: string }, expected: Bilingual): ConvertedIssue {
  const input = issue.input;
  if (typeof input === 'number' && Number.isFinite(input)) {
    return {
      code: 'out_of_range',
      text: issueTemplateText('out_of_range', { value: String(input), range: rangeText(hint.min, hint.max) }),
    };
  }
  if (typeof input === 'string') {
    if (DECIMAL.test(input)) {
      return {
        code: 'out_of_range',
        text: issueTemplateText('out_of_range', { value: quoted(input), range: rangeText(hint.min, hint.max) }),
      };
    }
    // "1,5" (a decimal comma) or "1.234,5" / "1 234" (thousands separators): the number it most likely is.
    const comma = input
      .trim()
      .replace(/[\s.](?=\d{3}(?:\D|$))/g, '')
      .replace(',', '.');
    const suggestion = DECIMAL.test(comma) && inRange(comma, hint) ? comma : undefined;
    const text = issueTemplateText('number_format', { value: quoted(input), example: suggestion ?? '89.99' });
    return suggestion === undefined ? { code: 'number_format', text } : { code: 'number_format', text, suggestion };
  }
  return { code: 'wrong_type', text: issueTemplateText('wrong_type', { expected, received: receivedOf(input) }) };
}

function inRange(value: string, hint: { min?: string; max?: string }): boolean {
  return (
    (hint.min === undefined || compareDecimal(value, hint.min) >= 0) && (hint.max === undefined || compareDecimal(value, hint.max) <= 0)
  );
}

/**
 * Compares two plain decimal strings exactly (`-12.50` vs `3`), without decimal.js: the texts of input issues
 * are in every rule's bundle, and most rules carry no decimals.
 */
export function compareDecimal(a: string, b: string): number {
  const [na, nb] = [normalise(a), normalise(b)];
  if (na.negative !== nb.negative) return na.negative ? -1 : 1;
  const sign = na.negative ? -1 : 1;
  if (na.whole.length !== nb.whole.length) return sign * (na.whole.length < nb.whole.length ? -1 : 1);
  const width = Math.max(na.fraction.length, nb.fraction.length);
  const [da, db] = [na.whole + na.fraction.padEnd(width, '0'), nb.whole + nb.fraction.padEnd(width, '0')];
  return da === db ? 0 : sign * (da < db ? -1 : 1);
}

function normalise(value: string): { negative: boolean; whole: string; fraction: string } {
  const negative = value.startsWith('-');
  const [whole = '', fraction = ''] = (negative ? value.slice(1) : value).split('.');
  const w = whole.replace(/^0+/, '');
  const f = fraction.replace(/0+$/, '');
  // −0 is 0.
  return { negative: negative && (w !== '' || f !== ''), whole: w, fraction: f };
}

/** The issue hint registered on a field's schema (or on the schema it wraps). */
function issueHintOf(field: z4.$ZodType | undefined) {
  return field === undefined ? undefined : (issueHints.get(field) ?? issueHints.get(unwrapSchema(field)));
}
