import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { explain } from '../../src/index.js';
import { kurvaDistribusi, PREDIKAT, PREDIKAT_ORGANISASI } from '../../src/performance/index.js';
import { issuesOf, thrownIssues, issueMessagesOf } from '../input-issues.js';
import { citedLines, reasonLines } from '../explain/lines.js';

const outside = (d: ReturnType<typeof kurvaDistribusi>) => d.value.batasTidakTerpenuhi.map((p) => `${p.jenis}:${p.predikat.join('+')}`);

describe('kurvaDistribusi (SE MenPANRB 3/2023)', () => {
  it('Istimewa: Sangat Baik at most 70% — 7 of 10 within the pattern, 8 of 10 outside it', () => {
    expect(kurvaDistribusi({ predikatOrganisasi: 'ISTIMEWA', jumlah: { SANGAT_BAIK: 7, BAIK: 3 } }).value.dalamPola).toBe(true);
    const d = kurvaDistribusi({ predikatOrganisasi: 'ISTIMEWA', jumlah: { SANGAT_BAIK: 8, BAIK: 2 } });
    expect(d.value.dalamPola).toBe(false);
    expect(d.value.batasTidakTerpenuhi).toEqual([
      { predikat: ['SANGAT_BAIK'], jenis: 'MAKSIMUM', persenBatas: '70', persenAktual: '80.00', jumlah: 8, batasOrang: 7 },
    ]);
  });

  it('Baik: at most 70% Baik and at least one Butuh Perbaikan or Kurang', () => {
    expect(outside(kurvaDistribusi({ predikatOrganisasi: 'BAIK', jumlah: { BAIK: 10 } }))).toEqual([
      'MAKSIMUM:BAIK',
      'MINIMUM:BUTUH_PERBAIKAN+KURANG',
    ]);
    expect(kurvaDistribusi({ predikatOrganisasi: 'BAIK', jumlah: { SANGAT_BAIK: 2, BAIK: 7, KURANG: 1 } }).value.dalamPola).toBe(true);
  });

  it('compares shares exactly: 70% of 7 allows 4, not 5', () => {
    expect(kurvaDistribusi({ predikatOrganisasi: 'ISTIMEWA', jumlah: { SANGAT_BAIK: 4, BAIK: 3 } }).value.dalamPola).toBe(true);
    const d = kurvaDistribusi({ predikatOrganisasi: 'ISTIMEWA', jumlah: { SANGAT_BAIK: 5, BAIK: 2 } });
    expect(d.value.batasTidakTerpenuhi[0]).toMatchObject({ batasOrang: 4, persenAktual: '71.43' });
  });

  it('Butuh Perbaikan: at least 60% Butuh Perbaikan, at most 10% Sangat Baik', () => {
    expect(
      kurvaDistribusi({ predikatOrganisasi: 'BUTUH_PERBAIKAN', jumlah: { BUTUH_PERBAIKAN: 6, BAIK: 3, SANGAT_BAIK: 1 } }).value.dalamPola,
    ).toBe(true);
    expect(
      outside(kurvaDistribusi({ predikatOrganisasi: 'BUTUH_PERBAIKAN', jumlah: { BUTUH_PERBAIKAN: 5, BAIK: 3, SANGAT_BAIK: 2 } })),
    ).toEqual(['MINIMUM:BUTUH_PERBAIKAN', 'MAKSIMUM:SANGAT_BAIK']);
  });

  it('Kurang: at least 60% Kurang, at least 10% Butuh Perbaikan, at most 10% Sangat Baik', () => {
    expect(
      kurvaDistribusi({ predikatOrganisasi: 'KURANG', jumlah: { KURANG: 6, BUTUH_PERBAIKAN: 1, BAIK: 2, SANGAT_BAIK: 1 } }).value.dalamPola,
    ).toBe(true);
    expect(outside(kurvaDistribusi({ predikatOrganisasi: 'KURANG', jumlah: { KURANG: 6, BAIK: 4 } }))).toEqual(['MINIMUM:BUTUH_PERBAIKAN']);
  });

  it('Sangat Kurang: at least 60% Sangat Kurang, 10% Kurang or Butuh Perbaikan, no Sangat Baik (T10)', () => {
    expect(
      kurvaDistribusi({ predikatOrganisasi: 'SANGAT_KURANG', jumlah: { SANGAT_KURANG: 6, BUTUH_PERBAIKAN: 1, BAIK: 3 } }).value.dalamPola,
    ).toBe(true);
    expect(outside(kurvaDistribusi({ predikatOrganisasi: 'SANGAT_KURANG', jumlah: { SANGAT_KURANG: 5, BAIK: 5 } }))).toEqual([
      'MINIMUM:SANGAT_KURANG',
      'MINIMUM:KURANG+BUTUH_PERBAIKAN',
    ]);
  });

  it('accepts an agency pattern through the pola setting', () => {
    const d = kurvaDistribusi(
      { predikatOrganisasi: 'ISTIMEWA', jumlah: { SANGAT_BAIK: 8, BAIK: 2 } },
      { pola: { ISTIMEWA: [{ predikat: ['SANGAT_BAIK'], jenis: 'MAKSIMUM', persen: 80 }] } },
    );
    expect(d.value.dalamPola).toBe(true);
  });

  it('rejects negative or fractional counts and unknown predikat', () => {
    expect(() => kurvaDistribusi({ predikatOrganisasi: 'BAIK', jumlah: { BAIK: -1 } })).toThrow(/jumlah\.BAIK/);
    expect(() => kurvaDistribusi({ predikatOrganisasi: 'BAIK', jumlah: { BAIK: 1.5 } })).toThrow(/jumlah\.BAIK/);
    expect(() => kurvaDistribusi({ predikatOrganisasi: 'BAIK', jumlah: { CUKUP: 1 } as never })).toThrow(/CUKUP/);
  });

  it('property: total is the sum of counts, dalamPola means no limit outside, and nothing FAILs', () => {
    const counts = fc
      .record(Object.fromEntries(PREDIKAT.map((p) => [p, fc.nat(50)])) as Record<(typeof PREDIKAT)[number], fc.Arbitrary<number>>)
      .filter((j) => Object.values(j).some((n) => n > 0)); // an empty unit is refused (see below)
    fc.assert(
      fc.property(fc.constantFrom(...PREDIKAT_ORGANISASI), counts, (org, jumlah) => {
        const d = kurvaDistribusi({ predikatOrganisasi: org, jumlah });
        expect(d.value.total).toBe(Object.values(jumlah).reduce((a, b) => a + b, 0));
        expect(d.value.dalamPola).toBe(d.value.batasTidakTerpenuhi.length === 0);
        // Guidance, not a condition: outside the pattern is INFO, never FAIL.
        expect(d.reasons.filter((r) => r.outcome === 'FAIL')).toEqual([]);
        expect(d.reasons.filter((r) => r.code === 'performance.kurvaDistribusi.diLuarPola').length).toBe(
          d.value.batasTidakTerpenuhi.length,
        );
      }),
    );
  });
});

