import { describe, expect, it } from 'vitest';
import { MAX_INPUT_ISSUES } from '../../src/core/errors.js';
import { BATAS_MASA_KERJA_PNS } from '../../src/core/masa-kerja-pns.js';
import {
  BAND_JPM,
  BOBOT_JPT_PRESET,
  BOBOT_TEKNIS_PRESET,
  COMPETENCY_RULES,
  KOMPETENSI_PER_PROFIL_MAKS,
  jobPersonMatch,
  KAMUS_KOMPETENSI,
  KOMPETENSI_MANSOSKUL,
  LEVEL_STANDAR_PRESET,
  MASA_MUTASI,
  masaMutasi,
  MeritInputError,
  NOMOR_KOTAK,
  PEMETAAN_PREDIKAT_PRESET,
  JENJANG_IJAZAH,
  JENJANG_PENDIDIKAN,
  PENEMPATAN_MAKS,
  PENEMPATAN_PASANGAN_MAKS,
  penempatanOptimal,
  PERINGKAT_KANDIDAT_MAKS,
  peringkatKandidat,
  REKOMENDASI_KOTAK,
  RENTANG_BOBOT_JPT,
  RIWAYAT_HUKUMAN_MAKS,
  SEBUTAN_LEVEL,
  SKEMA_JPM,
  TERLARANG_MAKS,
  kotakTalenta,
} from '../../src/index.js';
import { competencyMessages } from '../../src/competency/index.js';
import { thrownIssues } from '../input-issues.js';

const BAIK = ['BAIK', 'BAIK'] as ['BAIK', 'BAIK'];
const lines = (issues: MeritInputError['issues'], locale: 'en' | 'id') => issues.map((i) => `${i.path.join('.')}: ${i.text?.[locale]}`);

