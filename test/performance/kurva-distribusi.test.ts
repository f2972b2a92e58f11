import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { explain } from '../../src/index.js';
import { kurvaDistribusi, PREDIKAT, PREDIKAT_ORGANISASI } from '../../src/performance/index.js';
import { issuesOf, thrownIssues } from '../input-issues.js';

const breaches = (d: ReturnType<typeof kurvaDistribusi>) => d.value.pelanggaran.map((p) => `${p.jenis}:${p.predikat.join('+')}`);

describe('kurvaDistribusi (SE MenPANRB 3/2023)', () => {
  it('Istimewa: Sangat Baik at most 70% — 7 of 10 passes, 8 of 10 fails', () => {
    expect(kurvaDistribusi({ predikatOrganisasi: 'ISTIMEWA', jumlah: { SANGAT_BAIK: 7, BAIK: 3 } }).value.memenuhiSyarat).toBe(true);
    const d = kurvaDistribusi({ predikatOrganisasi: 'ISTIMEWA', jumlah: { SANGAT_BAIK: 8, BAIK: 2 } });
    expect(d.value.memenuhiSyarat).toBe(false);
    expect(d.value.pelanggaran).toEqual([
      { predikat: ['SANGAT_BAIK'], jenis: 'MAKSIMUM', persenBatas: '70', persenAktual: '80.00', jumlah: 8, batasOrang: 7 },
    ]);
  });

  it('Baik: at most 70% Baik and at least one Butuh Perbaikan or Kurang', () => {
    expect(breaches(kurvaDistribusi({ predikatOrganisasi: 'BAIK', jumlah: { BAIK: 10 } }))).toEqual([
      'MAKSIMUM:BAIK',
      'MINIMUM:BUTUH_PERBAIKAN+KURANG',
    ]);
    expect(kurvaDistribusi({ predikatOrganisasi: 'BAIK', jumlah: { SANGAT_BAIK: 2, BAIK: 7, KURANG: 1 } }).value.memenuhiSyarat).toBe(true);
  });

  it('compares shares exactly: 70% of 7 allows 4, not 5', () => {
    expect(kurvaDistribusi({ predikatOrganisasi: 'ISTIMEWA', jumlah: { SANGAT_BAIK: 4, BAIK: 3 } }).value.memenuhiSyarat).toBe(true);
    const d = kurvaDistribusi({ predikatOrganisasi: 'ISTIMEWA', jumlah: { SANGAT_BAIK: 5, BAIK: 2 } });
    expect(d.value.pelanggaran[0]).toMatchObject({ batasOrang: 4, persenAktual: '71.43' });
  });

  it('Butuh Perbaikan: at least 60% Butuh Perbaikan, at most 10% Sangat Baik', () => {
    expect(
      kurvaDistribusi({ predikatOrganisasi: 'BUTUH_PERBAIKAN', jumlah: { BUTUH_PERBAIKAN: 6, BAIK: 3, SANGAT_BAIK: 1 } }).value
        .memenuhiSyarat,
    ).toBe(true);
    expect(
      breaches(kurvaDistribusi({ predikatOrganisasi: 'BUTUH_PERBAIKAN', jumlah: { BUTUH_PERBAIKAN: 5, BAIK: 3, SANGAT_BAIK: 2 } })),
    ).toEqual(['MINIMUM:BUTUH_PERBAIKAN', 'MAKSIMUM:SANGAT_BAIK']);
  });

  it('Kurang: at least 60% Kurang, at least 10% Butuh Perbaikan, at most 10% Sangat Baik', () => {
    expect(
      kurvaDistribusi({ predikatOrganisasi: 'KURANG', jumlah: { KURANG: 6, BUTUH_PERBAIKAN: 1, BAIK: 2, SANGAT_BAIK: 1 } }).value
        .memenuhiSyarat,
    ).toBe(true);
    expect(breaches(kurvaDistribusi({ predikatOrganisasi: 'KURANG', jumlah: { KURANG: 6, BAIK: 4 } }))).toEqual([
      'MINIMUM:BUTUH_PERBAIKAN',
    ]);
  });

  it('Sangat Kurang: at least 60% Sangat Kurang, 10% Kurang or Butuh Perbaikan, no Sangat Baik (T10)', () => {
    expect(
      kurvaDistribusi({ predikatOrganisasi: 'SANGAT_KURANG', jumlah: { SANGAT_KURANG: 6, BUTUH_PERBAIKAN: 1, BAIK: 3 } }).value
        .memenuhiSyarat,
    ).toBe(true);
    expect(breaches(kurvaDistribusi({ predikatOrganisasi: 'SANGAT_KURANG', jumlah: { SANGAT_KURANG: 5, BAIK: 5 } }))).toEqual([
      'MINIMUM:SANGAT_KURANG',
      'MINIMUM:KURANG+BUTUH_PERBAIKAN',
    ]);
  });

  it('accepts an agency pattern through the pola setting', () => {
    const d = kurvaDistribusi(
      { predikatOrganisasi: 'ISTIMEWA', jumlah: { SANGAT_BAIK: 8, BAIK: 2 } },
      { pola: { ISTIMEWA: [{ predikat: ['SANGAT_BAIK'], jenis: 'MAKSIMUM', persen: 80 }] } },
    );
    expect(d.value.memenuhiSyarat).toBe(true);
  });

  it('rejects negative or fractional counts and unknown predikat', () => {
    expect(() => kurvaDistribusi({ predikatOrganisasi: 'BAIK', jumlah: { BAIK: -1 } })).toThrow(/jumlah\.BAIK/);
    expect(() => kurvaDistribusi({ predikatOrganisasi: 'BAIK', jumlah: { BAIK: 1.5 } })).toThrow(/jumlah\.BAIK/);
    expect(() => kurvaDistribusi({ predikatOrganisasi: 'BAIK', jumlah: { CUKUP: 1 } as never })).toThrow(/CUKUP/);
  });

  it('property: total is the sum of counts and the verdict equals "no breaches"', () => {
    const counts = fc
      .record(Object.fromEntries(PREDIKAT.map((p) => [p, fc.nat(50)])) as Record<(typeof PREDIKAT)[number], fc.Arbitrary<number>>)
      .filter((j) => Object.values(j).some((n) => n > 0)); // an empty unit is refused (see below)
    fc.assert(
      fc.property(fc.constantFrom(...PREDIKAT_ORGANISASI), counts, (org, jumlah) => {
        const d = kurvaDistribusi({ predikatOrganisasi: org, jumlah });
        expect(d.value.total).toBe(Object.values(jumlah).reduce((a, b) => a + b, 0));
        expect(d.value.memenuhiSyarat).toBe(d.value.pelanggaran.length === 0);
        expect(d.reasons.filter((r) => r.outcome === 'FAIL').length).toBe(d.value.pelanggaran.length);
      }),
    );
  });
});

