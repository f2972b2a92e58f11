import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jpmSeratusan } from '../../../src/competency/_bersama/fit.js';
import { hitungJpm, persenJpm } from '../../../src/competency/_bersama/jpm.js';

// The JPM computation shared by jobPersonMatch, peringkatKandidat and penempatanOptimal
// (moved from job-person-match.reasons.test.ts and job-person-match.prop.test.ts).

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
const pengaturan = fc.record({ batasiCapaianPadaStandar: fc.boolean(), batasiJpmPada100: fc.boolean() });

describe('hitungJpm (JPM shared by jobPersonMatch, peringkatKandidat, penempatanOptimal)', () => {
  it('a standard competency with no achieved level counts as 0 in the shared computation', () => {
    const core = hitungJpm(
      { INTEGRITAS: 3, KERJASAMA: 2 },
      { INTEGRITAS: 3 },
      { batasiCapaianPadaStandar: false, batasiJpmPada100: false },
    );
    expect(core.jumlahAktual).toBe(3);
    expect(core.jumlahStandar).toBe(5);
    expect(core.persenEksak.toString()).toBe('60');
    expect(core.gap[1]).toEqual({ kompetensi: 'KERJASAMA', kelompok: 'MANAJERIAL', standar: 2, aktual: 0, selisih: -2 });
    // an inherited key is not an achieved level
    const inherited = Object.create({ KERJASAMA: 2 }) as Record<string, number>;
    inherited.INTEGRITAS = 3;
    expect(
      hitungJpm({ INTEGRITAS: 3, KERJASAMA: 2 }, inherited, { batasiCapaianPadaStandar: false, batasiJpmPada100: false }).jumlahAktual,
    ).toBe(3);
  });
});

describe('persenJpm and jpmSeratusan agree with hitungJpm', () => {
  it('persenJpm (the ranking fit) is the exact JPM of hitungJpm, and jpmSeratusan its hundredths', () => {
    fc.assert(
      fc.property(profilPair, pengaturan, (p, st) => {
        const exact = hitungJpm(p.standar, p.aktual, st).persenEksak;
        expect(persenJpm(p.standar, p.aktual, st).equals(exact)).toBe(true);
        expect(jpmSeratusan(p.standar, p.aktual, st)).toBe(exact.times(100).toDecimalPlaces(0, 4).toNumber());
      }),
      { numRuns: 150 },
    );
  });
});
