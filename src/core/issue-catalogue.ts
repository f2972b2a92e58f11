import type { Bilingual } from './explain.js';
import { deepFreeze } from './freeze.js';

/**
 * Every kind of input issue, a closed set: each `InputIssue` carries one of these as its `code`, and its
 * text in both languages built from the template below (or, for a rule's own checks, written by the rule).
 * docs/errors.md lists them with one example each (test/core/issue-catalogue.test.ts checks it).
 */
export const ISSUE_CODES = deepFreeze([
  'required',
  'wrong_type',
  'not_an_option',
  'date_format',
  'not_a_calendar_date',
  'number_format',
  'text_format',
  'out_of_range',
  'too_many_items',
  'too_few_items',
  'unknown_key',
  'contradiction',
  'not_covered',
  'unreadable',
  'invalid',
] as const);
export type IssueCode = (typeof ISSUE_CODES)[number];

export const isIssueCode = (code: unknown): code is IssueCode =>
  typeof code === 'string' && (ISSUE_CODES as readonly string[]).includes(code);

/**
 * The template of each code in both languages. `{expected}` is what to type, `{value}` the value given,
 * `{received}` what it was, `{range}` the accepted range, `{example}` a value of the right form.
 * `contradiction`, `not_covered` and `unknown_key` texts are the rule's own; their templates show the shape.
 */
export const ISSUE_TEMPLATES: Readonly<Record<IssueCode, Bilingual>> = deepFreeze({
  required: { id: 'wajib diisi; isi dengan {expected}', en: 'is required; give {expected}' },
  wrong_type: { id: 'harus {expected}, bukan {received}', en: 'must be {expected}, not {received}' },
  not_an_option: {
    id: '{value} bukan pilihan yang dikenal{didYouMean}; tulis {expected}',
    en: '{value} is not one of the options{didYouMean}; write {expected}',
  },
  date_format: {
    id: '{value} bukan tanggal berbentuk YYYY-MM-DD; tulis sebagai YYYY-MM-DD, mis. {example}',
    en: '{value} is not a date in the form YYYY-MM-DD; write it as YYYY-MM-DD, e.g. {example}',
  },
  not_a_calendar_date: {
    id: '{value} bukan tanggal yang ada di kalender ({why}); tulis tanggal yang ada, mis. {example}',
    en: '{value} is not a day of the calendar ({why}); write a real date, e.g. {example}',
  },
  number_format: {
    id: '{value} bukan angka yang dapat dibaca; tulis angka dengan titik desimal, tanpa pemisah ribuan, mis. {example}',
    en: '{value} is not a number that can be read; write digits with a decimal point and no thousands separator, e.g. {example}',
  },
  text_format: {
    id: '{value} tidak sesuai bentuk yang diminta; tulis {expected}',
    en: '{value} is not in the required form; write {expected}',
  },
  out_of_range: { id: '{value} di luar rentang; harus {range}', en: '{value} is out of range; must be {range}' },
  too_many_items: {
    id: 'berisi {count} butir; paling banyak {max} yang diterima',
    en: 'has {count} items; at most {max} are accepted',
  },
  too_few_items: { id: 'berisi {count} butir; diperlukan paling sedikit {min}', en: 'has {count} items; needs at least {min}' },
  unknown_key: {
    id: 'bukan kolom masukan ini; mungkin maksudnya "{suggestion}"?',
    en: 'is not a field of this input; did you mean "{suggestion}"?',
  },
  contradiction: {
    id: '{teks aturan}: kolom yang saling bertentangan atau nilai yang mustahil',
    en: '{rule text}: fields that contradict each other or an impossible value',
  },
  not_covered: {
    id: '{teks aturan}: kasus yang tidak dicakup aturan atau pengaturannya; pilih pengaturan yang mencakupnya',
    en: '{rule text}: a case the rule or its setting does not cover; choose a setting that covers it',
  },
  unreadable: { id: 'tidak dapat dibaca ({why})', en: 'could not be read ({why})' },
  invalid: { id: 'tidak diterima; tulis {expected}', en: 'is not accepted; write {expected}' },
});

/** "did you mean" as it goes into `not_an_option` (empty without a suggestion). */
export const DID_YOU_MEAN: Bilingual = deepFreeze({ id: ' (mungkin maksudnya "{suggestion}")', en: ' (did you mean "{suggestion}"?)' });

/** Fills `{name}` placeholders of a template; a value may be bilingual (the phrase of each language). */
export function fillTemplate(template: Bilingual, facts: Readonly<Record<string, string | Bilingual>>): Bilingual {
  const fill = (locale: 'id' | 'en') =>
    template[locale].replace(/\{(\w+)\}/g, (whole, name: string) => {
      const v = facts[name];
      return v === undefined ? whole : typeof v === 'string' ? v : v[locale];
    });
  return { id: fill('id'), en: fill('en') };
}

/** The text of an issue of `code` from its template. */
export const issueTemplateText = (code: IssueCode, facts: Readonly<Record<string, string | Bilingual>>): Bilingual =>
  fillTemplate(ISSUE_TEMPLATES[code], facts);
