import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JENJANG_IJAZAH, JENJANG_PENDIDIKAN, peringkatKandidat, peringkatKandidatOptions } from '../../src/competency/index.js';
import { IJAZAH } from '../../src/core/ijazah.js';
import { Decimal, MeritInputError } from '../../src/core/index.js';
import { explain } from '../../src/explain.js';
import { citedLines } from '../explain/lines.js';
import { thrownIssueLines } from '../input-issues.js';

const RID = 'competency.peringkatKandidat';
const P190_4 = { regulation: 'PP_11_2017', article: 'Pasal 190 ayat (4)' };
const PREDIKAT = {
  regulation: 'PERMENPANRB_6_2022',
  unlocated:
    'PermenPANRB 6/2022 sets the predikat kinerja (Sangat Baik … Sangat Kurang); SE MenPANRB 3/2023 cites its Pasal 24–25 for evaluasi kinerja, but no text read places the predikat in a Pasal or on a Lampiran page.',
};
const RUMUS = {
  regulation: 'PERBKN_26_2019',
  unlocated:
    'JPM = Σ achieved ÷ Σ standard levels × 100 % was read in Lampiran D angka 1 of a JF regulation "Nomor 35 Tahun 2020" (issuer not identified) and in the BKN report template reproduced by assessment applications; Peraturan BKN 26/2019 was read only to Pasal 3.',
};
const KINERJA = [{ regulation: 'PP_11_2017', article: 'Pasal 199 ayat (2) huruf c' }, PREDIKAT];
// Barring a candidate under a sedang/berat hukuman is practice: PP 11/2017 cited without an article, and why.
const HUKUMAN = [
  { regulation: 'PP_11_2017', unlocated: expect.stringMatching(/selection practice/) },
  { regulation: 'PP_94_2021', article: 'Pasal 8 ayat (3)–(4)' },
];
const MUTASI = [{ regulation: 'PP_11_2017', article: 'Pasal 190 ayat (3)' }];
const KECOCOKAN = [P190_4, RUMUS];
const standar = { INTEGRITAS: 3, KERJASAMA: 3 };
const BAIK = ['BAIK', 'BAIK'] as ['BAIK', 'BAIK'];