describe('an empty profile never ranks first (peringkatKandidat)', () => {
  const standar = { INTEGRITAS: 3, KERJASAMA: 3 };

  it('an empty profil is refused in both languages, not ranked above an assessed candidate', () => {
    const issues = thrownIssues(() =>
      peringkatKandidat(
        {
          formasi: { standar },
          kandidat: [
            { id: 'A', profil: {}, golongan: 'IV/e', predikatDuaTahunTerakhir: BAIK },
            { id: 'B', profil: { INTEGRITAS: 0, KERJASAMA: 0 }, golongan: 'III/a', predikatDuaTahunTerakhir: BAIK },
          ],
        },
        { asOf: '2025-01-01' },
      ),
    );
    expect(lines(issues, 'en')).toEqual([
      'kandidat.0.profil: is empty: no competency was assessed, so there is no JPM to match on (give the levels achieved, 0 where a competency was not shown)',
    ]);
    expect(lines(issues, 'id')).toEqual([
      'kandidat.0.profil: kosong: tidak ada kompetensi yang dinilai, sehingga tidak ada JPM untuk dicocokkan (isi level yang dicapai, 0 bila kompetensi tidak ditunjukkan)',
    ]);
  });

  it('a profil without a level the standard requires is refused, as jobPersonMatch refuses it', () => {
    const issues = thrownIssues(() =>
      peringkatKandidat(
        { formasi: { standar }, kandidat: [{ id: 'A', profil: { INTEGRITAS: 3, 'TEKNIS.X': 5 }, predikatDuaTahunTerakhir: BAIK }] },
        { asOf: '2025-01-01' },
      ),
    );
    expect(lines(issues, 'en')).toEqual(['kandidat.0.profil.KERJASAMA: missing: the standard requires this competency']);
    expect(lines(issues, 'id')).toEqual(['kandidat.0.profil.KERJASAMA: tidak ada: standar jabatan mensyaratkan kompetensi ini']);
  });

  it('an empty formasi standard is refused in both languages', () => {
    const issues = thrownIssues(() =>
      peringkatKandidat({ formasi: { standar: {} }, kandidat: [{ id: 'A', profil: { INTEGRITAS: 3 } }] }, { asOf: '2025-01-01' }),
    );
    expect(lines(issues, 'en')).toEqual(['formasi.standar: must list at least one competency']);
    expect(lines(issues, 'id')).toEqual(['formasi.standar: harus memuat paling sedikit satu kompetensi']);
  });

  it('a candidate with nilaiSeleksi needs no profil: the fit is the score', () => {
    const d = peringkatKandidat(
      { formasi: { standar }, kandidat: [{ id: 'A', nilaiSeleksi: 80, predikatDuaTahunTerakhir: BAIK }] },
      { asOf: '2025-01-01' },
    );
    expect(d.value.peringkat).toEqual([{ id: 'A', peringkat: 1, kecocokan: '80.00', kategori: null }]);
  });

  it('a 10-year-old candidate, a jabatan taken up at 12 and a hukuman at 15 are refused', () => {
    const k = { id: 'A', nilaiSeleksi: 80, predikatDuaTahunTerakhir: BAIK };
    const muda = thrownIssues(() =>
      peringkatKandidat({ formasi: {}, kandidat: [{ ...k, tanggalLahir: '2015-01-01' }] }, { asOf: '2025-06-30' }),
    );
    expect(lines(muda, 'en')).toEqual([
      'kandidat.0.tanggalLahir: gives an age of 10 on asOf (2025-06-30); a PNS is at least 18 (PP 11/2017 Pasal 23 ayat (1) huruf a)',
    ]);
    expect(lines(muda, 'id')).toEqual([
      'kandidat.0.tanggalLahir: berarti berusia 10 tahun pada asOf (2025-06-30); PNS paling rendah berusia 18 tahun (PP 11/2017 Pasal 23 ayat (1) huruf a)',
    ]);
    const dini = thrownIssues(() =>
      peringkatKandidat(
        {
          formasi: {},
          kandidat: [
            {
              ...k,
              tanggalLahir: '1990-03-01',
              tmtJabatan: '2002-03-01',
              riwayatHukuman: [{ jenis: 'TEGURAN_LISAN', tmt: '2008-02-29' }],
            },
          ],
        },
        { asOf: '2025-06-30' },
      ),
    );
    expect(lines(dini, 'en')).toEqual([
      'kandidat.0.tmtJabatan: must be on or after the 18th birthday (2008-03-01, from tanggalLahir): a PNS is appointed at 18 or older (PP 11/2017 Pasal 23 ayat (1) huruf a)',
      'kandidat.0.riwayatHukuman.0.tmt: must be on or after the 18th birthday (2008-03-01, from tanggalLahir): a PNS is appointed at 18 or older (PP 11/2017 Pasal 23 ayat (1) huruf a)',
    ]);
    expect(lines(dini, 'id')[0]).toBe(
      'kandidat.0.tmtJabatan: harus pada atau setelah ulang tahun ke-18 (2008-03-01, dari tanggalLahir): PNS diangkat paling rendah berusia 18 tahun (PP 11/2017 Pasal 23 ayat (1) huruf a)',
    );
    // The 18th birthday itself is possible.
    const d = peringkatKandidat(
      {
        formasi: {},
        kandidat: [
          { ...k, tanggalLahir: '1990-03-01', tmtJabatan: '2008-03-01', riwayatHukuman: [{ jenis: 'TEGURAN_LISAN', tmt: '2008-03-01' }] },
        ],
      },
      { asOf: '2025-06-30' },
    );
    expect(d.value.peringkat).toHaveLength(1);
  });

  it('a candidate aged 76, and a TMT jabatan after asOf, are refused; 75 is decided', () => {
    const k = { id: 'A', nilaiSeleksi: 80, predikatDuaTahunTerakhir: BAIK };
    const tua = thrownIssues(() =>
      peringkatKandidat(
        { formasi: {}, kandidat: [{ ...k, tanggalLahir: '1949-06-30', tmtJabatan: '2025-07-01' }] },
        { asOf: '2025-06-30' },
      ),
    );
    expect(lines(tua, 'en')).toEqual([
      'kandidat.0.tanggalLahir: gives an age of 76 on asOf (2025-06-30); no PNS serves past 75, the highest batas usia pensiun (PP 11/2017 Pasal 239–240)',
      'kandidat.0.tmtJabatan: must not be after asOf (2025-06-30)',
    ]);
    expect(lines(tua, 'id')).toEqual([
      'kandidat.0.tanggalLahir: berarti berusia 76 tahun pada asOf (2025-06-30); tidak ada PNS yang masih bertugas setelah berusia 75 tahun, batas usia pensiun tertinggi (PP 11/2017 Pasal 239–240)',
      'kandidat.0.tmtJabatan: tidak boleh setelah asOf (2025-06-30)',
    ]);
    expect(
      peringkatKandidat({ formasi: {}, kandidat: [{ ...k, tanggalLahir: '1949-07-01' }] }, { asOf: '2025-06-30' }).value.peringkat,
    ).toHaveLength(1);
  });

  it('messages of the record keep both languages: duplicate ids and fields a requirement needs', () => {
    const issues = thrownIssues(() =>
      peringkatKandidat(
        { formasi: { golonganMinimum: 'III/a' }, kandidat: [{ id: 'A', nilaiSeleksi: 1 }, { id: 'A' }] },
        { asOf: '2025-01-01' },
      ),
    );
    expect(lines(issues, 'id')).toEqual([
      'kandidat.0.golongan: wajib diisi karena formasi.golonganMinimum',
      'kandidat.1.id: id "A" ganda',
      'kandidat.1: memerlukan nilaiSeleksi, atau profil beserta formasi.standar',
      'kandidat.1.golongan: wajib diisi karena formasi.golonganMinimum',
    ]);
  });
});

