import * as z from 'zod/mini';
import { type InputIssue, MeritInputError, ownIssue } from './errors.js';
import { arbitraryHints } from './hints.js';
import { refineParsed } from './refine.js';
import { daysInMonth, isCalendarDate, isIsoDate, MAX_YEAR, MIN_YEAR } from './calendar-days.js';

/**
 * A calendar date `YYYY-MM-DD` (no time, no time zone). All date arithmetic in this library
 * works on calendar dates, so results never depend on the process time zone.
 */
export type IsoDate = string;

export { daysInMonth, isIsoDate, isLeapYear, MAX_YEAR, MIN_YEAR } from './calendar-days.js';

/** Zod schema for an {@link IsoDate}. */
export const isoDateSchema = z
  .string()
  .check(
    z.refine(isIsoDate, { message: `must be a calendar date YYYY-MM-DD between ${MIN_YEAR} and ${MAX_YEAR}` }),
    z.meta({ format: 'date' }),
  )
  .register(arbitraryHints, { kind: 'date' });

// Internal: dates as day numbers (days since 1970-01-01 in the proleptic Gregorian calendar), computed
// with integer arithmetic only. No `Date` object is ever made, so neither the process time zone nor its
// history (a day skipped when Samoa crossed the date line, 2011-12-30) can move a result.

/** Day number of a calendar date (1970-01-01 is 0). */
export function dayNumber(date: IsoDate): number {
  return daysFromCivil(yearOf(date), monthOf(date), dayOf(date));
}

/** The calendar date of a day number (inverse of {@link dayNumber}). */
export function fromDayNumber(n: number): IsoDate {
  // H. Hinnant, "chrono-compatible low-level date algorithms", civil_from_days.
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return isoDate(year, month, day);
}

function daysFromCivil(year: number, month: number, day: number): number {
  // H. Hinnant, days_from_civil: years start in March, so the leap day is the last day of the year.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/**
 * Builds an IsoDate from numbers (month 1–12). Throws RangeError for an impossible date. Computed dates
 * may go past {@link MAX_YEAR} (a date decades after the last input year), up to year 9999.
 */
export function isoDate(year: number, month: number, day: number): IsoDate {
  const s = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  if (!isCalendarDate(s, 1, 9999)) throw new RangeError(`not a calendar date: ${s}`);
  return s;
}

export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}
export function monthOf(date: IsoDate): number {
  return Number(date.slice(5, 7));
}
export function dayOf(date: IsoDate): number {
  return Number(date.slice(8, 10));
}

/** Negative, zero or positive as `a` is before, equal to or after `b`. */
export function compareDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
export const isBefore = (a: IsoDate, b: IsoDate): boolean => a < b;
export const isAfter = (a: IsoDate, b: IsoDate): boolean => a > b;
export const minDate = (a: IsoDate, b: IsoDate): IsoDate => (a <= b ? a : b);
export const maxDate = (a: IsoDate, b: IsoDate): IsoDate => (a >= b ? a : b);

export function addDays(date: IsoDate, days: number): IsoDate {
  if (!Number.isInteger(days)) throw new RangeError('days must be a whole number');
  return fromDayNumber(dayNumber(date) + days);
}

/**
 * Adds calendar months. Month-end rule: when the target month is shorter, the result is clamped to
 * its last day (`2024-01-31` + 1 month = `2024-02-29`; `2023-01-31` + 1 month = `2023-02-28`).
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  if (!Number.isInteger(months)) throw new RangeError('months must be a whole number');
  const index = yearOf(date) * 12 + (monthOf(date) - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return isoDate(year, month, Math.min(dayOf(date), daysInMonth(year, month)));
}

/** Adds calendar years with the same month-end rule (`2024-02-29` + 1 year = `2025-02-28`). */
export function addYears(date: IsoDate, years: number): IsoDate {
  return addMonths(date, years * 12);
}

/** Calendar days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

/**
 * Whole months from `from` to `to`: the largest n with `addMonths(from, n) <= to`
 * (negative, symmetrically, when `to` is earlier). Consistent with {@link addMonths}' month-end rule.
 */
export function wholeMonthsBetween(from: IsoDate, to: IsoDate): number {
  if (to < from) return 0 - wholeMonthsBetween(to, from); // 0 - 0 is +0, never -0
  let n = (yearOf(to) - yearOf(from)) * 12 + (monthOf(to) - monthOf(from));
  while (n > 0 && addMonths(from, n) > to) n -= 1;
  return n;
}

/** Whole years from `from` to `to`: the largest n with `addYears(from, n) <= to` (age, masa kerja). */
export function wholeYearsBetween(from: IsoDate, to: IsoDate): number {
  const months = wholeMonthsBetween(from, to);
  return months >= 0 ? Math.floor(months / 12) : 0 - Math.floor(-months / 12);
}

/** First day of the month of `date`. */
export function startOfMonth(date: IsoDate): IsoDate {
  return `${date.slice(0, 8)}01`;
}

/** Last day of the month of `date`. */
export function endOfMonth(date: IsoDate): IsoDate {
  return isoDate(yearOf(date), monthOf(date), daysInMonth(yearOf(date), monthOf(date)));
}

/** Day of the week, 0 = Sunday (Minggu) … 6 = Saturday (Sabtu). */
export function dayOfWeek(date: IsoDate): number {
  return weekdayOfDayNumber(dayNumber(date));
}