const CITATIONS = [
  {
    regulation: 'SE_MENPANRB_3_2023',
    unlocated:
      'The SE (signed 31 January 2023) sets the pattern in its second stage, penetapan pola distribusi predikat kinerja pegawai, as guidance ("pertimbangan bagi pimpinan"); known from naikpangkat.com, postingnews.id and ainamulyana.com copies, none giving the section number',
  },
  { regulation: 'PERMENPANRB_6_2022', article: 'Pasal 24–25' },
  { regulation: 'PP_30_2019', article: 'Pasal 41 ayat (7)' },
];
const CITED = '(SE MenPANRB 3/2023 (pasal belum ditemukan); PermenPANRB 6/2022 Pasal 24–25; PP 30/2019 Pasal 41 ayat (7))';
const CITED_EN = '(SE MenPANRB 3/2023 (article not located); PermenPANRB 6/2022 Pasal 24–25; PP 30/2019 Pasal 41 ayat (7))';
/** The citations of a limit of item 4) (organisation Kurang). */
const CITED_KURANG = '(SE MenPANRB 3/2023 (pasal belum ditemukan); PermenPANRB 6/2022 Pasal 24–25)';
const CITED_KURANG_EN = '(SE MenPANRB 3/2023 (article not located); PermenPANRB 6/2022 Pasal 24–25)';

