/**
 * The value formats of SIASN records, read tolerantly but never silently: dates `dd-mm-yyyy`, ids and
 * numbers as strings or numbers, and the three spellings of "empty" (`null`, `""`, `"null"`). Anything
 * else that does not read as the field's type is refused with the field named.
 */
import * as z from 'zod/mini';
import { type IsoDate, isIsoDate } from '../core/calendar.js';
import type { Bilingual } from '../core/explain.js';

/** `dd-mm-yyyy`, the date format of every SIASN date field. */
const TANGGAL_SIASN = /^(\d{2})-(\d{2})-(\d{4})$/;

/**
 * `"01-01-0001"`: the date SIASN returns for "no date" in some rows (riwayat jabatan). Read as empty.
 */
export const TANGGAL_KOSONG_SIASN = '01-01-0001';

/** Values that mean "empty" in SIASN feeds: null, an empty or blank string, and the literal `"null"`. */
export function isKosong(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && (value.trim() === '' || value.trim() === 'null'));
}

/** Reads a SIASN date `dd-mm-yyyy` as `YYYY-MM-DD`; `null` for an empty value or {@link TANGGAL_KOSONG_SIASN}, `undefined` when unreadable. */
export function parseTanggalSiasn(value: string): IsoDate | null | undefined {
  if (isKosong(value) || value.trim() === TANGGAL_KOSONG_SIASN) return null;
  const m = TANGGAL_SIASN.exec(value.trim());
  if (!m) return undefined;
  const iso = `${m[3]}-${m[2]}-${m[1]}`;
  return isIsoDate(iso) ? iso : undefined;
}

/** Writes a date the way SIASN does, `dd-mm-yyyy` (the inverse of {@link parseTanggalSiasn}). */
export function formatTanggalSiasn(date: IsoDate): string {
  return `${date.slice(8, 10)}-${date.slice(5, 7)}-${date.slice(0, 4)}`;
}

const issue = (text: Bilingual, input: unknown) => ({
  code: 'custom' as const,
  message: text.en,
  params: { text, code: 'unreadable' },
  input,
});

const textOrNumber = z.union([z.string(), z.number(), z.null()]);

/** A SIASN date field: `dd-mm-yyyy`, or empty. Output `YYYY-MM-DD` or `null`. */
export const tanggalSiasn = z.optional(
  z.pipe(
    textOrNumber,
    z.transform((value: string | number | null, payload): IsoDate | null => {
      if (isKosong(value)) return null;
      const parsed = typeof value === 'string' ? parseTanggalSiasn(value) : undefined;
      if (parsed === undefined) {
        payload.issues.push(
          issue(
            { en: `"${String(value)}" is not a SIASN date dd-mm-yyyy`, id: `"${String(value)}" bukan tanggal SIASN dd-mm-yyyy` },
            value,
          ),
        );
        return null;
      }
      return parsed;
    }),
  ),
);

/** A SIASN id or code: a string or a number, kept as written (leading zeros stay); empty → `null`. */
export const idSiasn = z.optional(
  z.pipe(
    textOrNumber,
    z.transform((value: string | number | null, payload): string | null => {
      if (isKosong(value)) return null;
      if (typeof value === 'number' && !Number.isInteger(value)) {
        payload.issues.push(issue({ en: `${value} is not an id`, id: `${value} bukan id` }, value));
        return null;
      }
      return String(value).trim();
    }),
  ),
);

/** Free text (a name, an SK number); empty → `null`. */
export const teksSiasn = z.optional(
  z.pipe(
    textOrNumber,
    z.transform((value: string | number | null): string | null => (isKosong(value) ? null : String(value).trim())),
  ),
);

const WHOLE = /^\d+$/;
const DECIMAL = /^\d+(?:\.\d+)?$/;

/** A whole number ≥ 0 written as a number or a string; empty → `null`; anything else refused. */
export const bilanganSiasn = z.optional(
  z.pipe(
    textOrNumber,
    z.transform((value: string | number | null, payload): number | null => {
      if (isKosong(value)) return null;
      const text = String(value).trim();
      if (!WHOLE.test(text)) {
        payload.issues.push(issue({ en: `"${text}" is not a whole number`, id: `"${text}" bukan bilangan bulat` }, value));
        return null;
      }
      return Number(text);
    }),
  ),
);

/** A decimal ≥ 0 written as a number or a string (angka kredit, nilai SKP), kept exact as a string; empty → `null`. */
export const desimalSiasn = z.optional(
  z.pipe(
    textOrNumber,
    z.transform((value: string | number | null, payload): string | null => {
      if (isKosong(value)) return null;
      const text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : String(value).trim();
      if (!DECIMAL.test(text)) {
        payload.issues.push(
          issue({ en: `"${String(value)}" is not a decimal number`, id: `"${String(value)}" bukan bilangan desimal` }, value),
        );
        return null;
      }
      return text;
    }),
  ),
);

/** A SIASN flag: `"0"`/`"1"`, `0`/`1` or a boolean; empty → `null`. */
export const flagSiasn = z.optional(
  z.pipe(
    z.union([z.string(), z.number(), z.boolean(), z.null()]),
    z.transform((value: string | number | boolean | null, payload): boolean | null => {
      if (typeof value === 'boolean') return value;
      if (isKosong(value)) return null;
      const text = String(value).trim();
      if (text === '1') return true;
      if (text === '0') return false;
      payload.issues.push(issue({ en: `"${text}" is not a flag 0/1`, id: `"${text}" bukan penanda 0/1` }, value));
      return null;
    }),
  ),
);

/** A whole number of masa kerja golongan: SIASN sometimes sends text there; read as `null` (unknown), as clients do. */
export const bilanganLonggarSiasn = z.optional(
  z.pipe(
    textOrNumber,
    z.transform((value: string | number | null): number | null => {
      if (isKosong(value)) return null;
      const text = String(value).trim();
      return WHOLE.test(text) ? Number(text) : null;
    }),
  ),
);

/** A year `yyyy` (as a number or a string); a full date `dd-mm-yyyy` gives its year. */
export const tahunSiasn = z.optional(
  z.pipe(
    textOrNumber,
    z.transform((value: string | number | null, payload): number | null => {
      if (isKosong(value)) return null;
      const text = String(value).trim();
      const date = parseTanggalSiasn(text);
      const year = /^\d{4}$/.test(text) ? Number(text) : date ? Number(date.slice(0, 4)) : NaN;
      if (!Number.isInteger(year) || !isIsoDate(`${String(year).padStart(4, '0')}-01-01`)) {
        payload.issues.push(issue({ en: `"${text}" is not a year yyyy`, id: `"${text}" bukan tahun yyyy` }, value));
        return null;
      }
      return year;
    }),
  ),
);

/** A month 1–12 (as a number or a string); empty → `null`. */
export const bulanSiasn = z.optional(
  z.pipe(
    bilanganSiasn,
    z.transform((value: number | null | undefined, payload): number | null => {
      if (value === null || value === undefined) return null;
      if (value < 1 || value > 12) {
        payload.issues.push(issue({ en: `${value} is not a month 1–12`, id: `${value} bukan bulan 1–12` }, value));
        return null;
      }
      return value;
    }),
  ),
);
