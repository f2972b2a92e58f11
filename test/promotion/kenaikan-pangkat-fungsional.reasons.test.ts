import { describe, expect, it } from 'vitest';
import { explain } from '../../src/explain.js';
import { kenaikanPangkatFungsional, type PegawaiKenaikanPangkatFungsional } from '../../src/promotion/index.js';
import { reasonsOf } from '../expected-reason.js';
import { thrownIssueLines } from '../input-issues.js';
import { F_AKK, F_JENJANG, F_MASA, F_PENILAIAN, HUKUMAN, P_AO, P_BULAN, P_ENAM, teks } from './dasar-kp.js';
import { reasonLines } from '../explain/lines.js';

const RID = 'promotion.kenaikanPangkatFungsional';

// Citations per condition: PP 99/2000 Pasal 13 huruf a, b, c; the AKK table; the jenjang ranges.
const MASA = F_MASA;
const CMASA = teks(F_MASA);
const PENILAIAN = F_PENILAIAN;
const CPENILAIAN = teks(F_PENILAIAN);
const AK = F_JENJANG;
const CAK = teks(F_JENJANG);
const AKK = F_AKK;
const CAKK = teks(F_AKK);
const HD = HUKUMAN;
const CHD = teks(HUKUMAN);
const ENAM_PERIODE = P_ENAM;
const CENAM = '(Peraturan BKN 4/2023 Pasal 2)';

const r = reasonsOf(RID);
const ringkas = (d: { reasons: readonly { code: string; outcome: string }[] }) =>
  d.reasons.map((x) => `${x.code.slice(RID.length + 1)}:${x.outcome}`);

const baik = [
  { tahun: 2023, predikat: 'BAIK' },
  { tahun: 2024, predikat: 'BAIK' },
] as const;
/** Ahli Muda III/c, 2 years in pangkat on 1 April 2025, AKK 100 (the KP threshold of the jenjang), Baik in 2023 and 2024. */
const base: PegawaiKenaikanPangkatFungsional = {
  jenjang: 'AHLI_MUDA',
  golongan: 'III/c',
  tmtPangkat: '2023-04-01',
  akk: 100,
  riwayatPenilaian: [...baik],
};

