import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  explain,
  jobPersonMatch,
  kebutuhanPengembangan,
  kebutuhanPengembanganRule,
  KOMPETENSI_MANSOSKUL,
  kotakTalenta,
  MeritInputError,
  standarKompetensiPreset,
  TINGKAT_KINERJA,
  TINGKAT_POTENSIAL,
} from '../../src/index.js';

const ADMIN = standarKompetensiPreset('ADMINISTRATOR');
const profil = (levels: number[]) => Object.fromEntries(KOMPETENSI_MANSOSKUL.map((k, i) => [k, levels[i]!]));
const gapOf = (levels: number[]) => jobPersonMatch({ standar: ADMIN, aktual: profil(levels) }).value;

describe('kebutuhanPengembangan: PP 11/2017 Pasal 205–207', () => {
  it('records one need per competency below standard, largest deficit first, with the plan items still to set', () => {
    const jpm = gapOf([3, 2, 3, 1, 3, 3, 3, 3, 3]);
    const v = kebutuhanPengembangan({ tahunRencana: 2026, jabatan: 'AKAN_DIDUDUKI', gap: jpm.gap }).value;
    expect(v.kebutuhan.map((k) => [k.kompetensi, k.levelSaatIni, k.levelTarget, k.jabatan])).toEqual([
      [KOMPETENSI_MANSOSKUL[3], 1, ADMIN[KOMPETENSI_MANSOSKUL[3]!], 'AKAN_DIDUDUKI'],
      [KOMPETENSI_MANSOSKUL[1], 2, ADMIN[KOMPETENSI_MANSOSKUL[1]!], 'AKAN_DIDUDUKI'],
    ]);
    expect(v.isianRencanaInstansi).toEqual(['JENIS_DAN_JALUR', 'PENYELENGGARA', 'JADWAL', 'KESESUAIAN_KURIKULUM', 'ANGGARAN']);
    expect(v.selarasKotakTalenta).toBeNull();
  });

  it('applies the gap threshold setting at its boundary', () => {
    const jpm = gapOf([3, 2, 3, 1, 3, 3, 3, 3, 3]);
    expect(
      kebutuhanPengembangan({ tahunRencana: 2026, jabatan: 'DIDUDUKI', gap: jpm.gap }, { selisihMinimum: 2 }).value.kebutuhan.map(
        (k) => k.selisih,
      ),
    ).toEqual([-2]);
    expect(
      kebutuhanPengembangan({ tahunRencana: 2026, jabatan: 'DIDUDUKI', gap: jpm.gap }, { selisihMinimum: 3 }).value.perluPengembangan,
    ).toBe(false);
  });

  it('adds a performance need below Baik, not at Baik', () => {
    const gap = gapOf([3, 3, 3, 3, 3, 3, 3, 3, 3]).gap;
    expect(kebutuhanPengembangan({ tahunRencana: 2026, jabatan: 'DIDUDUKI', gap, predikatKinerja: 'BAIK' }).value).toMatchObject({
      perluPengembangan: false,
      kesenjanganKinerja: false,
    });
    const v = kebutuhanPengembangan({ tahunRencana: 2026, jabatan: 'DIDUDUKI', gap, predikatKinerja: 'BUTUH_PERBAIKAN' }).value;
    expect(v.kebutuhan).toEqual([
      {
        dasar: 'KESENJANGAN_KINERJA',
        jabatan: 'DIDUDUKI',
        kompetensi: null,
        kelompok: null,
        levelSaatIni: null,
        levelTarget: null,
        selisih: null,
      },
    ]);
  });

  it('refuses a selisih that is not aktual − standar', () => {
    const gap = [{ kompetensi: 'INTEGRITAS', kelompok: 'MANAJERIAL' as const, standar: 3, aktual: 2, selisih: 0 }];
    expect(() => kebutuhanPengembangan({ tahunRencana: 2026, jabatan: 'DIDUDUKI', gap })).toThrow(MeritInputError);
  });

  it('explains each need with Pasal 206', () => {
    const d = kebutuhanPengembangan({ tahunRencana: 2026, jabatan: 'DIDUDUKI', gap: gapOf([3, 2, 3, 3, 3, 3, 3, 3, 3]).gap });
    expect(explain(d, 'id').join('\n')).toMatch(/Pasal 206 ayat \(2\)/);
  });

  it('names each competency by its kamus name, in both languages, and a gap under the threshold in levels', () => {
    const gap = [
      { kompetensi: 'KERJASAMA', kelompok: 'MANAJERIAL' as const, standar: 3, aktual: 2, selisih: -1 },
      { kompetensi: 'TEKNIS.ANGGARAN', kelompok: 'TEKNIS' as const, standar: 3, aktual: 1, selisih: -2 },
    ];
    const d = kebutuhanPengembangan({ tahunRencana: 2026, jabatan: 'DIDUDUKI', gap }, { selisihMinimum: 2 });
    expect(explain(d, 'id')).toEqual(
      expect.arrayContaining([
        'Tidak terpenuhi: Kompetensi TEKNIS.ANGGARAN (teknis): level 1 terhadap standar level 3 pada jabatan yang diduduki, selisih -2: dicatat sebagai kebutuhan pengembangan [1, 2]',
        'Catatan: Kompetensi Kerjasama: selisih -1, kurang dari 2 level di bawah standar (pengaturan selisihMinimum): tidak dicatat sebagai kebutuhan [1]',
        'Catatan: Rencana tahun 2026: 1 kebutuhan; jenis dan jalur, penyelenggara, jadwal, kesesuaian kurikulum dan anggaran ditetapkan dalam rencana instansi [3]',
      ]),
    );
    expect(explain(d, 'en')).toContain(
      'Note: Competency Kerjasama: gap -1, less than 2 levels below the standard (setting selisihMinimum): not recorded as a need [1]',
    );
    expect(explain(d, 'en').join('\n')).toMatch(/Plan for 2026: 1 need;/);
  });
});

