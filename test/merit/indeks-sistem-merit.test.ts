import { describe, expect, it } from 'vitest';
import { checkBandTable, checkVersionTable, explain, indeksSistemMerit, MeritInputError, RuleNotInForceError } from '../../src/index.js';
import { BAND_KATEGORI_2018, BAND_NISM_2025, INSTRUMEN_PRESET, VERSI_INDEKS_SISTEM_MERIT } from '../../src/merit/index.js';

const SKOR = {
  PERENCANAAN_KEBUTUHAN: 18,
  PENGADAAN: 20,
  PENGEMBANGAN_KARIER: 60,
  PROMOSI_DAN_MUTASI: 30,
  MANAJEMEN_KINERJA: 64,
  PENGGAJIAN_PENGHARGAAN_DISIPLIN: 45,
  PERLINDUNGAN_DAN_PELAYANAN: 12,
  SISTEM_INFORMASI: 57,
};
const MIN = {
  PERENCANAAN_KEBUTUHAN: 6,
  PENGADAAN: 6,
  PENGEMBANGAN_KARIER: 20,
  PROMOSI_DAN_MUTASI: 10,
  MANAJEMEN_KINERJA: 20,
  PENGGAJIAN_PENGHARGAAN_DISIPLIN: 15,
  PERLINDUNGAN_DAN_PELAYANAN: 4,
  SISTEM_INFORMASI: 19,
};
/** Aspect scores summing to `total` under the preset instrument: every aspect at its minimum, the rest filled in order. */
const skorTotal = (total: number | string) => {
  let sisa = Number(total) - 100;
  return Object.fromEntries(
    Object.entries(MIN).map(([a, min]) => {
      const naik = Math.min(sisa, 3 * min);
      sisa -= naik;
      return [a, min + naik];
    }),
  ) as typeof MIN;
};
const kategori = (skorAspek: object, options = {}) =>
  indeksSistemMerit({ tanggalPenilaian: '2023-06-30', skorAspek } as never, options).value.kategori;
const refused = (run: () => unknown, path: (string | number)[]) => {
  try {
    run();
    expect.unreachable();
  } catch (e) {
    expect(MeritInputError.is(e)).toBe(true);
    expect((e as MeritInputError).issues.map((i) => i.path)).toContainEqual(path);
  }
};