describe('kurvaDistribusi: minimum shares, empty units and agency patterns (SE MenPANRB 3/2023, PermenPANRB 6/2022 Pasal 24–25)', () => {
  it('Kurang: at least 60% Kurang is a MINIMUM limit — 5 of 10 is outside it (6 needed), 6 of 10 within', () => {
    const d = kurvaDistribusi({ predikatOrganisasi: 'KURANG', jumlah: { KURANG: 5, BUTUH_PERBAIKAN: 1, BAIK: 4 } });
    expect(d.value).toEqual({
      dalamPola: false,
      total: 10,
      batasTidakTerpenuhi: [{ predikat: ['KURANG'], jenis: 'MINIMUM', persenBatas: '60', persenAktual: '50.00', jumlah: 5, batasOrang: 6 }],
    });
    expect(d.reasons.map((r) => [r.code, r.outcome])).toEqual([
      ['performance.kurvaDistribusi.diLuarPola', 'INFO'],
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
    expect(d.reasons[0]!.citations).toEqual([
      {
        regulation: 'SE_MENPANRB_3_2023',
        unlocated:
          'Item 4) (organisation predikat KURANG) of the pattern the SE sets in its second stage, "digunakan sebagai pertimbangan bagi pimpinan"; quoted by naikpangkat.com and postingnews.id, which do not give the SE\'s own section number, and the SE text itself was not read',
      },
      { regulation: 'PERMENPANRB_6_2022', article: 'Pasal 24–25' },
    ]);
    expect(reasonLines(d, 'id')[0]).toMatchInlineSnapshot(
      `"Catatan: Predikat Kurang: 5 dari 10 pegawai (50,00%) di luar pola distribusi (pertimbangan bagi pimpinan): batas minimal 60% (batas 6 orang) [1, 2]"`,
    );
    expect(reasonLines(d, 'en')[0]).toMatchInlineSnapshot(
      `"Note: Rating Poor (Kurang): 5 of 10 employees (50.00%) is outside the distribution pattern (guidance for the unit head): minimum limit of 60% (head-count limit 6) [1, 2]"`,
    );
    expect(kurvaDistribusi({ predikatOrganisasi: 'KURANG', jumlah: { KURANG: 6, BUTUH_PERBAIKAN: 1, BAIK: 3 } }).value.dalamPola).toBe(
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
    // One employee is a unit: decided (1 of 1 Baik is 100% > 70%: outside the pattern under the preset EKSAK).
    const one = kurvaDistribusi({ predikatOrganisasi: 'BAIK', jumlah: { BAIK: 1 } }).value;
    expect(one.total).toBe(1);
    expect(one.batasTidakTerpenuhi.map((p) => [p.predikat, p.persenAktual])).toEqual([
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
    expect(kurvaDistribusi({ predikatOrganisasi: 'ISTIMEWA', jumlah: { SANGAT_BAIK: 8, BAIK: 2 } }, { pola }).value.dalamPola).toBe(true);
    expect(
      kurvaDistribusi({ predikatOrganisasi: 'ISTIMEWA', jumlah: { SANGAT_BAIK: 9, BAIK: 1 } }, { pola }).value.batasTidakTerpenuhi,
    ).toEqual([{ predikat: ['BAIK'], jenis: 'MINIMUM', persenBatas: '20', persenAktual: '10.00', jumlah: 1, batasOrang: 2 }]);
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
    expect(run(100).value.dalamPola).toBe(true);
    expect(run(0).value.batasTidakTerpenuhi).toEqual([
      { predikat: ['SANGAT_BAIK'], jenis: 'MAKSIMUM', persenBatas: '0', persenAktual: '100.00', jumlah: 10, batasOrang: 0 },
    ]);
    const path = ['options', 'pola', 'ISTIMEWA', 0, 'persen'];
    expect(issueMessagesOf(() => run('100.01'))).toEqual([{ path, message: '"100.01" is out of range; must be from 0 to 100' }]);
    expect(issueMessagesOf(() => run('-0.01'))).toEqual([{ path, message: '"-0.01" is out of range; must be from 0 to 100' }]);
  });

  it('an empty agency pattern sets no limit: the unit conforms and the reason says so', () => {
    const d = kurvaDistribusi({ predikatOrganisasi: 'ISTIMEWA', jumlah: { SANGAT_BAIK: 3 } }, { pola: { ISTIMEWA: [] } });
    expect({ value: d.value, reasons: d.reasons }).toEqual({
      value: { dalamPola: true, total: 3, batasTidakTerpenuhi: [] },
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
    expect(explain(d, 'id')).toMatchInlineSnapshot(`
      [
        "Catatan: Pola distribusi untuk predikat organisasi Istimewa tidak memuat batas [1, 2, 3]",
        "Dasar hukum:",
        "[1] SE MenPANRB 3/2023 (pasal belum ditemukan)",
        "[2] PermenPANRB 6/2022 Pasal 24–25",
        "[3] PP 30/2019 Pasal 41 ayat (7)",
      ]
    `);
    expect(explain(d, 'en')).toMatchInlineSnapshot(`
      [
        "Note: The distribution pattern for organisation rating Outstanding (Istimewa) sets no limit [1, 2, 3]",
        "Legal basis:",
        "[1] SE MenPANRB 3/2023 (article not located)",
        "[2] PermenPANRB 6/2022 Pasal 24–25",
        "[3] PP 30/2019 Pasal 41 ayat (7)",
      ]
    `);
  });
});

describe('kurvaDistribusi: the pattern is guidance for the unit head, not a condition (SE MenPANRB 3/2023, "pertimbangan bagi pimpinan")', () => {
  it('a unit outside the pattern is reported as INFO "di luar pola distribusi", never FAIL; within it, each limit is PASS', () => {
    const luar = kurvaDistribusi({ predikatOrganisasi: 'ISTIMEWA', jumlah: { SANGAT_BAIK: 8, BAIK: 2 } });
    expect(luar.value.dalamPola).toBe(false);
    expect(luar.reasons.map((r) => [r.code, r.outcome])).toEqual([['performance.kurvaDistribusi.diLuarPola', 'INFO']]);
    expect(citedLines(luar, 'id')[0]).toMatch(
      /^Catatan: Predikat Sangat Baik: 8 dari 10 pegawai \(80,00%\) di luar pola distribusi \(pertimbangan bagi pimpinan\): batas maksimal 70% \(batas 7 orang\) /,
    );
    const dalam = kurvaDistribusi({ predikatOrganisasi: 'ISTIMEWA', jumlah: { SANGAT_BAIK: 7, BAIK: 3 } });
    expect(dalam.value.dalamPola).toBe(true);
    expect(dalam.reasons.map((r) => [r.code, r.outcome])).toEqual([['performance.kurvaDistribusi.sesuai', 'PASS']]);
  });

  it('the output says "within the pattern" (dalamPola, batasTidakTerpenuhi), not eligibility', () => {
    expect(Object.keys(kurvaDistribusi({ predikatOrganisasi: 'BAIK', jumlah: { BAIK: 1 } }).value).sort()).toEqual([
      'batasTidakTerpenuhi',
      'dalamPola',
      'total',
    ]);
  });
});

/** The head-count limit each limit of the unit's pattern reports, as `jenis:predikat → batasOrang`. */
const limits = (d: ReturnType<typeof kurvaDistribusi>) =>
  Object.fromEntries(
    d.reasons
      .filter((r) => r.facts['batasOrang'] !== undefined)
      .map((r) => [`${r.facts['jenis']}:${r.facts['predikat']}`, r.facts['batasOrang']]),
  );

describe('kurvaDistribusi: head-count rounding of the limits (setting pembulatanBatasOrang, preset EKSAK)', () => {
  const ROUNDINGS = ['EKSAK', 'SETENGAH_KE_ATAS', 'LONGGAR'] as const;

  // x = share × n. EKSAK: at most ⌊x⌋, at least ⌈x⌉; SETENGAH_KE_ATAS: x half up; LONGGAR: at most ⌈x⌉, at least ⌊x⌋.
  it.each([
    // n, [EKSAK, SETENGAH_KE_ATAS, LONGGAR] for "maksimal 70%" (x = 0.7 n)
    [1, [0, 1, 1]],
    [2, [1, 1, 2]],
    [3, [2, 2, 3]],
    [5, [3, 4, 4]], // x = 3.5: half up gives 4
    [10, [7, 7, 7]],
  ] as const)('ISTIMEWA, %i employees: at most 70%% Sangat Baik allows %j people', (n, expected) => {
    ROUNDINGS.forEach((pembulatanBatasOrang, i) => {
      const d = kurvaDistribusi({ predikatOrganisasi: 'ISTIMEWA', jumlah: { SANGAT_BAIK: n } }, { pembulatanBatasOrang });
      expect(limits(d)).toEqual({ 'MAKSIMUM:SANGAT_BAIK': expected[i] });
      // Everyone Sangat Baik is within the pattern exactly when the limit allows all n.
      expect(d.value.dalamPola).toBe(expected[i] === n);
    });
  });

  it.each([
    // n, minimal 60% Butuh Perbaikan [EKSAK, SETENGAH_KE_ATAS, LONGGAR], maksimal 10% Sangat Baik [same]
    [1, [1, 1, 0], [0, 0, 1]],
    [2, [2, 1, 1], [0, 0, 1]],
    [3, [2, 2, 1], [0, 0, 1]],
    [5, [3, 3, 3], [0, 1, 1]], // 10% of 5 = 0.5: half up gives 1
    [10, [6, 6, 6], [1, 1, 1]],
  ] as const)(
    'BUTUH_PERBAIKAN, %i employees: at least 60%% Butuh Perbaikan needs %j, at most 10%% Sangat Baik allows %j',
    (n, minimal, maksimal) => {
      ROUNDINGS.forEach((pembulatanBatasOrang, i) => {
        const d = kurvaDistribusi({ predikatOrganisasi: 'BUTUH_PERBAIKAN', jumlah: { BAIK: n } }, { pembulatanBatasOrang });
        expect(limits(d)).toEqual({ 'MINIMUM:BUTUH_PERBAIKAN': minimal[i], 'MAKSIMUM:SANGAT_BAIK': maksimal[i] });
      });
    },
  );

  it('a 1-person unit: one Sangat Baik of an ISTIMEWA unit is outside the pattern under EKSAK, within it rounded half up', () => {
    expect(kurvaDistribusi({ predikatOrganisasi: 'ISTIMEWA', jumlah: { SANGAT_BAIK: 1 } }).value.batasTidakTerpenuhi).toEqual([
      { predikat: ['SANGAT_BAIK'], jenis: 'MAKSIMUM', persenBatas: '70', persenAktual: '100.00', jumlah: 1, batasOrang: 0 },
    ]);
    const d = kurvaDistribusi({ predikatOrganisasi: 'ISTIMEWA', jumlah: { SANGAT_BAIK: 1 } }, { pembulatanBatasOrang: 'SETENGAH_KE_ATAS' });
    expect(d.value).toEqual({ dalamPola: true, total: 1, batasTidakTerpenuhi: [] });
    expect(reasonLines(d, 'id')[0]).toMatchInlineSnapshot(
      `"Catatan: Batas orang dihitung dengan pembulatan setengah ke atas (pengaturan pembulatanBatasOrang; presetnya membandingkan pangsa secara eksak) [1]"`,
    );
    expect(reasonLines(d, 'en')[0]).toMatchInlineSnapshot(
      `"Note: Head-count limits are rounded half up (setting pembulatanBatasOrang; its preset compares the shares exactly) [1]"`,
    );
    // The preset states no rounding reason: the exact share is compared.
    expect(kurvaDistribusi({ predikatOrganisasi: 'ISTIMEWA', jumlah: { SANGAT_BAIK: 1 } }).reasons.map((r) => r.code)).toEqual([
      'performance.kurvaDistribusi.diLuarPola',
    ]);
  });

  it('"harus ada" (at least one person) holds under every rounding: a BAIK unit of 3 without Butuh Perbaikan or Kurang', () => {
    for (const pembulatanBatasOrang of ROUNDINGS) {
      const d = kurvaDistribusi({ predikatOrganisasi: 'BAIK', jumlah: { BAIK: 2, SANGAT_BAIK: 1 } }, { pembulatanBatasOrang });
      expect(limits(d)['MINIMUM:BUTUH_PERBAIKAN+KURANG']).toBe(1);
      expect(d.value.batasTidakTerpenuhi.map((b) => b.predikat.join('+'))).toContain('BUTUH_PERBAIKAN+KURANG');
    }
  });

  it('an unknown rounding is refused', () => {
    expect(
      issuesOf(() =>
        kurvaDistribusi({ predikatOrganisasi: 'BAIK', jumlah: { BAIK: 1 } }, { pembulatanBatasOrang: 'KE_ATAS' as never }),
      ).map((i) => i.path),
    ).toEqual([['options', 'pembulatanBatasOrang']]);
  });
});

describe('kurvaDistribusi: the minimum "sebagian besar (maksimal 70%)" implies (setting minimumSebagianBesar, preset TANPA_MINIMUM)', () => {
  it('preset: no minimum, so an ISTIMEWA unit without any Sangat Baik is within the pattern', () => {
    const d = kurvaDistribusi({ predikatOrganisasi: 'ISTIMEWA', jumlah: { BAIK: 10 } });
    expect(d.value.dalamPola).toBe(true);
    expect(limits(d)).toEqual({ 'MAKSIMUM:SANGAT_BAIK': 7 });
  });

  it('LEBIH_DARI_SEPARUH, ISTIMEWA: 5 of 10 Sangat Baik (50%) is outside, 6 of 10 within; more than half needs ⌊n/2⌋ + 1', () => {
    const opts = { minimumSebagianBesar: 'LEBIH_DARI_SEPARUH' } as const;
    const half = kurvaDistribusi({ predikatOrganisasi: 'ISTIMEWA', jumlah: { SANGAT_BAIK: 5, BAIK: 5 } }, opts);
    expect(half.value.batasTidakTerpenuhi).toEqual([
      { predikat: ['SANGAT_BAIK'], jenis: 'LEBIH_DARI', persenBatas: '50', persenAktual: '50.00', jumlah: 5, batasOrang: 6 },
    ]);
    expect(citedLines(half, 'id')[1]).toMatch(
      /^Catatan: Predikat Sangat Baik: 5 dari 10 pegawai \(50,00%\) di luar pola distribusi \(pertimbangan bagi pimpinan\): batas lebih dari 50% \(batas 6 orang\) /,
    );
    expect(kurvaDistribusi({ predikatOrganisasi: 'ISTIMEWA', jumlah: { SANGAT_BAIK: 6, BAIK: 4 } }, opts).value.dalamPola).toBe(true);
    // Odd units: 2 of 3 (66.67%) is more than half, 1 of 3 is not; rounding does not apply to a majority of people.
    for (const pembulatanBatasOrang of ['EKSAK', 'SETENGAH_KE_ATAS', 'LONGGAR'] as const) {
      expect(
        limits(kurvaDistribusi({ predikatOrganisasi: 'ISTIMEWA', jumlah: { SANGAT_BAIK: 2, BAIK: 1 } }, { ...opts, pembulatanBatasOrang })),
      ).toMatchObject({ 'LEBIH_DARI:SANGAT_BAIK': 2 });
    }
    expect(kurvaDistribusi({ predikatOrganisasi: 'ISTIMEWA', jumlah: { SANGAT_BAIK: 2, BAIK: 1 } }, opts).value.dalamPola).toBe(true);
    expect(
      kurvaDistribusi({ predikatOrganisasi: 'ISTIMEWA', jumlah: { SANGAT_BAIK: 1, BAIK: 2 } }, opts).value.batasTidakTerpenuhi,
    ).toEqual([{ predikat: ['SANGAT_BAIK'], jenis: 'LEBIH_DARI', persenBatas: '50', persenAktual: '33.33', jumlah: 1, batasOrang: 2 }]);
  });

  it('LEBIH_DARI_SEPARUH, BAIK: the majority limit sits between the 70% ceiling and "harus ada"', () => {
    const d = kurvaDistribusi(
      { predikatOrganisasi: 'BAIK', jumlah: { BAIK: 5, BUTUH_PERBAIKAN: 1, SANGAT_BAIK: 4 } },
      { minimumSebagianBesar: 'LEBIH_DARI_SEPARUH' },
    );
    expect(d.reasons.map((r) => [r.code, r.facts['jenis'], r.facts['predikat']])).toEqual([
      ['performance.kurvaDistribusi.sesuai', 'MAKSIMUM', 'BAIK'],
      ['performance.kurvaDistribusi.diLuarPola', 'LEBIH_DARI', 'BAIK'],
      ['performance.kurvaDistribusi.sesuai', 'MINIMUM', 'BUTUH_PERBAIKAN+KURANG'],
    ]);
    expect(citedLines(d, 'en')[1]).toMatch(/: more-than limit of 50% \(head-count limit 6\) /);
  });

  it('changes only ISTIMEWA and BAIK, and an agency pola for the predikat replaces the SE pattern whole', () => {
    const opts = { minimumSebagianBesar: 'LEBIH_DARI_SEPARUH' } as const;
    for (const predikatOrganisasi of ['BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG'] as const) {
      const jumlah = { SANGAT_KURANG: 6, KURANG: 1, BUTUH_PERBAIKAN: 1, BAIK: 2 };
      expect(kurvaDistribusi({ predikatOrganisasi, jumlah }, opts).value).toEqual(kurvaDistribusi({ predikatOrganisasi, jumlah }).value);
    }
    const pola = { ISTIMEWA: [{ predikat: ['SANGAT_BAIK' as const], jenis: 'MAKSIMUM' as const, persen: 80 }] };
    expect(limits(kurvaDistribusi({ predikatOrganisasi: 'ISTIMEWA', jumlah: { BAIK: 10 } }, { ...opts, pola }))).toEqual({
      'MAKSIMUM:SANGAT_BAIK': 8,
    });
  });

  it('an agency pattern may use a more-than limit too', () => {
    const pola = { KURANG: [{ predikat: ['KURANG' as const], jenis: 'LEBIH_DARI' as const, persen: 60 }] };
    expect(kurvaDistribusi({ predikatOrganisasi: 'KURANG', jumlah: { KURANG: 6, BAIK: 4 } }, { pola }).value.dalamPola).toBe(false);
    expect(kurvaDistribusi({ predikatOrganisasi: 'KURANG', jumlah: { KURANG: 7, BAIK: 3 } }, { pola }).value.dalamPola).toBe(true);
  });
});
