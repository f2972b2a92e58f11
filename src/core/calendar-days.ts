/**
 * The days of the calendar, apart from the date arithmetic of `calendar.ts`: what a calendar date is and the
 * years accepted as input. Small on purpose, so the texts of input issues can name a month's days without
 * bringing the whole calendar into a rule's bundle.
 */

/** A calendar date `YYYY-MM-DD` (see `IsoDate` in calendar.ts). */
type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Years accepted by the schema: wide enough for any birth date or TMT, narrow enough to catch typos. */
export const MIN_YEAR = 1800;
export const MAX_YEAR = 2999;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isCalendarDate(value: unknown, minYear: number, maxYear: number): value is IsoDate {
  if (typeof value !== 'string') return false;
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return year >= minYear && year <= maxYear && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * `true` for a real calendar date in `YYYY-MM-DD` form between {@link MIN_YEAR} and {@link MAX_YEAR}, the
 * range accepted as input (so `2023-02-29` is `false`, `2024-02-29` is `true`).
 */
export function isIsoDate(value: unknown): value is IsoDate {
  return isCalendarDate(value, MIN_YEAR, MAX_YEAR);
}