describe('indeksSistemMerit: PermenPANRB 40/2018 (KASN bands)', () => {
  it('has sound bands and versions', () => {
    expect(checkBandTable(BAND_KATEGORI_2018, { min: 100, max: 400 })).toEqual([]);
    expect(checkVersionTable(VERSI_INDEKS_SISTEM_MERIT)).toEqual([]);
  });

  it('places each printed boundary in its band, on both sides', () => {
    // A total is at least 80 + 20 = 100 with the preset instrument; pengembangan karier carries the rest (≤ 80).
    const cases: [number, string][] = [
      [100, 'BURUK'],
      [174, 'BURUK'],
      [175, 'KURANG'],
      [249, 'KURANG'],
      [250, 'BAIK'],
      [324, 'BAIK'],
      [325, 'SANGAT_BAIK'],
      [400, 'SANGAT_BAIK'],
    ];
    for (const [t, k] of cases) {
      const s = skorTotal(t);
      expect(kategori(s), String(t)).toBe(k);
    }
  });

  it('decides a half-point total between printed bands by the setting skorAntaraPita', () => {
    const s = skorTotal('174.5');
    expect(kategori(s)).toBe('BURUK');
    expect(kategori(s, { skorAntaraPita: 'BULATKAN' })).toBe('KURANG');
    refused(() => kategori(s, { skorAntaraPita: 'TOLAK' }), ['skorAspek']);
    // 175.5 is inside a printed band: every setting agrees.
    for (const cara of ['BATAS_BAWAH', 'BULATKAN', 'TOLAK'] as const)
      expect(kategori(skorTotal('175.5'), { skorAntaraPita: cara })).toBe('KURANG');
    // BULATKAN: 174.5 reaches Kurang, so from 174 half a point is missing; BATAS_BAWAH needs a whole one.
    const d = (cara: 'BATAS_BAWAH' | 'BULATKAN') =>
      indeksSistemMerit({ tanggalPenilaian: '2023-06-30', skorAspek: skorTotal(174) }, { skorAntaraPita: cara }).value;
    expect(d('BATAS_BAWAH').kekuranganKeKategoriBerikutnya).toBe('1');
    expect(d('BULATKAN').kekuranganKeKategoriBerikutnya).toBe('0.5');
  });

  it('lists the aspects that hold the category down, and what the next category takes', () => {
    const v = indeksSistemMerit({ tanggalPenilaian: '2023-06-30', skorAspek: SKOR }).value;
    expect(v.skor).toBe('306');
    expect(v.kategoriBerikutnya).toBe('SANGAT_BAIK');
    expect(v.kesenjangan.filter((k) => k.cukupSendiri).map((k) => k.komponen)).toEqual(['PENGEMBANGAN_KARIER', 'SISTEM_INFORMASI']);
    const top = indeksSistemMerit({ tanggalPenilaian: '2023-06-30', skorAspek: skorTotal(360) }).value;
    expect(top.kategoriBerikutnya).toBeNull();
    expect(top.kesenjangan.every((k) => k.kenaikanDiperlukan === null && k.cukupSendiri === null)).toBe(true);
  });

  it('keeps "not assessed" apart from a score of 0', () => {
    const v = indeksSistemMerit({ tanggalPenilaian: '2023-06-30', skorAspek: { ...SKOR, PENGADAAN: null } }).value;
    expect(v).toMatchObject({ status: 'TIDAK_DINILAI', tidakDinilai: ['PENGADAAN'], skor: null, kategori: null });
    // 0 is below the aspect's range under the preset instrument: refused, never read as not assessed.
    refused(() => indeksSistemMerit({ tanggalPenilaian: '2023-06-30', skorAspek: { ...SKOR, PENGADAAN: 0 } }), ['skorAspek', 'PENGADAAN']);
    refused(() => indeksSistemMerit({ tanggalPenilaian: '2023-06-30', skorAspek: { ...SKOR, PENGADAAN: 25 } }), ['skorAspek', 'PENGADAAN']);
  });

  it('scores answers through an instrument given as data', () => {
    const jawaban = INSTRUMEN_PRESET.indikator.map((i) => ({ indikator: i.kode, level: 3 }));
    expect(indeksSistemMerit({ tanggalPenilaian: '2023-06-30', jawaban }).value).toMatchObject({ skor: '300', kategori: 'BAIK' });
    const dua = {
      levelMinimum: 1,
      levelMaksimum: 4,
      indikator: [
        ...INSTRUMEN_PRESET.indikator.filter((i) => i.kode !== 'SISTEM_INFORMASI'),
        { kode: 'SI-1', aspek: 'SISTEM_INFORMASI' as const, bobot: 9 },
        { kode: 'SI-2', aspek: 'SISTEM_INFORMASI' as const, bobot: 10 },
      ],
    };
    const j = dua.indikator.map((i) => ({ indikator: i.kode, level: i.kode === 'SI-2' ? null : 4 }));
    expect(indeksSistemMerit({ tanggalPenilaian: '2023-06-30', jawaban: j }, { instrumen: dua }).value).toMatchObject({
      status: 'TIDAK_DINILAI',
      tidakDinilai: ['SISTEM_INFORMASI'],
    });
    refused(
      () => indeksSistemMerit({ tanggalPenilaian: '2023-06-30', jawaban: [...jawaban, { indikator: 'X', level: 1 }] }),
      ['jawaban', 8, 'indikator'],
    );
    refused(() => indeksSistemMerit({ tanggalPenilaian: '2023-06-30', jawaban: jawaban.slice(1) }), ['jawaban']);
    refused(
      () => indeksSistemMerit({ tanggalPenilaian: '2023-06-30', jawaban: [{ ...jawaban[0]!, level: 5 }, ...jawaban.slice(1)] }),
      ['jawaban', 0, 'level'],
    );
    // An instrument that does not span 100–400 cannot use the KASN bands.
    refused(
      () => indeksSistemMerit({ tanggalPenilaian: '2023-06-30', jawaban }, { instrumen: { ...INSTRUMEN_PRESET, levelMinimum: 0 } }),
      ['options', 'instrumen', 'indikator'],
    );
  });

  it('refuses contradictions between the date and the scheme of the scores', () => {
    refused(() => indeksSistemMerit({ tanggalPenilaian: '2023-06-30' }), ['skorAspek']);
    refused(() => indeksSistemMerit({ tanggalPenilaian: '2026-01-05', skorAspek: SKOR }), ['skorAspek']);
    refused(() => indeksSistemMerit({ tanggalPenilaian: '2023-06-30', skorAspek: SKOR, indeksMaturitas: 0.5 }), ['indeksMaturitas']);
    expect(() => indeksSistemMerit({ tanggalPenilaian: '2017-12-31', skorAspek: SKOR })).toThrow(RuleNotInForceError);
  });

  it('explains in both languages, citing the KASN statement as unlocated', () => {
    const d = indeksSistemMerit({ tanggalPenilaian: '2023-06-30', skorAspek: SKOR });
    expect(d.trace.version).toBe('PERMENPANRB_40_2018');
    // The band that applies is a row of the KASN table: outcome APPLIES, read as "Berlaku".
    expect(d.reasons.find((r) => r.code === 'merit.indeksSistemMerit.kategori')?.outcome).toBe('APPLIES');
    expect(explain(d, 'id')).toContain(
      'Berlaku: Skor 306 dalam rentang 250 sampai kurang dari 325: kategori III Baik (skor di antara dua pita tercetak: ikut pita di bawahnya) [1]',
    );
    expect(explain(d, 'en').join('\n')).toMatch(/19 points short of category Very Good/);
  });
});

