import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, countWorkingDays, holidayCalendar, isoDate, isWorkingDay } from '../../src/core/calendar.js';
import { tanggalBerlakuHukuman } from '../../src/discipline/index.js';

const RUNS = { numRuns: 200 };
const dateIn = (year: number) => fc.integer({ min: 0, max: 364 }).map((n) => addDays(isoDate(year, 1, 1), n));

describe('effective date properties', () => {
  it('the TMT is a working day, exactly 15 working days after receipt, for any holiday list', () => {
    fc.assert(
      fc.property(dateIn(2023), fc.uniqueArray(dateIn(2023), { maxLength: 15 }), (diterima, holidays) => {
        const tmt = tanggalBerlakuHukuman({ jenis: 'TEGURAN_LISAN', tanggalDiterima: diterima }, { kalender: { holidays } }).value.tmt!;
        const cal = holidayCalendar({ holidays });
        expect(isWorkingDay(tmt, cal)).toBe(true);
        expect(countWorkingDays(addDays(diterima, 1), tmt, cal)).toBe(15);
      }),
      RUNS,
    );
  });
});