/** Day of the week of a day number, 0 = Sunday: 1970-01-01 (day 0) was a Thursday (4). */
function weekdayOfDayNumber(n: number): number {
  return (((n + 4) % 7) + 7) % 7;
}

/**
 * Non-working days: weekly rest days plus dated holidays (libur nasional, cuti bersama, local holidays).
 * Inject the agency's own list; the library ships none because the national list is set yearly by SKB.
 */
export interface HolidayCalendar {
  readonly holidays: ReadonlySet<IsoDate>;
  /** Days of the week that are not working days, 0 = Sunday. Default: Saturday and Sunday (five-day week). */
  readonly weekendDays: ReadonlySet<number>;
}

/**
 * Most holidays one calendar lists: Indonesia has about 25 libur nasional and cuti bersama a year (set
 * yearly by SKB), so 5,000 covers the lists of two centuries, far more than any rule here looks at.
 */
export const LIBUR_MAKS = 5_000;

const ADA_HARI_KERJA = {
  en: 'names every day of the week as a rest day: a working-day calendar needs at least one working day a week',
  id: 'menyebut setiap hari dalam seminggu sebagai hari libur: kalender hari kerja memerlukan paling sedikit satu hari kerja seminggu',
};

/** The `{ holidays, weekendDays }` a rule takes as its working-day calendar option (bounded, at least one working day). */
export const holidayCalendarSchema = z
  .object({
    holidays: z._default(
      z
        .array(isoDateSchema)
        .check(z.maxLength(LIBUR_MAKS), z.describe('Holidays (libur nasional, cuti bersama); about 25 a year, at most 5,000 listed')),
      [],
    ),
    weekendDays: z._default(
      z
        .array(z.int().check(z.minimum(0), z.maximum(6)))
        .check(z.maxLength(7), z.describe('Weekly rest days, 0 = Sunday (a week has seven days)')),
      [0, 6],
    ),
  })
  .check(refineParsed((k) => new Set(k.weekendDays).size < 7, { text: ADA_HARI_KERJA, path: ['weekendDays'] }));

/**
 * Creates a {@link HolidayCalendar}; the default week has Saturday and Sunday off. Its sets cannot be
 * changed. Throws MeritInputError for a holiday that is not a calendar date or a week without a working day.
 */
export function holidayCalendar(input: { holidays?: readonly IsoDate[]; weekendDays?: readonly number[] } = {}): HolidayCalendar {
  const issues: InputIssue[] = [];
  (input.holidays ?? []).forEach((h, i) => {
    if (!isIsoDate(h))
      issues.push(
        ownIssue(['holidays', i], {
          en: `is not a calendar date YYYY-MM-DD: ${String(h)}`,
          id: `bukan tanggal kalender YYYY-MM-DD: ${String(h)}`,
        }),
      );
  });
  const weekendDays = input.weekendDays ?? [0, 6];
  if (new Set(weekendDays).size >= 7) issues.push(ownIssue(['weekendDays'], ADA_HARI_KERJA));
  if (issues.length > 0) throw new MeritInputError(issues);
  return Object.freeze({ holidays: readOnlySet(input.holidays ?? []), weekendDays: readOnlySet(weekendDays) });
}

/** A set nobody can add to or clear: a `Set` stays writable even when frozen, so share only its reading side. */
function readOnlySet<T>(values: Iterable<T>): ReadonlySet<T> {
  const set = new Set(values);
  const view: ReadonlySet<T> = {
    get size() {
      return set.size;
    },
    has: (v: T) => set.has(v),
    forEach: (fn, thisArg) => set.forEach((v) => fn.call(thisArg, v, v, view)),
    entries: () => set.entries(),
    keys: () => set.keys(),
    values: () => set.values(),
    [Symbol.iterator]: () => set.values(),
  };
  return Object.freeze(view);
}

/** A five-day week with no holidays. */
export const FIVE_DAY_WEEK: HolidayCalendar = holidayCalendar();

export function isWorkingDay(date: IsoDate, calendar: HolidayCalendar = FIVE_DAY_WEEK): boolean {
  return !calendar.weekendDays.has(dayOfWeek(date)) && !calendar.holidays.has(date);
}

/**
 * The `n`-th working day after `date` (n ≥ 1; `date` itself is not counted), or the `|n|`-th working
 * day before it when n is negative. n = 0 returns `date` unchanged.
 */
export function addWorkingDays(date: IsoDate, n: number, calendar: HolidayCalendar = FIVE_DAY_WEEK): IsoDate {
  if (!Number.isInteger(n)) throw new RangeError('working days must be a whole number');
  const step = n < 0 ? -1 : 1;
  let remaining = Math.abs(n);
  let current = date;
  while (remaining > 0) {
    current = addDays(current, step);
    if (isWorkingDay(current, calendar)) remaining -= 1;
  }
  return current;
}

/** Working days from `from` to `to`, both included (0 when `to` is before `from`). */
export function countWorkingDays(from: IsoDate, to: IsoDate, calendar: HolidayCalendar = FIVE_DAY_WEEK): number {
  let count = 0;
  const last = dayNumber(to);
  for (let n = dayNumber(from); n <= last; n++) {
    if (!calendar.weekendDays.has(weekdayOfDayNumber(n)) && (calendar.holidays.size === 0 || !calendar.holidays.has(fromDayNumber(n))))
      count += 1;
  }
  return count;
}
