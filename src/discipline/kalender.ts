import * as z from 'zod/mini';
import { type HolidayCalendar, holidayCalendar, isoDateSchema } from '../core/calendar.js';
import { refineParsed } from '../core/refine.js';

/**
 * Most holidays one calendar lists: Indonesia has about 25 libur nasional and cuti bersama a year (set
 * yearly by SKB), so 5,000 covers the lists of two centuries, far more than any rule here looks at.
 */
export const LIBUR_MAKS = 5_000;

const kalenderSchema = z
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
  .check(
    refineParsed((k) => new Set(k.weekendDays).size < 7, {
      text: {
        en: 'names every day of the week as a rest day: a working-day calendar needs at least one working day a week',
        id: 'menyebut setiap hari dalam seminggu sebagai hari libur: kalender hari kerja memerlukan paling sedikit satu hari kerja seminggu',
      },
      path: ['weekendDays'],
    }),
  );

/**
 * Option schema for a working-day calendar: `{ holidays, weekendDays }` (default: Saturday and Sunday off,
 * no holidays). Parses to a {@link HolidayCalendar}. The national holiday list is set yearly by SKB, so
 * the caller injects it.
 */
export const kalenderKerjaSchema = z
  .prefault(
    z.pipe(
      kalenderSchema,
      z.transform((k): HolidayCalendar => holidayCalendar(k)),
    ),
    {},
  )
  .check(z.describe('Working-day calendar: holidays (libur nasional, cuti bersama) and weekly rest days (0 = Sunday)'));
