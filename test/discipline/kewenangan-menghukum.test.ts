import { describe, expect, it } from 'vitest';
import {
  JENIS_HUKUMAN,
  type JenisHukuman,
  kewenanganMenghukum,
  type MatriksKewenangan,
  PEJABAT_BERWENANG,
  SASARAN_HUKUMAN,
  kewenanganMenghukumRule,
  TABEL_KEWENANGAN_MENGHUKUM,
} from '../../src/discipline/index.js';
import { explain } from '../../src/explain.js';

// Tingkat of PP 94/2021 Pasal 8 ayat (2)–(4), written out so the matrix below reads like the regulation.
const RINGAN: JenisHukuman[] = ['TEGURAN_LISAN', 'TEGURAN_TERTULIS', 'PERNYATAAN_TIDAK_PUAS_TERTULIS'];
const SEDANG: JenisHukuman[] = ['POTONGAN_TUKIN_6_BULAN', 'POTONGAN_TUKIN_9_BULAN', 'POTONGAN_TUKIN_12_BULAN'];
const TURUN_BEBAS: JenisHukuman[] = ['PENURUNAN_JABATAN', 'PEMBEBASAN_DARI_JABATAN'];
const BERAT: JenisHukuman[] = [...TURUN_BEBAS, 'PDHTAPS'];
const SEMUA: JenisHukuman[] = [...RINGAN, ...SEDANG, ...BERAT];

/** The PyBM matrix of PP 94/2021 (its pasal numbers quoted by no source) as transcribed in the research notes §1.9. */
const PP_94_2021: MatriksKewenangan = {
  PRESIDEN: {
    JPT_UTAMA: SEMUA,
    JPT_MADYA_PPK: SEMUA,
    JPT_MADYA: ['PDHTAPS'],
    JF_AHLI_UTAMA: ['PDHTAPS'],
    DIANGKAT_PRESIDEN_LAINNYA: ['PDHTAPS'],
  },
  PPK_PUSAT_PROVINSI: {
    JPT_MADYA: [...RINGAN, ...SEDANG, ...TURUN_BEBAS],
    JPT_PRATAMA: [...SEDANG, ...BERAT],
    JF_AHLI_UTAMA: [...RINGAN, ...SEDANG, ...TURUN_BEBAS],
    ADMINISTRATOR_KE_BAWAH: BERAT,
    JF_SELAIN_AHLI_UTAMA: BERAT,
  },
  PPK_KABUPATEN_KOTA: {
    JPT_PRATAMA: SEMUA,
    JF_AHLI_UTAMA: [...RINGAN, ...SEDANG, ...TURUN_BEBAS],
    ADMINISTRATOR_KE_BAWAH: [...SEDANG, ...BERAT],
    JF_SELAIN_AHLI_UTAMA: BERAT,
  },
  KEPALA_PERWAKILAN: { SATU_TINGKAT_DI_BAWAH: RINGAN, DUA_TINGKAT_DI_BAWAH: SEDANG },
  JPT_MADYA_SETARA: { SATU_TINGKAT_DI_BAWAH: RINGAN, DUA_TINGKAT_DI_BAWAH: SEDANG },
  JPT_PRATAMA_SETARA: { SATU_TINGKAT_DI_BAWAH: RINGAN, DUA_TINGKAT_DI_BAWAH: SEDANG, JF_DI_UNIT: [...RINGAN, ...SEDANG] },
  ADMINISTRATOR_SETARA: { SATU_TINGKAT_DI_BAWAH: RINGAN, DUA_TINGKAT_DI_BAWAH: SEDANG, JF_DI_UNIT: [...RINGAN, ...SEDANG] },
  JF_AHLI_MADYA_TERTENTU: { SATU_TINGKAT_DI_BAWAH: RINGAN },
  PENGAWAS_SETARA: { SATU_TINGKAT_DI_BAWAH: RINGAN },
  JF_AHLI_MUDA_TERTENTU: { SATU_TINGKAT_DI_BAWAH: RINGAN },
};

