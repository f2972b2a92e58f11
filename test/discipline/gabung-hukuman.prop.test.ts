import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, isoDate } from '../../src/core/calendar.js';
import { gabungHukuman, JENIS_HUKUMAN, tingkatKeberatan } from '../../src/discipline/index.js';

const RUNS = { numRuns: 200 };
const dateIn = (year: number) => fc.integer({ min: 0, max: 364 }).map((n) => addDays(isoDate(year, 1, 1), n));
const jenis = fc.constantFrom(...JENIS_HUKUMAN);

describe('gabungHukuman properties', () => {
  it('gabungHukuman: never extends the running one, never starts the new one early', () => {
    fc.assert(
      fc.property(jenis, jenis, dateIn(2022), fc.integer({ min: 0, max: 500 }), (a, b, tmt, gap) => {
        const tmtBaru = addDays(tmt, gap);
        const d = gabungHukuman({ berjalan: { jenis: a, tmt }, baru: { jenis: b, tmt: tmtBaru } }).value;
        expect(d.baru.tmt === null || d.baru.tmt >= tmtBaru).toBe(true);
        if (d.berjalan.selesai !== null && d.baru.tmt !== null)
          expect(d.baru.tmt >= d.berjalan.selesai || d.baru.tmt === tmtBaru).toBe(true);
        if (tingkatKeberatan(b) > tingkatKeberatan(a)) expect(d.baru.tmt).toBe(tmtBaru);
      }),
      RUNS,
    );
  });
});
