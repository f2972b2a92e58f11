import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, isoDate } from '../../src/core/calendar.js';
import { MeritInputError } from '../../src/core/errors.js';
import { issuesOf } from '../input-issues.js';
import {
  hukumanKetidakhadiran,
  JENIS_HUKUMAN,
  type JenisHukuman,
  peningkatanHukumanKetidakhadiran,
  rekapKetidakhadiran,
  tingkatKeberatan,
} from '../../src/discipline/index.js';

const RUNS = { numRuns: 200 };
const rank = (j: JenisHukuman | null) => (j === null ? -1 : tingkatKeberatan(j));
const hari = fc.integer({ min: 0, max: 366 });
const dateIn = (year: number) => fc.integer({ min: 0, max: 364 }).map((n) => addDays(isoDate(year, 1, 1), n));
const jenis = fc.constantFrom(...JENIS_HUKUMAN);

describe('discipline properties', () => {
  it('more absence (cumulative or consecutive) never yields a lighter hukuman', () => {
    fc.assert(
      fc.property(hari, hari, hari, hari, (a, b, c, d) => {
        const [k1, k2] = a <= b ? [a, b] : [b, a];
        // the consecutive days are among the cumulative ones (min keeps both orders)
        const [s1, s2] = c <= d ? [Math.min(c, k1), Math.min(d, k2)] : [Math.min(d, k1), Math.min(c, k2)];
        const lo = hukumanKetidakhadiran({ hariKumulatif: k1, hariBerturutTurut: s1 }).value;
        const hi = hukumanKetidakhadiran({ hariKumulatif: k2, hariBerturutTurut: s2 }).value;
        expect(rank(hi)).toBeGreaterThanOrEqual(rank(lo));
      }),
      RUNS,
    );
  });

  it('is total and deterministic over valid input, with a reason for each step', () => {
    fc.assert(
      fc.property(hari, hari, (k, b) => {
        const s = Math.min(b, k);
        const a = hukumanKetidakhadiran({ hariKumulatif: k, hariBerturutTurut: s });
        expect(a).toEqual(hukumanKetidakhadiran({ hariKumulatif: k, hariBerturutTurut: s }));
        expect(a.value === null || JENIS_HUKUMAN.includes(a.value)).toBe(true);
        expect(a.reasons).toHaveLength(2);
      }),
      RUNS,
    );
  });

  it('rejects anything but whole day counts 0–366 with MeritInputError', () => {
    const bad = fc.oneof(
      fc.integer({ max: -1 }),
      fc.integer({ min: 367 }),
      fc.double({ noInteger: true }),
      fc.constantFrom(Number.NaN, Infinity, null, '5', undefined),
    );
    fc.assert(
      fc.property(bad, (x) => {
        expect(() => hukumanKetidakhadiran({ hariKumulatif: x as number })).toThrow(MeritInputError);
      }),
      RUNS,
    );
  });

  it('escalation never gives a hukuman not heavier than the one already imposed', () => {
    fc.assert(
      fc.property(fc.option(jenis, { nil: null }), fc.integer({ min: 0, max: 183 }), fc.integer({ min: 0, max: 183 }), (drawn, h1, h2) => {
        // the hukuman already imposed is at most what its days carry (a heavier one is refused, see contradictions.prop)
        const cap = hukumanKetidakhadiran({ hariKumulatif: h1 }).value;
        const sebelumnya = drawn !== null && rank(drawn) > rank(cap) ? cap : drawn;
        const v = peningkatanHukumanKetidakhadiran({ hukumanSebelumnya: sebelumnya, hariSebelumnya: h1, hariBaru: h2 }).value;
        if (v !== null) {
          expect(rank(v)).toBeGreaterThan(rank(sebelumnya));
          expect(v).toBe(hukumanKetidakhadiran({ hariKumulatif: h1 + h2 }).value);
        }
      }),
      RUNS,
    );
  });

  it('counts reset at the year boundary: with runs kept within the year, every date of another year is refused by its index, none dropped', () => {
    fc.assert(
      fc.property(fc.array(dateIn(2022), { maxLength: 40 }), fc.array(dateIn(2021), { maxLength: 40 }), fc.array(dateIn(2023), { maxLength: 40 }), (y, before, after) => {
        const tidakMasuk = [...before, ...y, ...after];
        const outside = tidakMasuk.flatMap((d, i) => (d.startsWith('2022') ? [] : [['tidakMasuk', i]]));
        const run = () => rekapKetidakhadiran({ tahun: 2022, tidakMasuk }, { berturutTurutLintasTahun: false });
        expect(issuesOf(run).map((i) => i.path)).toEqual(outside.slice(0, 50));
        expect(rekapKetidakhadiran({ tahun: 2022, tidakMasuk: y }).value.hariTidakMasuk).toBeLessThanOrEqual(y.length);
      }),
      RUNS,
    );
  });

  it('adding absence dates never lightens the dated count’s hukuman, and input is not mutated', () => {
    fc.assert(
      fc.property(fc.array(dateIn(2022), { maxLength: 60 }), fc.array(dateIn(2022), { maxLength: 20 }), (base, extra) => {
        const copy = [...base];
        const a = rekapKetidakhadiran({ tahun: 2022, tidakMasuk: base }).value;
        const b = rekapKetidakhadiran({ tahun: 2022, tidakMasuk: [...base, ...extra] }).value;
        expect(b.hariKumulatif).toBeGreaterThanOrEqual(a.hariKumulatif);
        expect(b.hariBerturutTurut).toBeGreaterThanOrEqual(a.hariBerturutTurut);
        expect(rank(b.hukuman)).toBeGreaterThanOrEqual(rank(a.hukuman));
        expect(base).toEqual(copy);
      }),
      RUNS,
    );
  });
});