describe('peringkatKandidat: requirements of the jabatan (PP 11/2017 Pasal 190 ayat (3)–(4), Pasal 199 ayat (2) huruf c)', () => {
  const d = () =>
    peringkatKandidat(
      {
        formasi: { standar, golonganMinimum: 'III/c', pendidikanMinimum: 'S1', usiaMaksimum: 56 },
        kandidat: [
          {
            id: 'B',
            profil: { INTEGRITAS: 3, KERJASAMA: 2 },
            golongan: 'III/d',
            pendidikan: 'S2',
            tanggalLahir: '1980-05-01',
            predikatDuaTahunTerakhir: BAIK,
            tmtJabatan: '2020-01-01',
          },
          {
            id: 'A',
            profil: { INTEGRITAS: 2, KERJASAMA: 3 },
            golongan: 'III/c',
            pendidikan: 'D_IV',
            tanggalLahir: '1969-01-01',
            predikatDuaTahunTerakhir: BAIK,
            riwayatHukuman: [{ jenis: 'POTONGAN_TUKIN_12_BULAN', tmt: '2024-06-01' }],
          },
        ],
      },
      { asOf: '2025-01-01', periksaMasaMutasi: true },
    );

  it('one reason per requirement and candidate (candidates by id), with facts and citations', () => {
    expect(d().value).toEqual({
      peringkat: [{ id: 'B', peringkat: 1, kecocokan: '83.33', kategori: 'MEMENUHI_SYARAT' }],
      syaratTidakTerpenuhi: [{ id: 'A', syarat: ['HUKUMAN_DISIPLIN', 'MASA_MUTASI'] }],
    });
    const r = (code: string, outcome: string, citations: unknown[], facts: Record<string, unknown>) => ({
      rule: RID,
      code: `${RID}.${code}`,
      outcome,
      citations,
      facts,
    });
    expect(d().reasons).toEqual([
      r('golongan', 'PASS', [P190_4], { kandidat: 'A', golongan: 'III/c', minimum: 'III/c' }),
      r('pendidikan', 'PASS', [P190_4], { kandidat: 'A', pendidikan: 'D_IV', minimum: 'S1' }),
      r('predikat', 'PASS', KINERJA, { kandidat: 'A', predikat1: 'BAIK', predikat2: 'BAIK' }),
      r('hukuman', 'FAIL', HUKUMAN, { kandidat: 'A', asOf: '2025-01-01', hukuman: 'POTONGAN_TUKIN_12_BULAN' }),
      r('usia', 'PASS', [P190_4], { kandidat: 'A', usia: 56, maksimum: 56 }),
      r('masaMutasi', 'FAIL', MUTASI, { kandidat: 'A', tmtJabatan: null, tanggalPalingCepat: null }),
      r('golongan', 'PASS', [P190_4], { kandidat: 'B', golongan: 'III/d', minimum: 'III/c' }),
      r('pendidikan', 'PASS', [P190_4], { kandidat: 'B', pendidikan: 'S2', minimum: 'S1' }),
      r('predikat', 'PASS', KINERJA, { kandidat: 'B', predikat1: 'BAIK', predikat2: 'BAIK' }),
      r('hukuman', 'PASS', HUKUMAN, { kandidat: 'B', asOf: '2025-01-01', hukuman: null }),
      r('usia', 'PASS', [P190_4], { kandidat: 'B', usia: 44, maksimum: 56 }),
      r('masaMutasi', 'PASS', MUTASI, { kandidat: 'B', tmtJabatan: '2020-01-01', tanggalPalingCepat: '2022-01-01' }),
      r('urutan', 'INFO', KECOCOKAN, { kandidat: 'B', peringkat: 1, kecocokan: '83.33', sebelumnya: null }),
    ]);
  });

  it('explains each requirement in both languages', () => {
    expect(explain(d(), 'id')).toMatchInlineSnapshot(`
      [
        "Terpenuhi: A: golongan III/c (Penata), minimum III/c (Penata) [1]",
        "Terpenuhi: A: pendidikan Diploma IV, minimum Sarjana (S1) [1]",
        "Terpenuhi: A: predikat kinerja 2 tahun terakhir Baik dan Baik (paling kurang Baik) [2, 3]",
        "Tidak terpenuhi: A: hukuman disiplin sedang/berat yang berjalan pada 1 Januari 2025: pemotongan tunjangan kinerja 25% selama 12 bulan [4, 5]",
        "Terpenuhi: A: usia 56 tahun, paling tinggi 56 [1]",
        "Tidak terpenuhi: A: TMT jabatan —, mutasi paling cepat — [6]",
        "Terpenuhi: B: golongan III/d (Penata Tingkat I), minimum III/c (Penata) [1]",
        "Terpenuhi: B: pendidikan Magister (S2), minimum Sarjana (S1) [1]",
        "Terpenuhi: B: predikat kinerja 2 tahun terakhir Baik dan Baik (paling kurang Baik) [2, 3]",
        "Terpenuhi: B: hukuman disiplin sedang/berat yang berjalan pada 1 Januari 2025: — [4, 5]",
        "Terpenuhi: B: usia 44 tahun, paling tinggi 56 [1]",
        "Terpenuhi: B: TMT jabatan 1 Januari 2020, mutasi paling cepat 1 Januari 2022 [6]",
        "Catatan: Peringkat 1: B dengan kecocokan 83,33 [1, 7]",
        "Dasar hukum:",
        "[1] PP 11/2017 Pasal 190 ayat (4)",
        "[2] PP 11/2017 Pasal 199 ayat (2) huruf c",
        "[3] PermenPANRB 6/2022 (pasal belum ditemukan)",
        "[4] PP 11/2017 (pasal belum ditemukan)",
        "[5] PP 94/2021 Pasal 8 ayat (3)–(4)",
        "[6] PP 11/2017 Pasal 190 ayat (3)",
        "[7] Peraturan BKN 26/2019 (pasal belum ditemukan)",
      ]
    `);
    expect(explain(d(), 'en')).toMatchInlineSnapshot(`
      [
        "Met: A: golongan III/c (Penata), minimum III/c (Penata) [1]",
        "Met: A: education Diploma IV, minimum Bachelor (S1) [1]",
        "Met: A: performance ratings of the last 2 years Good (Baik) and Good (Baik) (at least Baik) [2, 3]",
        "Not met: A: moderate/severe disciplinary penalty running on 1 January 2025: 25% performance-allowance cut for 12 months [4, 5]",
        "Met: A: age 56, at most 56 [1]",
        "Not met: A: post taken up —, transfer from — [6]",
        "Met: B: golongan III/d (Penata Tingkat I), minimum III/c (Penata) [1]",
        "Met: B: education Master (S2), minimum Bachelor (S1) [1]",
        "Met: B: performance ratings of the last 2 years Good (Baik) and Good (Baik) (at least Baik) [2, 3]",
        "Met: B: moderate/severe disciplinary penalty running on 1 January 2025: — [4, 5]",
        "Met: B: age 44, at most 56 [1]",
        "Met: B: post taken up 1 January 2020, transfer from 1 January 2022 [6]",
        "Note: Rank 1: B with fit 83.33 [1, 7]",
        "Legal basis:",
        "[1] PP 11/2017 Pasal 190 ayat (4)",
        "[2] PP 11/2017 Pasal 199 ayat (2) huruf c",
        "[3] PermenPANRB 6/2022 (article not located)",
        "[4] PP 11/2017 (article not located)",
        "[5] PP 94/2021 Pasal 8 ayat (3)–(4)",
        "[6] PP 11/2017 Pasal 190 ayat (3)",
        "[7] Peraturan BKN 26/2019 (article not located)",
      ]
    `);
  });

  const one = (kandidat: Record<string, unknown>, formasi: Record<string, unknown> = {}, options: Record<string, unknown> = {}) =>
    peringkatKandidat(
      { formasi: { standar, ...formasi }, kandidat: [{ id: 'K', profil: standar, predikatDuaTahunTerakhir: BAIK, ...kandidat }] } as never,
      {
        asOf: '2025-01-01',
        ...options,
      } as never,
    ).value.syaratTidakTerpenuhi[0]?.syarat ?? [];

  it('golongan: the minimum itself passes, one ruang below fails', () => {
    expect(one({ golongan: 'III/c' }, { golonganMinimum: 'III/c' })).toEqual([]);
    expect(one({ golongan: 'IV/a' }, { golonganMinimum: 'III/c' })).toEqual([]);
    expect(one({ golongan: 'III/b' }, { golonganMinimum: 'III/c' })).toEqual(['GOLONGAN']);
  });

  it('pendidikan: D_IV and S1 are the same level both ways; D_III is below D_IV', () => {
    // The old education list (SD, SMP, SMA, D1 … D4, S1 … S3) keeps its order as ijazah (SMA → SLTA, D4 → D_IV).
    const lama = ['SD', 'SLTP', 'SLTA', 'D_I', 'D_II', 'D_III', 'D_IV', 'S1', 'S2', 'S3'] as const;
    expect(lama.map((i) => JENJANG_IJAZAH[i])).toEqual(['SD', 'SLTP', 'SLTA', 'D_I', 'D_II', 'D_III', 'S1', 'S1', 'S2', 'S3']);
    expect(one({ pendidikan: 'D_IV' }, { pendidikanMinimum: 'S1' })).toEqual([]);
    expect(one({ pendidikan: 'S1' }, { pendidikanMinimum: 'D_IV' })).toEqual([]);
    expect(one({ pendidikan: 'D_III' }, { pendidikanMinimum: 'D_IV' })).toEqual(['PENDIDIKAN']);
    expect(one({ pendidikan: 'D_III' }, { pendidikanMinimum: 'S1' })).toEqual(['PENDIDIKAN']);
    expect(one({ pendidikan: 'S2' }, { pendidikanMinimum: 'S3' })).toEqual(['PENDIDIKAN']);
    expect(one({ pendidikan: 'SLTA' }, { pendidikanMinimum: 'SLTA' })).toEqual([]);
  });

  it('pendidikan: every ijazah has a jenjang; kejuruan counts as its general level, a profesi sits between S1 and S2', () => {
    expect(Object.keys(JENJANG_IJAZAH)).toEqual([...IJAZAH]);
    expect(JENJANG_PENDIDIKAN).toEqual(['SD', 'SLTP', 'SLTA', 'D_I', 'D_II', 'D_III', 'S1', 'PROFESI', 'S2', 'S3']);
    expect(one({ pendidikan: 'SLTA_KEJURUAN' }, { pendidikanMinimum: 'SLTA' })).toEqual([]);
    expect(one({ pendidikan: 'SLTA' }, { pendidikanMinimum: 'SLTA_KEJURUAN' })).toEqual([]);
    expect(one({ pendidikan: 'SLTP_KEJURUAN' }, { pendidikanMinimum: 'SLTA' })).toEqual(['PENDIDIKAN']);
    expect(one({ pendidikan: 'SARJANA_MUDA' }, { pendidikanMinimum: 'D_III' })).toEqual([]);
    expect(one({ pendidikan: 'AKADEMI' }, { pendidikanMinimum: 'D_IV' })).toEqual(['PENDIDIKAN']);
    expect(one({ pendidikan: 'SGPLB' }, { pendidikanMinimum: 'D_II' })).toEqual([]);
    expect(one({ pendidikan: 'SGPLB' }, { pendidikanMinimum: 'D_III' })).toEqual(['PENDIDIKAN']);
    for (const profesi of ['DOKTER', 'DOKTER_GIGI', 'APOTEKER']) {
      expect(one({ pendidikan: profesi }, { pendidikanMinimum: 'S1' })).toEqual([]);
      expect(one({ pendidikan: profesi }, { pendidikanMinimum: 'D_IV' })).toEqual([]);
      expect(one({ pendidikan: profesi }, { pendidikanMinimum: 'S2' })).toEqual(['PENDIDIKAN']);
      expect(one({ pendidikan: 'S1' }, { pendidikanMinimum: profesi })).toEqual(['PENDIDIKAN']);
      expect(one({ pendidikan: 'S2' }, { pendidikanMinimum: profesi })).toEqual([]);
    }
  });

  it('usia: the maximum age in whole years passes until the next birthday', () => {
    expect(one({ tanggalLahir: '1969-01-02' }, { usiaMaksimum: 56 })).toEqual([]); // 55 on 2025-01-01
    expect(one({ tanggalLahir: '1968-01-02' }, { usiaMaksimum: 56 })).toEqual([]); // 56
    expect(one({ tanggalLahir: '1968-01-01' }, { usiaMaksimum: 56 })).toEqual(['USIA']); // 57 that day
    expect(one({ tanggalLahir: '1968-01-01' }, { usiaMaksimum: 57 })).toEqual([]);
  });

  it('masa mutasi (when asked): 2 years after the TMT jabatan, on that day and not the day before', () => {
    expect(one({ tmtJabatan: '2023-01-01' }, {}, { periksaMasaMutasi: true })).toEqual([]);
    expect(one({ tmtJabatan: '2023-01-02' }, {}, { periksaMasaMutasi: true })).toEqual(['MASA_MUTASI']);
    expect(one({}, {}, { periksaMasaMutasi: true })).toEqual(['MASA_MUTASI']);
    expect(one({ tmtJabatan: '2024-12-01' })).toEqual([]); // not checked by default (promotion)
  });

  it('predikat: at least Baik in each of the last 2 years; no predikat fails; the check can be turned off', () => {
    expect(one({ predikatDuaTahunTerakhir: ['SANGAT_BAIK', 'BAIK'] })).toEqual([]);
    expect(one({ predikatDuaTahunTerakhir: ['BUTUH_PERBAIKAN', 'SANGAT_BAIK'] })).toEqual(['PREDIKAT_KINERJA']);
    expect(one({ predikatDuaTahunTerakhir: ['SANGAT_BAIK', 'KURANG'] })).toEqual(['PREDIKAT_KINERJA']);
    expect(one({ predikatDuaTahunTerakhir: undefined })).toEqual(['PREDIKAT_KINERJA']);
    expect(one({ predikatDuaTahunTerakhir: ['KURANG', 'KURANG'] }, {}, { periksaPredikat: false })).toEqual([]);
    const d = peringkatKandidat(
      { formasi: { standar }, kandidat: [{ id: 'K', profil: standar }] },
      { asOf: '2025-01-01', periksaPredikat: false },
    );
    expect(d.reasons.map((r) => r.code)).toEqual([`${RID}.hukuman`, `${RID}.urutan`]);
  });

  it('a requirement the formasi does not set is not checked, whatever data the candidate carries', () => {
    const d = peringkatKandidat(
      {
        formasi: { standar },
        kandidat: [
          {
            id: 'K',
            profil: standar,
            golongan: 'I/a',
            pendidikan: 'SD',
            tanggalLahir: '1950-01-01',
            tmtJabatan: '2024-12-31',
            predikatDuaTahunTerakhir: BAIK,
          },
        ],
      },
      { asOf: '2025-01-01' },
    );
    expect(d.value.peringkat).toHaveLength(1);
    expect(d.reasons.map((r) => r.code)).toEqual([
      'competency.peringkatKandidat.predikat',
      'competency.peringkatKandidat.hukuman',
      'competency.peringkatKandidat.urutan',
    ]);
  });

  it('hukuman: only a sedang/berat hukuman still running on asOf blocks (PP 94/2021)', () => {
    expect(one({ riwayatHukuman: [{ jenis: 'POTONGAN_TUKIN_6_BULAN', tmt: '2024-07-02' }] })).toEqual(['HUKUMAN_DISIPLIN']);
    expect(one({ riwayatHukuman: [{ jenis: 'TEGURAN_TERTULIS', tmt: '2025-01-01' }] })).toEqual([]);
    const d = peringkatKandidat(
      {
        formasi: { standar },
        kandidat: [
          {
            id: 'K',
            profil: standar,
            predikatDuaTahunTerakhir: BAIK,
            riwayatHukuman: [
              { jenis: 'POTONGAN_TUKIN_6_BULAN', tmt: '2024-12-01' },
              { jenis: 'PEMBEBASAN_DARI_JABATAN', tmt: '2024-12-01' },
            ],
          },
        ],
      },
      { asOf: '2025-01-01' },
    );
    // the heaviest running hukuman is reported
    expect(d.reasons.find((r) => r.code === `${RID}.hukuman`)!.facts.hukuman).toBe('PEMBEBASAN_DARI_JABATAN');
  });

  it('defaults: skema PENGISIAN_JABATAN, periksaPredikat on, periksaMasaMutasi off, thresholds 90/78 and 80/68', () => {
    expect(peringkatKandidatOptions.parse({ asOf: '2025-01-01' })).toEqual({
      asOf: '2025-01-01',
      skema: 'PENGISIAN_JABATAN',
      periksaPredikat: true,
      periksaMasaMutasi: false,
      batasiCapaianPadaStandar: false,
      batasiJpmPada100: false,
      ambangPemetaan: { optimal: new Decimal(90), cukupOptimal: new Decimal(78) },
      ambangPengisian: { memenuhiSyarat: new Decimal(80), masihMemenuhiSyarat: new Decimal(68) },
    });
  });

  it('each candidate’s category reads ambangPengisian / ambangPemetaan (lower bounds inclusive); the ranking does not', () => {
    const kandidat = [
      { id: 'A', profil: { INTEGRITAS: 3, KERJASAMA: 3 }, predikatDuaTahunTerakhir: BAIK }, // 100 %
      { id: 'B', profil: { INTEGRITAS: 3, KERJASAMA: 2 }, predikatDuaTahunTerakhir: BAIK }, // 83.33 %
      { id: 'C', profil: { INTEGRITAS: 2, KERJASAMA: 2 }, predikatDuaTahunTerakhir: BAIK }, // 66.67 %
    ];
    const kategori = (options: object) =>
      peringkatKandidat({ formasi: { standar }, kandidat }, { asOf: '2025-01-01', ...options }).value.peringkat.map((p) => [
        p.id,
        p.kategori,
      ]);
    expect(kategori({})).toEqual([
      ['A', 'MEMENUHI_SYARAT'],
      ['B', 'MEMENUHI_SYARAT'],
      ['C', 'KURANG_MEMENUHI_SYARAT'],
    ]);
    expect(kategori({ ambangPengisian: { memenuhiSyarat: '83.34', masihMemenuhiSyarat: '66.66' } })).toEqual([
      ['A', 'MEMENUHI_SYARAT'],
      ['B', 'MASIH_MEMENUHI_SYARAT'],
      ['C', 'MASIH_MEMENUHI_SYARAT'],
    ]);
    expect(kategori({ skema: 'PEMETAAN', ambangPemetaan: { optimal: 100, cukupOptimal: '83.34' } })).toEqual([
      ['A', 'OPTIMAL'],
      ['B', 'KURANG_OPTIMAL'],
      ['C', 'KURANG_OPTIMAL'],
    ]);
    expect(thrownIssueLines(() => kategori({ ambangPemetaan: { optimal: 70, cukupOptimal: 70 } }))).toEqual([
      'options.ambangPemetaan: optimal must be greater than cukupOptimal',
    ]);
  });
});