describe('kenaikanPangkatFungsional reasons (PP 99/2000 Pasal 13; PermenPANRB 1/2023; Peraturan BKN 3/2023)', () => {
  it('Ahli Pertama III/a, AKK 50, 3 years in pangkat, Sangat Baik: promoted to III/b on the April 2025 period', () => {
    const d = kenaikanPangkatFungsional(
      {
        jenjang: 'AHLI_PERTAMA',
        golongan: 'III/a',
        tmtPangkat: '2022-04-01',
        akk: 50,
        riwayatPenilaian: [
          { tahun: 2023, predikat: 'SANGAT_BAIK' },
          { tahun: 2024, predikat: 'SANGAT_BAIK' },
        ],
      },
      { asOf: '2025-03-15' },
    );
    expect(d.value).toEqual({
      memenuhiSyarat: true,
      golonganBaru: 'III/b',
      tmt: '2025-04-01',
      periode: '2025-04-01',
      golonganTujuan: 'III/b',
      tmtPalingCepat: '2025-04-01',
      syaratTidakTerpenuhi: [],
    });
    expect(d.reasons).toEqual([
      r('periode', 'INFO', ENAM_PERIODE, { asOf: '2025-03-15', periode: '2025-04-01' }),
      r('masaDalamPangkat', 'PASS', MASA, {
        mulai: '2022-04-01',
        periode: '2025-04-01',
        tahun: 3,
        minimum: 2,
        tanggalPalingCepat: '2024-04-01',
      }),
      r('angkaKredit', 'PASS', AKK, { akk: '50.00', kebutuhan: '50', jenjang: 'AHLI_PERTAMA' }),
      r('penilaian', 'PASS', PENILAIAN, { tahun: 2023, predikat: 'SANGAT_BAIK', minimum: 'BAIK' }),
      r('penilaian', 'PASS', PENILAIAN, { tahun: 2024, predikat: 'SANGAT_BAIK', minimum: 'BAIK' }),
      r('hukumanTidakAda', 'PASS', HD, { tanggal: '2025-03-15, 2025-04-01' }),
    ]);
    expect(explain(d, 'id')).toMatchInlineSnapshot(`
      [
        "Catatan: Periode kenaikan pangkat yang dinilai: 1 April 2025 (periode pertama pada atau setelah 15 Maret 2025) [1]",
        "Terpenuhi: Masa dalam pangkat sejak 1 April 2022: 3 tahun pada 1 April 2025 (minimal 2 tahun, tercapai pada 1 April 2024) [2]",
        "Terpenuhi: Angka kredit kumulatif 50,00, dibutuhkan 50 untuk kenaikan pangkat dalam jenjang Ahli Pertama [3, 4]",
        "Terpenuhi: Penilaian kinerja tahun 2023: Sangat Baik (minimal Baik) [5]",
        "Terpenuhi: Penilaian kinerja tahun 2024: Sangat Baik (minimal Baik) [5]",
        "Terpenuhi: Tidak sedang menjalani hukuman disiplin yang menghalangi pada 15 Maret 2025, 1 April 2025 [6]",
        "Dasar hukum:",
        "[1] Peraturan BKN 4/2023 Pasal 2",
        "[2] PP 99/2000 Pasal 13 huruf a",
        "[3] PP 99/2000 Pasal 13 huruf b",
        "[4] PermenPANRB 1/2023 Lampiran",
        "[5] PP 99/2000 Pasal 13 huruf c",
        "[6] PP 94/2021 (pasal belum ditemukan)",
      ]
    `);
    expect(explain(d, 'en')).toMatchInlineSnapshot(`
      [
        "Note: Promotion period assessed: 1 April 2025 (the first period on or after 15 March 2025) [1]",
        "Met: Time in rank since 1 April 2022: 3 years on 1 April 2025 (minimum 2 years, reached on 1 April 2024) [2]",
        "Met: Cumulative credit points 50.00, 50 needed for a promotion in grade Ahli Pertama (first expert) [3, 4]",
        "Met: Performance appraisal 2023: Very Good (Sangat Baik) (minimum Good (Baik)) [5]",
        "Met: Performance appraisal 2024: Very Good (Sangat Baik) (minimum Good (Baik)) [5]",
        "Met: No blocking disciplinary penalty running on 15 March 2025, 1 April 2025 [6]",
        "Legal basis:",
        "[1] Peraturan BKN 4/2023 Pasal 2",
        "[2] PP 99/2000 Pasal 13 huruf a",
        "[3] PP 99/2000 Pasal 13 huruf b",
        "[4] PermenPANRB 1/2023 Lampiran",
        "[5] PP 99/2000 Pasal 13 huruf c",
        "[6] PP 94/2021 (article not located)",
      ]
    `);
  });

  it('AKK 37.5 of 50: not eligible, the target golongan still given (digest §9 vector 8)', () => {
    const d = kenaikanPangkatFungsional(
      { jenjang: 'AHLI_PERTAMA', golongan: 'III/a', tmtPangkat: '2022-04-01', akk: '37.5', riwayatPenilaian: [...baik] },
      { asOf: '2025-04-01' },
    );
    // The AKK is not cured by time alone: it must still be met on the earliest period, which is this one.
    expect(d.value).toEqual({
      memenuhiSyarat: false,
      golonganBaru: null,
      tmt: null,
      periode: '2025-04-01',
      golonganTujuan: 'III/b',
      tmtPalingCepat: null,
      syaratTidakTerpenuhi: [{ code: 'promotion.kenaikanPangkatFungsional.angkaKredit', olehWaktuSaja: false }],
    });
    expect(d.reasons[2]).toEqual(r('angkaKredit', 'FAIL', AKK, { akk: '37.50', kebutuhan: '50', jenjang: 'AHLI_PERTAMA' }));
    expect(reasonLines(d, 'id')[2]).toMatchInlineSnapshot(
      `"Tidak terpenuhi: Angka kredit kumulatif 37,50, dibutuhkan 50 untuk kenaikan pangkat dalam jenjang Ahli Pertama [3, 4]"`,
    );
    expect(reasonLines(d, 'en')[2]).toMatchInlineSnapshot(
      `"Not met: Cumulative credit points 37.50, 50 needed for a promotion in grade Ahli Pertama (first expert) [3, 4]"`,
    );
  });

  it('every condition failing at once, from Pemula II/a on the monthly regime (Peraturan BKN 4/2025)', () => {
    const d = kenaikanPangkatFungsional(
      {
        jenjang: 'PEMULA',
        golongan: 'II/a',
        tmtPangkat: '2023-11-02',
        akk: '14.99',
        riwayatPenilaian: [{ tahun: 2024, predikat: 'BUTUH_PERBAIKAN' }],
        riwayatHukuman: [
          { jenis: 'POTONGAN_TUKIN_6_BULAN', tmt: '2025-09-01' },
          { jenis: 'PENURUNAN_JABATAN', tmt: '2025-03-01' },
        ],
      },
      { asOf: '2025-10-02' },
    );
    // Two years in pangkat on 2025-11-02; both hukuman end 2026-03-01, a period of the monthly regime.
    expect(d.value).toEqual({
      memenuhiSyarat: false,
      golonganBaru: null,
      tmt: null,
      periode: '2025-11-01',
      golonganTujuan: 'II/b',
      tmtPalingCepat: null,
      syaratTidakTerpenuhi: [
        { code: 'promotion.kenaikanPangkatFungsional.masaDalamPangkat', olehWaktuSaja: true },
        { code: 'promotion.kenaikanPangkatFungsional.angkaKredit', olehWaktuSaja: false },
        { code: 'promotion.kenaikanPangkatFungsional.penilaianTidakAda', olehWaktuSaja: false },
        { code: 'promotion.kenaikanPangkatFungsional.penilaian', olehWaktuSaja: false },
        { code: 'promotion.kenaikanPangkatFungsional.hukumanBerjalan', olehWaktuSaja: true },
      ],
    });
    expect(d.reasons).toEqual([
      r('periode', 'INFO', P_BULAN, { asOf: '2025-10-02', periode: '2025-11-01' }),
      r('tanpaKenaikanJenjang', 'INFO', AK, { jenjang: 'PEMULA', golonganTujuan: 'II/b' }),
      r('masaDalamPangkat', 'FAIL', MASA, {
        mulai: '2023-11-02',
        periode: '2025-11-01',
        tahun: 1,
        minimum: 2,
        tanggalPalingCepat: '2025-11-02',
      }),
      r('angkaKredit', 'FAIL', AKK, { akk: '14.99', kebutuhan: '15', jenjang: 'PEMULA' }),
      r('penilaianTidakAda', 'FAIL', PENILAIAN, { tahun: 2023, minimum: 'BAIK' }),
      r('penilaian', 'FAIL', PENILAIAN, { tahun: 2024, predikat: 'BUTUH_PERBAIKAN', minimum: 'BAIK' }),
      // The heavier of the two running hukuman is reported.
      r('hukumanBerjalan', 'FAIL', HD, { jenis: 'PENURUNAN_JABATAN', tmtHukuman: '2025-03-01', selesai: '2026-03-01' }),
      // The angka kredit and the appraisals are not met by time alone: no earliest TMT.
      r('tmtPalingCepatTidakAda', 'INFO', P_BULAN, {}),
    ]);
    expect(explain(d, 'id')).toMatchInlineSnapshot(`
      [
        "Catatan: Periode kenaikan pangkat yang dinilai: 1 November 2025 (periode pertama pada atau setelah 2 Oktober 2025) [1]",
        "Catatan: Golongan II/b (Pengatur Muda Tingkat I) di atas rentang jenjang Pemula: kenaikan pangkat tanpa kenaikan jenjang (tidak tersedia lowongan) [2, 3]",
        "Tidak terpenuhi: Masa dalam pangkat sejak 2 November 2023: 1 tahun pada 1 November 2025 (minimal 2 tahun, tercapai pada 2 November 2025) [4]",
        "Tidak terpenuhi: Angka kredit kumulatif 14,99, dibutuhkan 15 untuk kenaikan pangkat dalam jenjang Pemula [5, 6]",
        "Tidak terpenuhi: Penilaian kinerja tahun 2023 tidak tersedia (minimal Baik) [7]",
        "Tidak terpenuhi: Penilaian kinerja tahun 2024: Butuh Perbaikan (minimal Baik) [7]",
        "Tidak terpenuhi: Sedang menjalani hukuman disiplin penurunan jabatan setingkat lebih rendah selama 12 bulan (TMT 1 Maret 2025, selesai 1 Maret 2026) [8]",
        "Catatan: Tidak ada TMT paling cepat: syarat yang tidak terpenuhi di atas tidak tercapai hanya dengan berlalunya waktu [1]",
        "Dasar hukum:",
        "[1] Peraturan BKN 4/2025 (pasal belum ditemukan)",
        "[2] PermenPANRB 1/2023 (pasal belum ditemukan)",
        "[3] Peraturan BKN 3/2023 (pasal belum ditemukan)",
        "[4] PP 99/2000 Pasal 13 huruf a",
        "[5] PP 99/2000 Pasal 13 huruf b",
        "[6] PermenPANRB 1/2023 Lampiran",
        "[7] PP 99/2000 Pasal 13 huruf c",
        "[8] PP 94/2021 (pasal belum ditemukan)",
      ]
    `);
    expect(explain(d, 'en')).toMatchInlineSnapshot(`
      [
        "Note: Promotion period assessed: 1 November 2025 (the first period on or after 2 October 2025) [1]",
        "Note: Golongan II/b (Pengatur Muda Tingkat I) is above the range of grade Pemula (entry): promotion without grade advancement (no vacancy) [2, 3]",
        "Not met: Time in rank since 2 November 2023: 1 year on 1 November 2025 (minimum 2 years, reached on 2 November 2025) [4]",
        "Not met: Cumulative credit points 14.99, 15 needed for a promotion in grade Pemula (entry) [5, 6]",
        "Not met: No performance appraisal for 2023 (minimum Good (Baik)) [7]",
        "Not met: Performance appraisal 2024: Needs Improvement (Butuh Perbaikan) (minimum Good (Baik)) [7]",
        "Not met: Serving disciplinary penalty demotion one level for 12 months (from 1 March 2025, ends 1 March 2026) [8]",
        "Note: No earliest TMT: a condition not met above is not met by time alone [1]",
        "Legal basis:",
        "[1] Peraturan BKN 4/2025 (article not located)",
        "[2] PermenPANRB 1/2023 (article not located)",
        "[3] Peraturan BKN 3/2023 (article not located)",
        "[4] PP 99/2000 Pasal 13 huruf a",
        "[5] PP 99/2000 Pasal 13 huruf b",
        "[6] PermenPANRB 1/2023 Lampiran",
        "[7] PP 99/2000 Pasal 13 huruf c",
        "[8] PP 94/2021 (article not located)",
      ]
    `);
  });

  it('the top golongan of a top jenjang (Penyelia III/d, Ahli Utama IV/e) has no KP: only the period and one FAIL', () => {
    for (const [jenjang, golongan, idLine, enLine] of [
      [
        'PENYELIA',
        'III/d',
        'Golongan III/d (Penata Tingkat I) adalah pangkat tertinggi jenjang Penyelia',
        'Golongan III/d (Penata Tingkat I) is the highest rank of grade Penyelia (supervisor)',
      ],
      [
        'AHLI_UTAMA',
        'IV/e',
        'Golongan IV/e (Pembina Utama) adalah pangkat tertinggi jenjang Ahli Utama',
        'Golongan IV/e (Pembina Utama) is the highest rank of grade Ahli Utama (principal expert)',
      ],
    ] as const) {
      const d = kenaikanPangkatFungsional(
        { ...base, jenjang, golongan, akk: 1000, riwayatHukuman: [{ jenis: 'PENURUNAN_JABATAN', tmt: '2025-01-01' }] },
        { asOf: '2025-03-15' },
      );
      expect(d.value, jenjang).toEqual({
        memenuhiSyarat: false,
        golonganBaru: null,
        tmt: null,
        periode: '2025-04-01',
        golonganTujuan: null,
        tmtPalingCepat: null,
        syaratTidakTerpenuhi: [{ code: 'promotion.kenaikanPangkatFungsional.pangkatPuncakJenjang', olehWaktuSaja: false }],
      });
      expect(d.reasons, jenjang).toEqual([
        r('periode', 'INFO', ENAM_PERIODE, { asOf: '2025-03-15', periode: '2025-04-01' }),
        r('pangkatPuncakJenjang', 'FAIL', AK, { jenjang, golongan }),
      ]);
      expect(reasonLines(d, 'id')[1]).toBe(`Tidak terpenuhi: ${idLine} [2, 3]`);
      expect(reasonLines(d, 'en')[1]).toBe(`Not met: ${enLine} [2, 3]`);
    }
  });

  it('below the top golongan of a top jenjang the KP is judged normally (Penyelia III/c → III/d, Ahli Utama IV/d → IV/e)', () => {
    const penyelia = kenaikanPangkatFungsional({ ...base, jenjang: 'PENYELIA', golongan: 'III/c', akk: 100 }, { asOf: '2025-04-01' });
    expect(penyelia.value).toMatchObject({ memenuhiSyarat: true, golonganBaru: 'III/d', golonganTujuan: 'III/d' });
    expect(ringkas(penyelia)).toEqual([
      'periode:INFO',
      'masaDalamPangkat:PASS',
      'angkaKredit:PASS',
      'penilaian:PASS',
      'penilaian:PASS',
      'hukumanTidakAda:PASS',
    ]);
    const utama = kenaikanPangkatFungsional({ ...base, jenjang: 'AHLI_UTAMA', golongan: 'IV/d', akk: 200 }, { asOf: '2025-04-01' });
    expect(utama.value).toMatchObject({ memenuhiSyarat: true, golonganBaru: 'IV/e', golonganTujuan: 'IV/e' });
    expect(utama.reasons[2]).toEqual(r('angkaKredit', 'PASS', AKK, { akk: '200.00', kebutuhan: '200', jenjang: 'AHLI_UTAMA' }));
  });

  it('from the top golongan of a lower jenjang: one level up without kenaikan jenjang (digest §4.4 rule 3)', () => {
    const rows = (
      [
        ['PEMULA', 'II/a', 15, 'II/b'],
        ['TERAMPIL', 'II/d', 20, 'III/a'],
        ['MAHIR', 'III/b', 50, 'III/c'],
        ['AHLI_PERTAMA', 'III/b', 50, 'III/c'],
        ['AHLI_MUDA', 'III/d', 100, 'IV/a'],
        ['AHLI_MADYA', 'IV/c', 150, 'IV/d'],
      ] as const
    ).map(([jenjang, golongan, akk, tujuan]) => {
      const d = kenaikanPangkatFungsional({ ...base, jenjang, golongan, akk }, { asOf: '2025-04-01' });
      expect(d.reasons[1], jenjang).toEqual(r('tanpaKenaikanJenjang', 'INFO', AK, { jenjang, golonganTujuan: tujuan }));
      expect(ringkas(d).slice(2), jenjang).toEqual([
        'masaDalamPangkat:PASS',
        'angkaKredit:PASS',
        'penilaian:PASS',
        'penilaian:PASS',
        'hukumanTidakAda:PASS',
      ]);
      return [jenjang, d.value.memenuhiSyarat, d.value.golonganBaru];
    });
    expect(rows).toEqual([
      ['PEMULA', true, 'II/b'],
      ['TERAMPIL', true, 'III/a'],
      ['MAHIR', true, 'III/c'],
      ['AHLI_PERTAMA', true, 'III/c'],
      ['AHLI_MUDA', true, 'IV/a'],
      ['AHLI_MADYA', true, 'IV/d'],
    ]);
    const d = kenaikanPangkatFungsional({ ...base, jenjang: 'AHLI_MADYA', golongan: 'IV/c', akk: 150 }, { asOf: '2025-04-01' });
    expect(reasonLines(d, 'id')[1]).toMatchInlineSnapshot(
      `"Catatan: Golongan IV/d (Pembina Utama Madya) di atas rentang jenjang Ahli Madya: kenaikan pangkat tanpa kenaikan jenjang (tidak tersedia lowongan) [2, 3]"`,
    );
    expect(reasonLines(d, 'en')[1]).toMatchInlineSnapshot(
      `"Note: Golongan IV/d (Pembina Utama Madya) is above the range of grade Ahli Madya (middle expert): promotion without grade advancement (no vacancy) [2, 3]"`,
    );
  });

  it('inside the jenjang there is no tanpaKenaikanJenjang reason', () => {
    for (const [jenjang, golongan] of [
      ['TERAMPIL', 'II/b'],
      ['TERAMPIL', 'II/c'],
      ['MAHIR', 'III/a'],
      ['AHLI_PERTAMA', 'III/a'],
      ['AHLI_MUDA', 'III/c'],
      ['AHLI_MADYA', 'IV/a'],
      ['AHLI_MADYA', 'IV/b'],
    ] as const) {
      const d = kenaikanPangkatFungsional({ ...base, jenjang, golongan, akk: 1000 }, { asOf: '2025-04-01' });
      expect(ringkas(d), `${jenjang} ${golongan}`).toEqual([
        'periode:INFO',
        'masaDalamPangkat:PASS',
        'angkaKredit:PASS',
        'penilaian:PASS',
        'penilaian:PASS',
        'hukumanTidakAda:PASS',
      ]);
    }
  });

  it('AKK boundary per jenjang: the KP AKK itself passes, 0.01 less fails (digest §4.3)', () => {
    const KEBUTUHAN = [
      ['PEMULA', 'II/a', '15'],
      ['TERAMPIL', 'II/b', '20'],
      ['MAHIR', 'III/a', '50'],
      ['PENYELIA', 'III/c', '100'],
      ['AHLI_PERTAMA', 'III/a', '50'],
      ['AHLI_MUDA', 'III/c', '100'],
      ['AHLI_MADYA', 'IV/a', '150'],
      ['AHLI_UTAMA', 'IV/d', '200'],
    ] as const;
    for (const [jenjang, golongan, kebutuhan] of KEBUTUHAN) {
      const run = (akk: string) => kenaikanPangkatFungsional({ ...base, jenjang, golongan, akk }, { asOf: '2025-04-01' });
      const tepat = run(kebutuhan);
      expect(tepat.value.memenuhiSyarat, jenjang).toBe(true);
      expect(
        tepat.reasons.find((x) => x.code === `${RID}.angkaKredit`),
        jenjang,
      ).toEqual(r('angkaKredit', 'PASS', AKK, { akk: `${kebutuhan}.00`, kebutuhan, jenjang }));
      const kurang = run(String(Number(kebutuhan) - 0.01));
      expect(kurang.value.memenuhiSyarat, jenjang).toBe(false);
      expect(
        kurang.reasons.find((x) => x.code === `${RID}.angkaKredit`),
        jenjang,
      ).toEqual(r('angkaKredit', 'FAIL', AKK, { akk: String(Number(kebutuhan) - 0.01), kebutuhan, jenjang }));
    }
  });

  it('masaDalamPangkat: exactly 2 years on the period passes, a day less fails; minTahunDalamPangkat 0–10', () => {
    const tepat = kenaikanPangkatFungsional(base, { asOf: '2025-04-01' });
    expect(tepat.value).toMatchObject({ memenuhiSyarat: true, golonganBaru: 'III/d', tmt: '2025-04-01' });
    expect(tepat.reasons[1]).toEqual(
      r('masaDalamPangkat', 'PASS', MASA, {
        mulai: '2023-04-01',
        periode: '2025-04-01',
        tahun: 2,
        minimum: 2,
        tanggalPalingCepat: '2025-04-01',
      }),
    );
    const sehariKurang = kenaikanPangkatFungsional({ ...base, tmtPangkat: '2023-04-02' }, { asOf: '2025-04-01' });
    expect(sehariKurang.value).toMatchObject({ memenuhiSyarat: false, golonganBaru: null, tmt: null, golonganTujuan: 'III/d' });
    expect(ringkas(sehariKurang)).toEqual([
      'periode:INFO',
      'masaDalamPangkat:FAIL',
      'angkaKredit:PASS',
      'penilaian:PASS',
      'penilaian:PASS',
      'hukumanTidakAda:PASS',
      'tmtPalingCepat:INFO',
    ]);
    // Time alone: two years in pangkat on 2 April 2025, so the next period, 1 June 2025.
    expect(sehariKurang.value).toMatchObject({ tmtPalingCepat: '2025-06-01' });
    expect(sehariKurang.reasons.at(-1)).toEqual(r('tmtPalingCepat', 'INFO', P_ENAM, { tmt: '2025-06-01' }));
    expect(sehariKurang.reasons[1]!.facts).toEqual({
      mulai: '2023-04-02',
      periode: '2025-04-01',
      tahun: 1,
      minimum: 2,
      tanggalPalingCepat: '2025-04-02',
    });
    expect(reasonLines(sehariKurang, 'id')[1]).toMatchInlineSnapshot(
      `"Tidak terpenuhi: Masa dalam pangkat sejak 2 April 2023: 1 tahun pada 1 April 2025 (minimal 2 tahun, tercapai pada 2 April 2025) [2]"`,
    );
    // The setting: 3 years needs TMT 2022-04-01 at the latest; 0 and 10 are its bounds.
    const tiga = (tmtPangkat: string) =>
      kenaikanPangkatFungsional({ ...base, tmtPangkat }, { asOf: '2025-04-01', minTahunDalamPangkat: 3 });
    expect(tiga('2022-04-01').value.memenuhiSyarat).toBe(true);
    expect(tiga('2022-04-02').reasons[1]).toMatchObject({ outcome: 'FAIL', facts: { minimum: 3, tanggalPalingCepat: '2025-04-02' } });
    const nol = kenaikanPangkatFungsional({ ...base, tmtPangkat: '2025-04-01' }, { asOf: '2025-04-01', minTahunDalamPangkat: 0 });
    expect(nol.reasons[1]).toEqual(
      r('masaDalamPangkat', 'PASS', MASA, {
        mulai: '2025-04-01',
        periode: '2025-04-01',
        tahun: 0,
        minimum: 0,
        tanggalPalingCepat: '2025-04-01',
      }),
    );
    const sepuluh = kenaikanPangkatFungsional({ ...base, tmtPangkat: '2015-04-01' }, { asOf: '2025-04-01', minTahunDalamPangkat: 10 });
    expect(sepuluh.reasons[1]).toMatchObject({ outcome: 'PASS', facts: { tahun: 10, minimum: 10, tanggalPalingCepat: '2025-04-01' } });
    const opsi = (minTahunDalamPangkat: unknown) =>
      thrownIssueLines(() => kenaikanPangkatFungsional(base, { asOf: '2025-04-01', minTahunDalamPangkat: minTahunDalamPangkat as number }));
    expect(opsi(11)).toEqual(['options.minTahunDalamPangkat: 11 is out of range; must be from 0 to 10']);
    expect(opsi(-1)).toEqual(['options.minTahunDalamPangkat: -1 is out of range; must be from 0 to 10']);
    expect(opsi(1.5)).toEqual(['options.minTahunDalamPangkat: must be a whole number from 0 to 10, not the number 1.5']);
  });

  it('penilaian: the two calendar years before the period year, at least minPredikat (preset Baik)', () => {
    // December 2025 → the January 2026 period (monthly regime): 2024 and 2025 are judged.
    const des = kenaikanPangkatFungsional(
      {
        ...base,
        riwayatPenilaian: [
          { tahun: 2023, predikat: 'SANGAT_KURANG' },
          { tahun: 2024, predikat: 'CUKUP' },
          { tahun: 2025, predikat: 'SANGAT_BAIK' },
        ],
      },
      { asOf: '2025-12-15', minPredikat: 'BUTUH_PERBAIKAN' },
    );
    expect(des.value).toMatchObject({ memenuhiSyarat: true, tmt: '2026-01-01', periode: '2026-01-01' });
    expect(des.reasons.slice(3, 5)).toEqual([
      r('penilaian', 'PASS', PENILAIAN, { tahun: 2024, predikat: 'CUKUP', minimum: 'BUTUH_PERBAIKAN' }),
      r('penilaian', 'PASS', PENILAIAN, { tahun: 2025, predikat: 'SANGAT_BAIK', minimum: 'BUTUH_PERBAIKAN' }),
    ]);
    expect(explain(des, 'id').slice(3, 5)).toMatchInlineSnapshot(`
      [
        "Terpenuhi: Penilaian kinerja tahun 2024: Cukup (minimal Butuh Perbaikan) [5]",
        "Terpenuhi: Penilaian kinerja tahun 2025: Sangat Baik (minimal Butuh Perbaikan) [5]",
      ]
    `);
    expect(explain(des, 'en').slice(3, 5)).toMatchInlineSnapshot(`
      [
        "Met: Performance appraisal 2024: Fair (Cukup) (minimum Needs Improvement (Butuh Perbaikan)) [5]",
        "Met: Performance appraisal 2025: Very Good (Sangat Baik) (minimum Needs Improvement (Butuh Perbaikan)) [5]",
      ]
    `);
    // Under the preset (Baik), Butuh Perbaikan fails and a missing year fails.
    const preset = kenaikanPangkatFungsional(
      { ...base, riwayatPenilaian: [{ tahun: 2024, predikat: 'BUTUH_PERBAIKAN' }] },
      { asOf: '2025-04-01' },
    );
    expect(preset.value.memenuhiSyarat).toBe(false);
    expect(preset.reasons.slice(3, 5)).toEqual([
      r('penilaianTidakAda', 'FAIL', PENILAIAN, { tahun: 2023, minimum: 'BAIK' }),
      r('penilaian', 'FAIL', PENILAIAN, { tahun: 2024, predikat: 'BUTUH_PERBAIKAN', minimum: 'BAIK' }),
    ]);
    // Without any riwayatPenilaian both years are missing.
    const { riwayatPenilaian: _, ...tanpa } = base;
    expect(ringkas(kenaikanPangkatFungsional(tanpa, { asOf: '2025-04-01' })).slice(3, 5)).toEqual([
      'penilaianTidakAda:FAIL',
      'penilaianTidakAda:FAIL',
    ]);
  });

  it('hukuman disiplin: checked on asOf and on the period; sedang/berat block by default, the setting widens or switches it off', () => {
    // Starts after asOf but runs on the June period.
    const diPeriode = kenaikanPangkatFungsional(
      { ...base, riwayatHukuman: [{ jenis: 'POTONGAN_TUKIN_6_BULAN', tmt: '2025-05-01' }] },
      { asOf: '2025-04-02' },
    );
    expect(diPeriode.value).toMatchObject({ memenuhiSyarat: false, periode: '2025-06-01', golonganTujuan: 'III/d' });
    expect(diPeriode.reasons.slice(-2)).toEqual([
      r('hukumanBerjalan', 'FAIL', HD, { jenis: 'POTONGAN_TUKIN_6_BULAN', tmtHukuman: '2025-05-01', selesai: '2025-11-01' }),
      r('tmtPalingCepat', 'INFO', P_ENAM, { tmt: '2025-11-01' }),
    ]);
    expect(reasonLines(diPeriode, 'id').at(-2)).toMatchInlineSnapshot(
      `"Tidak terpenuhi: Sedang menjalani hukuman disiplin pemotongan tunjangan kinerja 25% selama 6 bulan (TMT 1 Mei 2025, selesai 1 November 2025) [6]"`,
    );
    expect(reasonLines(diPeriode, 'en').at(-2)).toMatchInlineSnapshot(
      `"Not met: Serving disciplinary penalty 25% performance-allowance cut for 6 months (from 1 May 2025, ends 1 November 2025) [6]"`,
    );
    // Runs on asOf, served by the period: still blocks (no running hukuman on either date).
    const diAsOf = kenaikanPangkatFungsional(
      { ...base, riwayatHukuman: [{ jenis: 'POTONGAN_TUKIN_6_BULAN', tmt: '2024-10-03' }] },
      { asOf: '2025-04-02' },
    );
    expect(diAsOf.value).toMatchObject({ memenuhiSyarat: false, periode: '2025-06-01' });
    expect(diAsOf.reasons.slice(-2)).toEqual([
      r('hukumanBerjalan', 'FAIL', HD, { jenis: 'POTONGAN_TUKIN_6_BULAN', tmtHukuman: '2024-10-03', selesai: '2025-04-03' }),
      // Asked again once it is served, the same period is open: each period is judged as if asked on its own date.
      r('tmtPalingCepat', 'INFO', P_ENAM, { tmt: '2025-06-01' }),
    ]);
    // Served before asOf, and a ringan one on the day: no block under the preset.
    const selesai = kenaikanPangkatFungsional(
      {
        ...base,
        riwayatHukuman: [
          { jenis: 'POTONGAN_TUKIN_6_BULAN', tmt: '2024-09-15' },
          { jenis: 'TEGURAN_LISAN', tmt: '2025-03-15' },
        ],
      },
      { asOf: '2025-03-15' },
    );
    expect(selesai.value.memenuhiSyarat).toBe(true);
    expect(selesai.reasons.at(-1)).toEqual(r('hukumanTidakAda', 'PASS', HD, { tanggal: '2025-03-15, 2025-04-01' }));
    // With RINGAN among the blocking levels the teguran blocks.
    const ringan = kenaikanPangkatFungsional(
      { ...base, riwayatHukuman: [{ jenis: 'TEGURAN_LISAN', tmt: '2025-03-15' }] },
      { asOf: '2025-03-15', tingkatHukumanMenghalangi: ['RINGAN'] },
    );
    expect(ringan.value.memenuhiSyarat).toBe(false);
    expect(ringan.reasons.slice(-2)).toEqual([
      r('hukumanBerjalan', 'FAIL', HD, { jenis: 'TEGURAN_LISAN', tmtHukuman: '2025-03-15', selesai: '2025-03-16' }),
      r('tmtPalingCepat', 'INFO', P_ENAM, { tmt: '2025-04-01' }),
    ]);
    // [] switches the check off: an INFO, and the KP goes through despite a running berat hukuman.
    const mati = kenaikanPangkatFungsional(
      { ...base, riwayatHukuman: [{ jenis: 'PEMBEBASAN_DARI_JABATAN', tmt: '2025-01-01' }] },
      { asOf: '2025-04-01', tingkatHukumanMenghalangi: [] },
    );
    expect(mati.value).toMatchObject({ memenuhiSyarat: true, golonganBaru: 'III/d' });
    expect(mati.reasons.at(-1)).toEqual(r('hukumanTidakDiperiksa', 'INFO', HD, {}));
    expect(reasonLines(mati, 'id').at(-1)).toMatchInlineSnapshot(
      `"Catatan: Hukuman disiplin yang sedang dijalani tidak diperiksa (pengaturan) [6]"`,
    );
    expect(reasonLines(mati, 'en').at(-1)).toMatchInlineSnapshot(`"Note: Running disciplinary penalties not checked (setting) [6]"`);
  });

  it('the period before 2024 is from the 1 April / 1 October regime', () => {
    const d = kenaikanPangkatFungsional(
      {
        ...base,
        tmtPangkat: '2021-10-01',
        riwayatPenilaian: [
          { tahun: 2021, predikat: 'BAIK' },
          { tahun: 2022, predikat: 'BAIK' },
        ],
      },
      { asOf: '2023-04-02' },
    );
    expect(d.value).toEqual({
      memenuhiSyarat: true,
      golonganBaru: 'III/d',
      tmt: '2023-10-01',
      periode: '2023-10-01',
      golonganTujuan: 'III/d',
      tmtPalingCepat: '2023-10-01',
      syaratTidakTerpenuhi: [],
    });
    expect(d.reasons[0]).toEqual(
      r('periode', 'INFO', P_AO, {
        asOf: '2023-04-02',
        periode: '2023-10-01',
      }),
    );
    expect(reasonLines(d, 'id')[0]).toMatchInlineSnapshot(
      `"Catatan: Periode kenaikan pangkat yang dinilai: 1 Oktober 2023 (periode pertama pada atau setelah 2 April 2023) [1]"`,
    );
  });

  it('bad input: exact issue lines', () => {
    expect(thrownIssueLines(() => kenaikanPangkatFungsional({ ...base, golongan: 'III/a' }, { asOf: '2025-04-01' }))).toEqual([
      "golongan: must be within the jenjang's golongan (III/c, III/d)",
    ]);
    expect(
      thrownIssueLines(() => kenaikanPangkatFungsional({ ...base, jenjang: 'AHLI_MADYA', golongan: 'IV/d' }, { asOf: '2025-04-01' })),
    ).toEqual(["golongan: must be within the jenjang's golongan (IV/a, IV/b, IV/c)"]);
    expect(
      thrownIssueLines(() => kenaikanPangkatFungsional({ ...base, akk: '-0.01', tmtPangkat: '2023-02-30' }, { asOf: '2025-04-01' })),
    ).toEqual([
      'tmtPangkat: "2023-02-30" is not a day of the calendar (February 2023 has 28 days); write a real date, e.g. 2023-02-28',
      'akk: "-0.01" is out of range; must be at least 0',
    ]);
    expect(kenaikanPangkatFungsional({ ...base, akk: 0 }, { asOf: '2025-04-01' }).reasons[2]).toMatchObject({
      outcome: 'FAIL',
      facts: { akk: '0.00' },
    });
    expect(thrownIssueLines(() => kenaikanPangkatFungsional({ ...base, akk: '1e2' }, { asOf: '2025-04-01' }))).toEqual([
      'akk: "1e2" is not a number that can be read; write digits with a decimal point and no thousands separator, e.g. 89.99',
    ]);
    expect(
      thrownIssueLines(() =>
        kenaikanPangkatFungsional(
          {
            ...base,
            riwayatPenilaian: [
              { tahun: 2023, predikat: 'BAIK' },
              { tahun: 2023, predikat: 'BAIK' },
            ],
          },
          { asOf: '2025-04-01' },
        ),
      ),
    ).toEqual(['riwayatPenilaian.1.tahun: appraisal year 2023 appears twice']);
    expect(
      thrownIssueLines(() =>
        kenaikanPangkatFungsional(base, { asOf: '2025-04-31', minPredikat: 'CUKUP' as never, tingkatHukumanMenghalangi: ['X'] as never }),
      ),
    ).toEqual([
      'options.asOf: "2025-04-31" is not a day of the calendar (April 2025 has 30 days); write a real date, e.g. 2025-04-30',
      'options.minPredikat: "CUKUP" is not one of the options; write one of "SANGAT_BAIK", "BAIK", "BUTUH_PERBAIKAN", "KURANG" or "SANGAT_KURANG"',
      'options.tingkatHukumanMenghalangi.0: "X" is not one of the options; write one of "RINGAN", "SEDANG" or "BERAT"',
    ]);
    expect(thrownIssueLines(() => kenaikanPangkatFungsional(base, {} as never))).toEqual([
      'options.asOf: is required; give a date YYYY-MM-DD, e.g. 2024-02-01',
    ]);
  });
});
