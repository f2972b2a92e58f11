import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, isoDate } from '../../src/core/calendar.js';
import { MeritInputError } from '../../src/core/errors.js';
import { PREDIKAT } from '../../src/index.js';
import { konsekuensiKinerja } from '../../src/rewards/index.js';
import { issuesOf } from '../input-issues.js';

// Each invariant of konsekuensiKinerja: generated violations are refused at the right path, in both languages;
// their nearest valid neighbours are still decided (so each test can fail both ways). (Was contradictions.prop.test.ts.)

const RUNS = { numRuns: 100 };
const day = (from: number, to: number) => fc.integer({ min: 0, max: (to - from) * 365 }).map((n) => addDays(isoDate(from, 1, 1), n));

/** The single issue of a refusal, as [path, Indonesian text]. */
const refusal = (run: () => unknown) => issuesOf(run).map((i) => [i.path, i.text?.id ?? i.message]);

describe('konsekuensiKinerja', () => {
  const base = { jenisJabatan: 'FUNGSIONAL' as const, tanggalPenetapan: '2025-01-31' };

  it('an improvement outcome for a predikat that meets the target is refused; for one that misses it, decided', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PREDIKAT),
        fc.constantFrom('MEMENUHI_TARGET', 'TIDAK_MEMENUHI_TARGET') as fc.Arbitrary<'MEMENUHI_TARGET'>,
        (predikat, hasil) => {
          const run = () => konsekuensiKinerja({ ...base, predikatTahunan: predikat, hasilPerbaikan: hasil });
          if (predikat === 'SANGAT_BAIK' || predikat === 'BAIK') {
            expect(refusal(run)).toEqual([
              [['hasilPerbaikan'], `predikat ${predikat} memenuhi target, sehingga tidak ada masa perbaikan yang mempunyai hasil`],
            ]);
          } else {
            expect(run().value.batasPerbaikan).toBe('2025-07-31');
          }
        },
      ),
      RUNS,
    );
  });

  it('an outcome before the improvement period has ended on asOf is refused; on its last day it is decided', () => {
    fc.assert(
      fc.property(
        day(2015, 2035),
        fc.integer({ min: 1, max: 24 }),
        fc.integer({ min: 0, max: 500 }),
        (tanggalPenetapan, bulanPerbaikan, early) => {
          const batas = addMonths(tanggalPenetapan, bulanPerbaikan);
          const asOf = addDays(batas, -1 - (early % Math.max(1, bulanPerbaikan * 28)));
          fc.pre(asOf >= tanggalPenetapan);
          const input = { ...base, tanggalPenetapan, predikatTahunan: 'KURANG' as const, hasilPerbaikan: 'MEMENUHI_TARGET' as const };
          expect(refusal(() => konsekuensiKinerja(input, { asOf, bulanPerbaikan }))).toEqual([
            [['hasilPerbaikan'], `masa perbaikan berlangsung sampai ${batas}: hasilnya belum diketahui pada asOf ${asOf}`],
          ]);
          expect(konsekuensiKinerja(input, { asOf: batas, bulanPerbaikan }).value.tahap).toBe('TIDAK_ADA');
        },
      ),
      RUNS,
    );
  });

  it('a predikat set after asOf is refused; set on asOf it is decided', () => {
    fc.assert(
      fc.property(day(2015, 2035), fc.integer({ min: 1, max: 3000 }), (asOf, later) => {
        const input = { ...base, tanggalPenetapan: addDays(asOf, later), predikatTahunan: 'KURANG' as const };
        expect(refusal(() => konsekuensiKinerja(input, { asOf }))).toEqual([
          [['tanggalPenetapan'], `sesudah asOf ${asOf}: predikat yang ditetapkan kemudian belum mempunyai akibat pada asOf`],
        ]);
        expect(konsekuensiKinerja({ ...input, tanggalPenetapan: asOf }, { asOf }).value.tahap).toBe('PERBAIKAN_KINERJA');
      }),
      RUNS,
    );
  });

  it('a vacancy answer out of its stage is refused on lowonganSesuaiTersedia; in its stage it is decided', () => {
    const stages = fc.record({
      statusPegawai: fc.constantFrom('PNS', 'PPPK') as fc.Arbitrary<'PNS' | 'PPPK'>,
      jenisJabatan: fc.constantFrom('JPT', 'ADMINISTRASI', 'FUNGSIONAL') as fc.Arbitrary<'JPT' | 'ADMINISTRASI' | 'FUNGSIONAL'>,
      hasilPerbaikan: fc.constantFrom(undefined, 'MEMENUHI_TARGET', 'TIDAK_MEMENUHI_TARGET') as fc.Arbitrary<'MEMENUHI_TARGET' | undefined>,
      lowonganSesuaiTersedia: fc.boolean(),
    });
    fc.assert(
      fc.property(stages, (s) => {
        const input = { ...s, tanggalPenetapan: '2025-01-31', predikatTahunan: 'KURANG' as const };
        const inStage =
          s.statusPegawai === 'PNS' && s.jenisJabatan !== 'JPT' && (s.hasilPerbaikan as string | undefined) === 'TIDAK_MEMENUHI_TARGET';
        const issues = issuesOf(() => konsekuensiKinerja(input));
        if (inStage) expect(issues).toEqual([]);
        else
          expect(issues.some((i) => i.path.join('.') === 'lowonganSesuaiTersedia' && i.code === 'contradiction' && i.text?.id)).toBe(true);
      }),
      RUNS,
    );
    expect(() =>
      konsekuensiKinerja({ ...base, predikatTahunan: 'KURANG', statusPegawai: 'PPPK', hasilPerbaikan: 'MEMENUHI_TARGET' }),
    ).toThrow(MeritInputError);
  });
});
