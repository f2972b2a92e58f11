import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, addYears, daysInMonth, isoDate } from '../../src/core/calendar.js';
import { MeritInputError } from '../../src/core/errors.js';
import { BATAS_MASA_KERJA_PNS } from '../../src/core/masa-kerja-pns.js';
import { PREDIKAT } from '../../src/performance/types.js';
import {
  KELAS_SLKS,
  konsekuensiKinerja,
  potonganTukin,
  satyalancanaKaryaSatya,
  TAHUN_SLKS,
} from '../../src/rewards/index.js';
import { issuesOf } from '../input-issues.js';

// Each invariant of the rewards domain: generated violations are refused at the right path, in
// both languages; their nearest valid neighbours are still decided (so each test can fail both ways).

const RUNS = { numRuns: 100 };
const day = (from: number, to: number) => fc.integer({ min: 0, max: (to - from) * 365 }).map((n) => addDays(isoDate(from, 1, 1), n));
const bulan = fc
  .tuple(fc.integer({ min: 2015, max: 2035 }), fc.integer({ min: 1, max: 12 }))
  .map(([y, m]) => ({ bulan: `${y}-${String(m).padStart(2, '0')}`, hari: daysInMonth(y, m) }));

/** The single issue of a refusal, as [path, Indonesian text]. */
const refusal = (run: () => unknown) => issuesOf(run).map((i) => [i.path, i.text?.id ?? i.message]);
/** Decides causes the default schedule (PP 94/2021, hukuman only) does not cover, with the stated fallback. */
const CADANGAN = { sebabDiLuarCakupan: 'CADANGAN' } as const;

describe('potonganTukin', () => {
  it('more days absent, late or unrecorded on one side than the month has are refused; exactly the month is decided', () => {
    fc.assert(
      fc.property(bulan, fc.integer({ min: 0, max: 31 }), fc.nat(31), fc.constantFrom('masuk', 'pulang'), (b, absen, lebih, sisi) => {
        const hariTidakMasuk = Math.min(absen, b.hari);
        const menit = (n: number) => Array.from({ length: n }, () => 15);
        const fill = (n: number) =>
          sisi === 'masuk'
            ? { terlambat: menit(Math.min(n, 31)), tanpaRekamMasuk: Math.max(0, n - 31) }
            : { pulangCepat: menit(Math.min(n, 31)), tanpaRekamPulang: Math.max(0, n - 31) };
        const exact = { bulan: b.bulan, hariTidakMasuk, ...fill(b.hari - hariTidakMasuk) };
        expect(potonganTukin(exact, CADANGAN).value.bulan).toBe(b.bulan);
        const over = b.hari - hariTidakMasuk + 1 + Math.min(lebih, 30 - (b.hari - hariTidakMasuk));
        fc.pre(over <= 31 && over > b.hari - hariTidakMasuk);
        const issues = refusal(() => potonganTukin({ bulan: b.bulan, hariTidakMasuk, ...fill(over) }));
        const field = sisi === 'masuk' ? 'terlambat' : 'pulangCepat';
        expect(issues).toEqual([
          [
            [field],
            expect.stringMatching(new RegExp(`^${hariTidakMasuk + over} hari .* pada ${b.bulan}, padahal bulan itu hanya ${b.hari} hari`)),
          ],
        ]);
      }),
      RUNS,
    );
  });

  it('days absent beyond the month are refused on hariTidakMasuk', () => {
    fc.assert(
      fc.property(bulan, (b) => {
        fc.pre(b.hari < 31);
        expect(refusal(() => potonganTukin({ bulan: b.bulan, hariTidakMasuk: b.hari + 1 }))).toEqual([
          [
            ['hariTidakMasuk'],
            `${b.hari + 1} hari tidak masuk pada ${b.bulan}, padahal bulan itu hanya ${b.hari} hari (setiap hari dihitung sekali)`,
          ],
        ]);
        expect(potonganTukin({ bulan: b.bulan, hariTidakMasuk: b.hari }, CADANGAN).value.bulan).toBe(b.bulan);
      }),
      RUNS,
    );
  });

  it('a consecutive run longer than the days absent is refused; equal is decided', () => {
    fc.assert(
      fc.property(bulan, fc.integer({ min: 0, max: 27 }), fc.integer({ min: 1, max: 4 }), (b, hariTidakMasuk, extra) => {
        const berturut = Math.min(31, hariTidakMasuk + extra);
        expect(refusal(() => potonganTukin({ bulan: b.bulan, hariTidakMasuk, hariBerturutTurut: berturut }))).toEqual([
          [['hariBerturutTurut'], 'hariBerturutTurut tidak boleh melebihi hariTidakMasuk (hari berturut-turut termasuk hari tidak masuk)'],
        ]);
        expect(potonganTukin({ bulan: b.bulan, hariTidakMasuk, hariBerturutTurut: hariTidakMasuk }, CADANGAN).value.bulan).toBe(b.bulan);
      }),
      RUNS,
    );
  });
});

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