describe('masaMutasi refuses impossible TMT jabatan in both languages', () => {
  it('a TMT after asOf', () => {
    const issues = thrownIssues(() => masaMutasi({ tmtJabatan: '2024-06-16' }, { asOf: '2024-06-15' }));
    expect(issues).toEqual([
      {
        path: ['tmtJabatan'],
        message: 'must not be after asOf (2024-06-15)',
        text: { en: 'must not be after asOf (2024-06-15)', id: 'tidak boleh setelah asOf (2024-06-15)' },
        code: 'contradiction',
      },
    ]);
  });

  it('224 years in one jabatan', () => {
    const issues = thrownIssues(() => masaMutasi({ tmtJabatan: '1800-01-01' }, { asOf: '2024-06-15' }));
    expect(lines(issues, 'en')).toEqual([
      'tmtJabatan: is more than 57 years before asOf (2024-06-15); no PNS serves longer (appointed at 18 at the earliest, PP 11/2017 Pasal 23 ayat (1) huruf a; retired at 75 at the latest, PP 11/2017 Pasal 239–240)',
    ]);
    expect(lines(issues, 'id')).toEqual([
      'tmtJabatan: lebih dari 57 tahun sebelum asOf (2024-06-15); tidak ada PNS yang bertugas selama itu (diangkat paling cepat pada usia 18, PP 11/2017 Pasal 23 ayat (1) huruf a; pensiun paling lambat pada usia 75, PP 11/2017 Pasal 239–240)',
    ]);
  });
});

describe('penempatanOptimal places no unassessed candidate', () => {
  it('an empty profil is refused (it used to be placed with fit 0.00)', () => {
    const issues = thrownIssues(() =>
      penempatanOptimal({ kandidat: [{ id: 'A', profil: {} }], formasi: [{ id: 'F', standar: { INTEGRITAS: 3 } }] }),
    );
    expect(issues.map((i) => [i.path.join('.'), i.code])).toEqual([['kandidat.0.profil', 'contradiction']]);
    expect(issues[0]!.text!.id).toMatch(/^kosong: /);
  });

  it('own messages of the placement input keep both languages', () => {
    const ids = (p: string, n: number) => Array.from({ length: n }, (_, i) => ({ id: `${p}${i}` }));
    const issues = thrownIssues(() =>
      penempatanOptimal({
        kandidat: [...ids('K', 2), { id: 'K0' }],
        formasi: ids('F', 1),
        kecocokan: [[1], [2, 3], ['1.005']],
        terlarang: [{ kandidat: 'X', formasi: 'F0' }],
      }),
    );
    expect(lines(issues, 'id')).toEqual(['kecocokan.2.0: paling banyak 2 angka desimal']);
    const shape = thrownIssues(() =>
      penempatanOptimal({
        kandidat: [...ids('K', 2), { id: 'K0' }],
        formasi: ids('F', 1),
        kecocokan: [[1], [2, 3]],
        terlarang: [{ kandidat: 'X', formasi: 'F0' }],
      }),
    );
    expect(lines(shape, 'id')).toEqual([
      'kandidat.2.id: id "K0" ganda',
      'kecocokan: harus memuat satu baris per kandidat (3)',
      'kecocokan.1: harus memuat satu sel per formasi (1)',
      'terlarang.0.kandidat: kandidat "X" tidak dikenal',
    ]);
  });
});

