import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kurvaDistribusi, PREDIKAT, PREDIKAT_ORGANISASI } from '../../src/performance/index.js';

const breaches = (d: ReturnType<typeof kurvaDistribusi>) => d.value.pelanggaran.map((p) => `${p.jenis}:${p.predikat.join('+')}`);

describe('kurvaDistribusi (SE MenPANRB 3/2023)', () => {
  it('Istimewa: Sangat Baik at most 70% — 7 of 10 passes, 8 of 10 fails', () => {
    expect(kurvaDistribusi({ predikatOrganisasi: 'ISTIMEWA', jumlah: { SANGAT_BAIK: 7, BAIK: 3 } }).value.sesuai).toBe(true);
    const d = kurvaDistribusi({ predikatOrganisasi: 'ISTIMEWA', jumlah: { SANGAT_BAIK: 8, BAIK: 2 } });
    expect(d.value.sesuai).toBe(false);
    expect(d.value.pelanggaran).toEqual([
      { predikat: ['SANGAT_BAIK'], jenis: 'MAKSIMUM', persenBatas: '70', persenAktual: '80.00', jumlah: 8, batasOrang: 7 },
    ]);
  });

  it('Baik: at most 70% Baik and at least one Butuh Perbaikan or Kurang', () => {
    expect(breaches(kurvaDistribusi({ predikatOrganisasi: 'BAIK', jumlah: { BAIK: 10 } }))).toEqual([
      'MAKSIMUM:BAIK',
      'MINIMUM:BUTUH_PERBAIKAN+KURANG',
    ]);
    expect(kurvaDistribusi({ predikatOrganisasi: 'BAIK', jumlah: { SANGAT_BAIK: 2, BAIK: 7, KURANG: 1 } }).value.sesuai).toBe(true);
  });

  it('compares shares exactly: 70% of 7 allows 4, not 5', () => {
    expect(kurvaDistribusi({ predikatOrganisasi: 'ISTIMEWA', jumlah: { SANGAT_BAIK: 4, BAIK: 3 } }).value.sesuai).toBe(true);
    const d = kurvaDistribusi({ predikatOrganisasi: 'ISTIMEWA', jumlah: { SANGAT_BAIK: 5, BAIK: 2 } });
    expect(d.value.pelanggaran[0]).toMatchObject({ batasOrang: 4, persenAktual: '71.43' });
  });

  it('Butuh Perbaikan: at least 60% Butuh Perbaikan, at most 10% Sangat Baik', () => {
    expect(kurvaDistribusi({ predikatOrganisasi: 'BUTUH_PERBAIKAN', jumlah: { BUTUH_PERBAIKAN: 6, BAIK: 3, SANGAT_BAIK: 1 } }).value.sesuai).toBe(true);
    expect(breaches(kurvaDistribusi({ predikatOrganisasi: 'BUTUH_PERBAIKAN', jumlah: { BUTUH_PERBAIKAN: 5, BAIK: 3, SANGAT_BAIK: 2 } }))).toEqual([
      'MINIMUM:BUTUH_PERBAIKAN',
      'MAKSIMUM:SANGAT_BAIK',
    ]);
  });

  it('Kurang: at least 60% Kurang, at least 10% Butuh Perbaikan, at most 10% Sangat Baik', () => {
    expect(kurvaDistribusi({ predikatOrganisasi: 'KURANG', jumlah: { KURANG: 6, BUTUH_PERBAIKAN: 1, BAIK: 2, SANGAT_BAIK: 1 } }).value.sesuai).toBe(true);
    expect(breaches(kurvaDistribusi({ predikatOrganisasi: 'KURANG', jumlah: { KURANG: 6, BAIK: 4 } }))).toEqual(['MINIMUM:BUTUH_PERBAIKAN']);
  });

  it('Sangat Kurang: at least 60% Sangat Kurang, 10% Kurang or Butuh Perbaikan, no Sangat Baik (T10)', () => {
    expect(kurvaDistribusi({ predikatOrganisasi: 'SANGAT_KURANG', jumlah: { SANGAT_KURANG: 6, BUTUH_PERBAIKAN: 1, BAIK: 3 } }).value.sesuai).toBe(true);
    expect(breaches(kurvaDistribusi({ predikatOrganisasi: 'SANGAT_KURANG', jumlah: { SANGAT_KURANG: 5, BAIK: 5 } }))).toEqual([
      'MINIMUM:SANGAT_KURANG',
      'MINIMUM:KURANG+BUTUH_PERBAIKAN',
    ]);
  });

  it('accepts an agency pattern through settings', () => {
    const d = kurvaDistribusi(
      { predikatOrganisasi: 'ISTIMEWA', jumlah: { SANGAT_BAIK: 8, BAIK: 2 } },
      { settings: { pola: { ISTIMEWA: [{ predikat: ['SANGAT_BAIK'], jenis: 'MAKSIMUM', persen: 80 }] } } },
    );
    expect(d.value.sesuai).toBe(true);
  });

  it('rejects negative or fractional counts and unknown predikat', () => {
    expect(() => kurvaDistribusi({ predikatOrganisasi: 'BAIK', jumlah: { BAIK: -1 } })).toThrow(/jumlah\.BAIK/);
    expect(() => kurvaDistribusi({ predikatOrganisasi: 'BAIK', jumlah: { BAIK: 1.5 } })).toThrow(/jumlah\.BAIK/);
    expect(() => kurvaDistribusi({ predikatOrganisasi: 'BAIK', jumlah: { CUKUP: 1 } as never })).toThrow(/CUKUP/);
  });

  it('property: total is the sum of counts and the verdict equals "no breaches"', () => {
    const counts = fc.record(Object.fromEntries(PREDIKAT.map((p) => [p, fc.nat(50)])) as Record<(typeof PREDIKAT)[number], fc.Arbitrary<number>>);
    fc.assert(
      fc.property(fc.constantFrom(...PREDIKAT_ORGANISASI), counts, (org, jumlah) => {
        const d = kurvaDistribusi({ predikatOrganisasi: org, jumlah });
        expect(d.value.total).toBe(Object.values(jumlah).reduce((a, b) => a + b, 0));
        expect(d.value.sesuai).toBe(d.value.pelanggaran.length === 0);
        expect(d.reasons.filter((r) => r.outcome === 'FAIL').length).toBe(d.value.pelanggaran.length);
      }),
    );
  });
});