describe('indeksSistemMerit: PermenPANRB 19/2025 (dated second version)', () => {
  it('switches on 31 December 2025', () => {
    expect(checkBandTable(BAND_NISM_2025, { min: 0 })).toEqual([]);
    const opsi = { skema2025: 'PAPARAN_KEMENPANRB_2025' } as const;
    expect(indeksSistemMerit({ tanggalPenilaian: '2025-12-30', skorAspek: SKOR }).trace.version).toBe('PERMENPANRB_40_2018');
    expect(indeksSistemMerit({ tanggalPenilaian: '2025-12-31', indeksMaturitas: 0.5, indeksKepuasan: 0.5 }, opsi).trace.version).toBe(
      'PERMENPANRB_19_2025',
    );
  });

  it('refuses by default: its Lampiran was not read', () => {
    refused(
      () => indeksSistemMerit({ tanggalPenilaian: '2026-03-01', indeksMaturitas: 0.5, indeksKepuasan: 0.5 }),
      ['options', 'skema2025'],
    );
  });

  it('scores with the presentation figures when chosen, boundaries on both sides', () => {
    const opsi = { skema2025: 'PAPARAN_KEMENPANRB_2025' } as const;
    const k = (m: number | string, s: number | string, o = {}) =>
      indeksSistemMerit({ tanggalPenilaian: '2026-03-01', indeksMaturitas: m, indeksKepuasan: s }, { ...opsi, ...o }).value;
    expect(k(0.4, 0.4).kategori).toBe('DASAR');
    expect(k(0.41, 0.41).kategori).toBe('LANJUTAN');
    expect(k(0.81, 0.81).kategori).toBe('TINGGI');
    expect(k(1, 1).kategori).toBe('TINGGI');
    expect(k('0.405', '0.405').kategori).toBe('DASAR');
    expect(k('0.405', '0.405', { skorAntaraPita: 'BULATKAN' }).kategori).toBe('LANJUTAN');
    expect(k(0.2, 1, { bobotMaturitas: 50 }).skor).toBe('0.6');
    expect(k(null as never, 0.5)).toMatchObject({ status: 'TIDAK_DINILAI', tidakDinilai: ['MATURITAS'] });
    refused(() => k(0.5, 0.5, { bobotMaturitas: 100 }), ['options', 'bobotMaturitas']);
  });
});
