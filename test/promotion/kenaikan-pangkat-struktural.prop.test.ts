import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, yearOf } from '../../src/core/calendar.js';
import type { JenisHukuman } from '../../src/discipline/index.js';
import { kenaikanPangkatStruktural, tanggalPeriodeKenaikanPangkat } from '../../src/promotion/index.js';
import { arbDate } from './arbitraries.js';

describe('kenaikanPangkatStruktural tmtPalingCepat', () => {
  const semuaBaik = Array.from({ length: 30 }, (_, i) => ({ tahun: 2010 + i, predikat: 'BAIK' as const }));
  const arb = fc
    .record({
      // One level below the jenjang of IV.a (S-b: a year in pangkat and in jabatan), or within it (the setting).
      golongan: fc.constantFrom('III/b', 'III/c') as fc.Arbitrary<'III/b' | 'III/c'>,
      tmtPangkat: arbDate(2020, 2025),
      tmtJabatan: arbDate(2020, 2025),
      minTahun: fc.integer({ min: 0, max: 5 }),
      hukuman: fc.option(
        fc.record({
          jenis: fc.constantFrom<JenisHukuman>('POTONGAN_TUKIN_6_BULAN', 'POTONGAN_TUKIN_12_BULAN', 'PENURUNAN_JABATAN', 'TEGURAN_LISAN'),
          tmt: arbDate(2023, 2025),
        }),
        { nil: undefined },
      ),
      asOf: arbDate(2023, 2026),
    })
    .filter((g) => g.tmtPangkat <= g.asOf && g.tmtJabatan <= g.asOf);
  // The record as read on asOf: appraisals up to the year of asOf; no ujian dinas needed (III/b → III/c → III/d).
  const pegawai = (g: typeof arb extends fc.Arbitrary<infer T> ? T : never, asOf = g.asOf) => ({
    eselon: 'IV.a' as const,
    golongan: g.golongan,
    tmtPangkat: g.tmtPangkat,
    tmtJabatan: g.tmtJabatan,
    ijazah: 'S1' as const,
    riwayatPenilaian: semuaBaik.filter((p) => p.tahun <= yearOf(asOf)),
    riwayatHukuman: g.hukuman ? [g.hukuman] : [],
  });

  it('is the first period on which the PNS is eligible (when the appraisals and ujian dinas hold)', () => {
    fc.assert(
      fc.property(arb, (g) => {
        const o = { minTahunDalamJenjang: g.minTahun };
        const v = kenaikanPangkatStruktural(pegawai(g), { asOf: g.asOf, ...o }).value;
        expect(v.tmtPalingCepat).not.toBeNull();
        const t = v.tmtPalingCepat!;
        expect(t >= v.periode).toBe(true);
        // Eligible now means now; the converse fails only for a hukuman running on asOf that ends by the period.
        if (v.memenuhiSyarat) expect(t).toBe(v.periode);
        expect(kenaikanPangkatStruktural(pegawai(g, t), { asOf: t, ...o }).value.memenuhiSyarat).toBe(true);
        // Every earlier period from asOf on is not eligible.
        for (let d = v.periode; d < t; d = tanggalPeriodeKenaikanPangkat(addDays(d, 1))) {
          expect(kenaikanPangkatStruktural(pegawai(g, d), { asOf: d, ...o }).value.memenuhiSyarat, d).toBe(false);
        }
      }),
      { numRuns: 200 },
    );
  });
});
