import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { explain, MeritInputError } from '../../src/index.js';
import { PREDIKAT, RATING, type Rating, isPredikatAtLeast, predikatKinerja, rankOf } from '../../src/performance/index.js';

// PermenPANRB 6/2022 matrix: rows hasil kerja, columns perilaku kerja (Di Bawah, Sesuai, Di Atas).
const MATRIX: [Rating, Rating, string][] = [
  ['DI_ATAS_EKSPEKTASI', 'DI_BAWAH_EKSPEKTASI', 'KURANG'],
  ['DI_ATAS_EKSPEKTASI', 'SESUAI_EKSPEKTASI', 'BAIK'],
  ['DI_ATAS_EKSPEKTASI', 'DI_ATAS_EKSPEKTASI', 'SANGAT_BAIK'],
  ['SESUAI_EKSPEKTASI', 'DI_BAWAH_EKSPEKTASI', 'KURANG'],
  ['SESUAI_EKSPEKTASI', 'SESUAI_EKSPEKTASI', 'BAIK'],
  ['SESUAI_EKSPEKTASI', 'DI_ATAS_EKSPEKTASI', 'BAIK'],
  ['DI_BAWAH_EKSPEKTASI', 'DI_BAWAH_EKSPEKTASI', 'SANGAT_KURANG'],
  ['DI_BAWAH_EKSPEKTASI', 'SESUAI_EKSPEKTASI', 'BUTUH_PERBAIKAN'],
  ['DI_BAWAH_EKSPEKTASI', 'DI_ATAS_EKSPEKTASI', 'BUTUH_PERBAIKAN'],
];

describe('predikatKinerja (PermenPANRB 6/2022 matrix)', () => {
  it.each(MATRIX)('hasil kerja %s × perilaku %s → %s', (hasilKerja, perilakuKerja, expected) => {
    const d = predikatKinerja({ hasilKerja, perilakuKerja });
    expect(d.value).toBe(expected);
    expect(d.reasons[0]?.citations[0]?.regulation).toBe('PERMENPANRB_6_2022');
  });

  it('cites Pasal 24–25 (evaluasi kinerja pegawai) and says the matrix page of the Lampiran was not read', () => {
    const [pasal, matriks] = predikatKinerja({ hasilKerja: 'SESUAI_EKSPEKTASI', perilakuKerja: 'SESUAI_EKSPEKTASI' }).reasons[0]!.citations;
    expect(pasal).toEqual({ regulation: 'PERMENPANRB_6_2022', article: 'Pasal 24–25' });
    expect(matriks).toMatchObject({
      regulation: 'PERMENPANRB_6_2022',
      unlocated: expect.stringMatching(/Lampiran page holding it was not read/),
    });
  });

  it('uses the same matrix for periodic evaluations', () => {
    for (const periode of ['BULANAN', 'TRIWULANAN', 'SEMESTERAN', 'TAHUNAN'] as const) {
      expect(predikatKinerja({ hasilKerja: 'DI_ATAS_EKSPEKTASI', perilakuKerja: 'SESUAI_EKSPEKTASI', periode }).value).toBe('BAIK');
    }
  });

  it('explains in both languages', () => {
    const d = predikatKinerja({ hasilKerja: 'DI_ATAS_EKSPEKTASI', perilakuKerja: 'DI_BAWAH_EKSPEKTASI' });
    expect(explain(d, 'id')[0]).toContain('Di Atas Ekspektasi');
    expect(explain(d, 'id')[0]).toContain('Kurang');
    expect(explain(d, 'en')[0]).toContain('Above Expectations');
  });

  it('rejects unknown ratings with MeritInputError naming the field', () => {
    expect(() => predikatKinerja({ hasilKerja: 'BAIK' as Rating, perilakuKerja: 'SESUAI_EKSPEKTASI' })).toThrow(MeritInputError);
    try {
      predikatKinerja({ perilakuKerja: 'X' } as never);
    } catch (e) {
      expect((e as MeritInputError).issues.map((i) => i.path[0]).sort()).toEqual(['hasilKerja', 'perilakuKerja']);
    }
  });

  it('property: a better rating never gives a worse predikat (monotone in both axes)', () => {
    const rating = fc.constantFrom(...RATING);
    fc.assert(
      fc.property(rating, rating, rating, (h, p, better) => {
        const base = predikatKinerja({ hasilKerja: h, perilakuKerja: p }).value;
        // RATING is best-first, so a lower index is better.
        if (rankOf(RATING, better) <= rankOf(RATING, h)) {
          expect(isPredikatAtLeast(predikatKinerja({ hasilKerja: better, perilakuKerja: p }).value, base)).toBe(true);
        }
        if (rankOf(RATING, better) <= rankOf(RATING, p)) {
          expect(isPredikatAtLeast(predikatKinerja({ hasilKerja: h, perilakuKerja: better }).value, base)).toBe(true);
        }
      }),
    );
  });

  it('covers all five predikat', () => {
    expect(new Set(MATRIX.map((m) => m[2]))).toEqual(new Set(PREDIKAT));
  });
});

describe('isPredikatAtLeast: "at least BAIK" and the like (PermenPANRB 6/2022 predikat, best first)', () => {
  it.each([
    ['SANGAT_BAIK', 'BAIK', true],
    ['BAIK', 'BAIK', true],
    ['BUTUH_PERBAIKAN', 'BAIK', false],
    ['KURANG', 'BAIK', false],
    ['SANGAT_KURANG', 'BAIK', false],
    ['BAIK', 'SANGAT_BAIK', false],
    ['SANGAT_KURANG', 'SANGAT_KURANG', true],
    ['SANGAT_KURANG', 'KURANG', false],
  ] as const)('%s is at least %s: %s', (p, min, expected) => {
    expect(isPredikatAtLeast(p, min)).toBe(expected);
  });
});
