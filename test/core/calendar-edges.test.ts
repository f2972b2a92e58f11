import { describe, expect, it } from 'vitest';
import { thrownIssueLines, thrownIssues } from '../input-issues.js';
import {
  addWorkingDays,
  compareDates,
  countWorkingDays,
  dayOf,
  daysInMonth,
  endOfMonth,
  FIVE_DAY_WEEK,
  holidayCalendar,
  holidayCalendarSchema,
  isAfter,
  isBefore,
  isIsoDate,
  isLeapYear,
  isoDate,
  isoDateSchema,
  isWorkingDay,
  maxDate,
  MAX_YEAR,
  minDate,
  MIN_YEAR,
  monthOf,
  startOfMonth,
  wholeMonthsBetween,
  wholeYearsBetween,
  yearOf,
} from '../../src/core/calendar.js';
import { MeritInputError } from '../../src/core/errors.js';
import { satyalancanaKaryaSatya, satyalancanaKaryaSatyaRule } from '../../src/rewards/index.js';
import { jsonSchemaOf } from '../../src/schema.js';

describe('the accepted date range', () => {
  it('is 1800–2999, whole years included', () => {
    expect([MIN_YEAR, MAX_YEAR]).toEqual([1800, 2999]);
    expect(isIsoDate('1800-01-01')).toBe(true);
    expect(isIsoDate('1799-12-31')).toBe(false);
    expect(isIsoDate('2999-12-31')).toBe(true);
    expect(isIsoDate('3000-01-01')).toBe(false);
  });

  it('needs a real day and exactly the YYYY-MM-DD form', () => {
    expect(isIsoDate('2024-01-00')).toBe(false);
    expect(isIsoDate('2024-01-31')).toBe(true);
    expect(isIsoDate('2024-01-32')).toBe(false);
    expect(isIsoDate('x2024-01-01')).toBe(false);
    expect(isIsoDate('2024-01-01x')).toBe(false);
    // not a string, even one that prints as a date
    expect(isIsoDate({ toString: () => '2024-01-01' })).toBe(false);
  });

  it('a rule names a bad date and the range in its error', () => {
    try {
      satyalancanaKaryaSatya({ tmtCpns: '3000-01-01' }, { asOf: '2024-01-01' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(MeritInputError);
      expect((e as MeritInputError).issues).toEqual([
        {
          path: ['tmtCpns'],
          code: 'out_of_range',
          message: '"3000-01-01" is out of range; must be from 1800-01-01 to 2999-12-31',
          text: {
            id: '"3000-01-01" di luar rentang; harus antara 1800-01-01 dan 2999-12-31',
            en: '"3000-01-01" is out of range; must be from 1800-01-01 to 2999-12-31',
          },
        },
      ]);
    }
    expect(isoDateSchema.safeParse('2023-02-29').success).toBe(false);
  });

  it('dates are declared with JSON Schema format "date", for apps in other languages', () => {
    const schema = jsonSchemaOf(satyalancanaKaryaSatyaRule, 'input') as { properties: Record<string, { format?: string }> };
    expect(schema.properties.tmtCpns!.format).toBe('date');
  });
});

describe('isoDate: building a date from numbers', () => {
  it('pads year, month and day', () => {
    expect(isoDate(2024, 3, 5)).toBe('2024-03-05');
    expect(isoDate(987, 12, 31)).toBe('0987-12-31');
  });

  it('allows computed dates after the input range, up to year 9999', () => {
    expect(isoDate(3050, 6, 30)).toBe('3050-06-30');
    expect(isoDate(9999, 12, 31)).toBe('9999-12-31');
  });

  it('refuses an impossible date with a RangeError naming it', () => {
    expect(() => isoDate(2023, 2, 29)).toThrow(new RangeError('not a calendar date: 2023-02-29'));
    expect(() => isoDate(0, 1, 1)).toThrow(RangeError);
    expect(() => isoDate(10000, 1, 1)).toThrow(RangeError);
  });

  it('knows leap years and month lengths', () => {
    expect([1900, 2000, 2023, 2024].map(isLeapYear)).toEqual([false, true, false, true]);
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2023, m))).toEqual([
      31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
    expect(daysInMonth(2024, 2)).toBe(29);
  });
});

describe('parts and comparisons of dates', () => {
  it('reads year, month and day', () => {
    expect([yearOf('2024-07-09'), monthOf('2024-07-09'), dayOf('2024-07-09')]).toEqual([2024, 7, 9]);
  });

  it('compares calendar dates', () => {
    expect(compareDates('2024-01-01', '2024-01-02')).toBe(-1);
    expect(compareDates('2024-01-02', '2024-01-01')).toBe(1);
    expect(compareDates('2024-01-01', '2024-01-01')).toBe(0);
    expect([isBefore('2024-01-01', '2024-01-02'), isBefore('2024-01-02', '2024-01-02'), isBefore('2024-01-03', '2024-01-02')]).toEqual([
      true,
      false,
      false,
    ]);
    expect([isAfter('2024-01-03', '2024-01-02'), isAfter('2024-01-02', '2024-01-02'), isAfter('2024-01-01', '2024-01-02')]).toEqual([
      true,
      false,
      false,
    ]);
    expect(minDate('2024-05-01', '2023-05-01')).toBe('2023-05-01');
    expect(minDate('2023-05-01', '2024-05-01')).toBe('2023-05-01');
    expect(maxDate('2024-05-01', '2023-05-01')).toBe('2024-05-01');
    expect(maxDate('2023-05-01', '2024-05-01')).toBe('2024-05-01');
  });

  it('month start and end', () => {
    expect(startOfMonth('2024-02-17')).toBe('2024-02-01');
    expect(endOfMonth('2024-04-17')).toBe('2024-04-30');
    expect(endOfMonth('2024-12-01')).toBe('2024-12-31');
  });
});

describe('whole months and years backwards', () => {
  it('counts whole months from the later date when to is earlier', () => {
    // 20 January + 1 month = 20 February ≤ 15 March < 20 March: one whole month, backwards.
    expect(wholeMonthsBetween('2024-03-15', '2024-01-20')).toBe(-1);
    expect(wholeMonthsBetween('2024-01-20', '2024-03-15')).toBe(1);
  });

  it('whole years round towards zero in both directions', () => {
    expect(wholeYearsBetween('2024-01-01', '2022-12-01')).toBe(-1); // 13 months back
    expect(wholeYearsBetween('2024-01-01', '2021-12-01')).toBe(-2); // 25 months back
    // 11 months back: +0, not −0 (a −0 fact would reach a reason and JSON as "-0" in some renderers).
    expect(Object.is(wholeYearsBetween('2024-01-01', '2023-02-01'), 0)).toBe(true);
    expect(Object.is(wholeMonthsBetween('2024-01-20', '2024-01-05'), 0)).toBe(true);
    expect(wholeYearsBetween('2022-12-01', '2024-01-01')).toBe(1);
    expect(wholeYearsBetween('2024-01-01', '2024-01-01')).toBe(0);
  });
});

describe('holiday calendars and working days', () => {
  it('the default week has Saturday and Sunday off and no holidays', () => {
    expect([...FIVE_DAY_WEEK.weekendDays].sort()).toEqual([0, 6]);
    expect(FIVE_DAY_WEEK.holidays.size).toBe(0);
    expect([...holidayCalendar({ holidays: ['2026-12-25'] }).weekendDays]).toEqual([0, 6]);
    // Shared calendars cannot be changed: the sets have no add, the calendar is frozen.
    expect('add' in FIVE_DAY_WEEK.holidays).toBe(false);
    expect(Object.isFrozen(FIVE_DAY_WEEK)).toBe(true);
    expect(holidayCalendar({ weekendDays: [0] }).holidays.size).toBe(0);
    expect(isWorkingDay('2026-12-25')).toBe(true); // a Friday, no holiday by default
    expect(isWorkingDay('2026-12-26')).toBe(false);
  });

  it('refuses a bad calendar with a message naming the problem', () => {
    expect(thrownIssueLines(() => holidayCalendar({ holidays: ['2024-01-01', '2023-02-29'] }))).toEqual([
      'holidays.1: is not a calendar date YYYY-MM-DD: 2023-02-29',
    ]);
    expect(thrownIssues(() => holidayCalendar({ weekendDays: [0, 1, 2, 3, 4, 5, 6] }))[0]).toMatchObject({
      path: ['weekendDays'],
      text: { id: expect.stringContaining('paling sedikit satu hari kerja seminggu') },
    });
    expect(holidayCalendar({ weekendDays: [0, 1, 2, 3, 4, 5] }).weekendDays.size).toBe(6);
  });

  it('the calendar schema accepts days 0–6 and defaults to a five-day week', () => {
    expect(holidayCalendarSchema.parse({})).toEqual({ holidays: [], weekendDays: [0, 6] });
    expect(holidayCalendarSchema.safeParse({ weekendDays: [6] }).success).toBe(true);
    expect(holidayCalendarSchema.safeParse({ weekendDays: [0] }).success).toBe(true);
    expect(holidayCalendarSchema.safeParse({ weekendDays: [7] }).success).toBe(false);
    expect(holidayCalendarSchema.safeParse({ weekendDays: [-1] }).success).toBe(false);
  });

  it('working days must be whole', () => {
    expect(() => addWorkingDays('2026-12-23', 1.5)).toThrow(new RangeError('working days must be a whole number'));
  });

  it('counts backwards across a weekend', () => {
    expect(addWorkingDays('2026-12-28', -2)).toBe('2026-12-24'); // Monday − 2 working days = Thursday
    expect(countWorkingDays('2026-12-26', '2026-12-27')).toBe(0);
  });
});
