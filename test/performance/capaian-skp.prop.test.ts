import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/decimal.js';
import { capaianSkp } from '../../src/performance/index.js';
import { issuesOf } from '../input-issues.js';

// Each invariant of capaianSkp: generated violations are refused at the right path (in both languages) or,
// for an aspect score below 0, clamped with a cited reason; valid neighbours are decided.

const RUNS = { numRuns: 100 };
/** A positive decimal with up to 4 places, as a plain string. */
const positive = fc.integer({ min: 1, max: 10_000_000 }).map((n) => new Decimal(n).dividedBy(10_000).toFixed());
const kegiatan = (over: Record<string, unknown> = {}) => ({
  kuantitas: { target: 1, realisasi: 1 },
  kualitas: { realisasi: 90 },
  waktu: { target: 12, realisasi: 12 },
  ...over,
});

describe('capaianSkp: aspect scores never below 0', () => {
  it('a realisation beyond 176 % of its target scores 0 with a reason; up to 176 % the formula stands, with no such reason', () => {
    fc.assert(
      fc.property(positive, fc.integer({ min: 0, max: 100_000 }), fc.constantFrom('waktu', 'biaya'), (target, permille, aspek) => {
        // realisasi = target × permille / 10,000 (0 … 10×): both sides of 176 %.
        const realisasi = new Decimal(target).times(permille).dividedBy(10_000).toFixed();
        fc.pre(new Decimal(realisasi).greaterThan(0));
        const d = capaianSkp({ kegiatan: [kegiatan({ [aspek]: { target, realisasi } })] });
        const row = d.value.kegiatan[0]!;
        const nilai = new Decimal(row[aspek]!);
        expect(nilai.greaterThanOrEqualTo(0)).toBe(true);
        expect(new Decimal(d.value.nilaiSkp).greaterThanOrEqualTo(0)).toBe(true);
        const beyond = new Decimal(realisasi).greaterThan(new Decimal(target).times('1.76'));
        const clamps = d.reasons.filter((r) => r.code === 'performance.capaianSkp.aspekNol');
        if (beyond) {
          expect(nilai.isZero()).toBe(true);
          expect(clamps.map((r) => [r.facts['aspek'], r.facts['target'], r.facts['realisasi']])).toEqual([
            [aspek.toUpperCase(), new Decimal(target).toFixed(), new Decimal(realisasi).toFixed()],
          ]);
          expect(clamps[0]!.citations).toEqual([{ regulation: 'PERKA_BKN_1_2013', annex: 'Lampiran (penilaian SKP)' }]);
        } else {
          expect(clamps).toEqual([]);
        }
      }),
      RUNS,
    );
  });

  it('output realised in no time is refused at its kegiatan; a kegiatan not carried out (no output, no time) is decided', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5 }), positive, (index, output) => {
        const rows = [
          ...Array.from({ length: index }, () => kegiatan()),
          kegiatan({ kuantitas: { target: 1, realisasi: output }, waktu: { target: 12, realisasi: 0 } }),
        ];
        const issues = issuesOf(() => capaianSkp({ kegiatan: rows }));
        expect(issues.map((i) => [i.path, i.code, i.text?.id])).toEqual([
          [
            ['kegiatan', index, 'waktu', 'realisasi'],
            'contradiction',
            'tidak mungkin 0 bila ada output yang terealisasi (realisasi kuantitas di atas 0)',
          ],
        ]);
        rows[index] = kegiatan({ kuantitas: { target: 1, realisasi: 0 }, waktu: { target: 12, realisasi: 0 } });
        expect(capaianSkp({ kegiatan: rows }).value.kegiatan[index]!.waktu).toBe('0.00');
      }),
      RUNS,
    );
  });

  it('every shown value has exactly the configured decimals: no float noise from number inputs', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 1e6, noNaN: true }),
        fc.double({ min: 0.01, max: 1e6, noNaN: true }),
        fc.integer({ min: 0, max: 10 }),
        (t, r, desimal) => {
          const v = capaianSkp(
            { kegiatan: [kegiatan({ waktu: { target: t, realisasi: r }, biaya: { target: r, realisasi: t } })] },
            { desimal },
          ).value;
          const shown = [
            v.rataRata,
            v.nilaiSkp,
            ...Object.values(v.kegiatan[0]!).filter((x): x is string => typeof x === 'string' && /^-?\d/.test(x)),
          ];
          for (const s of shown) expect(s).toMatch(desimal === 0 ? /^\d+$/ : new RegExp(`^\\d+\\.\\d{${desimal}}$`));
        },
      ),
      RUNS,
    );
  });
});
