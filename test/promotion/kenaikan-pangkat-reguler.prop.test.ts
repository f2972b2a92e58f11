import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addYears, yearOf } from '../../src/core/calendar.js';
import type { JenisHukuman } from '../../src/discipline/index.js';
import { PREDIKAT, type Predikat } from '../../src/performance/index.js';
import { kenaikanPangkatReguler, tanggalPeriodeKenaikanPangkat } from '../../src/promotion/index.js';
import { arbDate, arbKpReguler, arbKpRegulerLayak } from './arbitraries.js';

type Gen = typeof arbKpReguler extends fc.Arbitrary<infer T> ? T : never;

function run(g: Gen) {
  const tahun = yearOf(g.asOf) + 1; // the period may fall in the next year: give appraisals for both windows
  const pegawai = {
    golongan: g.golongan,
    tmtPangkat: g.tmtPangkat,
    ijazah: g.ijazah,
    golonganAtasan: g.golonganAtasan,
    ujianDinas: g.ujianDinas,
    riwayatPenilaian: [
      { tahun: tahun - 3, predikat: g.p1 },
      { tahun: tahun - 2, predikat: g.p2 },
      { tahun: tahun - 1, predikat: g.p2 },
    ],
  };
  return kenaikanPangkatReguler(pegawai, { asOf: g.asOf });
}

const better = (p: Predikat): Predikat => PREDIKAT[Math.max(0, PREDIKAT.indexOf(p) - 1)]!;

describe('kenaikanPangkatReguler properties', () => {
  it('the biased generator yields eligible cases often (so the monotonicity tests are not vacuous)', () => {
    const sample = fc.sample(arbKpRegulerLayak, { numRuns: 200, seed: 42 });
    expect(sample.filter((g) => run(g).value.memenuhiSyarat).length).toBeGreaterThan(40);
  });

  it('is total over valid inputs and consistent', () => {
    fc.assert(
      fc.property(arbKpReguler, (g) => {
        const v = run(g).value;
        expect(v.periode >= g.asOf).toBe(true);
        expect(v.memenuhiSyarat).toBe(v.golonganBaru !== null);
        expect(v.memenuhiSyarat).toBe(v.tmt !== null);
        if (v.memenuhiSyarat) {
          expect(v.tmt).toBe(v.periode);
          expect(v.tmtPalingCepat).toBe(v.tmt);
          // No KP date earlier than the eligibility date.
          expect(addYears(g.tmtPangkat, 4) <= v.tmt!).toBe(true);
        }
        if (v.tmtPalingCepat !== null) {
          expect(v.tmtPalingCepat >= v.periode).toBe(true);
          expect(addYears(g.tmtPangkat, 4) <= v.tmtPalingCepat).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('more years in pangkat never turns an eligible PNS ineligible', () => {
    fc.assert(
      fc.property(arbKpRegulerLayak, fc.integer({ min: 1, max: 2000 }), (g, days) => {
        fc.pre(run(g).value.memenuhiSyarat);
        const tmtPangkat = addDays(g.tmtPangkat, -days);
        expect(run({ ...g, tmtPangkat }).value.memenuhiSyarat).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('a better predikat never turns an eligible PNS ineligible', () => {
    fc.assert(
      fc.property(arbKpRegulerLayak, (g) => {
        fc.pre(run(g).value.memenuhiSyarat);
        expect(run({ ...g, p1: better(g.p1), p2: better(g.p2) }).value.memenuhiSyarat).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('a worse predikat below Baik always makes the PNS ineligible', () => {
    fc.assert(
      fc.property(arbKpReguler, fc.constantFrom<Predikat>('BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG'), (g, p) => {
        expect(run({ ...g, p2: p }).value.memenuhiSyarat).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});

describe('kenaikanPangkatReguler tmtPalingCepat', () => {
  const semuaBaik = Array.from({ length: 30 }, (_, i) => ({ tahun: 2010 + i, predikat: 'BAIK' as const }));
  const arb = fc.record({
    golongan: fc.constantFrom('II/c', 'II/d', 'III/a', 'III/b', 'III/c') as fc.Arbitrary<'II/c' | 'II/d' | 'III/a' | 'III/b' | 'III/c'>,
    tmtPangkat: arbDate(2018, 2025),
    golonganAtasan: fc.option(fc.constantFrom('II/d', 'III/a', 'III/b', 'III/c', 'III/d') as fc.Arbitrary<'II/d' | 'III/a' | 'III/b' | 'III/c' | 'III/d'>, { nil: undefined }),
    hukuman: fc.option(fc.record({ jenis: fc.constantFrom<JenisHukuman>('POTONGAN_TUKIN_6_BULAN', 'POTONGAN_TUKIN_12_BULAN', 'PENURUNAN_JABATAN'), tmt: arbDate(2023, 2025) }), {
      nil: undefined,
    }),
    asOf: arbDate(2023, 2026),
  }).filter((g) => g.tmtPangkat <= g.asOf);
  // The record as read on asOf: appraisals up to the year of asOf.
  const pegawai = (g: typeof arb extends fc.Arbitrary<infer T> ? T : never, asOf = g.asOf) => ({
    golongan: g.golongan,
    tmtPangkat: g.tmtPangkat,
    ijazah: 'S1' as const,
    golonganAtasan: g.golonganAtasan,
    riwayatPenilaian: semuaBaik.filter((p) => p.tahun <= yearOf(asOf)),
    ujianDinas: ['TINGKAT_I' as const],
    riwayatHukuman: g.hukuman ? [g.hukuman] : [],
  });

  it('is the first period on which the PNS is eligible (when appraisals and exams hold)', () => {
    fc.assert(
      fc.property(arb, (g) => {
        const v = kenaikanPangkatReguler(pegawai(g), { asOf: g.asOf }).value;
        expect(v.tmtPalingCepat).not.toBeNull();
        const t = v.tmtPalingCepat!;
        expect(kenaikanPangkatReguler(pegawai(g, t), { asOf: t }).value.memenuhiSyarat).toBe(true);
        // Every earlier period from asOf on is not eligible.
        for (let d = v.periode; d < t; d = tanggalPeriodeKenaikanPangkat(addDays(d, 1))) {
          expect(kenaikanPangkatReguler(pegawai(g, d), { asOf: d }).value.memenuhiSyarat, d).toBe(false);
        }
      }),
      { numRuns: 200 },
    );
  });
});