const CITATIONS = [
  { regulation: 'SE_MENPANRB_3_2023', article: 'angka 5 (pola distribusi predikat kinerja pegawai)' },
  { regulation: 'PERMENPANRB_6_2022', article: 'Pasal 24–25' },
];
const CITED = '(SE MenPANRB 3/2023 angka 5 (pola distribusi predikat kinerja pegawai); PermenPANRB 6/2022 Pasal 24–25)';

describe('kurvaDistribusi: minimum shares, empty units and agency patterns (SE MenPANRB 3/2023, PermenPANRB 6/2022 Pasal 24–25)', () => {
  it('Kurang: at least 60% Kurang is a MINIMUM limit — 5 of 10 breaches it (6 needed), 6 of 10 meets it', () => {
    const d = kurvaDistribusi({ predikatOrganisasi: 'KURANG', jumlah: { KURANG: 5, BUTUH_PERBAIKAN: 1, BAIK: 4 } });
    expect(d.value).toEqual({
      memenuhiSyarat: false,
      total: 10,
      pelanggaran: [{ predikat: ['KURANG'], jenis: 'MINIMUM', persenBatas: '60', persenAktual: '50.00', jumlah: 5, batasOrang: 6 }],
    });
    expect(d.reasons.map((r) => [r.code, r.outcome])).toEqual([
      ['performance.kurvaDistribusi.melanggar', 'FAIL'],
      ['performance.kurvaDistribusi.sesuai', 'PASS'],
      ['performance.kurvaDistribusi.sesuai', 'PASS'],
    ]);
    expect(d.reasons[0]!.facts).toEqual({
      predikat: 'KURANG',
      jenis: 'MINIMUM',
      persenBatas: '60',
      persenAktual: '50.00',
      jumlah: 5,
      total: 10,
      batasOrang: 6,
    });
    expect(explain(d, 'id')[0]).toBe(`✗ Predikat Kurang: 5 dari 10 pegawai (50,00%) melanggar batas minimal 60% (batas 6 orang) ${CITED}`);
    expect(explain(d, 'en')[0]).toBe(
      `✗ Rating Poor (Kurang): 5 of 10 employees (50.00%) breaches the minimum limit of 60% (head-count limit 6) ${CITED}`,
    );
    expect(kurvaDistribusi({ predikatOrganisasi: 'KURANG', jumlah: { KURANG: 6, BUTUH_PERBAIKAN: 1, BAIK: 3 } }).value.memenuhiSyarat).toBe(
      true,
    );
  });

  it('a unit without employees is refused (an empty unit is not a distribution), in both languages', () => {
    for (const jumlah of [{}, { SANGAT_BAIK: 0, BAIK: 0, BUTUH_PERBAIKAN: 0, KURANG: 0, SANGAT_KURANG: 0 }]) {
      expect(thrownIssues(() => kurvaDistribusi({ predikatOrganisasi: 'BAIK', jumlah }))).toEqual([
        {
          path: ['jumlah'],
          message: 'a unit with no employees has no distribution to check: give at least one employee',
          text: {
            en: 'a unit with no employees has no distribution to check: give at least one employee',
            id: 'unit tanpa pegawai tidak memiliki distribusi untuk diperiksa: isikan paling sedikit satu pegawai',
          },
          code: 'contradiction',
        },
      ]);
    }
    // One employee is a unit: decided (1 of 1 Baik is 100% > 70%).
    const one = kurvaDistribusi({ predikatOrganisasi: 'BAIK', jumlah: { BAIK: 1 } }).value;
    expect(one.total).toBe(1);
    expect(one.pelanggaran.map((p) => [p.predikat, p.persenAktual])).toEqual([
      [['BAIK'], '100.00'],
      [['BUTUH_PERBAIKAN', 'KURANG'], '0.00'],
    ]);
  });

  it('a pattern limit that names a predikat twice is refused (its employees would be counted twice)', () => {
    const pola = { BAIK: [{ predikat: ['BAIK' as const, 'BAIK' as const], jenis: 'MAKSIMUM' as const, persen: 70 }] };
    expect(
      thrownIssues(() => kurvaDistribusi({ predikatOrganisasi: 'BAIK', jumlah: { BAIK: 3 } }, { pola })).map((i) => [i.path, i.text?.id]),
    ).toEqual([[['options', 'pola', 'BAIK', 0, 'predikat'], 'menyebut satu predikat dua kali: pegawainya akan terhitung dua kali']]);
  });

  it('an agency pattern may set a MINIMUM share: at least 20% Baik of 10 needs 2', () => {
    const pola = { ISTIMEWA: [{ predikat: ['BAIK' as const], jenis: 'MINIMUM' as const, persen: 20 }] };
    expect(kurvaDistribusi({ predikatOrganisasi: 'ISTIMEWA', jumlah: { SANGAT_BAIK: 8, BAIK: 2 } }, { pola }).value.memenuhiSyarat).toBe(
      true,
    );
    expect(kurvaDistribusi({ predikatOrganisasi: 'ISTIMEWA', jumlah: { SANGAT_BAIK: 9, BAIK: 1 } }, { pola }).value.pelanggaran).toEqual([
      { predikat: ['BAIK'], jenis: 'MINIMUM', persenBatas: '20', persenAktual: '10.00', jumlah: 1, batasOrang: 2 },
    ]);
    expect(
      issuesOf(() =>
        kurvaDistribusi(
          { predikatOrganisasi: 'ISTIMEWA', jumlah: { BAIK: 1 } },
          { pola: { ISTIMEWA: [{ predikat: ['BAIK'], jenis: 'MINIMAL' as never, persen: 20 }] } },
        ),
      ).map((i) => i.path),
    ).toEqual([['options', 'pola', 'ISTIMEWA', 0, 'jenis']]);
  });

  it('an agency limit is a percentage within 0–100', () => {
    const run = (persen: number | string) =>
      kurvaDistribusi(
        { predikatOrganisasi: 'ISTIMEWA', jumlah: { SANGAT_BAIK: 10 } },
        { pola: { ISTIMEWA: [{ predikat: ['SANGAT_BAIK'], jenis: 'MAKSIMUM', persen }] } },
      );
    expect(run(100).value.memenuhiSyarat).toBe(true);
    expect(run(0).value.pelanggaran).toEqual([
      { predikat: ['SANGAT_BAIK'], jenis: 'MAKSIMUM', persenBatas: '0', persenAktual: '100.00', jumlah: 10, batasOrang: 0 },
    ]);
    const path = ['options', 'pola', 'ISTIMEWA', 0, 'persen'];
    expect(issuesOf(() => run('100.01'))).toEqual([{ path, message: 'must be at most 100' }]);
    expect(issuesOf(() => run('-0.01'))).toEqual([{ path, message: 'must be at least 0' }]);
  });

  it('an empty agency pattern sets no limit: the unit conforms and the reason says so', () => {
    const d = kurvaDistribusi({ predikatOrganisasi: 'ISTIMEWA', jumlah: { SANGAT_BAIK: 3 } }, { pola: { ISTIMEWA: [] } });
    expect(d).toEqual({
      value: { memenuhiSyarat: true, total: 3, pelanggaran: [] },
      reasons: [
        {
          rule: 'performance.kurvaDistribusi',
          code: 'performance.kurvaDistribusi.tanpaBatas',
          outcome: 'INFO',
          citations: CITATIONS,
          facts: { predikatOrganisasi: 'ISTIMEWA' },
        },
      ],
    });
    expect(explain(d, 'id')).toEqual([`• Pola distribusi untuk predikat organisasi Istimewa tidak memuat batas ${CITED}`]);
    expect(explain(d, 'en')).toEqual([`• The distribution pattern for organisation rating Outstanding (Istimewa) sets no limit ${CITED}`]);
  });
});
