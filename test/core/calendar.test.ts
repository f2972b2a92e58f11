import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MeritInputError } from '../../src/core/errors.js';
import {
  addDays,
  addMonths,
  addWorkingDays,
  addYears,
  countWorkingDays,
  dayOfWeek,
  daysBetween,
  endOfMonth,
  holidayCalendar,
  isIsoDate,
  isoDateSchema,
  isWorkingDay,
  wholeMonthsBetween,
  wholeYearsBetween,
} from '../../src/core/calendar.js';

const dateArb = fc
  .date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2200, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('IsoDate validation', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2023-02-28', true],
    ['2100-02-29', false],
    ['2000-02-29', true],
    ['2023-04-31', false],
    ['2023-13-01', false],
    ['2023-00-10', false],
    ['2023-1-01', false],
    ['2023-01-01T00:00:00Z', false],
    ['', false],
  ])('%s → %s', (value, ok) => {
    expect(isIsoDate(value)).toBe(ok);
    expect(isoDateSchema.safeParse(value).success).toBe(ok);
  });

  it('rejects non-strings', () => {
    for (const v of [20230101, null, undefined, new Date(), {}]) expect(isIsoDate(v)).toBe(false);
  });
});

describe('month and year arithmetic (month-end clamp)', () => {
  it.each([
    ['2024-01-31', 1, '2024-02-29'],
    ['2023-01-31', 1, '2023-02-28'],
    ['2023-03-31', -1, '2023-02-28'],
    ['2023-05-31', 1, '2023-06-30'],
    ['2023-12-15', 1, '2024-01-15'],
    ['2023-01-15', 0, '2023-01-15'],
  ])('%s + %i months = %s', (from, n, expected) => {
    expect(addMonths(from, n)).toBe(expected);
  });

  it('adds years with the same rule (29 February → 28 February)', () => {
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
    expect(addYears('2020-04-01', 4)).toBe('2024-04-01');
  });

  it('counts whole years: exactly 4 years vs the day before', () => {
    expect(wholeYearsBetween('2020-04-01', '2024-04-01')).toBe(4);
    expect(wholeYearsBetween('2020-04-01', '2024-03-31')).toBe(3);
    expect(wholeYearsBetween('2024-02-29', '2025-02-28')).toBe(1);
    expect(wholeYearsBetween('2024-02-29', '2025-02-27')).toBe(0);
  });

  it('counts whole months consistently with addMonths', () => {
    expect(wholeMonthsBetween('2024-01-31', '2024-02-29')).toBe(1);
    expect(wholeMonthsBetween('2024-01-31', '2024-02-28')).toBe(0);
    expect(wholeMonthsBetween('2024-03-15', '2024-01-15')).toBe(-2);
  });

  it('property: addMonths(from, wholeMonthsBetween(from, to)) ≤ to < addMonths(from, n + 1)', () => {
    fc.assert(
      fc.property(dateArb, dateArb, (a, b) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        const n = wholeMonthsBetween(from, to);
        expect(n).toBeGreaterThanOrEqual(0);
        expect(addMonths(from, n) <= to).toBe(true);
        expect(addMonths(from, n + 1) > to).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('property: addDays and daysBetween round-trip', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: -20000, max: 20000 }), (d, n) => {
        const moved = addDays(d, n);
        expect(isIsoDate(moved)).toBe(true);
        expect(daysBetween(d, moved)).toBe(n);
      }),
      { numRuns: 300 },
    );
  });

  it('knows month ends and weekdays', () => {
    expect(endOfMonth('2024-02-10')).toBe('2024-02-29');
    expect(endOfMonth('2023-02-10')).toBe('2023-02-28');
    expect(dayOfWeek('2026-11-23')).toBe(1); // Monday
    expect(dayOfWeek('1945-08-17')).toBe(5); // Friday
  });
});

describe('working days with an injectable holiday calendar', () => {
  const cal = holidayCalendar({ holidays: ['2026-12-25', '2026-12-24'] });

  it('skips weekends and holidays', () => {
    expect(isWorkingDay('2026-12-24', cal)).toBe(false);
    expect(isWorkingDay('2026-12-26', cal)).toBe(false); // Saturday
    expect(isWorkingDay('2026-12-23', cal)).toBe(true);
    expect(addWorkingDays('2026-12-23', 1, cal)).toBe('2026-12-28');
    expect(addWorkingDays('2026-12-28', -1, cal)).toBe('2026-12-23');
    expect(addWorkingDays('2026-12-23', 0, cal)).toBe('2026-12-23');
  });

  it('counts working days inclusively', () => {
    expect(countWorkingDays('2026-12-21', '2026-12-31', cal)).toBe(7);
    expect(countWorkingDays('2026-12-31', '2026-12-21', cal)).toBe(0);
  });

  it('supports a six-day week', () => {
    const six = holidayCalendar({ weekendDays: [0] });
    expect(isWorkingDay('2026-12-26', six)).toBe(true);
  });

  it('rejects a bad calendar', () => {
    expect(() => holidayCalendar({ holidays: ['2023-02-29'] })).toThrow(MeritInputError);
    expect(() => holidayCalendar({ weekendDays: [0, 1, 2, 3, 4, 5, 6] })).toThrow(MeritInputError);
  });

  it('property: the n-th working day after d is a working day, with exactly n working days in (d, result]', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 1, max: 60 }), (d, n) => {
        const r = addWorkingDays(d, n, cal);
        expect(isWorkingDay(r, cal)).toBe(true);
        expect(countWorkingDays(addDays(d, 1), r, cal)).toBe(n);
      }),
      { numRuns: 200 },
    );
  });
});