/** The PerBKN 6/2022 lampiran excerpt: JF Keterampilan rows and the wider Pengawas row. */
const LAMPIRAN_PERBKN_6_2022: MatriksKewenangan = {
  ...PP_94_2021,
  JPT_PRATAMA_SETARA: { ...PP_94_2021.JPT_PRATAMA_SETARA, JF_KETERAMPILAN_DI_UNIT: [...RINGAN, ...SEDANG] },
  ADMINISTRATOR_SETARA: { ...PP_94_2021.ADMINISTRATOR_SETARA, JF_KETERAMPILAN_DI_UNIT: [...RINGAN, ...SEDANG] },
  PENGAWAS_SETARA: {
    SATU_TINGKAT_DI_BAWAH: RINGAN,
    JF_AHLI_PERTAMA: RINGAN,
    DUA_TINGKAT_DI_BAWAH: [...RINGAN, ...SEDANG],
    JF_KETERAMPILAN_DI_UNIT: [...RINGAN, ...SEDANG],
  },
};

const CITE = [
  // The PyBM articles' numbers are quoted by no source: not located (issue 16; was "Pasal 16–25", an estimate).
  {
    regulation: 'PP_94_2021',
    unlocated: expect.stringMatching(/^The PyBM articles \(estimated at about Pasal 16–25; no source quotes their numbers\)/),
  },
  { regulation: 'PERBKN_6_2022', annex: 'Lampiran (pejabat yang berwenang menghukum)' },
];

describe('kewenanganMenghukum: the whole PyBM matrix (PP 94/2021, articles not located; PerBKN 6/2022 lampiran)', () => {
  for (const [matriks, table] of [
    ['PP_94_2021', PP_94_2021],
    ['LAMPIRAN_PERBKN_6_2022', LAMPIRAN_PERBKN_6_2022],
  ] as const) {
    it(`matrix ${matriks}: every pejabat × sasaran gives exactly the transcribed jenis, with a berwenang/tidakBerwenang reason`, () => {
      for (const pejabat of PEJABAT_BERWENANG) {
        for (const sasaran of SASARAN_HUKUMAN) {
          const expected = table[pejabat]?.[sasaran] ?? [];
          const d = kewenanganMenghukum({ pejabat, sasaran }, { matriks });
          const where = `${matriks} ${pejabat} → ${sasaran}`;
          expect(d.value, where).toEqual(expected);
          expect(d.reasons, where).toEqual([
            {
              rule: 'discipline.kewenanganMenghukum',
              code: expected.length > 0 ? 'discipline.kewenanganMenghukum.berwenang' : 'discipline.kewenanganMenghukum.tidakBerwenang',
              outcome: expected.length > 0 ? 'PASS' : 'FAIL',
              citations: CITE,
              facts: { pejabat, sasaran, matriks, jumlahJenis: expected.length },
            },
          ]);
        }
      }
    });
  }

  it('the PP matrix is the preset', () => {
    expect(kewenanganMenghukum({ pejabat: 'PENGAWAS_SETARA', sasaran: 'JF_AHLI_PERTAMA' }).value).toEqual([]);
    expect(
      kewenanganMenghukum({ pejabat: 'PENGAWAS_SETARA', sasaran: 'JF_AHLI_PERTAMA' }, { matriks: 'LAMPIRAN_PERBKN_6_2022' }).value,
    ).toEqual(RINGAN);
  });

  it('a PPK pusat/provinsi may impose on JPT Madya only turun/bebas jabatan among the berat hukuman, never PDHTAPS', () => {
    const d = kewenanganMenghukum({ pejabat: 'PPK_PUSAT_PROVINSI', sasaran: 'JPT_MADYA' });
    expect(d.value).toEqual([...RINGAN, ...SEDANG, 'PENURUNAN_JABATAN', 'PEMBEBASAN_DARI_JABATAN']);
  });

  it('explains an authorised and an unauthorised pejabat in both languages', () => {
    const ya = kewenanganMenghukum({ pejabat: 'PPK_KABUPATEN_KOTA', sasaran: 'ADMINISTRATOR_KE_BAWAH' });
    expect(explain(ya, 'en')).toMatchInlineSnapshot(`
      [
        "Met: staffing authority (regency/city) may impose 6 penalty types on Administrator and below (matrix PP 94/2021) [1, 2]",
        "Legal basis:",
        "[1] PP 94/2021 (article not located)",
        "[2] Peraturan BKN 6/2022 Lampiran (pejabat yang berwenang menghukum)",
      ]
    `);
    const tidak = kewenanganMenghukum({ pejabat: 'PENGAWAS_SETARA', sasaran: 'DUA_TINGKAT_DI_BAWAH' });
    expect(explain(tidak, 'id')).toMatchInlineSnapshot(`
      [
        "Tidak terpenuhi: Pengawas atau setara tidak berwenang menghukum PNS dua tingkat di bawahnya (matriks PP 94/2021; jumlah jenis 0) [1, 2]",
        "Dasar hukum:",
        "[1] PP 94/2021 (pasal belum ditemukan)",
        "[2] Peraturan BKN 6/2022 Lampiran (pejabat yang berwenang menghukum)",
      ]
    `);
  });
});

