import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal, jobPersonMatch, KATEGORI_PEMETAAN, KATEGORI_PENGISIAN, MeritInputError } from '../../src/index.js';

const kode = fc.constantFrom('INTEGRITAS', 'KERJASAMA', 'KOMUNIKASI', 'PEREKAT_BANGSA', 'TEKNIS.A', 'TEKNIS.B', 'T-C');
const profilPair = fc
  .uniqueArray(kode, { minLength: 1, maxLength: 7 })
  .chain((codes) =>
    fc.tuple(
      fc.constant(codes),
      fc.array(fc.integer({ min: 1, max: 5 }), { minLength: codes.length, maxLength: codes.length }),
      fc.array(fc.integer({ min: 0, max: 5 }), { minLength: codes.length, maxLength: codes.length }),
    ),
  )
  .map(([codes, s, a]) => ({
    standar: Object.fromEntries(codes.map((c, i) => [c, s[i]!])),
    aktual: Object.fromEntries(codes.map((c, i) => [c, a[i]!])),
  }));
const settings = fc.record({ batasiCapaianPadaStandar: fc.boolean(), batasiJpmPada100: fc.boolean() });
const rank = (k: string) => Math.max(KATEGORI_PEMETAAN.indexOf(k as never), KATEGORI_PENGISIAN.indexOf(k as never));

describe('jobPersonMatch properties', () => {
  it('raising any achieved level never lowers JPM or its category', () => {
    fc.assert(
      fc.property(
        profilPair,
        settings,
        fc.constantFrom('PEMETAAN', 'PENGISIAN_JABATAN') as fc.Arbitrary<'PEMETAAN'>,
        fc.nat(),
        (p, st, skema, pick) => {
          const codes = Object.keys(p.aktual);
          const c = codes[pick % codes.length]!;
          fc.pre(p.aktual[c]! < 5);
          const before = jobPersonMatch(p, { skema, ...st }).value;
          const after = jobPersonMatch({ ...p, aktual: { ...p.aktual, [c]: p.aktual[c]! + 1 } }, { skema, ...st }).value;
          expect(Number(after.persenTanpaBatas)).toBeGreaterThanOrEqual(Number(before.persenTanpaBatas));
          expect(Number(after.persen)).toBeGreaterThanOrEqual(Number(before.persen));
          expect(rank(after.kategori)).toBeLessThanOrEqual(rank(before.kategori));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('is total and independent of key order', () => {
    fc.assert(
      fc.property(profilPair, settings, (p, st) => {
        const d = jobPersonMatch(p, { ...st });
        const rev = (o: Record<string, number>) => Object.fromEntries(Object.entries(o).reverse());
        expect(jobPersonMatch({ standar: rev(p.standar), aktual: rev(p.aktual) }, { ...st })).toEqual(d);
        expect(d.value.persenDisplay).toMatch(/^\d+\.\d\d$/);
        // Shown as at most 100 %, the surplus its own value: persen + surplusPersen = persenTanpaBatas.
        const v = d.value;
        expect(Number(v.persen)).toBeLessThanOrEqual(100);
        expect(new Decimal(v.persen).plus(v.surplusPersen).toString()).toBe(new Decimal(v.persenTanpaBatas).toString());
        expect(new Decimal(v.surplusPersen).isZero() || v.persen === '100').toBe(true);
        expect(d.value.gap.length).toBe(Object.keys(p.standar).length);
        if (st.batasiJpmPada100) expect(Number(d.value.persen)).toBeLessThanOrEqual(100);
      }),
      { numRuns: 150 },
    );
  });

  it('throws MeritInputError, never anything else, on arbitrary input', () => {
    fc.assert(
      fc.property(fc.anything(), (x) => {
        try {
          jobPersonMatch(x as never);
        } catch (e) {
          expect(e).toBeInstanceOf(MeritInputError);
        }
      }),
      { numRuns: 150 },
    );
  });
});
