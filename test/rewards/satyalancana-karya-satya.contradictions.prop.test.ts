import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addYears, isoDate } from '../../src/core/calendar.js';
import { BATAS_MASA_KERJA_PNS } from '../../src/core/masa-kerja-pns.js';
import { KELAS_SLKS, satyalancanaKaryaSatya, TAHUN_SLKS } from '../../src/rewards/index.js';
import { issuesOf } from '../input-issues.js';

// Each invariant of satyalancanaKaryaSatya: generated violations are refused at the right path, in both languages;
// their nearest valid neighbours are still decided (so each test can fail both ways). (Was contradictions.prop.test.ts.)

const RUNS = { numRuns: 100 };
const day = (from: number, to: number) => fc.integer({ min: 0, max: (to - from) * 365 }).map((n) => addDays(isoDate(from, 1, 1), n));

/** The single issue of a refusal, as [path, Indonesian text]. */
const refusal = (run: () => unknown) => issuesOf(run).map((i) => [i.path, i.text?.id ?? i.message]);

describe('satyalancanaKaryaSatya', () => {
  it('a TMT CPNS after asOf is refused; on asOf it is decided (0 years)', () => {
    fc.assert(
      fc.property(day(1990, 2030), fc.integer({ min: 1, max: 5000 }), (asOf, later) => {
        expect(refusal(() => satyalancanaKaryaSatya({ tmtCpns: addDays(asOf, later) }, { asOf }))).toEqual([
          [['tmtCpns'], `sesudah asOf ${asOf}: masa kerja dihitung sejak TMT CPNS sampai asOf`],
        ]);
        expect(satyalancanaKaryaSatya({ tmtCpns: asOf }, { asOf }).value.masaKerjaTahun).toBe(0);
      }),
      RUNS,
    );
  });

  it(`more than ${BATAS_MASA_KERJA_PNS.tahunMaksimum} years of service are refused; exactly ${BATAS_MASA_KERJA_PNS.tahunMaksimum} are decided`, () => {
    expect(BATAS_MASA_KERJA_PNS.tahunMaksimum).toBe(
      BATAS_MASA_KERJA_PNS.usiaPensiunTertinggi - BATAS_MASA_KERJA_PNS.usiaPengangkatanMinimum,
    );
    fc.assert(
      fc.property(day(2000, 2040), fc.integer({ min: 1, max: 100 }), (asOf, extra) => {
        const tmtCpns = addYears(asOf, -(BATAS_MASA_KERJA_PNS.tahunMaksimum + extra));
        const tahun =
          BATAS_MASA_KERJA_PNS.tahunMaksimum + extra - (addYears(tmtCpns, BATAS_MASA_KERJA_PNS.tahunMaksimum + extra) > asOf ? 1 : 0);
        fc.pre(tahun > BATAS_MASA_KERJA_PNS.tahunMaksimum);
        const issues = issuesOf(() => satyalancanaKaryaSatya({ tmtCpns }, { asOf }));
        expect(issues.map((i) => i.path)).toEqual([['tmtCpns']]);
        expect(issues[0]!.text!.id).toContain(`masa kerja PNS paling lama ${BATAS_MASA_KERJA_PNS.tahunMaksimum} tahun`);
        expect(issues[0]!.text!.en).toContain(`a PNS serves at most ${BATAS_MASA_KERJA_PNS.tahunMaksimum}`);
        const limit = satyalancanaKaryaSatya({ tmtCpns: addYears(asOf, -BATAS_MASA_KERJA_PNS.tahunMaksimum) }, { asOf }).value;
        expect(limit.masaKerjaTahun).toBeLessThanOrEqual(BATAS_MASA_KERJA_PNS.tahunMaksimum);
      }),
      RUNS,
    );
  });

  it('a hukuman or CLTN before the TMT CPNS is refused at its index; on the TMT CPNS it counts', () => {
    fc.assert(
      fc.property(day(1990, 2010), fc.integer({ min: 1, max: 3000 }), fc.nat(3), fc.boolean(), (tmtCpns, before, index, cltn) => {
        const asOf = addYears(tmtCpns, 12);
        const early = addDays(tmtCpns, -before);
        const valid = Array.from({ length: index }, () => tmtCpns);
        const input = cltn
          ? { tmtCpns, cltn: [...valid, early].map((mulai) => ({ mulai, selesai: addDays(mulai, 30) })) }
          : { tmtCpns, riwayatHukuman: [...valid, early].map((tmt) => ({ jenis: 'PENURUNAN_JABATAN' as const, tmt })) };
        const path = cltn ? ['cltn', index, 'mulai'] : ['riwayatHukuman', index, 'tmt'];
        expect(refusal(() => satyalancanaKaryaSatya(input, { asOf }))).toEqual([
          [path, expect.stringContaining(`${early} sebelum TMT CPNS ${tmtCpns}`)],
        ]);
        const onTmt = cltn
          ? { tmtCpns, cltn: [{ mulai: tmtCpns }] }
          : { tmtCpns, riwayatHukuman: [{ jenis: 'PENURUNAN_JABATAN' as const, tmt: tmtCpns }] };
        expect(satyalancanaKaryaSatya(onTmt, { asOf }).value.memenuhiSyarat).toBe(false);
      }),
      RUNS,
    );
  });

  it('a class held before its years of service is refused; held on the day they are reached it is decided', () => {
    fc.assert(
      fc.property(day(1980, 2000), fc.constantFrom(...KELAS_SLKS), fc.integer({ min: 1, max: 3000 }), (tmtCpns, kelas, early) => {
        const reached = addYears(tmtCpns, TAHUN_SLKS[kelas]);
        const issues = issuesOf(() => satyalancanaKaryaSatya({ tmtCpns, kelasDimiliki: [kelas] }, { asOf: addDays(reached, -early) }));
        expect(issues.map((i) => i.path)).toEqual([['kelasDimiliki', 0]]);
        expect(issues[0]!.text!.id).toContain(`${kelas} memerlukan masa kerja ${TAHUN_SLKS[kelas]} tahun`);
        // Holding every class up to it, none is left to propose on that day.
        const held = KELAS_SLKS.slice(0, KELAS_SLKS.indexOf(kelas) + 1);
        expect(satyalancanaKaryaSatya({ tmtCpns, kelasDimiliki: held }, { asOf: reached }).value.kelas).toBe(null);
      }),
      RUNS,
    );
  });
});