describe('kebutuhanPengembangan stays consistent with jobPersonMatch and the talent box', () => {
  const levels = fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 9, maxLength: 9 });
  it('under the presets, its competency needs are exactly jobPersonMatch’s rekomendasiPengembangan', () => {
    fc.assert(
      fc.property(levels, (l) => {
        const jpm = gapOf(l);
        const v = kebutuhanPengembangan({ tahunRencana: 2026, jabatan: 'DIDUDUKI', gap: jpm.gap }).value;
        const key = (k: string | null, a: number | null, b: number | null) => `${k}:${a}→${b}`;
        expect(v.kebutuhan.map((k) => key(k.kompetensi, k.levelSaatIni, k.levelTarget)).sort()).toEqual(
          jpm.rekomendasiPengembangan.map((r) => key(r.kompetensi, r.dariLevel, r.keLevel)).sort(),
        );
      }),
    );
  });

  it('whenever the talent box asks for competency development, a need is recorded', () => {
    fc.assert(
      fc.property(levels, fc.constantFrom(...TINGKAT_KINERJA), fc.constantFrom(...TINGKAT_POTENSIAL), (l, kinerja, potensial) => {
        const rekomendasiTalenta = kotakTalenta({ kinerja, potensial }).value.rekomendasi;
        const v = kebutuhanPengembangan({ tahunRencana: 2026, jabatan: 'DIDUDUKI', gap: gapOf(l).gap, rekomendasiTalenta }).value;
        if (rekomendasiTalenta.includes('PENGEMBANGAN_KOMPETENSI')) expect(v.perluPengembangan).toBe(true);
        expect(v.selarasKotakTalenta).toBe(
          !v.kebutuhan.some((k) => k.dasar === 'KESENJANGAN_KOMPETENSI') ||
            rekomendasiTalenta.some((r) => r === 'PENGEMBANGAN_KOMPETENSI' || r === 'TUGAS_BELAJAR'),
        );
      }),
    );
  });
});

describe('kebutuhanPengembangan refuses a gap list jobPersonMatch could not have written', () => {
  const contoh = () => structuredClone(kebutuhanPengembanganRule.examples[0]!.input) as { gap: Record<string, unknown>[] };
  const pesan = (gap: Record<string, unknown>[]) => {
    try {
      kebutuhanPengembangan({ ...contoh(), gap } as never);
    } catch (e) {
      if (MeritInputError.is(e)) return e.issues.map((i) => `${i.path.join('.')}: ${i.text.en}`);
    }
    return [];
  };
  const baris = (kompetensi: string, kelompok: string, aktual = 1) => ({ kompetensi, kelompok, standar: 3, aktual, selisih: aktual - 3 });

  it('a misspelt national code, with the code meant', () => {
    expect(pesan([baris('INTEGRITS', 'MANAJERIAL')])).toEqual([
      'gap.0.kompetensi: INTEGRITS is no MANAJERIAL competency; did you mean "INTEGRITAS"?',
    ]);
  });
  it('a national code in another group', () => {
    expect(pesan([baris('INTEGRITAS', 'TEKNIS')])).toEqual(['gap.0.kelompok: INTEGRITAS is in group MANAJERIAL by the kamus, not TEKNIS']);
  });
  it('the same competency twice', () => {
    expect(pesan([baris('INTEGRITAS', 'MANAJERIAL', 2), baris('INTEGRITAS', 'MANAJERIAL', 3)])).toEqual([
      'gap.1.kompetensi: INTEGRITAS is listed twice (also at gap[0])',
    ]);
  });
  it('a teknis code stays free (the PPK sets the kamus teknis)', () => {
    expect(pesan([baris('TEKNIS.PENGADAAN', 'TEKNIS')])).toEqual([]);
  });
});
