import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kelompokRencanaSuksesi, masaMutasi, MeritInputError, nilaiSeleksiJpt, peringkatKandidat } from '../../src/index.js';
import { explain } from '../../src/explain.js';

describe('masaMutasi (PP 11/2017 Pasal 190 ayat (3)) — TV-PLC-1', () => {
  const tmt = '2019-01-01';
  it.each([
    ['2020-12-31', 'BELUM_MEMENUHI', 23],
    ['2021-01-01', 'MEMENUHI', 24],
    ['2024-01-01', 'MEMENUHI', 60],
    ['2024-01-02', 'MELEWATI_BATAS', 60],
    ['2024-02-01', 'MELEWATI_BATAS', 61],
  ] as const)('on %s → %s (%i whole months)', (asOf, status, bulan) => {
    expect(masaMutasi({ tmtJabatan: tmt }, { asOf }).value).toMatchObject({ status, bulanDalamJabatan: bulan });
  });
  it('uses calendar years with the month-end rule', () => {
    expect(masaMutasi({ tmtJabatan: '2020-02-29' }, { asOf: '2022-02-28' }).value.status).toBe('MEMENUHI');
  });
  it('requires asOf', () => {
    expect(() => masaMutasi({ tmtJabatan: tmt })).toThrow(MeritInputError);
  });
});

describe('kelompokRencanaSuksesi (PP 11/2017 Pasal 199 ayat (2)) — TV-PLC-2', () => {
  it('needs all three conditions', () => {
    const ok = {
      kompetensiSesuai: true,
      pengembanganKompetensiTerpenuhi: true,
      predikatDuaTahunTerakhir: ['BAIK', 'SANGAT_BAIK'] as const,
    };
    expect(kelompokRencanaSuksesi({ ...ok, predikatDuaTahunTerakhir: ['BAIK', 'SANGAT_BAIK'] }).value).toBe(true);
    expect(kelompokRencanaSuksesi({ ...ok, predikatDuaTahunTerakhir: ['BAIK', 'BUTUH_PERBAIKAN'] }).value).toBe(false);
    expect(kelompokRencanaSuksesi({ ...ok, predikatDuaTahunTerakhir: ['BAIK', 'BAIK'], kompetensiSesuai: false }).value).toBe(false);
    expect(
      kelompokRencanaSuksesi({ ...ok, predikatDuaTahunTerakhir: ['BAIK', 'BAIK'], pengembanganKompetensiTerpenuhi: false }).value,
    ).toBe(false);
  });
});

describe('nilaiSeleksiJpt (PermenPANRB 15/2019) — TV-PLC-3', () => {
  const nilai = { makalah: 80, assessmentCenter: 85, wawancara: 90, rekamJejak: 75 };
  it('weights 20/25/35/20 → 83.75', () => {
    expect(nilaiSeleksiJpt(nilai).value).toBe('83.75');
  });
  it('rejects weights outside the ranges or not summing to 100', () => {
    const bad = { makalah: 10, assessmentCenter: 25, wawancara: 35, rekamJejak: 30 };
    expect(() => nilaiSeleksiJpt(nilai, { settings: { bobot: bad } })).toThrow(/makalah: must be within 15–20/);
    expect(() => nilaiSeleksiJpt(nilai, { settings: { bobot: bad } })).toThrow(/rekamJejak: must be within 15–20/);
    expect(() =>
      nilaiSeleksiJpt(nilai, { settings: { bobot: { makalah: 15, assessmentCenter: 20, wawancara: 30, rekamJejak: 15 } } }),
    ).toThrow(/add up to 100/);
    // The summarised ranges add up to 100 only at their upper ends, so 20/25/35/20 is the only valid set.
    expect(() =>
      nilaiSeleksiJpt(nilai, { settings: { bobot: { makalah: 15, assessmentCenter: 25, wawancara: 35, rekamJejak: 20 } } }),
    ).toThrow(/not 95/);
    expect(
      nilaiSeleksiJpt(nilai, { settings: { bobot: { makalah: '20.0', assessmentCenter: 25, wawancara: 35, rekamJejak: 20 } } }).value,
    ).toBe('83.75');
  });
});