describe('peringkatKandidat: ranking by fit, ties broken by higher golongan then id', () => {
  it('equal fits: seri reasons name the candidate ranked just before', () => {
    const d = peringkatKandidat(
      {
        formasi: {},
        kandidat: [
          { id: 'C', nilaiSeleksi: 80, golongan: 'III/a', predikatDuaTahunTerakhir: BAIK },
          { id: 'B', nilaiSeleksi: 80, golongan: 'IV/a', predikatDuaTahunTerakhir: BAIK },
          { id: 'A', nilaiSeleksi: 80, golongan: 'III/a', predikatDuaTahunTerakhir: BAIK },
          { id: 'D', nilaiSeleksi: '80.001', predikatDuaTahunTerakhir: BAIK },
          { id: 'E', nilaiSeleksi: 80, predikatDuaTahunTerakhir: BAIK },
          { id: 'F', nilaiSeleksi: 80, golongan: 'I/a', predikatDuaTahunTerakhir: BAIK },
        ],
      },
      { asOf: '2025-01-01' },
    );
    expect(d.value.peringkat).toEqual([
      { id: 'D', peringkat: 1, kecocokan: '80.00', kategori: null },
      { id: 'B', peringkat: 2, kecocokan: '80.00', kategori: null },
      { id: 'A', peringkat: 3, kecocokan: '80.00', kategori: null },
      { id: 'C', peringkat: 4, kecocokan: '80.00', kategori: null },
      { id: 'F', peringkat: 5, kecocokan: '80.00', kategori: null },
      { id: 'E', peringkat: 6, kecocokan: '80.00', kategori: null },
    ]);
    const urut = d.reasons.filter(
      (r) => r.code === 'competency.peringkatKandidat.urutan' || r.code === 'competency.peringkatKandidat.seri',
    );
    expect(urut).toEqual([
      {
        rule: RID,
        code: `${RID}.urutan`,
        outcome: 'INFO',
        citations: KECOCOKAN,
        facts: { kandidat: 'D', peringkat: 1, kecocokan: '80.00', sebelumnya: null },
      },
      {
        rule: RID,
        code: `${RID}.urutan`,
        outcome: 'INFO',
        citations: KECOCOKAN,
        facts: { kandidat: 'B', peringkat: 2, kecocokan: '80.00', sebelumnya: null },
      },
      {
        rule: RID,
        code: `${RID}.seri`,
        outcome: 'INFO',
        citations: KECOCOKAN,
        facts: { kandidat: 'A', peringkat: 3, kecocokan: '80.00', sebelumnya: 'B' },
      },
      {
        rule: RID,
        code: `${RID}.seri`,
        outcome: 'INFO',
        citations: KECOCOKAN,
        facts: { kandidat: 'C', peringkat: 4, kecocokan: '80.00', sebelumnya: 'A' },
      },
      {
        rule: RID,
        code: `${RID}.seri`,
        outcome: 'INFO',
        citations: KECOCOKAN,
        facts: { kandidat: 'F', peringkat: 5, kecocokan: '80.00', sebelumnya: 'C' },
      },
      // a candidate without golongan comes after every candidate with one (even I/a)
      {
        rule: RID,
        code: `${RID}.seri`,
        outcome: 'INFO',
        citations: KECOCOKAN,
        facts: { kandidat: 'E', peringkat: 6, kecocokan: '80.00', sebelumnya: 'F' },
      },
    ]);
    const id = citedLines(d, 'id');
    expect(id).toContain(
      'Catatan: Peringkat 2: B dengan kecocokan 80,00 (PP 11/2017 Pasal 190 ayat (4); Peraturan BKN 26/2019 (pasal belum ditemukan))',
    );
    expect(id).toContain(
      'Catatan: Peringkat 3: A dengan kecocokan 80,00, sama dengan B; seri diputus menurut golongan lebih tinggi, lalu id (PP 11/2017 Pasal 190 ayat (4); Peraturan BKN 26/2019 (pasal belum ditemukan))',
    );
    expect(citedLines(d, 'en')).toContain(
      'Note: Rank 3: A with fit 80.00, equal to B; tie broken by higher golongan, then id (PP 11/2017 Pasal 190 ayat (4); Peraturan BKN 26/2019 (article not located))',
    );
  });

  it('candidates are checked and listed in id order whatever the input order', () => {
    const d = peringkatKandidat(
      {
        formasi: {},
        kandidat: ['K4', 'K2', 'K5', 'K1', 'K3'].map((id) => ({
          id,
          nilaiSeleksi: 70,
          predikatDuaTahunTerakhir: id === 'K3' || id === 'K5' ? undefined : BAIK,
        })),
      },
      { asOf: '2025-01-01' },
    );
    expect(d.value.peringkat.map((p) => p.id)).toEqual(['K1', 'K2', 'K4']);
    expect(d.value.syaratTidakTerpenuhi.map((t) => t.id)).toEqual(['K3', 'K5']);
    expect(d.reasons.filter((r) => r.code === 'competency.peringkatKandidat.predikat').map((r) => r.facts.kandidat)).toEqual([
      'K1',
      'K2',
      'K3',
      'K4',
      'K5',
    ]);
  });

  it('JPM fits are compared exactly and categorised under the scheme (its bands at the preset thresholds)', () => {
    const std = { INTEGRITAS: 5, KERJASAMA: 5, KOMUNIKASI: 5 }; // Σ 15
    const d = peringkatKandidat(
      {
        formasi: { standar: std },
        kandidat: [
          { id: 'X', profil: { INTEGRITAS: 4, KERJASAMA: 4, KOMUNIKASI: 4 }, predikatDuaTahunTerakhir: BAIK }, // 80 %
          { id: 'Y', profil: { INTEGRITAS: 5, KERJASAMA: 5, KOMUNIKASI: 5 }, predikatDuaTahunTerakhir: BAIK }, // 100 %
        ],
      },
      { asOf: '2025-01-01', skema: 'PEMETAAN' },
    );
    expect(d.value.peringkat).toEqual([
      { id: 'Y', peringkat: 1, kecocokan: '100.00', kategori: 'OPTIMAL' },
      { id: 'X', peringkat: 2, kecocokan: '80.00', kategori: 'CUKUP_OPTIMAL' },
    ]);
    const capped = peringkatKandidat(
      { formasi: { standar: { INTEGRITAS: 2 } }, kandidat: [{ id: 'X', profil: { INTEGRITAS: 3 }, predikatDuaTahunTerakhir: BAIK }] },
      { asOf: '2025-01-01', batasiJpmPada100: true },
    );
    expect(capped.value.peringkat[0]!.kecocokan).toBe('100.00');
  });
});

