import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysInMonth } from '../../src/core/calendar.js';
import { potonganTukin } from '../../src/rewards/index.js';
import { issuesOf } from '../input-issues.js';

// Each invariant of potonganTukin: generated violations are refused at the right path, in both languages;
// their nearest valid neighbours are still decided (so each test can fail both ways). (Was contradictions.prop.test.ts.)

const RUNS = { numRuns: 100 };
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
