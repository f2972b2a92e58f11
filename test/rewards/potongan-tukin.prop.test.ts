import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysInMonth, isoDate } from '../../src/core/calendar.js';
import { Decimal } from '../../src/core/decimal.js';
import { MeritInputError } from '../../src/core/errors.js';
import { JENIS_HUKUMAN } from '../../src/index.js';
import { PREDIKAT } from '../../src/index.js';
import { NAMA_PRESET_JADWAL, potonganTukin } from '../../src/rewards/index.js';

const RUNS = { numRuns: 200 };
const date = (from: number, to: number) => fc.integer({ min: 0, max: (to - from) * 365 }).map((n) => addDays(isoDate(from, 1, 1), n));
const bulan = fc
  .tuple(fc.integer({ min: 2020, max: 2030 }), fc.integer({ min: 1, max: 12 }))
  .map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`);
const hukuman = fc.record({ jenis: fc.constantFrom(...JENIS_HUKUMAN), tmt: date(2019, 2031) });
const daysOf = (b: string) => daysInMonth(Number(b.slice(0, 4)), Number(b.slice(5, 7)));
/** The mechanics of every preset over every cause: uncovered causes by the fallback, every hukuman cut (coverage: potongan-tukin.cakupan.test.ts). */
const SEMUA = { sebabDiLuarCakupan: 'CADANGAN', potonganHukuman: 'SETIAP_HUKUMAN' } as const;

/** Occurrences (minutes) and days without a record on one side of the day (arrival or leave), within `free` days. */
const side = (free: number) =>
  fc
    .array(fc.integer({ min: 1, max: 1440 }), { maxLength: free })
    .chain((menit) => fc.integer({ min: 0, max: free - menit.length }).map((tanpaRekam) => ({ menit, tanpaRekam })));

/** A real month: each day is absent, or has at most one arrival and one leave (days inside the month). */
const tukinInput = bulan.chain((b) =>
  fc.integer({ min: 0, max: daysOf(b) }).chain((hariTidakMasuk) =>
    fc
      .record({
        bulan: fc.constant(b),
        tukin: fc.integer({ min: 0, max: 100_000_000 }),
        masuk: side(daysOf(b) - hariTidakMasuk),
        pulang: side(daysOf(b) - hariTidakMasuk),
        hariTidakMasuk: fc.constant(hariTidakMasuk),
        hariBerturutTurut: fc.integer({ min: 0, max: hariTidakMasuk }),
        riwayatHukuman: fc.array(hukuman, { maxLength: 4 }),
        predikat: fc.constantFrom(...PREDIKAT),
      })
      .map(({ masuk, pulang, ...r }) => ({
        ...r,
        terlambat: masuk.menit,
        tanpaRekamMasuk: masuk.tanpaRekam,
        pulangCepat: pulang.menit,
        tanpaRekamPulang: pulang.tanpaRekam,
      })),
  ),
);
/** Days of the month left free on both sides, where more absence still fits. */
const room = (i: {
  bulan: string;
  hariTidakMasuk: number;
  terlambat: unknown[];
  tanpaRekamMasuk: number;
  pulangCepat: unknown[];
  tanpaRekamPulang: number;
}) => daysOf(i.bulan) - i.hariTidakMasuk - Math.max(i.terlambat.length + i.tanpaRekamMasuk, i.pulangCepat.length + i.tanpaRekamPulang);

describe('potonganTukin properties', () => {
  it('the deduction never exceeds 100 % or the tukin, and is never negative', () => {
    fc.assert(
      fc.property(tukinInput, fc.constantFrom(...NAMA_PRESET_JADWAL), (input, jadwal) => {
        const v = potonganTukin(input, { jadwal, ...SEMUA }).value;
        const p = new Decimal(v.persen);
        expect(p.greaterThanOrEqualTo(0) && p.lessThanOrEqualTo(100)).toBe(true);
        expect(Number(v.potonganRupiah)).toBeGreaterThanOrEqual(0);
        expect(Number(v.potonganRupiah)).toBeLessThanOrEqual(input.tukin);
        expect(Number(v.potonganRupiah) + Number(v.diterimaRupiah)).toBe(input.tukin);
      }),
      RUNS,
    );
  });

  it('more absence never lowers the deduction', () => {
    fc.assert(
      fc.property(tukinInput, fc.integer({ min: 0, max: 31 }), fc.constantFrom(...NAMA_PRESET_JADWAL), (input, extra, jadwal) => {
        const more = { ...input, hariTidakMasuk: input.hariTidakMasuk + Math.min(extra, room(input)) };
        const a = new Decimal(potonganTukin(input, { jadwal, ...SEMUA }).value.persen);
        const b = new Decimal(potonganTukin(more, { jadwal, ...SEMUA }).value.persen);
        expect(b.greaterThanOrEqualTo(a)).toBe(true);
      }),
      RUNS,
    );
  });

  it('TOLAK (the preset) refuses exactly when the fallback reports a cause outside the schedule; otherwise both decide alike', () => {
    fc.assert(
      fc.property(tukinInput, fc.constantFrom(...NAMA_PRESET_JADWAL), (input, jadwal) => {
        const cadangan = potonganTukin(input, { jadwal, ...SEMUA });
        const tolak = () => potonganTukin(input, { jadwal, potonganHukuman: 'SETIAP_HUKUMAN' });
        if (cadangan.value.diLuarCakupan.length === 0) {
          expect(tolak()).toEqual(cadangan);
        } else {
          let issues: MeritInputError['issues'] = [];
          try {
            tolak();
          } catch (e) {
            issues = (e as MeritInputError).issues;
          }
          expect(issues.length).toBeGreaterThanOrEqual(cadangan.value.diLuarCakupan.length);
          expect(new Set(issues.map((i) => i.code))).toEqual(new Set(['not_covered']));
        }
      }),
      RUNS,
    );
  });

  it('is deterministic and does not mutate its input', () => {
    fc.assert(
      fc.property(tukinInput, (input) => {
        const copy = structuredClone(input);
        expect(potonganTukin(input, { jadwal: 'PERMENTAN_68_2012', ...SEMUA })).toEqual(
          potonganTukin(copy, { jadwal: 'PERMENTAN_68_2012', ...SEMUA }),
        );
        expect(input).toEqual(copy);
      }),
      RUNS,
    );
  });

  it('invalid minutes or days give MeritInputError', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ max: 0 }), fc.integer({ min: 1441 }), fc.double({ noInteger: true })), (m) => {
        expect(() => potonganTukin({ bulan: '2024-01', terlambat: [m] })).toThrow(MeritInputError);
      }),
      RUNS,
    );
  });
});
