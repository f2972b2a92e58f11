import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, isoDate } from '../../src/core/calendar.js';
import { JENIS_HUKUMAN } from '../../src/index.js';
import { KELAS_SLKS, satyalancanaKaryaSatya } from '../../src/rewards/index.js';

// (Was the SLKS property of rewards.prop.test.ts.)
const RUNS = { numRuns: 200 };
const date = (from: number, to: number) => fc.integer({ min: 0, max: (to - from) * 365 }).map((n) => addDays(isoDate(from, 1, 1), n));
const hukuman = fc.record({ jenis: fc.constantFrom(...JENIS_HUKUMAN), tmt: date(2019, 2031) });

describe('satyalancanaKaryaSatya properties', () => {
  it('SLKS: the class never exceeds the service, and a sedang/berat hukuman in service always disqualifies', () => {
    fc.assert(
      fc.property(date(1980, 2000), date(2000, 2030), fc.array(hukuman, { maxLength: 3 }), (tmtCpns, asOf, riwayatHukuman) => {
        const d = satyalancanaKaryaSatya({ tmtCpns, riwayatHukuman }, { asOf }).value;
        const tahun = { SLKS_X: 10, SLKS_XX: 20, SLKS_XXX: 30 } as const;
        if (d.kelas) expect(d.masaKerjaTahun).toBeGreaterThanOrEqual(tahun[d.kelas]);
        const disq = riwayatHukuman.some(
          (h) =>
            !['TEGURAN_LISAN', 'TEGURAN_TERTULIS', 'PERNYATAAN_TIDAK_PUAS_TERTULIS'].includes(h.jenis) && h.tmt >= tmtCpns && h.tmt <= asOf,
        );
        if (disq) expect(d.memenuhiSyarat).toBe(false);
        if (d.kelasBerikutnya) expect(KELAS_SLKS).toContain(d.kelasBerikutnya);
        if (d.tanggalPalingCepat) expect(d.tanggalPalingCepat > tmtCpns).toBe(true);
      }),
      RUNS,
    );
  });
});