describe('kewenanganMenghukum: rows, the setting, totality', () => {
  it('PP matrix rows', () => {
    expect(kewenanganMenghukum({ pejabat: 'PPK_KABUPATEN_KOTA', sasaran: 'ADMINISTRATOR_KE_BAWAH' }).value).not.toContain('TEGURAN_LISAN');
    expect(kewenanganMenghukum({ pejabat: 'PPK_PUSAT_PROVINSI', sasaran: 'JPT_MADYA' }).value).not.toContain('PDHTAPS');
    expect(kewenanganMenghukum({ pejabat: 'PRESIDEN', sasaran: 'JPT_UTAMA' }).value).toEqual([...JENIS_HUKUMAN]);
    expect(kewenanganMenghukum({ pejabat: 'ADMINISTRATOR_SETARA', sasaran: 'DUA_TINGKAT_DI_BAWAH' }).value).toEqual([
      'POTONGAN_TUKIN_6_BULAN',
      'POTONGAN_TUKIN_9_BULAN',
      'POTONGAN_TUKIN_12_BULAN',
    ]);
  });
  it('the PerBKN lampiran conflict is a setting (Pengawas)', () => {
    expect(kewenanganMenghukum({ pejabat: 'PENGAWAS_SETARA', sasaran: 'DUA_TINGKAT_DI_BAWAH' }).value).toEqual([]);
    expect(
      kewenanganMenghukum({ pejabat: 'PENGAWAS_SETARA', sasaran: 'DUA_TINGKAT_DI_BAWAH' }, { matriks: 'LAMPIRAN_PERBKN_6_2022' }).value,
    ).toHaveLength(6);
  });
  it('is total over the enumerations', () => {
    for (const pejabat of PEJABAT_BERWENANG)
      for (const sasaran of SASARAN_HUKUMAN) expect(Array.isArray(kewenanganMenghukum({ pejabat, sasaran }).value)).toBe(true);
  });
});

describe('kewenanganMenghukum: the PyBM table on its rule page', () => {
  it('one row per pejabat and sasaran that either matrix names, both matrices side by side', () => {
    expect(kewenanganMenghukumRule.tables).toEqual([TABEL_KEWENANGAN_MENGHUKUM]);
    const named = PEJABAT_BERWENANG.flatMap((p) =>
      SASARAN_HUKUMAN.filter((s) => (PP_94_2021[p]?.[s] ?? LAMPIRAN_PERBKN_6_2022[p]?.[s]) !== undefined).map((s) => [p, s]),
    );
    expect(TABEL_KEWENANGAN_MENGHUKUM.rows.map((r) => r.slice(0, 2))).toEqual(named);
    const row = (p: string, s: string) => TABEL_KEWENANGAN_MENGHUKUM.rows.find((r) => r[0] === p && r[1] === s)!.slice(2);
    expect(row('PRESIDEN', 'JPT_UTAMA')).toEqual(['semua RINGAN, semua SEDANG, semua BERAT', 'semua RINGAN, semua SEDANG, semua BERAT']);
    expect(row('PPK_PUSAT_PROVINSI', 'JPT_MADYA')).toEqual([
      'semua RINGAN, semua SEDANG, PENURUNAN_JABATAN, PEMBEBASAN_DARI_JABATAN',
      'semua RINGAN, semua SEDANG, PENURUNAN_JABATAN, PEMBEBASAN_DARI_JABATAN',
    ]);
    expect(row('PRESIDEN', 'JPT_MADYA')).toEqual(['PDHTAPS', 'PDHTAPS']);
    expect(row('PENGAWAS_SETARA', 'DUA_TINGKAT_DI_BAWAH')).toEqual(['—', 'semua RINGAN, semua SEDANG']);
    expect(row('PENGAWAS_SETARA', 'JF_AHLI_PERTAMA')).toEqual(['—', 'semua RINGAN']);
  });
});