const standar = { INTEGRITAS: 3, KERJASAMA: 3, KOMUNIKASI: 3 };
const base = { predikatDuaTahunTerakhir: ['BAIK', 'BAIK'] as ['BAIK', 'BAIK'] };

describe('peringkatKandidat', () => {
  it('screens on each hard requirement and names the failed ones', () => {
    const d = peringkatKandidat(
      {
        formasi: { standar, golonganMinimum: 'III/c', pendidikanMinimum: 'S1', usiaMaksimum: 56 },
        kandidat: [
          { id: 'OK', ...base, profil: standar, golongan: 'III/c', pendidikan: 'D4', tanggalLahir: '1970-01-02' },
          { id: 'GOL', ...base, profil: standar, golongan: 'III/b', pendidikan: 'S2', tanggalLahir: '1980-01-01' },
          { id: 'EDU', ...base, profil: standar, golongan: 'IV/a', pendidikan: 'D3', tanggalLahir: '1980-01-01' },
          { id: 'AGE', ...base, profil: standar, golongan: 'IV/a', pendidikan: 'S1', tanggalLahir: '1969-01-01' },
          {
            id: 'PRED',
            predikatDuaTahunTerakhir: ['SANGAT_BAIK', 'BUTUH_PERBAIKAN'],
            profil: standar,
            golongan: 'IV/a',
            pendidikan: 'S1',
            tanggalLahir: '1980-01-01',
          },
          {
            id: 'HUK',
            ...base,
            profil: standar,
            golongan: 'IV/a',
            pendidikan: 'S1',
            tanggalLahir: '1980-01-01',
            riwayatHukuman: [{ jenis: 'POTONGAN_TUKIN_12_BULAN', tmt: '2025-06-01' }],
          },
          {
            id: 'RINGAN',
            ...base,
            profil: standar,
            golongan: 'IV/a',
            pendidikan: 'S1',
            tanggalLahir: '1980-01-01',
            riwayatHukuman: [{ jenis: 'TEGURAN_TERTULIS', tmt: '2025-06-01' }],
          },
        ],
      },
      { asOf: '2026-01-01' },
    );
    expect(d.value.peringkat.map((p) => p.id)).toEqual(['RINGAN', 'OK']);
    expect(d.value.tidakMemenuhiSyarat).toEqual([
      { id: 'AGE', syarat: ['USIA'] },
      { id: 'EDU', syarat: ['PENDIDIKAN'] },
      { id: 'GOL', syarat: ['GOLONGAN'] },
      { id: 'HUK', syarat: ['HUKUMAN_DISIPLIN'] },
      { id: 'PRED', syarat: ['PREDIKAT_KINERJA'] },
    ]);
    expect(explain(d, 'en').join('\n')).toContain('tie broken by higher golongan');
  });

  it('a served hukuman no longer blocks; the mutasi window is checked when asked', () => {
    const k = [
      {
        id: 'A',
        ...base,
        profil: standar,
        tmtJabatan: '2024-06-01',
        riwayatHukuman: [{ jenis: 'POTONGAN_TUKIN_6_BULAN' as const, tmt: '2024-01-01' }],
      },
    ];
    expect(peringkatKandidat({ formasi: { standar }, kandidat: k }, { asOf: '2025-01-01' }).value.peringkat).toHaveLength(1);
    expect(
      peringkatKandidat({ formasi: { standar }, kandidat: k }, { asOf: '2025-01-01', periksaMasaMutasi: true }).value.tidakMemenuhiSyarat,
    ).toEqual([{ id: 'A', syarat: ['MASA_MUTASI'] }]);
  });

  it('ranks on exact JPM and categorises under the chosen scheme; selection scores rank as given', () => {
    const v = peringkatKandidat(
      {
        formasi: { standar },
        kandidat: [
          { id: 'B', ...base, profil: { INTEGRITAS: 2, KERJASAMA: 3, KOMUNIKASI: 2 } },
          { id: 'A', ...base, profil: { INTEGRITAS: 3, KERJASAMA: 3, KOMUNIKASI: 2 } },
        ],
      },
      { asOf: '2025-01-01', skema: 'PEMETAAN' },
    ).value;
    expect(v.peringkat).toEqual([
      { id: 'A', peringkat: 1, kecocokan: '88.89', kategori: 'CUKUP_OPTIMAL' },
      { id: 'B', peringkat: 2, kecocokan: '77.78', kategori: 'KURANG_OPTIMAL' },
    ]);
    const s = peringkatKandidat(
      {
        formasi: {},
        kandidat: [
          { id: 'X', ...base, nilaiSeleksi: '83.75' },
          { id: 'Y', ...base, nilaiSeleksi: 84 },
        ],
      },
      { asOf: '2025-01-01' },
    ).value;
    expect(s.peringkat.map((p) => [p.id, p.kecocokan, p.kategori])).toEqual([
      ['Y', '84.00', null],
      ['X', '83.75', null],
    ]);
  });

  it('is independent of input order (ties by golongan then id)', () => {
    const profil = fc.record({
      INTEGRITAS: fc.integer({ min: 0, max: 5 }),
      KERJASAMA: fc.integer({ min: 0, max: 5 }),
      KOMUNIKASI: fc.integer({ min: 0, max: 5 }),
    });
    const kand = fc.uniqueArray(
      fc.record({
        id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
        profil,
        golongan: fc.constantFrom('III/a', 'III/b', 'IV/a') as fc.Arbitrary<'III/a'>,
      }),
      { selector: (k) => k.id, minLength: 1, maxLength: 6 },
    );
    fc.assert(
      fc.property(kand, (ks) => {
        const mk = (list: typeof ks) =>
          peringkatKandidat({ formasi: { standar }, kandidat: list.map((k) => ({ ...k, ...base })) }, { asOf: '2025-01-01' });
        const a = mk(ks);
        expect(mk([...ks].reverse())).toEqual(a);
        const fits = a.value.peringkat.map((p) => Number(p.kecocokan));
        expect([...fits].sort((x, y) => y - x)).toEqual(fits);
      }),
      { numRuns: 100 },
    );
  });

  it('rejects missing data with MeritInputError naming the field', () => {
    expect(() =>
      peringkatKandidat({ formasi: { golonganMinimum: 'III/a' }, kandidat: [{ id: 'A', nilaiSeleksi: 80 }] }, { asOf: '2025-01-01' }),
    ).toThrow(/kandidat\[0\]\.golongan/);
    expect(() => peringkatKandidat({ formasi: {}, kandidat: [{ id: 'A', profil: standar }] }, { asOf: '2025-01-01' })).toThrow(
      /needs nilaiSeleksi/,
    );
    expect(() => peringkatKandidat({ formasi: { standar }, kandidat: [] }, { asOf: '2025-01-01' })).toThrow(MeritInputError);
  });
});

