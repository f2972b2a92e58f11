import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addYears } from '../../src/core/calendar.js';
import { kenaikanGajiBerkala, PREDIKAT_PENILAIAN } from '../../src/promotion/index.js';
import { arbDate, arbGolongan } from './arbitraries.js';

describe('kenaikanGajiBerkala properties', () => {
  it('KGB: due 1 or 2 years after the base date; postponement adds exactly 1 year; notice 2 months before', () => {
    fc.assert(
      fc.property(arbDate(1990, 2030), arbGolongan, fc.option(fc.integer({ min: 0, max: 40 * 366 }), { nil: undefined }), fc.constantFrom(...PREDIKAT_PENILAIAN), (tmtCpns, g, daysAfterCpns, predikat) => {
        // The last KGB is on or after TMT CPNS (an earlier one is refused).
        const last = daysAfterCpns === undefined ? undefined : addDays(tmtCpns, daysAfterCpns);
        const v = kenaikanGajiBerkala({ tmtCpns, golonganPengangkatan: g, tmtKgbTerakhir: last, predikat }).value;
        const base = last ?? tmtCpns;
        expect(v.jadwal).toBe(addYears(base, last === undefined && g === 'II/a' ? 1 : 2));
        expect(v.tmtKgb).toBe(v.ditunda ? addYears(v.jadwal, 1) : v.jadwal);
        expect(v.tanggalPemberitahuan < v.tmtKgb).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