describe('bounded work', () => {
  it('the kecocokan matrix is bounded in both dimensions, before it is parsed', () => {
    const row = Array.from({ length: PENEMPATAN_MAKS + 1 }, () => 1);
    const issues = thrownIssues(() => penempatanOptimal({ kandidat: [{ id: 'A' }], formasi: [{ id: 'F' }], kecocokan: [row] }));
    expect(issues.map((i) => [i.path.join('.'), i.code])).toEqual([['kecocokan.0', 'too_many_items']]);
    const rows = Array.from({ length: PENEMPATAN_MAKS + 1 }, () => [1]);
    expect(thrownIssues(() => penempatanOptimal({ kandidat: [], formasi: [], kecocokan: rows })).map((i) => i.path.join('.'))).toEqual([
      'kecocokan',
    ]);
    const terlarang = Array.from({ length: TERLARANG_MAKS + 1 }, () => ({ kandidat: 'A', formasi: 'F' }));
    expect(
      thrownIssues(() => penempatanOptimal({ kandidat: [{ id: 'A' }], formasi: [{ id: 'F' }], kecocokan: [[1]], terlarang })).map((i) =>
        i.path.join('.'),
      ),
    ).toEqual(['terlarang']);
  });

  it('at most 4,000,000 candidate–post pairs in one run: 2,000 × 2,001 is refused before any JPM is computed', () => {
    const kandidat = Array.from({ length: 2000 }, (_, i) => ({ id: `K${i}`, profil: { INTEGRITAS: 3 } }));
    const formasi = Array.from({ length: 2001 }, (_, j) => ({ id: `F${j}`, standar: { INTEGRITAS: 3 } }));
    const start = performance.now();
    const issues = thrownIssues(() => penempatanOptimal({ kandidat, formasi }));
    expect(performance.now() - start).toBeLessThan(1000);
    expect(lines(issues, 'en')).toEqual([
      'kandidat: gives 4002000 candidate–post pairs with formasi; at most 4000000 are placed in one run (split the run by unit or jenjang)',
    ]);
    expect(lines(issues, 'id')).toEqual([
      'kandidat: menghasilkan 4002000 pasangan kandidat–formasi; paling banyak 4000000 yang ditempatkan dalam satu kali proses (bagi prosesnya per unit atau jenjang)',
    ]);
    expect(PENEMPATAN_PASANGAN_MAKS).toBe(2000 * 2000);
  });

  it('a candidate’s hukuman list is bounded', () => {
    const riwayatHukuman = Array.from({ length: RIWAYAT_HUKUMAN_MAKS + 1 }, () => ({ jenis: 'TEGURAN_LISAN', tmt: '2020-01-01' }));
    const issues = thrownIssues(() =>
      peringkatKandidat({ formasi: {}, kandidat: [{ id: 'A', nilaiSeleksi: 1, riwayatHukuman }] } as never, { asOf: '2025-01-01' }),
    );
    expect(issues.map((i) => [i.path.join('.'), i.code])).toEqual([['kandidat.0.riwayatHukuman', 'too_many_items']]);
    expect(PERINGKAT_KANDIDAT_MAKS).toBe(10_000);
  });

  it('10,000 unassessed candidates against a 100-competency standard: capped issues', () => {
    const standar = Object.fromEntries(Array.from({ length: KOMPETENSI_PER_PROFIL_MAKS }, (_, i) => [`T.${i}`, 3]));
    const kandidat = Array.from({ length: PERINGKAT_KANDIDAT_MAKS }, (_, i) => ({ id: `K${i}`, profil: { 'T.0': 3 } }));
    let error: unknown;
    try {
      peringkatKandidat({ formasi: { standar }, kandidat }, { asOf: '2025-01-01' });
    } catch (e) {
      error = e;
    }
    expect(MeritInputError.is(error)).toBe(true);
    const e = error as MeritInputError;
    expect(e.issues).toHaveLength(MAX_INPUT_ISSUES);
    // Every candidate misses 99 competencies (almost a million): collection stops at 1,000 at most.
    expect(e.issueCount).toBeGreaterThanOrEqual(MAX_INPUT_ISSUES);
    expect(e.issueCount).toBeLessThanOrEqual(1000);
  });

  it('a standard or profile of more than 100 competencies is refused before it is read', () => {
    const standar = Object.fromEntries(Array.from({ length: KOMPETENSI_PER_PROFIL_MAKS + 1 }, (_, i) => [`T.${i}`, 3]));
    expect(thrownIssues(() => jobPersonMatch({ standar, aktual: {} }))).toEqual([
      expect.objectContaining({
        path: ['standar'],
        code: 'too_many_items',
        text: { en: 'has 101 entries; at most 100 are accepted', id: 'berisi 101 entri; paling banyak 100 yang diterima' },
      }),
    ]);
  });
});

