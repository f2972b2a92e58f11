import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  addYears,
  dayNumber,
  dayOfWeek,
  daysBetween,
  fromDayNumber,
  wholeMonthsBetween,
} from '../../src/core/calendar.js';
import { batasUsiaPensiun, masaMutasi } from '../../src/index.js';

/**
 * Days some time zones never had: Samoa (Pacific/Apia) moved across the date line and skipped
 * Friday 2011-12-30; Kiribati's Line Islands (Pacific/Kiritimati) skipped Saturday 1994-12-31. The suite
 * runs in both zones (vitest.config.ts); in them a local `Date` for the skipped day does not exist.
 */
const SKIPPED: Record<string, { day: string; before: string; after: string; weekday: number }> = {
  'Pacific/Apia': { day: '2011-12-30', before: '2011-12-29', after: '2011-12-31', weekday: 5 },
  'Pacific/Kiritimati': { day: '1994-12-31', before: '1994-12-30', after: '1995-01-01', weekday: 6 },
};

describe('calendar dates on days a time zone skipped', () => {
  const here = SKIPPED[process.env.TZ ?? ''];

  it.runIf(here !== undefined)('the process really is in a zone that skipped a day (guards the harness)', () => {
    const [y, m, d] = here!.day.split('-').map(Number) as [number, number, number];
    const local = new Date(y, m - 1, d, 12);
    // Local noon of the skipped day lands on the next day: the day has no local existence here.
    expect(local.getDate()).not.toBe(d);
  });

  for (const [zone, s] of Object.entries(SKIPPED)) {
    it(`${zone} ${s.day}: every date function sees an ordinary day`, () => {
      expect(addDays(s.before, 1)).toBe(s.day);
      expect(addDays(s.day, 1)).toBe(s.after);
      expect(addDays(s.after, -2)).toBe(s.before);
      expect(daysBetween(s.before, s.after)).toBe(2);
      expect(dayOfWeek(s.day)).toBe(s.weekday);
      expect(addMonths(s.day, 1)).toBe(addDays(s.day, 31));
      expect(addYears(s.day, 0)).toBe(s.day);
      expect(fromDayNumber(dayNumber(s.day))).toBe(s.day);
      expect(wholeMonthsBetween(addMonths(s.day, -1), s.day)).toBe(1);
    });
  }

  it('masaMutasi counts the full two years across Samoa 2011-12-30 (was BELUM_MEMENUHI in Pacific/Apia)', () => {
    expect(masaMutasi({ tmtJabatan: '2009-12-30' }, { asOf: '2011-12-30' }).value).toMatchObject({ status: 'MEMENUHI' });
  });

  it('batasUsiaPensiun puts the BUP on the same date in every zone, across a skipped day', () => {
    const d = batasUsiaPensiun({ tanggalLahir: '1953-12-30', jabatan: 'PELAKSANA' });
    expect(d.value).toEqual({ bup: 58, tanggalBup: '2011-12-30', tmtPensiun: '2012-01-01' });
  });
});
