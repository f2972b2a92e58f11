import { describe, expect, it } from 'vitest';
import { explain } from '../../src/explain.js';
import {
  ESELON,
  IJAZAH,
  IJAZAH_PASCASARJANA,
  IJAZAH_SARJANA_KE_ATAS,
  JENJANG_PANGKAT_ESELON,
  kenaikanPangkatStruktural,
  type PegawaiKenaikanPangkatStruktural,
} from '../../src/promotion/index.js';
import { reasonsOf } from '../expected-reason.js';
import { thrownIssueLines } from '../input-issues.js';
import { ESELON as DASAR_ESELON, HUKUMAN, P_ENAM, SATU_TINGKAT, STRUKTURAL, teks, UJIAN } from './dasar-kp.js';
import { reasonLines } from '../explain/lines.js';

const tail = (d: { reasons: { code: string }[] }) => d.reasons.map((r) => r.code.slice(r.code.lastIndexOf('.') + 1));

const PERIODE_CITE = P_ENAM;
const HUKUMAN_CITE = HUKUMAN;
const T_PERIODE = '(Peraturan BKN 4/2023 Pasal 2)';
const T_HUKUMAN = teks(HUKUMAN);
const baik2 = [
  { tahun: 2023, predikat: 'BAIK' as const },
  { tahun: 2024, predikat: 'BAIK' as const },
];
// The decision date lies before the KP period it leads to, so `asOf` and `periode` differ in every fact.
const asOf = '2025-03-10';

// Kenaikan pangkat pilihan jabatan struktural (PP 99/2000; PP 100/2000 jo. PP 13/2002; digest §3.2–3.3)

const ST = 'promotion.kenaikanPangkatStruktural';
const st = reasonsOf(ST);
// Citations per condition: PP 99/2000 Pasal 12 (time in pangkat, appraisals); one level below the jenjang adds the
// juklak contoh; the eselon table (PP 13/2002 Lampiran); ujian dinas.
const CKP = STRUKTURAL;
const TKP = teks(STRUKTURAL);
const CSB = SATU_TINGKAT;
const TSB = teks(SATU_TINGKAT);
const CES = DASAR_ESELON;
const TES = teks(DASAR_ESELON);
const CUJ = UJIAN;
const TUJ = teks(UJIAN);

/** Digest §3.3 restated: eselon → [lowest, highest] pangkat. */
const DIGEST_ESELON: Record<(typeof ESELON)[number], [string, string]> = {
  'I.a': ['IV/d', 'IV/e'],
  'I.b': ['IV/c', 'IV/e'],
  'II.a': ['IV/c', 'IV/d'],
  'II.b': ['IV/b', 'IV/c'],
  'III.a': ['IV/a', 'IV/b'],
  'III.b': ['III/d', 'IV/a'],
  'IV.a': ['III/c', 'III/d'],
  'IV.b': ['III/b', 'III/c'],
  'V.a': ['III/a', 'III/b'],
};
const GOL = [
  'I/a',
  'I/b',
  'I/c',
  'I/d',
  'II/a',
  'II/b',
  'II/c',
  'II/d',
  'III/a',
  'III/b',
  'III/c',
  'III/d',
  'IV/a',
  'IV/b',
  'IV/c',
  'IV/d',
  'IV/e',
] as const;
const next = (g: string) => GOL[GOL.indexOf(g as never) + 1]!;
const prev = (g: string) => GOL[GOL.indexOf(g as never) - 1]!;

