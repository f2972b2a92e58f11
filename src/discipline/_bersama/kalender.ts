import * as z from 'zod/mini';
import { type HolidayCalendar, holidayCalendar, holidayCalendarSchema } from '../../core/calendar.js';

/**
 * Option schema for a working-day calendar: `{ holidays, weekendDays }` (default: Saturday and Sunday off,
 * no holidays). Parses to a {@link HolidayCalendar}. The national holiday list is set yearly by SKB, so
 * the caller injects it.
 */
export const kalenderKerjaSchema = z
  .prefault(
    z.pipe(
      holidayCalendarSchema,
      z.transform((k): HolidayCalendar => holidayCalendar(k)),
    ),
    {},
  )
  .check(z.describe('Working-day calendar: holidays (libur nasional, cuti bersama) and weekly rest days (0 = Sunday)'));