describe('peringkatKandidat input schema', () => {
  const k = { id: 'A', nilaiSeleksi: 80, predikatDuaTahunTerakhir: BAIK };

  it('requirements of the formasi make the matching candidate data required', () => {
    expect(
      thrownIssueLines(() =>
        peringkatKandidat(
          { formasi: { golonganMinimum: 'III/a', pendidikanMinimum: 'S1', usiaMaksimum: 58 }, kandidat: [k] },
          { asOf: '2025-01-01' },
        ),
      ),
    ).toEqual([
      'kandidat.0.golongan: required by formasi.golonganMinimum',
      'kandidat.0.pendidikan: required by formasi.pendidikanMinimum',
      'kandidat.0.tanggalLahir: required by formasi.usiaMaksimum',
    ]);
  });

  it('a fit needs nilaiSeleksi, or a profil with formasi.standar', () => {
    expect(
      thrownIssueLines(() => peringkatKandidat({ formasi: {}, kandidat: [{ id: 'A', profil: standar }] }, { asOf: '2025-01-01' })),
    ).toEqual(['kandidat.0: needs nilaiSeleksi, or profil with formasi.standar']);
    expect(thrownIssueLines(() => peringkatKandidat({ formasi: { standar }, kandidat: [{ id: 'A' }] }, { asOf: '2025-01-01' }))).toEqual([
      'kandidat.0: needs nilaiSeleksi, or profil with formasi.standar',
    ]);
    // nilaiSeleksi takes precedence over a JPM
    const v = peringkatKandidat(
      { formasi: { standar }, kandidat: [{ ...k, profil: { INTEGRITAS: 0, KERJASAMA: 0 } }] },
      { asOf: '2025-01-01' },
    ).value;
    expect(v.peringkat[0]).toEqual({ id: 'A', peringkat: 1, kecocokan: '80.00', kategori: null });
  });

  it('ids are unique and 1–200 characters; 1 to 10 000 candidates', () => {
    expect(thrownIssueLines(() => peringkatKandidat({ formasi: {}, kandidat: [k, { ...k }] }, { asOf: '2025-01-01' }))).toEqual([
      'kandidat.1.id: duplicate id "A"',
    ]);
    expect(
      peringkatKandidat({ formasi: {}, kandidat: [{ ...k, id: 'x'.repeat(200) }] }, { asOf: '2025-01-01' }).value.peringkat,
    ).toHaveLength(1);
    expect(
      thrownIssueLines(() => peringkatKandidat({ formasi: {}, kandidat: [{ ...k, id: 'x'.repeat(201) }] }, { asOf: '2025-01-01' })),
    ).toEqual([
      'kandidat.0.id: "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx… is not in the required form; write text of at most 200 characters',
    ]);
    expect(thrownIssueLines(() => peringkatKandidat({ formasi: {}, kandidat: [{ ...k, id: '' }] }, { asOf: '2025-01-01' }))).toEqual([
      'kandidat.0.id: "" is not in the required form; write text of at least 1 characters',
    ]);
    expect(thrownIssueLines(() => peringkatKandidat({ formasi: {}, kandidat: [] }, { asOf: '2025-01-01' }))).toEqual([
      'kandidat: has 0 items; needs at least 1',
    ]);
    const many = Array.from({ length: 10_001 }, (_, i) => ({ id: `K${i}`, nilaiSeleksi: 1 }));
    expect(
      thrownIssueLines(() => peringkatKandidat({ formasi: {}, kandidat: many }, { asOf: '2025-01-01', periksaPredikat: false })),
    ).toEqual(['kandidat: has 10001 items; at most 10000 are accepted']);
    expect(
      peringkatKandidat({ formasi: {}, kandidat: many.slice(0, 10_000) }, { asOf: '2025-01-01', periksaPredikat: false }).value.peringkat,
    ).toHaveLength(10_000);
  });

  it('nilaiSeleksi 0–100 and usiaMaksimum 18–70, whole years', () => {
    expect(
      thrownIssueLines(() => peringkatKandidat({ formasi: {}, kandidat: [{ ...k, nilaiSeleksi: '100.01' }] }, { asOf: '2025-01-01' })),
    ).toEqual(['kandidat.0.nilaiSeleksi: "100.01" is out of range; must be from 0 to 100']);
    expect(
      thrownIssueLines(() => peringkatKandidat({ formasi: {}, kandidat: [{ ...k, nilaiSeleksi: -1 }] }, { asOf: '2025-01-01' })),
    ).toEqual(['kandidat.0.nilaiSeleksi: -1 is out of range; must be from 0 to 100']);
    const usia = (usiaMaksimum: number) => () =>
      peringkatKandidat({ formasi: { usiaMaksimum }, kandidat: [{ ...k, tanggalLahir: '1990-01-01' }] }, { asOf: '2025-01-01' });
    expect(usia(18)().value.syaratTidakTerpenuhi).toEqual([{ id: 'A', syarat: ['USIA'] }]);
    expect(usia(70)().value.peringkat).toHaveLength(1);
    expect(thrownIssueLines(usia(17))).toEqual(['formasi.usiaMaksimum: 17 is out of range; must be from 18 to 70']);
    expect(thrownIssueLines(usia(71))).toEqual(['formasi.usiaMaksimum: 71 is out of range; must be from 18 to 70']);
  });
});

describe('peringkatKandidat: screening and ranking', () => {
  const standar = { INTEGRITAS: 3, KERJASAMA: 3, KOMUNIKASI: 3 };
  const base = { predikatDuaTahunTerakhir: ['BAIK', 'BAIK'] as ['BAIK', 'BAIK'] };

  it('screens on each hard requirement and names the failed ones', () => {
    const d = peringkatKandidat(
      {
        formasi: { standar, golonganMinimum: 'III/c', pendidikanMinimum: 'S1', usiaMaksimum: 56 },
        kandidat: [
          { id: 'OK', ...base, profil: standar, golongan: 'III/c', pendidikan: 'D_IV', tanggalLahir: '1970-01-02' },
          { id: 'GOL', ...base, profil: standar, golongan: 'III/b', pendidikan: 'S2', tanggalLahir: '1980-01-01' },
          { id: 'EDU', ...base, profil: standar, golongan: 'IV/a', pendidikan: 'D_III', tanggalLahir: '1980-01-01' },
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
    expect(d.value.syaratTidakTerpenuhi).toEqual([
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
      peringkatKandidat({ formasi: { standar }, kandidat: k }, { asOf: '2025-01-01', periksaMasaMutasi: true }).value.syaratTidakTerpenuhi,
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