describe('kenaikanPangkatStruktural reasons', () => {
  // S-b: V.a (III/a–III/b), II/d is one level below; II/d → III/a needs Ujian Dinas Tingkat I.
  const sb: PegawaiKenaikanPangkatStruktural = {
    eselon: 'V.a',
    golongan: 'II/d',
    tmtPangkat: '2024-04-01',
    tmtJabatan: '2024-04-01',
    ijazah: 'D_III',
    riwayatPenilaian: baik2,
    ujianDinas: ['TINGKAT_I'],
  };

  it('the eselon table, row by row, against the digest', () => {
    expect([...ESELON]).toEqual(Object.keys(DIGEST_ESELON));
    for (const e of ESELON) expect(JENJANG_PANGKAT_ESELON[e], e).toEqual({ terendah: DIGEST_ESELON[e][0], tertinggi: DIGEST_ESELON[e][1] });
  });

  it('one level below the jenjang, 1 year in pangkat and in jabatan: the whole decision and both texts (digest §9 vector 16)', () => {
    const d = kenaikanPangkatStruktural(sb, { asOf });
    expect(d.value).toEqual({
      memenuhiSyarat: true,
      golonganBaru: 'III/a',
      tmt: '2025-04-01',
      periode: '2025-04-01',
      golonganTujuan: 'III/a',
      tmtPalingCepat: '2025-04-01',
      syaratTidakTerpenuhi: [],
    });
    expect(d.reasons).toEqual([
      st('periode', 'INFO', PERIODE_CITE, { asOf, periode: '2025-04-01' }),
      st('plafonEselon', 'PASS', CES, { eselon: 'V.a', terendah: 'III/a', tertinggi: 'III/b', golonganTujuan: 'III/a' }),
      st('satuTingkatDiBawah', 'INFO', CSB, { golongan: 'II/d', terendah: 'III/a' }),
      st('masaDalamPangkat', 'PASS', CSB, {
        mulai: '2024-04-01',
        periode: '2025-04-01',
        tahun: 1,
        minimum: 1,
        tanggalPalingCepat: '2025-04-01',
      }),
      st('masaDalamJabatan', 'PASS', CSB, {
        mulai: '2024-04-01',
        periode: '2025-04-01',
        tahun: 1,
        minimum: 1,
        tanggalPalingCepat: '2025-04-01',
      }),
      st('penilaian', 'PASS', CKP, { tahun: 2023, predikat: 'BAIK', minimum: 'BAIK' }),
      st('penilaian', 'PASS', CKP, { tahun: 2024, predikat: 'BAIK', minimum: 'BAIK' }),
      st('ujianDinasLulus', 'PASS', CUJ, { ujian: 'TINGKAT_I' }),
      st('hukumanTidakAda', 'PASS', HUKUMAN_CITE, { tanggal: '2025-03-10, 2025-04-01' }),
    ]);
    expect(explain(d, 'id')).toMatchInlineSnapshot(`
      [
        "Catatan: Periode kenaikan pangkat yang dinilai: 1 April 2025 (periode pertama pada atau setelah 10 Maret 2025) [1]",
        "Terpenuhi: Jenjang pangkat eselon V.a: III/a (Penata Muda) s.d. III/b (Penata Muda Tingkat I); golongan tujuan III/a (Penata Muda) [2, 3]",
        "Catatan: Golongan II/d (Pengatur Tingkat I) satu tingkat di bawah pangkat terendah jenjang (III/a (Penata Muda)): cukup 1 tahun dalam pangkat dan 1 tahun dalam jabatan [4, 5]",
        "Terpenuhi: Masa dalam pangkat sejak 1 April 2024: 1 tahun pada 1 April 2025 (minimal 1 tahun, tercapai pada 1 April 2025) [4, 5]",
        "Terpenuhi: Masa dalam jabatan sejak 1 April 2024: 1 tahun pada 1 April 2025 (minimal 1 tahun, tercapai pada 1 April 2025) [4, 5]",
        "Terpenuhi: Penilaian kinerja tahun 2023: Baik (minimal Baik) [4]",
        "Terpenuhi: Penilaian kinerja tahun 2024: Baik (minimal Baik) [4]",
        "Terpenuhi: Telah lulus ujian dinas Tingkat I [5, 6]",
        "Terpenuhi: Tidak sedang menjalani hukuman disiplin yang menghalangi pada 10 Maret 2025, 1 April 2025 [7]",
        "Dasar hukum:",
        "[1] Peraturan BKN 4/2023 Pasal 2",
        "[2] PP 13/2002 Lampiran",
        "[3] Keputusan Kepala BKN 13/2002 (pasal belum ditemukan)",
        "[4] PP 99/2000 Pasal 12",
        "[5] Keputusan Kepala BKN 12/2002 (pasal belum ditemukan)",
        "[6] PP 99/2000 (pasal belum ditemukan)",
        "[7] PP 94/2021 (pasal belum ditemukan)",
      ]
    `);
    expect(explain(d, 'en')).toMatchInlineSnapshot(`
      [
        "Note: Promotion period assessed: 1 April 2025 (the first period on or after 10 March 2025) [1]",
        "Met: Rank range of eselon V.a: III/a (Penata Muda) to III/b (Penata Muda Tingkat I); target golongan III/a (Penata Muda) [2, 3]",
        "Note: Golongan II/d (Pengatur Tingkat I) is one level below the lowest rank of the range (III/a (Penata Muda)): 1 year in rank and 1 year in post suffice [4, 5]",
        "Met: Time in rank since 1 April 2024: 1 year on 1 April 2025 (minimum 1 year, reached on 1 April 2025) [4, 5]",
        "Met: Time in post since 1 April 2024: 1 year on 1 April 2025 (minimum 1 year, reached on 1 April 2025) [4, 5]",
        "Met: Performance appraisal 2023: Good (Baik) (minimum Good (Baik)) [4]",
        "Met: Performance appraisal 2024: Good (Baik) (minimum Good (Baik)) [4]",
        "Met: Passed the civil-service exam Level I [5, 6]",
        "Met: No blocking disciplinary penalty running on 10 March 2025, 1 April 2025 [7]",
        "Legal basis:",
        "[1] Peraturan BKN 4/2023 Pasal 2",
        "[2] PP 13/2002 Lampiran",
        "[3] Keputusan Kepala BKN 13/2002 (article not located)",
        "[4] PP 99/2000 Pasal 12",
        "[5] Keputusan Kepala BKN 12/2002 (article not located)",
        "[6] PP 99/2000 (article not located)",
        "[7] PP 94/2021 (article not located)",
      ]
    `);
  });

  it('one level below: a day short in pangkat or in jabatan fails that condition', () => {
    const p = kenaikanPangkatStruktural({ ...sb, tmtPangkat: '2024-04-02' }, { asOf });
    // A year in pangkat on 2025-04-02: the next period of the six-period regime.
    expect(p.value).toEqual({
      memenuhiSyarat: false,
      golonganBaru: null,
      tmt: null,
      periode: '2025-04-01',
      golonganTujuan: 'III/a',
      tmtPalingCepat: '2025-06-01',
      syaratTidakTerpenuhi: [{ code: 'promotion.kenaikanPangkatStruktural.masaDalamPangkat', olehWaktuSaja: true }],
    });
    expect(p.reasons[3]).toEqual(
      st('masaDalamPangkat', 'FAIL', CSB, {
        mulai: '2024-04-02',
        periode: '2025-04-01',
        tahun: 0,
        minimum: 1,
        tanggalPalingCepat: '2025-04-02',
      }),
    );
    expect(reasonLines(p, 'id')[3]).toMatchInlineSnapshot(
      `"Tidak terpenuhi: Masa dalam pangkat sejak 2 April 2024: 0 tahun pada 1 April 2025 (minimal 1 tahun, tercapai pada 2 April 2025) [4, 5]"`,
    );
    const j = kenaikanPangkatStruktural({ ...sb, tmtJabatan: '2024-04-02' }, { asOf });
    expect(j.value.memenuhiSyarat).toBe(false);
    expect(j.reasons[4]).toEqual(
      st('masaDalamJabatan', 'FAIL', CSB, {
        mulai: '2024-04-02',
        periode: '2025-04-01',
        tahun: 0,
        minimum: 1,
        tanggalPalingCepat: '2025-04-02',
      }),
    );
    expect(reasonLines(j, 'en')[4]).toMatchInlineSnapshot(
      `"Not met: Time in post since 2 April 2024: 0 years on 1 April 2025 (minimum 1 year, reached on 2 April 2025) [4, 5]"`,
    );
    // The setting minTahunDalamJenjang does not apply one level below.
    expect(kenaikanPangkatStruktural(sb, { asOf, minTahunDalamJenjang: 4 }).value.memenuhiSyarat).toBe(true);
  });

  it('Ujian Dinas Tingkat I (II/d → III/a): passed, exempt by ijazah S1/D-IV and up or by Diklatpim IV, otherwise failing', () => {
    const ud = (p: Partial<PegawaiKenaikanPangkatStruktural>) => kenaikanPangkatStruktural({ ...sb, ujianDinas: [], ...p }, { asOf });
    const s1 = ud({ ijazah: 'S1' });
    expect(s1.value.memenuhiSyarat).toBe(true);
    expect(s1.reasons[7]).toEqual(st('ujianDinasDibebaskan', 'PASS', CUJ, { ujian: 'TINGKAT_I', dasar: 'IJAZAH', ijazah: 'S1' }));
    expect(reasonLines(s1, 'id')[7]).toMatchInlineSnapshot(
      `"Terpenuhi: Dibebaskan dari ujian dinas Tingkat I karena ijazah (ijazah Sarjana (S1)) [5, 6]"`,
    );
    expect(reasonLines(s1, 'en')[7]).toMatchInlineSnapshot(
      `"Met: Exempt from the civil-service exam Level I by diploma (diploma Bachelor (S1)) [5, 6]"`,
    );
    const dk = ud({ diklatKepemimpinan: ['DIKLATPIM_IV'] });
    expect(dk.reasons[7]).toEqual(
      st('ujianDinasDibebaskan', 'PASS', CUJ, { ujian: 'TINGKAT_I', dasar: 'DIKLAT_KEPEMIMPINAN', ijazah: 'D_III' }),
    );
    expect(reasonLines(dk, 'id')[7]).toMatchInlineSnapshot(
      `"Terpenuhi: Dibebaskan dari ujian dinas Tingkat I karena diklat kepemimpinan (ijazah Diploma III) [5, 6]"`,
    );
    expect(reasonLines(dk, 'en')[7]).toMatchInlineSnapshot(
      `"Met: Exempt from the civil-service exam Level I by leadership training (diploma Diploma III) [5, 6]"`,
    );
    const no = ud({ ujianDinas: ['TINGKAT_II'] });
    expect(no.value.memenuhiSyarat).toBe(false);
    expect(no.reasons[7]).toEqual(st('ujianDinasBelumLulus', 'FAIL', CUJ, { ujian: 'TINGKAT_I', dari: 'II/d', ke: 'III/a' }));
    expect(reasonLines(no, 'id')[7]).toMatchInlineSnapshot(
      `"Tidak terpenuhi: Kenaikan dari II/d (Pengatur Tingkat I) ke III/a (Penata Muda) memerlukan ujian dinas Tingkat I, yang belum lulus dan tidak dibebaskan [5, 6]"`,
    );
    expect(reasonLines(no, 'en')[7]).toMatchInlineSnapshot(
      `"Not met: Moving from II/d (Pengatur Tingkat I) to III/a (Penata Muda) needs the civil-service exam Level I, not passed and not exempt [5, 6]"`,
    );
    for (const ijazah of IJAZAH) {
      const r = ud({ ijazah }).reasons[7]!;
      expect(r.code, ijazah).toBe(`${ST}.${IJAZAH_SARJANA_KE_ATAS.includes(ijazah) ? 'ujianDinasDibebaskan' : 'ujianDinasBelumLulus'}`);
    }
  });

  it('Ujian Dinas Tingkat II (III/d → IV/a in eselon III.b): exempt by dokter/apoteker/S2/S3 or Diklatpim III, not by S1 or Diklatpim IV', () => {
    const p: PegawaiKenaikanPangkatStruktural = {
      eselon: 'III.b',
      golongan: 'III/d',
      tmtPangkat: '2021-04-01',
      tmtJabatan: '2020-01-01',
      ijazah: 'S1',
      riwayatPenilaian: baik2,
    };
    const r = (x: Partial<PegawaiKenaikanPangkatStruktural>) => kenaikanPangkatStruktural({ ...p, ...x }, { asOf }).reasons[5]!;
    expect(r({})).toEqual(st('ujianDinasBelumLulus', 'FAIL', CUJ, { ujian: 'TINGKAT_II', dari: 'III/d', ke: 'IV/a' }));
    expect(r({ diklatKepemimpinan: ['DIKLATPIM_IV'], ujianDinas: ['TINGKAT_I'] }).outcome).toBe('FAIL');
    expect(r({ ujianDinas: ['TINGKAT_II'] })).toEqual(st('ujianDinasLulus', 'PASS', CUJ, { ujian: 'TINGKAT_II' }));
    expect(r({ diklatKepemimpinan: ['DIKLATPIM_III'] })).toEqual(
      st('ujianDinasDibebaskan', 'PASS', CUJ, { ujian: 'TINGKAT_II', dasar: 'DIKLAT_KEPEMIMPINAN', ijazah: 'S1' }),
    );
    for (const ijazah of IJAZAH)
      expect(r({ ijazah }).code, ijazah).toBe(
        `${ST}.${IJAZAH_PASCASARJANA.includes(ijazah) ? 'ujianDinasDibebaskan' : 'ujianDinasBelumLulus'}`,
      );
    const d = kenaikanPangkatStruktural({ ...p, ijazah: 'S2' }, { asOf });
    expect(d.value).toEqual({
      memenuhiSyarat: true,
      golonganBaru: 'IV/a',
      tmt: '2025-04-01',
      periode: '2025-04-01',
      golonganTujuan: 'IV/a',
      tmtPalingCepat: '2025-04-01',
      syaratTidakTerpenuhi: [],
    });
    expect(d.reasons[5]).toEqual(st('ujianDinasDibebaskan', 'PASS', CUJ, { ujian: 'TINGKAT_II', dasar: 'IJAZAH', ijazah: 'S2' }));
    expect(reasonLines(d, 'en')[5]).toMatchInlineSnapshot(
      `"Met: Exempt from the civil-service exam Level II by diploma (diploma Master (S2)) [5, 6]"`,
    );
  });

  it('within the jenjang, failing appraisal, ujian dinas and a running hukuman berat: the whole decision and both texts', () => {
    const d = kenaikanPangkatStruktural(
      {
        eselon: 'III.b',
        golongan: 'III/d',
        tmtPangkat: '2021-04-01',
        tmtJabatan: '2015-04-01',
        ijazah: 'S1',
        riwayatPenilaian: [baik2[0]!],
        riwayatHukuman: [{ jenis: 'PEMBEBASAN_DARI_JABATAN', tmt: '2025-01-01' }],
      },
      { asOf },
    );
    // Four years in pangkat on the period; the hukuman berat runs to 2026-01-01 (appraisal and ujian dinas must still hold then).
    expect(d.value).toEqual({
      memenuhiSyarat: false,
      golonganBaru: null,
      tmt: null,
      periode: '2025-04-01',
      golonganTujuan: 'IV/a',
      tmtPalingCepat: null,
      syaratTidakTerpenuhi: [
        { code: 'promotion.kenaikanPangkatStruktural.penilaianTidakAda', olehWaktuSaja: false },
        { code: 'promotion.kenaikanPangkatStruktural.ujianDinasBelumLulus', olehWaktuSaja: false },
        { code: 'promotion.kenaikanPangkatStruktural.hukumanBerjalan', olehWaktuSaja: true },
      ],
    });
    expect(d.reasons).toEqual([
      st('periode', 'INFO', PERIODE_CITE, { asOf, periode: '2025-04-01' }),
      st('plafonEselon', 'PASS', CES, { eselon: 'III.b', terendah: 'III/d', tertinggi: 'IV/a', golonganTujuan: 'IV/a' }),
      st('masaDalamPangkat', 'PASS', CKP, {
        mulai: '2021-04-01',
        periode: '2025-04-01',
        tahun: 4,
        minimum: 4,
        tanggalPalingCepat: '2025-04-01',
      }),
      st('penilaian', 'PASS', CKP, { tahun: 2023, predikat: 'BAIK', minimum: 'BAIK' }),
      st('penilaianTidakAda', 'FAIL', CKP, { tahun: 2024, minimum: 'BAIK' }),
      st('ujianDinasBelumLulus', 'FAIL', CUJ, { ujian: 'TINGKAT_II', dari: 'III/d', ke: 'IV/a' }),
      st('hukumanBerjalan', 'FAIL', HUKUMAN_CITE, { jenis: 'PEMBEBASAN_DARI_JABATAN', tmtHukuman: '2025-01-01', selesai: '2026-01-01' }),
      st('tmtPalingCepatTidakAda', 'INFO', PERIODE_CITE, {}),
    ]);
    expect(explain(d, 'id')).toMatchInlineSnapshot(`
      [
        "Catatan: Periode kenaikan pangkat yang dinilai: 1 April 2025 (periode pertama pada atau setelah 10 Maret 2025) [1]",
        "Terpenuhi: Jenjang pangkat eselon III.b: III/d (Penata Tingkat I) s.d. IV/a (Pembina); golongan tujuan IV/a (Pembina) [2, 3]",
        "Terpenuhi: Masa dalam pangkat sejak 1 April 2021: 4 tahun pada 1 April 2025 (minimal 4 tahun, tercapai pada 1 April 2025) [4]",
        "Terpenuhi: Penilaian kinerja tahun 2023: Baik (minimal Baik) [4]",
        "Tidak terpenuhi: Penilaian kinerja tahun 2024 tidak tersedia (minimal Baik) [4]",
        "Tidak terpenuhi: Kenaikan dari III/d (Penata Tingkat I) ke IV/a (Pembina) memerlukan ujian dinas Tingkat II, yang belum lulus dan tidak dibebaskan [5, 6]",
        "Tidak terpenuhi: Sedang menjalani hukuman disiplin pembebasan dari jabatannya menjadi jabatan pelaksana selama 12 bulan (TMT 1 Januari 2025, selesai 1 Januari 2026) [7]",
        "Catatan: Tidak ada TMT paling cepat: syarat yang tidak terpenuhi di atas tidak tercapai hanya dengan berlalunya waktu [1]",
        "Dasar hukum:",
        "[1] Peraturan BKN 4/2023 Pasal 2",
        "[2] PP 13/2002 Lampiran",
        "[3] Keputusan Kepala BKN 13/2002 (pasal belum ditemukan)",
        "[4] PP 99/2000 Pasal 12",
        "[5] PP 99/2000 (pasal belum ditemukan)",
        "[6] Keputusan Kepala BKN 12/2002 (pasal belum ditemukan)",
        "[7] PP 94/2021 (pasal belum ditemukan)",
      ]
    `);
    expect(explain(d, 'en')).toMatchInlineSnapshot(`
      [
        "Note: Promotion period assessed: 1 April 2025 (the first period on or after 10 March 2025) [1]",
        "Met: Rank range of eselon III.b: III/d (Penata Tingkat I) to IV/a (Pembina); target golongan IV/a (Pembina) [2, 3]",
        "Met: Time in rank since 1 April 2021: 4 years on 1 April 2025 (minimum 4 years, reached on 1 April 2025) [4]",
        "Met: Performance appraisal 2023: Good (Baik) (minimum Good (Baik)) [4]",
        "Not met: No performance appraisal for 2024 (minimum Good (Baik)) [4]",
        "Not met: Moving from III/d (Penata Tingkat I) to IV/a (Pembina) needs the civil-service exam Level II, not passed and not exempt [5, 6]",
        "Not met: Serving disciplinary penalty removal from position to an executor position for 12 months (from 1 January 2025, ends 1 January 2026) [7]",
        "Note: No earliest TMT: a condition not met above is not met by time alone [1]",
        "Legal basis:",
        "[1] Peraturan BKN 4/2023 Pasal 2",
        "[2] PP 13/2002 Lampiran",
        "[3] Keputusan Kepala BKN 13/2002 (article not located)",
        "[4] PP 99/2000 Pasal 12",
        "[5] PP 99/2000 (article not located)",
        "[6] Keputusan Kepala BKN 12/2002 (article not located)",
        "[7] PP 94/2021 (article not located)",
      ]
    `);
  });

  it('within the jenjang: 4 years in pangkat (setting), the day after fails; the setting moves the bound', () => {
    const p: PegawaiKenaikanPangkatStruktural = {
      eselon: 'IV.a',
      golongan: 'III/c',
      tmtPangkat: '2021-04-02',
      tmtJabatan: '2020-01-01',
      ijazah: 'S1',
      riwayatPenilaian: baik2,
    };
    const d = kenaikanPangkatStruktural(p, { asOf });
    expect(d.value.memenuhiSyarat).toBe(false);
    expect(d.reasons[2]).toEqual(
      st('masaDalamPangkat', 'FAIL', CKP, {
        mulai: '2021-04-02',
        periode: '2025-04-01',
        tahun: 3,
        minimum: 4,
        tanggalPalingCepat: '2025-04-02',
      }),
    );
    expect(tail(d)).toEqual([
      'periode',
      'plafonEselon',
      'masaDalamPangkat',
      'penilaian',
      'penilaian',
      'ujianDinasTidakDiperlukan',
      'hukumanTidakAda',
      'tmtPalingCepat',
    ]);
    // Time alone: four years in pangkat on 2 April 2025, so the next period, 1 June 2025.
    expect(d.reasons.at(-1)).toEqual(st('tmtPalingCepat', 'INFO', PERIODE_CITE, { tmt: '2025-06-01' }));
    expect(d.reasons[5]).toEqual(st('ujianDinasTidakDiperlukan', 'PASS', CUJ, { dari: 'III/c', ke: 'III/d' }));
    expect(kenaikanPangkatStruktural(p, { asOf, minTahunDalamJenjang: 3 }).value).toEqual({
      memenuhiSyarat: true,
      golonganBaru: 'III/d',
      tmt: '2025-04-01',
      periode: '2025-04-01',
      golonganTujuan: 'III/d',
      tmtPalingCepat: '2025-04-01',
      syaratTidakTerpenuhi: [],
    });
    expect(kenaikanPangkatStruktural(p, { asOf, minTahunDalamJenjang: 0 }).reasons[2]!.facts).toMatchObject({
      minimum: 0,
      tanggalPalingCepat: '2021-04-02',
    });
    expect(kenaikanPangkatStruktural(p, { asOf, minTahunDalamJenjang: 10 }).reasons[2]).toMatchObject({
      outcome: 'FAIL',
      facts: { minimum: 10, tanggalPalingCepat: '2031-04-02' },
    });
    // At the lowest pangkat of the jenjang the within-jenjang rule applies (not the one-level-below one).
    const low = kenaikanPangkatStruktural(
      { ...p, eselon: 'IV.b', golongan: 'III/b', tmtPangkat: '2024-04-01', tmtJabatan: '2024-04-01' },
      { asOf },
    );
    expect(tail(low).slice(2, 3)).toEqual(['masaDalamPangkat']);
    expect(low.reasons[2]).toMatchObject({ outcome: 'FAIL', facts: { minimum: 4 } });
  });

  it('more than one level below the jenjang: refused with its own reason, the other conditions still listed', () => {
    const d = kenaikanPangkatStruktural({ ...sb, golongan: 'II/c', ujianDinas: [] }, { asOf });
    // More than one level below the jenjang: time does not cure it.
    expect(d.value).toEqual({
      memenuhiSyarat: false,
      golonganBaru: null,
      tmt: null,
      periode: '2025-04-01',
      golonganTujuan: 'II/d',
      tmtPalingCepat: null,
      syaratTidakTerpenuhi: [{ code: 'promotion.kenaikanPangkatStruktural.diBawahJenjang', olehWaktuSaja: false }],
    });
    expect(d.reasons.slice(1)).toEqual([
      st('plafonEselon', 'PASS', CES, { eselon: 'V.a', terendah: 'III/a', tertinggi: 'III/b', golonganTujuan: 'II/d' }),
      st('diBawahJenjang', 'FAIL', CES, { golongan: 'II/c', terendah: 'III/a' }),
      st('penilaian', 'PASS', CKP, { tahun: 2023, predikat: 'BAIK', minimum: 'BAIK' }),
      st('penilaian', 'PASS', CKP, { tahun: 2024, predikat: 'BAIK', minimum: 'BAIK' }),
      st('ujianDinasTidakDiperlukan', 'PASS', CUJ, { dari: 'II/c', ke: 'II/d' }),
      st('hukumanTidakAda', 'PASS', HUKUMAN_CITE, { tanggal: '2025-03-10, 2025-04-01' }),
      st('tmtPalingCepatTidakAda', 'INFO', PERIODE_CITE, {}),
    ]);
    expect(reasonLines(d, 'id')[2]).toMatchInlineSnapshot(
      `"Tidak terpenuhi: Golongan II/c (Pengatur) lebih dari satu tingkat di bawah pangkat terendah jenjang (III/a (Penata Muda)) [2, 3]"`,
    );
    expect(reasonLines(d, 'en')[2]).toMatchInlineSnapshot(
      `"Not met: Golongan II/c (Pengatur) is more than one level below the lowest rank of the range (III/a (Penata Muda)) [2, 3]"`,
    );
    expect(reasonLines(d, 'id')[5]).toMatchInlineSnapshot(
      `"Terpenuhi: Kenaikan dari II/c (Pengatur) ke II/d (Pengatur Tingkat I) tidak memerlukan ujian dinas [5, 6]"`,
    );
    expect(reasonLines(d, 'en')[5]).toMatchInlineSnapshot(
      `"Met: Moving from II/c (Pengatur) to II/d (Pengatur Tingkat I) needs no civil-service exam [5, 6]"`,
    );
  });

  it('every eselon: up to its highest pangkat, not beyond (digest §9 vector 17); the check stops at the ceiling', () => {
    for (const e of ESELON) {
      const [terendah, tertinggi] = DIGEST_ESELON[e];
      const p = { eselon: e, tmtPangkat: '2015-04-01', tmtJabatan: '2015-04-01', ijazah: 'S3' as const, riwayatPenilaian: baik2 };
      const below = kenaikanPangkatStruktural({ ...p, golongan: prev(tertinggi) as never }, { asOf });
      expect(below.reasons[1], e).toEqual(st('plafonEselon', 'PASS', CES, { eselon: e, terendah, tertinggi, golonganTujuan: tertinggi }));
      expect(below.value.golonganBaru, e).toBe(tertinggi);
      const top = kenaikanPangkatStruktural({ ...p, golongan: tertinggi as never }, { asOf });
      const tujuan = tertinggi === 'IV/e' ? null : next(tertinggi);
      expect(top.value, e).toEqual({
        memenuhiSyarat: false,
        golonganBaru: null,
        tmt: null,
        periode: '2025-04-01',
        golonganTujuan: tujuan,
        tmtPalingCepat: null,
        syaratTidakTerpenuhi: [{ code: 'promotion.kenaikanPangkatStruktural.plafonEselon', olehWaktuSaja: false }],
      });
      expect(top.reasons, e).toEqual([
        st('periode', 'INFO', PERIODE_CITE, { asOf, periode: '2025-04-01' }),
        st('plafonEselon', 'FAIL', CES, { eselon: e, terendah, tertinggi, golonganTujuan: tujuan ?? '—' }),
      ]);
    }
    const top = kenaikanPangkatStruktural(
      { eselon: 'I.a', golongan: 'IV/e', tmtPangkat: '2015-04-01', tmtJabatan: '2015-04-01', ijazah: 'S3' },
      { asOf },
    );
    expect(reasonLines(top, 'id')[1]).toMatchInlineSnapshot(
      `"Tidak terpenuhi: Jenjang pangkat eselon I.a: IV/d (Pembina Utama Madya) s.d. IV/e (Pembina Utama); golongan tujuan — [2, 3]"`,
    );
    expect(reasonLines(top, 'en')[1]).toMatchInlineSnapshot(
      `"Not met: Rank range of eselon I.a: IV/d (Pembina Utama Madya) to IV/e (Pembina Utama); target golongan — [2, 3]"`,
    );
  });

  it('settings: minPredikat, and the hukuman levels that block (none: not checked)', () => {
    expect(kenaikanPangkatStruktural(sb, { asOf, minPredikat: 'SANGAT_BAIK' }).reasons.slice(5, 7)).toEqual([
      st('penilaian', 'FAIL', CKP, { tahun: 2023, predikat: 'BAIK', minimum: 'SANGAT_BAIK' }),
      st('penilaian', 'FAIL', CKP, { tahun: 2024, predikat: 'BAIK', minimum: 'SANGAT_BAIK' }),
    ]);
    const sedang = { ...sb, riwayatHukuman: [{ jenis: 'POTONGAN_TUKIN_6_BULAN' as const, tmt: '2025-01-01' }] };
    expect(kenaikanPangkatStruktural(sedang, { asOf }).reasons[8]).toEqual(
      st('hukumanBerjalan', 'FAIL', HUKUMAN_CITE, { jenis: 'POTONGAN_TUKIN_6_BULAN', tmtHukuman: '2025-01-01', selesai: '2025-07-01' }),
    );
    expect(kenaikanPangkatStruktural(sedang, { asOf, tingkatHukumanMenghalangi: ['BERAT'] }).value.memenuhiSyarat).toBe(true);
    const off = kenaikanPangkatStruktural(sedang, { asOf, tingkatHukumanMenghalangi: [] });
    expect(off.value.memenuhiSyarat).toBe(true);
    expect(off.reasons[8]).toEqual(st('hukumanTidakDiperiksa', 'INFO', HUKUMAN_CITE, {}));
    expect(reasonLines(off, 'id')[8]).toMatchInlineSnapshot(
      `"Catatan: Hukuman disiplin yang sedang dijalani tidak diperiksa (pengaturan) [7]"`,
    );
    expect(reasonLines(off, 'en')[8]).toMatchInlineSnapshot(`"Note: Running disciplinary penalties not checked (setting) [7]"`);
  });

  it('refuses bad input with exact issues', () => {
    const o = { asOf };
    expect(thrownIssueLines(() => kenaikanPangkatStruktural(sb, { ...o, minTahunDalamJenjang: 11 }))).toEqual([
      'options.minTahunDalamJenjang: 11 is out of range; must be from 0 to 10',
    ]);
    expect(thrownIssueLines(() => kenaikanPangkatStruktural(sb, { ...o, minTahunDalamJenjang: -1 }))).toEqual([
      'options.minTahunDalamJenjang: -1 is out of range; must be from 0 to 10',
    ]);
    expect(thrownIssueLines(() => kenaikanPangkatStruktural(sb, { ...o, minTahunDalamJenjang: 2.5 }))).toEqual([
      'options.minTahunDalamJenjang: must be a whole number from 0 to 10, not the number 2.5',
    ]);
    expect(thrownIssueLines(() => kenaikanPangkatStruktural({ ...sb, eselon: 'V.b' as never }, o))).toEqual([
      'eselon: "V.b" is not one of the options; write one of "I.a", "I.b", "II.a", "II.b", "III.a", "III.b", "IV.a", "IV.b" or "V.a"',
    ]);
    expect(thrownIssueLines(() => kenaikanPangkatStruktural({ ...sb, tmtJabatan: '2024-02-30' }, o))).toEqual([
      'tmtJabatan: "2024-02-30" is not a day of the calendar (February 2024 has 29 days); write a real date, e.g. 2024-02-29',
    ]);
    expect(
      thrownIssueLines(() =>
        kenaikanPangkatStruktural({ ...sb, ujianDinas: ['TINGKAT_III' as never], diklatKepemimpinan: ['DIKLATPIM_II' as never] }, o),
      ),
    ).toEqual([
      'ujianDinas.0: "TINGKAT_III" is not one of the options (did you mean "TINGKAT_II"?); write one of "TINGKAT_I" or "TINGKAT_II"',
      'diklatKepemimpinan.0: "DIKLATPIM_II" is not one of the options (did you mean "DIKLATPIM_IV"?); write one of "DIKLATPIM_IV" or "DIKLATPIM_III"',
    ]);
  });
});