describe('frozen tables, owned results', () => {
  it('every exported table and constant of the domain is deep-frozen', () => {
    const tables: unknown[] = [
      KAMUS_KOMPETENSI,
      KAMUS_KOMPETENSI.INTEGRITAS.level,
      SEBUTAN_LEVEL,
      SEBUTAN_LEVEL[1],
      LEVEL_STANDAR_PRESET,
      KOMPETENSI_MANSOSKUL,
      SKEMA_JPM,
      BAND_JPM,
      BAND_JPM.PEMETAAN,
      BAND_JPM.PEMETAAN[0]!.min,
      BOBOT_TEKNIS_PRESET,
      NOMOR_KOTAK,
      NOMOR_KOTAK.KEMENKEU.SESUAI_EKSPEKTASI,
      REKOMENDASI_KOTAK.DI_ATAS_EKSPEKTASI.TINGGI,
      PEMETAAN_PREDIKAT_PRESET,
      JENJANG_IJAZAH,
      JENJANG_PENDIDIKAN,
      MASA_MUTASI,
      RENTANG_BOBOT_JPT.makalah,
      BOBOT_JPT_PRESET,
      BATAS_MASA_KERJA_PNS,
      BATAS_MASA_KERJA_PNS.citations[0],
      competencyMessages.messages['competency.masaMutasi.belum'],
      COMPETENCY_RULES,
    ];
    for (const t of tables) expect(Object.isFrozen(t)).toBe(true);
    expect(() => {
      (KAMUS_KOMPETENSI.INTEGRITAS.level as Record<number, string>)[3] = 'HACKED';
    }).toThrow(TypeError);
    expect(() => {
      (NOMOR_KOTAK.PERMENPANRB_3_2020.DI_ATAS_EKSPEKTASI as Record<string, number>).TINGGI = 1;
    }).toThrow(TypeError);
  });

  it('a decision shares only frozen citations; writing to its value stays local', () => {
    const standar = { INTEGRITAS: 3, 'TEKNIS.A': 3 };
    const d = jobPersonMatch({ standar, aktual: { INTEGRITAS: 2, 'TEKNIS.A': 3 } });
    for (const r of d.reasons) {
      expect(Object.isFrozen(r.citations)).toBe(true);
      for (const c of r.citations) expect(Object.isFrozen(c)).toBe(true);
    }
    d.value.gap[0]!.standar = 99;
    d.value.rekomendasiPengembangan[0]!.targetPerilaku = 'HACKED';
    const again = jobPersonMatch({ standar, aktual: { INTEGRITAS: 2, 'TEKNIS.A': 3 } });
    expect(again.value.gap[0]!.standar).toBe(3);
    expect(again.value.rekomendasiPengembangan[0]!.targetPerilaku).toBe(KAMUS_KOMPETENSI.INTEGRITAS.level[3]);
    const k = kotakTalenta({ kinerja: 'DI_ATAS_EKSPEKTASI', potensial: 'TINGGI' });
    k.value.rekomendasi.push('ROTASI');
    expect(kotakTalenta({ kinerja: 'DI_ATAS_EKSPEKTASI', potensial: 'TINGGI' }).value.rekomendasi).toHaveLength(3);
  });
});