import { jpmTertimbang } from '../../src/index.js';

describe('jpmTertimbang (JF uji kompetensi weighting) — TV-JPM-9…11', () => {
  it.each([
    ['AHLI_MUDA', 70, 80, '75', true],
    ['AHLI_MADYA', 60, 75, '69', true],
    ['AHLI_PERTAMA', 60, 75, '66', false],
    ['AHLI_MUDA', 68, 68, '68', true],
    ['AHLI_MUDA', '67.99', 68, '67.995', false],
  ] as const)('%s teknis %s, mansoskul %s → %s (lulus %s)', (jenjang, t, m, persen, lulus) => {
    expect(jpmTertimbang({ jenjang, jpmTeknis: t, jpmMansoskul: m }).value).toMatchObject({ persen, lulus });
  });
  it('weights are a setting', () => {
    expect(
      jpmTertimbang({ jenjang: 'AHLI_MUDA', jpmTeknis: 70, jpmMansoskul: 80 }, { settings: { bobotTeknis: { AHLI_MUDA: 30 } } }).value
        .persen,
    ).toBe('77');
    expect(() =>
      jpmTertimbang({ jenjang: 'AHLI_MUDA', jpmTeknis: 70, jpmMansoskul: 80 }, { settings: { bobotTeknis: { AHLI_MUDA: 130 } } }),
    ).toThrow(MeritInputError);
  });
});
