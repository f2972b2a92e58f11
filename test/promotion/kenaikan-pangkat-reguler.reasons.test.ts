import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import type { Reason } from '../../src/core/decision.js';
import { explain } from '../../src/explain.js';
import {
  batasAtasanBerlaku,
  compareGolongan,
  DIKLAT_KEPEMIMPINAN,
  GOLONGAN_AWAL_IJAZAH,
  GOLONGAN_PNS,
  GOLONGAN_PPPK,
  golonganBerikutnya,
  golonganSebelumnya,
  IJAZAH,
  type Ijazah,
  KENAIKAN_PANGKAT_REGULER_RULE_ID,
  kenaikanPangkatReguler,
  kenaikanPangkatRegulerOptions,
  kenaikanPangkatRegulerRule,
  MIN_TAHUN_KP_REGULER,
  namaPangkat,
  PANGKAT,
  type PegawaiKenaikanPangkatReguler,
  pegawaiKenaikanPangkatRegulerSchema,
  PLAFON_KP_REGULER,
  PREDIKAT_PENILAIAN,
  predikatPenilaianAtLeast,
  PROMOTION_REGULATIONS,
  TAHUN_PENILAIAN_KP_REGULER,
  UJIAN_DINAS,
  urutanGolongan,
} from '../../src/promotion/index.js';
import { reasonsOf } from '../expected-reason.js';
import { thrownIssueLines, thrownIssues } from '../input-issues.js';
import { ATASAN, DICABUT, HUKUMAN, P_AO, P_BULAN, P_ENAM, PERTAMA, PLAFON, PUNCAK, SYARAT, teks, UJIAN } from './dasar-kp.js';
import { rerun } from '../../src/core/index.js';
import { reasonLines } from '../explain/lines.js';

const RID = 'promotion.kenaikanPangkatReguler';

// Citations (the rule's own groups) and how explain() prints them.
// (Restated in ./dasar-kp.ts: the article or annex, or the phrase of an `unlocated` reason.)
const CT_SYARAT = teks(SYARAT);
const CT_PERTAMA = teks(PERTAMA);
const CT_PUNCAK = teks(PUNCAK);
const CT_PLAFON = teks(PLAFON);
const CT_ATASAN = teks(ATASAN);
const CT_DICABUT = teks(DICABUT);
const CT_UJIAN = teks(UJIAN);
const CT_HUKUMAN = teks(HUKUMAN);

const r = reasonsOf(RID);
const reasonOf = (d: { reasons: Reason[] }, code: string) => d.reasons.filter((x) => x.code === `${RID}.${code}`);

/** Digest §1.1 (PP 99/2000 Lampiran): the 17 pangkat, restated independently. */
const DIGEST_PANGKAT: [string, string][] = [
  ['I/a', 'Juru Muda'],
  ['I/b', 'Juru Muda Tingkat I'],
  ['I/c', 'Juru'],
  ['I/d', 'Juru Tingkat I'],
  ['II/a', 'Pengatur Muda'],
  ['II/b', 'Pengatur Muda Tingkat I'],
  ['II/c', 'Pengatur'],
  ['II/d', 'Pengatur Tingkat I'],
  ['III/a', 'Penata Muda'],
  ['III/b', 'Penata Muda Tingkat I'],
  ['III/c', 'Penata'],
  ['III/d', 'Penata Tingkat I'],
  ['IV/a', 'Pembina'],
  ['IV/b', 'Pembina Tingkat I'],
  ['IV/c', 'Pembina Utama Muda'],
  ['IV/d', 'Pembina Utama Madya'],
  ['IV/e', 'Pembina Utama'],
];

/**
 * Digest §1.2 and §2.3: starting golongan and KP-reguler ceiling per ijazah, with the label explain() prints
 * for the ijazah (id, en).
 */
const DIGEST_IJAZAH: [Ijazah, string, string, string, string][] = [
  ['SD', 'I/a', 'II/a', 'SD', 'primary school'],
  ['SLTP', 'I/c', 'II/c', 'SLTP', 'junior secondary school'],
  ['SLTP_KEJURUAN', 'I/c', 'II/d', 'SLTP Kejuruan', 'vocational junior secondary school'],
  ['SLTA', 'II/a', 'III/b', 'SLTA', 'senior secondary school'],
  ['SLTA_KEJURUAN', 'II/a', 'III/b', 'SLTA Kejuruan', 'vocational senior secondary school'],
  ['D_I', 'II/a', 'III/b', 'Diploma I', 'Diploma I'],
  ['D_II', 'II/b', 'III/b', 'Diploma II', 'Diploma II'],
  ['SGPLB', 'II/b', 'III/c', 'SGPLB', 'SGPLB (special-education teacher school)'],
  ['D_III', 'II/c', 'III/c', 'Diploma III', 'Diploma III'],
  ['SARJANA_MUDA', 'II/c', 'III/c', 'Sarjana Muda', "Sarjana Muda (bachelor's, junior)"],
  ['AKADEMI', 'II/c', 'III/c', 'Akademi', 'Academy'],
  ['BAKALOREAT', 'II/c', 'III/c', 'Bakaloreat', 'Baccalaureate'],
  ['S1', 'III/a', 'III/d', 'Sarjana (S1)', 'Bachelor (S1)'],
  ['D_IV', 'III/a', 'III/d', 'Diploma IV', 'Diploma IV'],
  ['DOKTER', 'III/b', 'IV/a', 'Dokter', 'Medical doctor'],
  ['DOKTER_GIGI', 'III/b', 'IV/a', 'Dokter Gigi', 'Dentist'],
  ['APOTEKER', 'III/b', 'IV/a', 'Apoteker', 'Pharmacist'],
  ['S2', 'III/b', 'IV/a', 'Magister (S2)', 'Master (S2)'],
  ['S3', 'III/c', 'IV/b', 'Doktor (S3)', 'Doctorate (S3)'],
];

const g = (s: string) => `${s} (${DIGEST_PANGKAT.find(([x]) => x === s)![1]})`;
const penilaian = (...list: [number, string][]) =>
  list.map(([tahun, predikat]) => ({ tahun, predikat })) as PegawaiKenaikanPangkatReguler['riwayatPenilaian'];

/** Pelaksana S1 at III/b, 4 years in pangkat on 1 April 2025, Baik in 2023 and 2024. */
const base: PegawaiKenaikanPangkatReguler = {
  golongan: 'III/b',
  tmtPangkat: '2021-04-01',
  ijazah: 'S1',
  riwayatPenilaian: penilaian([2023, 'BAIK'], [2024, 'BAIK']),
};

describe('kenaikanPangkatReguler: whole decisions (PP 99/2000 jo. PP 12/2002; Keputusan Kepala BKN 12/2002; Peraturan BKN 2/2025)', () => {
  it('every condition met before Peraturan BKN 2/2025, the atasan checked and not exceeded (digest §2.2)', () => {
    const d = kenaikanPangkatReguler({ ...base, golonganAtasan: 'III/c' }, { asOf: '2025-03-10' });
    expect(d.value).toEqual({
      memenuhiSyarat: true,
      golonganBaru: 'III/c',
      tmt: '2025-04-01',
      periode: '2025-04-01',
      golonganTujuan: 'III/c',
      tmtPalingCepat: '2025-04-01',
      syaratTidakTerpenuhi: [],
    });
    expect(d.reasons).toEqual([
      r('periode', 'INFO', P_ENAM, { asOf: '2025-03-10', periode: '2025-04-01' }),
      r('masaKerja', 'PASS', SYARAT, {
        dasar: 'TMT_PANGKAT',
        mulai: '2021-04-01',
        periode: '2025-04-01',
        tahun: 4,
        minimum: 4,
        tanggalPalingCepat: '2025-04-01',
      }),
      r('penilaian', 'PASS', SYARAT, { tahun: 2023, predikat: 'BAIK', minimum: 'BAIK' }),
      r('penilaian', 'PASS', SYARAT, { tahun: 2024, predikat: 'BAIK', minimum: 'BAIK' }),
      r('plafonIjazah', 'PASS', PLAFON, { ijazah: 'S1', plafon: 'III/d', golonganTujuan: 'III/c' }),
      r('atasan', 'PASS', ATASAN, { golonganTujuan: 'III/c', golonganAtasan: 'III/c' }),
      r('ujianDinasTidakDiperlukan', 'PASS', UJIAN, { dari: 'III/b', ke: 'III/c' }),
      r('hukumanTidakAda', 'PASS', HUKUMAN, { tanggal: '2025-03-10, 2025-04-01' }),
    ]);
    expect(explain(d, 'id')).toMatchInlineSnapshot(`
      [
        "Catatan: Periode kenaikan pangkat yang dinilai: 1 April 2025 (periode pertama pada atau setelah 10 Maret 2025) [1]",
        "Terpenuhi: Masa dalam pangkat dihitung sejak TMT pangkat 1 April 2021: 4 tahun pada 1 April 2025 (minimal 4 tahun, tercapai pada 1 April 2025) [2]",
        "Terpenuhi: Penilaian kinerja tahun 2023: Baik (minimal Baik) [2]",
        "Terpenuhi: Penilaian kinerja tahun 2024: Baik (minimal Baik) [2]",
        "Terpenuhi: Pangkat tertinggi kenaikan pangkat reguler untuk ijazah Sarjana (S1) adalah III/d (Penata Tingkat I); golongan tujuan III/c (Penata) [2, 3]",
        "Terpenuhi: Golongan tujuan III/c (Penata) dibandingkan dengan pangkat atasan langsung III/c (Penata) [4, 5]",
        "Terpenuhi: Kenaikan dari III/b (Penata Muda Tingkat I) ke III/c (Penata) tidak memerlukan ujian dinas [2, 5]",
        "Terpenuhi: Tidak sedang menjalani hukuman disiplin yang menghalangi pada 10 Maret 2025, 1 April 2025 [6]",
        "Dasar hukum:",
        "[1] Peraturan BKN 4/2023 Pasal 2",
        "[2] PP 99/2000 (pasal belum ditemukan)",
        "[3] Peraturan BKN 2/2025 (pasal belum ditemukan)",
        "[4] PP 99/2000 Pasal 6 ayat (2)",
        "[5] Keputusan Kepala BKN 12/2002 (pasal belum ditemukan)",
        "[6] PP 94/2021 (pasal belum ditemukan)",
      ]
    `);
    expect(explain(d, 'en')).toMatchInlineSnapshot(`
      [
        "Note: Promotion period assessed: 1 April 2025 (the first period on or after 10 March 2025) [1]",
        "Met: Time in rank counted from TMT of the rank 1 April 2021: 4 years on 1 April 2025 (minimum 4 years, reached on 1 April 2025) [2]",
        "Met: Performance appraisal 2023: Good (Baik) (minimum Good (Baik)) [2]",
        "Met: Performance appraisal 2024: Good (Baik) (minimum Good (Baik)) [2]",
        "Met: The highest regular-promotion rank for diploma Bachelor (S1) is III/d (Penata Tingkat I); target golongan III/c (Penata) [2, 3]",
        "Met: Target golongan III/c (Penata) compared with the direct superior's rank III/c (Penata) [4, 5]",
        "Met: Moving from III/b (Penata Muda Tingkat I) to III/c (Penata) needs no civil-service exam [2, 5]",
        "Met: No blocking disciplinary penalty running on 10 March 2025, 1 April 2025 [6]",
        "Legal basis:",
        "[1] Peraturan BKN 4/2023 Pasal 2",
        "[2] PP 99/2000 (article not located)",
        "[3] Peraturan BKN 2/2025 (article not located)",
        "[4] PP 99/2000 Pasal 6 ayat (2)",
        "[5] Keputusan Kepala BKN 12/2002 (article not located)",
        "[6] PP 94/2021 (article not located)",
      ]
    `);
  });

  it('every condition failing at once: time, appraisals, ceiling, atasan, ujian dinas, hukuman', () => {
    const d = kenaikanPangkatReguler(
      {
        golongan: 'III/d',
        tmtPangkat: '2021-05-01',
        ijazah: 'S1',
        golonganAtasan: 'III/d',
        riwayatPenilaian: penilaian([2023, 'KURANG']),
        riwayatHukuman: [{ jenis: 'POTONGAN_TUKIN_12_BULAN', tmt: '2024-06-01' }],
      },
      { asOf: '2025-03-10' },
    );
    expect(d.value).toEqual({
      memenuhiSyarat: false,
      golonganBaru: null,
      tmt: null,
      periode: '2025-04-01',
      golonganTujuan: 'IV/a',
      // The ijazah ceiling is not cured by time.
      tmtPalingCepat: null,
      syaratTidakTerpenuhi: [
        { code: 'promotion.kenaikanPangkatReguler.masaKerja', olehWaktuSaja: true },
        { code: 'promotion.kenaikanPangkatReguler.penilaian', olehWaktuSaja: false },
        { code: 'promotion.kenaikanPangkatReguler.penilaianTidakAda', olehWaktuSaja: false },
        { code: 'promotion.kenaikanPangkatReguler.plafonIjazah', olehWaktuSaja: false },
        { code: 'promotion.kenaikanPangkatReguler.atasan', olehWaktuSaja: true },
        { code: 'promotion.kenaikanPangkatReguler.ujianDinasBelumLulus', olehWaktuSaja: false },
        { code: 'promotion.kenaikanPangkatReguler.hukumanBerjalan', olehWaktuSaja: true },
      ],
    });
    expect(d.reasons).toEqual([
      r('periode', 'INFO', P_ENAM, { asOf: '2025-03-10', periode: '2025-04-01' }),
      r('masaKerja', 'FAIL', SYARAT, {
        dasar: 'TMT_PANGKAT',
        mulai: '2021-05-01',
        periode: '2025-04-01',
        tahun: 3,
        minimum: 4,
        tanggalPalingCepat: '2025-05-01',
      }),
      r('penilaian', 'FAIL', SYARAT, { tahun: 2023, predikat: 'KURANG', minimum: 'BAIK' }),
      r('penilaianTidakAda', 'FAIL', SYARAT, { tahun: 2024, minimum: 'BAIK' }),
      r('plafonIjazah', 'FAIL', PLAFON, { ijazah: 'S1', plafon: 'III/d', golonganTujuan: 'IV/a' }),
      r('atasan', 'FAIL', ATASAN, { golonganTujuan: 'IV/a', golonganAtasan: 'III/d' }),
      r('ujianDinasBelumLulus', 'FAIL', UJIAN, { ujian: 'TINGKAT_II', dari: 'III/d', ke: 'IV/a' }),
      r('hukumanBerjalan', 'FAIL', HUKUMAN, { jenis: 'POTONGAN_TUKIN_12_BULAN', tmtHukuman: '2024-06-01', selesai: '2025-06-01' }),
      r('tmtPalingCepatTidakAda', 'INFO', P_ENAM, {}),
    ]);
    expect(explain(d, 'id')).toMatchInlineSnapshot(`
      [
        "Catatan: Periode kenaikan pangkat yang dinilai: 1 April 2025 (periode pertama pada atau setelah 10 Maret 2025) [1]",
        "Tidak terpenuhi: Masa dalam pangkat dihitung sejak TMT pangkat 1 Mei 2021: 3 tahun pada 1 April 2025 (minimal 4 tahun, tercapai pada 1 Mei 2025) [2]",
        "Tidak terpenuhi: Penilaian kinerja tahun 2023: Kurang (minimal Baik) [2]",
        "Tidak terpenuhi: Penilaian kinerja tahun 2024 tidak tersedia (minimal Baik) [2]",
        "Tidak terpenuhi: Pangkat tertinggi kenaikan pangkat reguler untuk ijazah Sarjana (S1) adalah III/d (Penata Tingkat I); golongan tujuan IV/a (Pembina) [2, 3]",
        "Tidak terpenuhi: Golongan tujuan IV/a (Pembina) dibandingkan dengan pangkat atasan langsung III/d (Penata Tingkat I) [4, 5]",
        "Tidak terpenuhi: Kenaikan dari III/d (Penata Tingkat I) ke IV/a (Pembina) memerlukan ujian dinas Tingkat II, yang belum lulus dan tidak dibebaskan [2, 5]",
        "Tidak terpenuhi: Sedang menjalani hukuman disiplin pemotongan tunjangan kinerja 25% selama 12 bulan (TMT 1 Juni 2024, selesai 1 Juni 2025) [6]",
        "Catatan: Tidak ada TMT paling cepat: syarat yang tidak terpenuhi di atas tidak tercapai hanya dengan berlalunya waktu [1]",
        "Dasar hukum:",
        "[1] Peraturan BKN 4/2023 Pasal 2",
        "[2] PP 99/2000 (pasal belum ditemukan)",
        "[3] Peraturan BKN 2/2025 (pasal belum ditemukan)",
        "[4] PP 99/2000 Pasal 6 ayat (2)",
        "[5] Keputusan Kepala BKN 12/2002 (pasal belum ditemukan)",
        "[6] PP 94/2021 (pasal belum ditemukan)",
      ]
    `);
    expect(explain(d, 'en')).toMatchInlineSnapshot(`
      [
        "Note: Promotion period assessed: 1 April 2025 (the first period on or after 10 March 2025) [1]",
        "Not met: Time in rank counted from TMT of the rank 1 May 2021: 3 years on 1 April 2025 (minimum 4 years, reached on 1 May 2025) [2]",
        "Not met: Performance appraisal 2023: Poor (Kurang) (minimum Good (Baik)) [2]",
        "Not met: No performance appraisal for 2024 (minimum Good (Baik)) [2]",
        "Not met: The highest regular-promotion rank for diploma Bachelor (S1) is III/d (Penata Tingkat I); target golongan IV/a (Pembina) [2, 3]",
        "Not met: Target golongan IV/a (Pembina) compared with the direct superior's rank III/d (Penata Tingkat I) [4, 5]",
        "Not met: Moving from III/d (Penata Tingkat I) to IV/a (Pembina) needs the civil-service exam Level II, not passed and not exempt [2, 5]",
        "Not met: Serving disciplinary penalty 25% performance-allowance cut for 12 months (from 1 June 2024, ends 1 June 2025) [6]",
        "Note: No earliest TMT: a condition not met above is not met by time alone [1]",
        "Legal basis:",
        "[1] Peraturan BKN 4/2023 Pasal 2",
        "[2] PP 99/2000 (article not located)",
        "[3] Peraturan BKN 2/2025 (article not located)",
        "[4] PP 99/2000 Pasal 6 ayat (2)",
        "[5] Keputusan Kepala BKN 12/2002 (article not located)",
        "[6] PP 94/2021 (article not located)",
      ]
    `);
  });

  it('monthly regime, first KP counted from TMT CPNS, atasan limit revoked, ujian dinas waived by ijazah, hukuman not checked', () => {
    const d = kenaikanPangkatReguler(
      {
        golongan: 'II/d',
        tmtPangkat: '2023-11-01',
        kenaikanPangkatPertama: true,
        tmtCpns: '2021-11-01',
        ijazah: 'D_IV',
        // Would block before Peraturan BKN 2/2025; not checked on a later period.
        golonganAtasan: 'II/d',
        riwayatPenilaian: penilaian([2023, 'SANGAT_BAIK'], [2024, 'BAIK']),
        riwayatHukuman: [{ jenis: 'PENURUNAN_JABATAN', tmt: '2025-06-01' }],
      },
      { asOf: '2025-10-15', tingkatHukumanMenghalangi: [] },
    );
    expect(d.value).toEqual({
      memenuhiSyarat: true,
      golonganBaru: 'III/a',
      tmt: '2025-11-01',
      periode: '2025-11-01',
      golonganTujuan: 'III/a',
      tmtPalingCepat: '2025-11-01',
      syaratTidakTerpenuhi: [],
    });
    expect(d.reasons).toEqual([
      r('periode', 'INFO', P_BULAN, { asOf: '2025-10-15', periode: '2025-11-01' }),
      r('masaKerja', 'PASS', PERTAMA, {
        dasar: 'TMT_CPNS',
        mulai: '2021-11-01',
        periode: '2025-11-01',
        tahun: 4,
        minimum: 4,
        tanggalPalingCepat: '2025-11-01',
      }),
      r('penilaian', 'PASS', SYARAT, { tahun: 2023, predikat: 'SANGAT_BAIK', minimum: 'BAIK' }),
      r('penilaian', 'PASS', SYARAT, { tahun: 2024, predikat: 'BAIK', minimum: 'BAIK' }),
      r('plafonIjazah', 'PASS', PLAFON, { ijazah: 'D_IV', plafon: 'III/d', golonganTujuan: 'III/a' }),
      r('atasanTidakBerlaku', 'INFO', DICABUT, { periode: '2025-11-01', sejak: '2025-05-20' }),
      r('ujianDinasDibebaskan', 'PASS', UJIAN, { ujian: 'TINGKAT_I', dasar: 'IJAZAH', ijazah: 'D_IV' }),
      r('hukumanTidakDiperiksa', 'INFO', HUKUMAN, {}),
    ]);
    expect(explain(d, 'id')).toMatchInlineSnapshot(`
      [
        "Catatan: Periode kenaikan pangkat yang dinilai: 1 November 2025 (periode pertama pada atau setelah 15 Oktober 2025) [1]",
        "Terpenuhi: Masa dalam pangkat dihitung sejak TMT CPNS 1 November 2021: 4 tahun pada 1 November 2025 (minimal 4 tahun, tercapai pada 1 November 2025) [2]",
        "Terpenuhi: Penilaian kinerja tahun 2023: Sangat Baik (minimal Baik) [2]",
        "Terpenuhi: Penilaian kinerja tahun 2024: Baik (minimal Baik) [2]",
        "Terpenuhi: Pangkat tertinggi kenaikan pangkat reguler untuk ijazah Diploma IV adalah III/d (Penata Tingkat I); golongan tujuan III/a (Penata Muda) [2, 3]",
        "Catatan: Batas pangkat atasan langsung tidak berlaku untuk periode 1 November 2025 (dicabut sejak 20 Mei 2025) [4]",
        "Terpenuhi: Dibebaskan dari ujian dinas Tingkat I karena ijazah (ijazah Diploma IV) [2, 5]",
        "Catatan: Hukuman disiplin yang sedang dijalani tidak diperiksa (pengaturan) [6]",
        "Dasar hukum:",
        "[1] Peraturan BKN 4/2025 (pasal belum ditemukan)",
        "[2] PP 99/2000 (pasal belum ditemukan)",
        "[3] Peraturan BKN 2/2025 (pasal belum ditemukan)",
        "[4] Peraturan BKN 2/2025 Pasal 2 ayat (2)",
        "[5] Keputusan Kepala BKN 12/2002 (pasal belum ditemukan)",
        "[6] PP 94/2021 (pasal belum ditemukan)",
      ]
    `);
    expect(explain(d, 'en')).toMatchInlineSnapshot(`
      [
        "Note: Promotion period assessed: 1 November 2025 (the first period on or after 15 October 2025) [1]",
        "Met: Time in rank counted from TMT CPNS 1 November 2021: 4 years on 1 November 2025 (minimum 4 years, reached on 1 November 2025) [2]",
        "Met: Performance appraisal 2023: Very Good (Sangat Baik) (minimum Good (Baik)) [2]",
        "Met: Performance appraisal 2024: Good (Baik) (minimum Good (Baik)) [2]",
        "Met: The highest regular-promotion rank for diploma Diploma IV is III/d (Penata Tingkat I); target golongan III/a (Penata Muda) [2, 3]",
        "Note: The direct-superior limit does not apply to the 1 November 2025 period (revoked from 20 May 2025) [4]",
        "Met: Exempt from the civil-service exam Level I by diploma (diploma Diploma IV) [2, 5]",
        "Note: Running disciplinary penalties not checked (setting) [6]",
        "Legal basis:",
        "[1] Peraturan BKN 4/2025 (article not located)",
        "[2] PP 99/2000 (article not located)",
        "[3] Peraturan BKN 2/2025 (article not located)",
        "[4] Peraturan BKN 2/2025 Pasal 2 ayat (2)",
        "[5] Keputusan Kepala BKN 12/2002 (article not located)",
        "[6] PP 94/2021 (article not located)",
      ]
    `);
  });

  it('April/October regime, atasan not given, ujian dinas passed, a lower minPredikat setting admitting Cukup and Butuh Perbaikan', () => {
    const d = kenaikanPangkatReguler(
      {
        golongan: 'II/d',
        tmtPangkat: '2019-10-01',
        ijazah: 'SLTA',
        ujianDinas: ['TINGKAT_I'],
        riwayatPenilaian: penilaian([2020, 'KURANG'], [2021, 'CUKUP'], [2022, 'BUTUH_PERBAIKAN'], [2023, 'SANGAT_KURANG']),
      },
      { asOf: '2023-04-02', minPredikat: 'BUTUH_PERBAIKAN' },
    );
    expect(d.value).toEqual({
      memenuhiSyarat: true,
      golonganBaru: 'III/a',
      tmt: '2023-10-01',
      periode: '2023-10-01',
      golonganTujuan: 'III/a',
      tmtPalingCepat: '2023-10-01',
      syaratTidakTerpenuhi: [],
    });
    expect(d.reasons).toEqual([
      r('periode', 'INFO', P_AO, { asOf: '2023-04-02', periode: '2023-10-01' }),
      r('masaKerja', 'PASS', SYARAT, {
        dasar: 'TMT_PANGKAT',
        mulai: '2019-10-01',
        periode: '2023-10-01',
        tahun: 4,
        minimum: 4,
        tanggalPalingCepat: '2023-10-01',
      }),
      // The period of 1 October 2023 looks at 2021 and 2022 only (digest §9 vector 12).
      r('penilaian', 'PASS', SYARAT, { tahun: 2021, predikat: 'CUKUP', minimum: 'BUTUH_PERBAIKAN' }),
      r('penilaian', 'PASS', SYARAT, { tahun: 2022, predikat: 'BUTUH_PERBAIKAN', minimum: 'BUTUH_PERBAIKAN' }),
      r('plafonIjazah', 'PASS', PLAFON, { ijazah: 'SLTA', plafon: 'III/b', golonganTujuan: 'III/a' }),
      r('atasanTidakDiketahui', 'INFO', ATASAN, { periode: '2023-10-01' }),
      r('ujianDinasLulus', 'PASS', UJIAN, { ujian: 'TINGKAT_I' }),
      r('hukumanTidakAda', 'PASS', HUKUMAN, { tanggal: '2023-04-02, 2023-10-01' }),
    ]);
    expect(explain(d, 'id')).toMatchInlineSnapshot(`
      [
        "Catatan: Periode kenaikan pangkat yang dinilai: 1 Oktober 2023 (periode pertama pada atau setelah 2 April 2023) [1]",
        "Terpenuhi: Masa dalam pangkat dihitung sejak TMT pangkat 1 Oktober 2019: 4 tahun pada 1 Oktober 2023 (minimal 4 tahun, tercapai pada 1 Oktober 2023) [2]",
        "Terpenuhi: Penilaian kinerja tahun 2021: Cukup (minimal Butuh Perbaikan) [2]",
        "Terpenuhi: Penilaian kinerja tahun 2022: Butuh Perbaikan (minimal Butuh Perbaikan) [2]",
        "Terpenuhi: Pangkat tertinggi kenaikan pangkat reguler untuk ijazah SLTA adalah III/b (Penata Muda Tingkat I); golongan tujuan III/a (Penata Muda) [2, 3]",
        "Catatan: Batas pangkat atasan langsung berlaku untuk periode 1 Oktober 2023, tetapi golongan atasan tidak diberikan: tidak diperiksa [4, 5]",
        "Terpenuhi: Telah lulus ujian dinas Tingkat I [2, 5]",
        "Terpenuhi: Tidak sedang menjalani hukuman disiplin yang menghalangi pada 2 April 2023, 1 Oktober 2023 [6]",
        "Dasar hukum:",
        "[1] PP 12/2002 (pasal belum ditemukan)",
        "[2] PP 99/2000 (pasal belum ditemukan)",
        "[3] Peraturan BKN 2/2025 (pasal belum ditemukan)",
        "[4] PP 99/2000 Pasal 6 ayat (2)",
        "[5] Keputusan Kepala BKN 12/2002 (pasal belum ditemukan)",
        "[6] PP 94/2021 (pasal belum ditemukan)",
      ]
    `);
    expect(explain(d, 'en')).toMatchInlineSnapshot(`
      [
        "Note: Promotion period assessed: 1 October 2023 (the first period on or after 2 April 2023) [1]",
        "Met: Time in rank counted from TMT of the rank 1 October 2019: 4 years on 1 October 2023 (minimum 4 years, reached on 1 October 2023) [2]",
        "Met: Performance appraisal 2021: Fair (Cukup) (minimum Needs Improvement (Butuh Perbaikan)) [2]",
        "Met: Performance appraisal 2022: Needs Improvement (Butuh Perbaikan) (minimum Needs Improvement (Butuh Perbaikan)) [2]",
        "Met: The highest regular-promotion rank for diploma senior secondary school is III/b (Penata Muda Tingkat I); target golongan III/a (Penata Muda) [2, 3]",
        "Note: The direct-superior limit applies to the 1 October 2023 period, but the superior's golongan was not given: not checked [4, 5]",
        "Met: Passed the civil-service exam Level I [2, 5]",
        "Met: No blocking disciplinary penalty running on 2 April 2023, 1 October 2023 [6]",
        "Legal basis:",
        "[1] PP 12/2002 (article not located)",
        "[2] PP 99/2000 (article not located)",
        "[3] Peraturan BKN 2/2025 (article not located)",
        "[4] PP 99/2000 Pasal 6 ayat (2)",
        "[5] Keputusan Kepala BKN 12/2002 (article not located)",
        "[6] PP 94/2021 (article not located)",
      ]
    `);
  });

  it('IV/e is the highest pangkat: only the period and pangkatPuncak reasons', () => {
    const d = kenaikanPangkatReguler({ ...base, golongan: 'IV/e', ijazah: 'S3', golonganAtasan: 'IV/e' }, { asOf: '2025-04-01' });
    expect(d.value).toEqual({
      memenuhiSyarat: false,
      golonganBaru: null,
      tmt: null,
      periode: '2025-04-01',
      golonganTujuan: null,
      tmtPalingCepat: null,
      syaratTidakTerpenuhi: [{ code: 'promotion.kenaikanPangkatReguler.pangkatPuncak', olehWaktuSaja: false }],
    });
    expect(d.reasons).toEqual([
      r('periode', 'INFO', P_ENAM, { asOf: '2025-04-01', periode: '2025-04-01' }),
      r('pangkatPuncak', 'FAIL', PUNCAK, { golongan: 'IV/e' }),
    ]);
    expect(reasonLines(d, 'id')[1]).toMatchInlineSnapshot(
      `"Tidak terpenuhi: Golongan IV/e (Pembina Utama) adalah pangkat tertinggi PNS [2]"`,
    );
    expect(reasonLines(d, 'en')[1]).toMatchInlineSnapshot(`"Not met: Golongan IV/e (Pembina Utama) is the highest civil-service rank [2]"`);
  });
});

describe('kenaikanPangkatReguler: masa kerja ≥ 4 years (digest §2.2 R1, R6)', () => {
  const masa = (p: Partial<PegawaiKenaikanPangkatReguler>, asOf = '2025-04-01') => {
    const d = kenaikanPangkatReguler({ ...base, ...p }, { asOf });
    return { reason: reasonOf(d, 'masaKerja')[0]!, value: d.value, decision: d };
  };

  it('four years to the day on the period passes; one day short fails and waits for the next period', () => {
    expect(MIN_TAHUN_KP_REGULER).toBe(4);
    const on = masa({ tmtPangkat: '2021-04-01' });
    expect(on.reason).toEqual(
      r('masaKerja', 'PASS', SYARAT, {
        dasar: 'TMT_PANGKAT',
        mulai: '2021-04-01',
        periode: '2025-04-01',
        tahun: 4,
        minimum: 4,
        tanggalPalingCepat: '2025-04-01',
      }),
    );
    expect(on.value.memenuhiSyarat).toBe(true);
    expect(masa({ tmtPangkat: '2021-03-31' }).reason.outcome).toBe('PASS');
    const short = masa({ tmtPangkat: '2021-04-02' });
    expect(short.reason).toEqual(
      r('masaKerja', 'FAIL', SYARAT, {
        dasar: 'TMT_PANGKAT',
        mulai: '2021-04-02',
        periode: '2025-04-01',
        tahun: 3,
        minimum: 4,
        tanggalPalingCepat: '2025-04-02',
      }),
    );
    expect(short.value).toEqual({
      memenuhiSyarat: false,
      golonganBaru: null,
      tmt: null,
      periode: '2025-04-01',
      golonganTujuan: 'III/c',
      tmtPalingCepat: '2025-06-01',
      syaratTidakTerpenuhi: [{ code: 'promotion.kenaikanPangkatReguler.masaKerja', olehWaktuSaja: true }],
    });
    // By when, in words: the next period after the four years are reached, not the day they are reached.
    expect(short.decision.reasons.at(-1)).toEqual(r('tmtPalingCepat', 'INFO', P_ENAM, { tmt: '2025-06-01' }));
    expect(reasonLines(short.decision, 'id').at(-1)).toBe(
      'Catatan: Syarat yang belum terpenuhi tercapai dengan berlalunya waktu: kenaikan pangkat paling cepat pada TMT 1 Juni 2025, bila syarat lain tetap terpenuhi [1]',
    );
    expect(reasonLines(short.decision, 'en').at(-1)).toBe(
      'Note: What is missing is met by time alone: the earliest promotion is TMT 1 June 2025, provided the other conditions still hold [1]',
    );
  });

  it('TMT CPNS counts only for the first KP; otherwise TMT pangkat, even when TMT CPNS is given', () => {
    const p = { golongan: 'III/a' as const, tmtPangkat: '2022-04-01', tmtCpns: '2021-04-01' };
    const pertama = masa({ ...p, kenaikanPangkatPertama: true });
    expect(pertama.reason.outcome).toBe('PASS');
    expect(pertama.reason.facts).toMatchObject({ dasar: 'TMT_CPNS', mulai: '2021-04-01', tahun: 4 });
    expect(pertama.value.golonganBaru).toBe('III/b');
    const bukan = masa({ ...p, kenaikanPangkatPertama: false });
    expect(bukan.reason.outcome).toBe('FAIL');
    expect(bukan.reason.facts).toMatchObject({ dasar: 'TMT_PANGKAT', mulai: '2022-04-01', tahun: 3, tanggalPalingCepat: '2026-04-01' });
    expect(bukan.value.tmtPalingCepat).toBe('2026-04-01');
    // First KP one day short of 4 years since TMT CPNS.
    const pendek = masa({ ...p, tmtCpns: '2021-04-02', kenaikanPangkatPertama: true });
    expect(pendek.reason.outcome).toBe('FAIL');
    expect(pendek.reason.facts).toMatchObject({ dasar: 'TMT_CPNS', tahun: 3, tanggalPalingCepat: '2025-04-02' });
  });
});

describe('kenaikanPangkatReguler: appraisals of the 2 years before the period (digest §2.2 R2, §9 vector 12)', () => {
  it('the years are those before the period year, whatever else the record holds', () => {
    expect(TAHUN_PENILAIAN_KP_REGULER).toBe(2);
    const d = kenaikanPangkatReguler(
      { ...base, riwayatPenilaian: penilaian([2025, 'BAIK'], [2022, 'BAIK'], [2023, 'BAIK']) },
      { asOf: '2025-04-01' },
    );
    expect(d.reasons.filter((x) => x.code.includes('.penilaian'))).toEqual([
      r('penilaian', 'PASS', SYARAT, { tahun: 2023, predikat: 'BAIK', minimum: 'BAIK' }),
      r('penilaianTidakAda', 'FAIL', SYARAT, { tahun: 2024, minimum: 'BAIK' }),
    ]);
    expect(d.value.memenuhiSyarat).toBe(false);
    // A period in the next year looks at the next two years.
    const des = kenaikanPangkatReguler({ ...base, riwayatPenilaian: penilaian([2024, 'BAIK'], [2025, 'BAIK']) }, { asOf: '2025-12-02' });
    expect(des.value.periode).toBe('2026-01-01');
    expect(des.reasons.filter((x) => x.code.includes('.penilaian')).map((x) => x.facts.tahun)).toEqual([2024, 2025]);
    expect(des.value.memenuhiSyarat).toBe(true);
  });

  it('"bernilai baik" = Baik or Sangat Baik (preset); Cukup ranks with Butuh Perbaikan, Buruk with Sangat Kurang', () => {
    // Rank of each predikat on the PermenPANRB 6/2022 scale, 0 best (digest §2.2, §4.1).
    const RANK: Record<(typeof PREDIKAT_PENILAIAN)[number], number> = {
      SANGAT_BAIK: 0,
      BAIK: 1,
      BUTUH_PERBAIKAN: 2,
      CUKUP: 2,
      KURANG: 3,
      SANGAT_KURANG: 4,
      BURUK: 4,
    };
    const MIN = ['SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG'] as const;
    expect(PREDIKAT_PENILAIAN).toEqual(['SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN', 'CUKUP', 'KURANG', 'SANGAT_KURANG', 'BURUK']);
    for (const p of PREDIKAT_PENILAIAN) {
      MIN.forEach((min, i) => expect(predikatPenilaianAtLeast(p, min), `${p} ≥ ${min}`).toBe(RANK[p] <= i));
    }
    // Through the rule, with the preset minimum.
    for (const p of PREDIKAT_PENILAIAN) {
      const d = kenaikanPangkatReguler({ ...base, riwayatPenilaian: penilaian([2023, p], [2024, 'BAIK']) }, { asOf: '2025-04-01' });
      expect(reasonOf(d, 'penilaian')[0]!.outcome, p).toBe(RANK[p] <= 1 ? 'PASS' : 'FAIL');
      expect(d.value.memenuhiSyarat, p).toBe(RANK[p] <= 1);
    }
    // A stricter setting: Baik is no longer enough.
    const ketat = kenaikanPangkatReguler(base, { asOf: '2025-04-01', minPredikat: 'SANGAT_BAIK' });
    expect(reasonOf(ketat, 'penilaian').map((x) => [x.outcome, x.facts])).toEqual([
      ['FAIL', { tahun: 2023, predikat: 'BAIK', minimum: 'SANGAT_BAIK' }],
      ['FAIL', { tahun: 2024, predikat: 'BAIK', minimum: 'SANGAT_BAIK' }],
    ]);
  });
});

describe('kenaikanPangkatReguler: ceiling by ijazah (digest §2.3, §9 vector 13)', () => {
  it('PLAFON_KP_REGULER and GOLONGAN_AWAL_IJAZAH equal the digest tables, row by row', () => {
    expect([...IJAZAH]).toEqual(DIGEST_IJAZAH.map(([i]) => i));
    expect(PLAFON_KP_REGULER).toEqual(Object.fromEntries(DIGEST_IJAZAH.map(([i, , plafon]) => [i, plafon])));
    expect(GOLONGAN_AWAL_IJAZAH).toEqual(Object.fromEntries(DIGEST_IJAZAH.map(([i, awal]) => [i, awal])));
  });

  it('for every ijazah: a promotion to the ceiling passes, one above fails with no earliest date; texts name ijazah and ceiling', () => {
    for (const [ijazah, , plafon, labelId, labelEn] of DIGEST_IJAZAH) {
      const dari = golonganSebelumnya(plafon as never)!;
      // Ujian dinas passed, so that only the ceiling decides.
      const p = { ...base, ijazah, ujianDinas: ['TINGKAT_I', 'TINGKAT_II'] as const };
      const ok = kenaikanPangkatReguler({ ...p, golongan: dari, ujianDinas: [...p.ujianDinas] }, { asOf: '2025-04-01' });
      expect(reasonOf(ok, 'plafonIjazah'), ijazah).toEqual([r('plafonIjazah', 'PASS', PLAFON, { ijazah, plafon, golonganTujuan: plafon })]);
      expect(ok.value.memenuhiSyarat, ijazah).toBe(true);
      expect(ok.value.golonganBaru, ijazah).toBe(plafon);

      const atas = golonganBerikutnya(plafon as never)!;
      const no = kenaikanPangkatReguler({ ...p, golongan: plafon as never, ujianDinas: [...p.ujianDinas] }, { asOf: '2025-04-01' });
      expect(reasonOf(no, 'plafonIjazah'), ijazah).toEqual([r('plafonIjazah', 'FAIL', PLAFON, { ijazah, plafon, golonganTujuan: atas })]);
      expect(no.value, ijazah).toMatchObject({ memenuhiSyarat: false, golonganTujuan: atas, tmtPalingCepat: null });
      const idx = no.reasons.findIndex((x) => x.code === `${RID}.plafonIjazah`);
      expect(reasonLines(no, 'id')[idx]).toBe(
        `Tidak terpenuhi: Pangkat tertinggi kenaikan pangkat reguler untuk ijazah ${labelId} adalah ${g(plafon)}; golongan tujuan ${g(atas)} [2, 3]`,
      );
      expect(reasonLines(no, 'en')[idx]).toBe(
        `Not met: The highest regular-promotion rank for diploma ${labelEn} is ${g(plafon)}; target golongan ${g(atas)} [2, 3]`,
      );
    }
  });

  it('the starting golongan of every ijazah lies below its ceiling', () => {
    for (const [ijazah, awal, plafon] of DIGEST_IJAZAH) expect(compareGolongan(awal as never, plafon as never), ijazah).toBeLessThan(0);
  });
});

describe('kenaikanPangkatReguler: atasan langsung, only before Peraturan BKN 2/2025 (digest §0, §2.2 R4, §9 vector 14)', () => {
  const atasan = (golongan: PegawaiKenaikanPangkatReguler['golongan'], golonganAtasan: PegawaiKenaikanPangkatReguler['golongan']) =>
    kenaikanPangkatReguler({ ...base, golongan, golonganAtasan }, { asOf: '2025-04-01' });

  it('target below or equal to the atasan passes, one above fails', () => {
    expect(reasonOf(atasan('III/b', 'III/d'), 'atasan')).toEqual([
      r('atasan', 'PASS', ATASAN, { golonganTujuan: 'III/c', golonganAtasan: 'III/d' }),
    ]);
    expect(reasonOf(atasan('III/b', 'III/c'), 'atasan')).toEqual([
      r('atasan', 'PASS', ATASAN, { golonganTujuan: 'III/c', golonganAtasan: 'III/c' }),
    ]);
    const over = atasan('III/c', 'III/c');
    expect(reasonOf(over, 'atasan')).toEqual([r('atasan', 'FAIL', ATASAN, { golonganTujuan: 'III/d', golonganAtasan: 'III/c' })]);
    // The limit lapses on 2025-05-20: the next period after it is 1 June 2025.
    expect(over.value).toEqual({
      memenuhiSyarat: false,
      golonganBaru: null,
      tmt: null,
      periode: '2025-04-01',
      golonganTujuan: 'III/d',
      tmtPalingCepat: '2025-06-01',
      syaratTidakTerpenuhi: [{ code: 'promotion.kenaikanPangkatReguler.atasan', olehWaktuSaja: true }],
    });
    const juni = kenaikanPangkatReguler({ ...base, golongan: 'III/c', golonganAtasan: 'III/c' }, { asOf: '2025-04-02' });
    expect(juni.value).toMatchObject({ memenuhiSyarat: true, golonganBaru: 'III/d', tmt: '2025-06-01' });
    expect(reasonOf(juni, 'atasanTidakBerlaku')).toEqual([
      r('atasanTidakBerlaku', 'INFO', DICABUT, { periode: '2025-06-01', sejak: '2025-05-20' }),
    ]);
  });

  it('the limit is judged against the period, on each side of the repeal date (a setting)', () => {
    expect(batasAtasanBerlaku('2025-05-19')).toBe(true);
    expect(batasAtasanBerlaku('2025-05-20')).toBe(false);
    expect(batasAtasanBerlaku('2025-04-01', '2025-04-01')).toBe(false);
    expect(batasAtasanBerlaku('2025-04-01', '2025-04-02')).toBe(true);
    const p = { ...base, golongan: 'III/c' as const, golonganAtasan: 'III/c' as const };
    const sejak = kenaikanPangkatReguler(p, { asOf: '2025-04-01', tanggalBatasAtasanDicabut: '2025-04-01' });
    expect(reasonOf(sejak, 'atasanTidakBerlaku')).toEqual([
      r('atasanTidakBerlaku', 'INFO', DICABUT, { periode: '2025-04-01', sejak: '2025-04-01' }),
    ]);
    expect(sejak.value.memenuhiSyarat).toBe(true);
    const belum = kenaikanPangkatReguler(p, { asOf: '2025-04-01', tanggalBatasAtasanDicabut: '2025-04-02' });
    expect(reasonOf(belum, 'atasan')[0]!.outcome).toBe('FAIL');
    expect(reasonOf(belum, 'atasanTidakBerlaku')).toEqual([]);
    // The earliest period follows the repeal date set: 2025-08-02 → first monthly period 2025-10-01.
    const nanti = kenaikanPangkatReguler(p, { asOf: '2025-04-01', tanggalBatasAtasanDicabut: '2025-08-02' });
    expect(nanti.value.tmtPalingCepat).toBe('2025-10-01');
  });

  it('time in rank and the atasan both failing: the later of the two decides the earliest period', () => {
    const pegawai = { ...base, golongan: 'III/c' as const, golonganAtasan: 'III/c' as const, tmtPangkat: '2021-02-02' };
    const riwayatPenilaian = penilaian([2022, 'BAIK'], [2023, 'BAIK']);
    const d = kenaikanPangkatReguler({ ...pegawai, riwayatPenilaian }, { asOf: '2024-11-10' });
    expect(d.value.periode).toBe('2024-12-01');
    // Only time stands in the way: masa kerja met 2025-02-02, the atasan limit lapses 2025-05-20 → 1 June 2025.
    expect(d.value.syaratTidakTerpenuhi).toEqual([
      { code: `${RID}.masaKerja`, olehWaktuSaja: true },
      { code: `${RID}.atasan`, olehWaktuSaja: true },
    ]);
    expect(d.value.tmtPalingCepat).toBe('2025-06-01');
    // An appraisal missing as well: time alone does not meet it, so no date (it would read as a promise), and it is listed.
    const tanpa = kenaikanPangkatReguler({ ...pegawai, riwayatPenilaian: penilaian([2022, 'BAIK']) }, { asOf: '2024-11-10' });
    expect(tanpa.value.tmtPalingCepat).toBe(null);
    expect(tanpa.value.syaratTidakTerpenuhi).toEqual([
      { code: `${RID}.masaKerja`, olehWaktuSaja: true },
      { code: `${RID}.penilaianTidakAda`, olehWaktuSaja: false },
      { code: `${RID}.atasan`, olehWaktuSaja: true },
    ]);
  });
});

describe('kenaikanPangkatReguler: ujian dinas (digest §2.2 R5, §2.4)', () => {
  it('through the rule: an SLTA pelaksana at II/d needs Tingkat I or Diklatpim IV; texts of the leadership-training ground', () => {
    const slta = { ...base, golongan: 'II/d' as const, ijazah: 'SLTA' as const };
    const gagal = kenaikanPangkatReguler(slta, { asOf: '2025-04-01' });
    // The exam is the only condition missing: time does not pass it, so no earliest period (issue 22: not a promise).
    expect(gagal.value).toMatchObject({
      memenuhiSyarat: false,
      golonganTujuan: 'III/a',
      tmtPalingCepat: null,
      syaratTidakTerpenuhi: [{ code: `${RID}.ujianDinasBelumLulus`, olehWaktuSaja: false }],
    });
    expect(reasonOf(gagal, 'ujianDinasBelumLulus')).toEqual([
      r('ujianDinasBelumLulus', 'FAIL', UJIAN, { ujian: 'TINGKAT_I', dari: 'II/d', ke: 'III/a' }),
    ]);
    const diklat = kenaikanPangkatReguler({ ...slta, diklatKepemimpinan: ['DIKLATPIM_IV'] }, { asOf: '2025-04-01' });
    expect(diklat.value.memenuhiSyarat).toBe(true);
    const idx = diklat.reasons.findIndex((x) => x.code === `${RID}.ujianDinasDibebaskan`);
    expect(diklat.reasons[idx]).toEqual(
      r('ujianDinasDibebaskan', 'PASS', UJIAN, { ujian: 'TINGKAT_I', dasar: 'DIKLAT_KEPEMIMPINAN', ijazah: 'SLTA' }),
    );
    expect(reasonLines(diklat, 'id')[idx]).toMatchInlineSnapshot(
      `"Terpenuhi: Dibebaskan dari ujian dinas Tingkat I karena diklat kepemimpinan (ijazah SLTA) [2, 5]"`,
    );
    expect(reasonLines(diklat, 'en')[idx]).toMatchInlineSnapshot(
      `"Met: Exempt from the civil-service exam Level I by leadership training (diploma senior secondary school) [2, 5]"`,
    );
    const lulus = kenaikanPangkatReguler({ ...base, golongan: 'III/d', ijazah: 'S2', ujianDinas: ['TINGKAT_II'] }, { asOf: '2025-04-01' });
    const li = lulus.reasons.findIndex((x) => x.code === `${RID}.ujianDinasLulus`);
    expect(reasonLines(lulus, 'id')[li]).toMatchInlineSnapshot(`"Terpenuhi: Telah lulus ujian dinas Tingkat II [2, 5]"`);
    expect(reasonLines(lulus, 'en')[li]).toMatchInlineSnapshot(`"Met: Passed the civil-service exam Level II [2, 5]"`);
    expect(lulus.value.golonganBaru).toBe('IV/a');
  });
});

describe('kenaikanPangkatReguler: running hukuman disiplin (digest §2.2 R9, §7)', () => {
  const huk = (
    riwayatHukuman: PegawaiKenaikanPangkatReguler['riwayatHukuman'],
    opts: { asOf?: string; tingkat?: ('RINGAN' | 'SEDANG' | 'BERAT')[] } = {},
  ) =>
    kenaikanPangkatReguler(
      { ...base, riwayatHukuman },
      { asOf: opts.asOf ?? '2025-04-01', ...(opts.tingkat ? { tingkatHukumanMenghalangi: opts.tingkat } : {}) },
    );

  it('a hukuman ending on the period no longer blocks; ending the day after does, until the next period', () => {
    const ends = huk([{ jenis: 'POTONGAN_TUKIN_6_BULAN', tmt: '2024-10-01', selesai: '2025-04-01' }]);
    // asOf is the period: the date is named once.
    expect(reasonOf(ends, 'hukumanTidakAda')).toEqual([r('hukumanTidakAda', 'PASS', HUKUMAN, { tanggal: '2025-04-01' })]);
    expect(ends.value.memenuhiSyarat).toBe(true);
    const after = huk([{ jenis: 'POTONGAN_TUKIN_6_BULAN', tmt: '2024-10-02' }]);
    expect(reasonOf(after, 'hukumanBerjalan')).toEqual([
      r('hukumanBerjalan', 'FAIL', HUKUMAN, { jenis: 'POTONGAN_TUKIN_6_BULAN', tmtHukuman: '2024-10-02', selesai: '2025-04-02' }),
    ]);
    expect(after.value).toMatchObject({ memenuhiSyarat: false, tmtPalingCepat: '2025-06-01' });
    // Starting on the period itself blocks.
    expect(huk([{ jenis: 'POTONGAN_TUKIN_6_BULAN', tmt: '2025-04-01' }]).value.memenuhiSyarat).toBe(false);
  });

  it('checked on asOf and on the period: one starting between them blocks, one starting after the period does not', () => {
    const between = huk([{ jenis: 'POTONGAN_TUKIN_9_BULAN', tmt: '2025-03-20' }], { asOf: '2025-03-10' });
    expect(reasonOf(between, 'hukumanBerjalan')[0]!.facts).toEqual({
      jenis: 'POTONGAN_TUKIN_9_BULAN',
      tmtHukuman: '2025-03-20',
      selesai: '2025-12-20',
    });
    expect(between.value.tmtPalingCepat).toBe('2026-01-01');
    const later = huk([{ jenis: 'PENURUNAN_JABATAN', tmt: '2025-04-02' }], { asOf: '2025-03-10' });
    expect(reasonOf(later, 'hukumanTidakAda')).toEqual([r('hukumanTidakAda', 'PASS', HUKUMAN, { tanggal: '2025-03-10, 2025-04-01' })]);
    expect(later.value).toMatchObject({ memenuhiSyarat: true, tmtPalingCepat: '2025-04-01' });
  });

  it('the heaviest running hukuman is reported; the earliest period waits for the last one to end', () => {
    const d = huk(
      [
        { jenis: 'POTONGAN_TUKIN_12_BULAN', tmt: '2024-06-01' },
        { jenis: 'PEMBEBASAN_DARI_JABATAN', tmt: '2025-01-01', selesai: '2025-07-15' },
      ],
      { asOf: '2025-03-10' },
    );
    const i = d.reasons.findIndex((x) => x.code === `${RID}.hukumanBerjalan`);
    expect(d.reasons[i]).toEqual(
      r('hukumanBerjalan', 'FAIL', HUKUMAN, { jenis: 'PEMBEBASAN_DARI_JABATAN', tmtHukuman: '2025-01-01', selesai: '2025-07-15' }),
    );
    expect(reasonLines(d, 'id')[i]).toMatchInlineSnapshot(
      `"Tidak terpenuhi: Sedang menjalani hukuman disiplin pembebasan dari jabatannya menjadi jabatan pelaksana selama 12 bulan (TMT 1 Januari 2025, selesai 15 Juli 2025) [6]"`,
    );
    expect(d.value.tmtPalingCepat).toBe('2025-08-01');
  });

  it('a hukuman starting later that runs on the earliest period pushes it past its end; a later PDHTAPS leaves none', () => {
    const p = { ...base, tmtPangkat: '2021-04-02' };
    const pushed = kenaikanPangkatReguler(
      { ...p, riwayatHukuman: [{ jenis: 'PENURUNAN_JABATAN', tmt: '2025-05-15' }] },
      { asOf: '2025-03-10' },
    );
    // Masa kerja met 2025-04-02 → 1 June 2025, but the demotion runs 2025-05-15 … 2026-05-15 → 1 June 2026.
    expect(pushed.value.tmtPalingCepat).toBe('2026-06-01');
    const pdhtaps = kenaikanPangkatReguler({ ...p, riwayatHukuman: [{ jenis: 'PDHTAPS', tmt: '2025-05-15' }] }, { asOf: '2025-03-10' });
    expect(pdhtaps.value.tmtPalingCepat).toBeNull();
    const running = huk([{ jenis: 'PDHTAPS', tmt: '2025-01-01' }]);
    // A dismissal is not a hukuman being served: its own reason, no end date.
    expect(reasonOf(running, 'hukumanBerjalan')).toEqual([]);
    expect(reasonOf(running, 'diberhentikan')).toEqual([r('diberhentikan', 'FAIL', HUKUMAN, { tmtHukuman: '2025-01-01' })]);
    const at = running.reasons.findIndex((x) => x.code === `${RID}.diberhentikan`);
    expect(reasonLines(running, 'en')[at]).toMatchInlineSnapshot(
      `"Not met: Dismissed from the civil service (PDHTAPS) from 1 January 2025: no promotion [6]"`,
    );
    expect(reasonLines(running, 'id')[at]).toMatchInlineSnapshot(
      `"Tidak terpenuhi: Diberhentikan dengan hormat tidak atas permintaan sendiri sebagai PNS (PDHTAPS) sejak 1 Januari 2025: tidak ada kenaikan pangkat [6]"`,
    );
    expect(running.value.tmtPalingCepat).toBeNull();
  });

  it('a hukuman running on asOf but ended by the period refuses it now; tmtPalingCepat judges the period on its own date', () => {
    // Running 2024-09-15 … 2025-03-15: on asOf 2025-03-10, not on the period 2025-04-01.
    const d = huk([{ jenis: 'POTONGAN_TUKIN_6_BULAN', tmt: '2024-09-15' }], { asOf: '2025-03-10' });
    expect(reasonOf(d, 'hukumanBerjalan')).toEqual([
      r('hukumanBerjalan', 'FAIL', HUKUMAN, { jenis: 'POTONGAN_TUKIN_6_BULAN', tmtHukuman: '2024-09-15', selesai: '2025-03-15' }),
    ]);
    expect(d.value).toMatchObject({ memenuhiSyarat: false, periode: '2025-04-01', tmtPalingCepat: '2025-04-01' });
    // Asked once it has ended, the same period is granted.
    expect(huk([{ jenis: 'POTONGAN_TUKIN_6_BULAN', tmt: '2024-09-15' }], { asOf: '2025-03-15' }).value).toMatchObject({
      memenuhiSyarat: true,
      tmtPalingCepat: '2025-04-01',
    });
  });

  it('the blocking levels are a setting (preset sedang and berat)', () => {
    const sedang = [{ jenis: 'POTONGAN_TUKIN_12_BULAN' as const, tmt: '2024-06-01' }];
    expect(huk(sedang).value.memenuhiSyarat).toBe(false);
    expect(huk(sedang, { tingkat: ['BERAT'] }).value.memenuhiSyarat).toBe(true);
    expect(reasonOf(huk(sedang, { tingkat: ['BERAT'] }), 'hukumanTidakAda')).toHaveLength(1);
    const ringan = [{ jenis: 'TEGURAN_LISAN' as const, tmt: '2025-04-01' }];
    expect(huk(ringan).value.memenuhiSyarat).toBe(true);
    const r2 = huk(ringan, { tingkat: ['RINGAN'] });
    expect(reasonOf(r2, 'hukumanBerjalan')[0]!.facts).toEqual({ jenis: 'TEGURAN_LISAN', tmtHukuman: '2025-04-01', selesai: '2025-04-02' });
    expect(r2.value.tmtPalingCepat).toBe('2025-06-01');
  });
});

describe('kenaikanPangkatReguler: input and settings', () => {
  it('defaults: minPredikat BAIK, repeal date 2025-05-20, blocking levels sedang and berat; empty records, not the first KP', () => {
    expect(z.parse(kenaikanPangkatRegulerOptions, { asOf: '2025-01-02' })).toEqual({
      asOf: '2025-01-02',
      minPredikat: 'BAIK',
      tanggalBatasAtasanDicabut: '2025-05-20',
      tingkatHukumanMenghalangi: ['SEDANG', 'BERAT'],
      pemeriksaanDisiplinMenghalangi: false,
    });
    expect(z.parse(pegawaiKenaikanPangkatRegulerSchema, { golongan: 'II/a', tmtPangkat: '2020-01-01', ijazah: 'SD' })).toEqual({
      golongan: 'II/a',
      tmtPangkat: '2020-01-01',
      kenaikanPangkatPertama: false,
      ijazah: 'SD',
      riwayatPenilaian: [],
      ujianDinas: [],
      diklatKepemimpinan: [],
      riwayatHukuman: [],
    });
  });

  it('exact issue lines for each refused field', () => {
    const asOf = { asOf: '2025-04-01' };
    expect(thrownIssueLines(() => kenaikanPangkatReguler(base))).toEqual([
      'options.asOf: is required; give a date YYYY-MM-DD, e.g. 2024-02-01',
    ]);
    expect(thrownIssueLines(() => kenaikanPangkatReguler(base, { asOf: '2025-02-29' }))).toEqual([
      'options.asOf: "2025-02-29" is not a day of the calendar (February 2025 has 28 days); write a real date, e.g. 2025-02-28',
    ]);
    expect(thrownIssueLines(() => kenaikanPangkatReguler(base, { ...asOf, tanggalBatasAtasanDicabut: '2025-13-01' }))).toEqual([
      'options.tanggalBatasAtasanDicabut: "2025-13-01" is not a day of the calendar (the month must be 01 to 12); write a real date, e.g. 2024-02-01',
    ]);
    expect(thrownIssueLines(() => kenaikanPangkatReguler(base, { ...asOf, minPredikat: 'CUKUP' as never }))).toEqual([
      'options.minPredikat: "CUKUP" is not one of the options; write one of "SANGAT_BAIK", "BAIK", "BUTUH_PERBAIKAN", "KURANG" or "SANGAT_KURANG"',
    ]);
    expect(thrownIssueLines(() => kenaikanPangkatReguler(base, { ...asOf, tingkatHukumanMenghalangi: ['SEDANG', 'X' as never] }))).toEqual([
      'options.tingkatHukumanMenghalangi.1: "X" is not one of the options; write one of "RINGAN", "SEDANG" or "BERAT"',
    ]);
    expect(thrownIssueLines(() => kenaikanPangkatReguler({ ...base, tmtPangkat: '1799-12-31' }, asOf))).toEqual([
      'tmtPangkat: "1799-12-31" is out of range; must be from 1800-01-01 to 2999-12-31',
    ]);
    expect(thrownIssueLines(() => kenaikanPangkatReguler({ ...base, kenaikanPangkatPertama: true }, asOf))).toEqual([
      'tmtCpns: is required for the first kenaikan pangkat',
    ]);
    expect(thrownIssueLines(() => kenaikanPangkatReguler({ ...base, kenaikanPangkatPertama: true, tmtCpns: '2021-02-30' }, asOf))).toEqual([
      'tmtCpns: "2021-02-30" is not a day of the calendar (February 2021 has 28 days); write a real date, e.g. 2021-02-28',
    ]);
    expect(
      thrownIssueLines(() =>
        kenaikanPangkatReguler({ ...base, riwayatPenilaian: penilaian([2024, 'BAIK'], [2023, 'BAIK'], [2024, 'KURANG']) }, asOf),
      ),
    ).toEqual(['riwayatPenilaian.2.tahun: appraisal year 2024 appears twice']);
    expect(
      thrownIssueLines(() =>
        kenaikanPangkatReguler(
          { ...base, riwayatPenilaian: penilaian([1799, 'BAIK'], [3000, 'BAIK'], [2020.5, 'BAIK'], [1800, 'BAIK'], [2999, 'BAIK']) },
          asOf,
        ),
      ),
    ).toEqual([
      'riwayatPenilaian.0.tahun: 1799 is out of range; must be from 1800 to 2999',
      'riwayatPenilaian.1.tahun: 3000 is out of range; must be from 1800 to 2999',
      'riwayatPenilaian.2.tahun: must be a whole number from 1800 to 2999, not the number 2020.5',
    ]);
    expect(thrownIssueLines(() => kenaikanPangkatReguler({ ...base, riwayatPenilaian: penilaian([2024, 'AMAT_BAIK']) }, asOf))).toEqual([
      'riwayatPenilaian.0.predikat: "AMAT_BAIK" is not one of the options; write one of "SANGAT_BAIK", "BAIK", "BUTUH_PERBAIKAN", "CUKUP", "KURANG", "SANGAT_KURANG" or "BURUK"',
    ]);
    expect(
      thrownIssueLines(() =>
        kenaikanPangkatReguler({ ...base, ujianDinas: ['TINGKAT_III' as never], diklatKepemimpinan: ['DIKLATPIM_II' as never] }, asOf),
      ),
    ).toEqual([
      'ujianDinas.0: "TINGKAT_III" is not one of the options (did you mean "TINGKAT_II"?); write one of "TINGKAT_I" or "TINGKAT_II"',
      'diklatKepemimpinan.0: "DIKLATPIM_II" is not one of the options (did you mean "DIKLATPIM_IV"?); write one of "DIKLATPIM_IV" or "DIKLATPIM_III"',
    ]);
    expect(
      thrownIssueLines(() => kenaikanPangkatReguler({ ...base, golongan: 'III/e' as never, golonganAtasan: 'V/a' as never }, asOf)),
    ).toEqual([
      'golongan: "III/e" is not one of the options (did you mean "III/a"?); write one of "I/a", "I/b", "I/c", "I/d", "II/a", "II/b", "II/c", "II/d", "III/a", "III/b", "III/c", "III/d", "IV/a", "IV/b", "IV/c", "IV/d" or "IV/e"',
      'golonganAtasan: "V/a" is not one of the options; write one of "I/a", "I/b", "I/c", "I/d", "II/a", "II/b", "II/c", "II/d", "III/a", "III/b", "III/c", "III/d", "IV/a", "IV/b", "IV/c", "IV/d" or "IV/e"',
    ]);
    expect(thrownIssueLines(() => kenaikanPangkatReguler({ ...base, ijazah: 'S4' as never }, asOf))).toEqual([
      'ijazah: "S4" is not one of the options; write one of "SD", "SLTP", "SLTP_KEJURUAN", "SLTA", "SLTA_KEJURUAN", "D_I", "D_II", "SGPLB", "D_III", "SARJANA_MUDA", "AKADEMI", "BAKALOREAT", "S1", "D_IV", "DOKTER", "DOKTER_GIGI", "APOTEKER", "S2" or "S3"',
    ]);
    // The schema takes any year 1800–2999; the record read on asOf holds a working life up to the year of asOf.
    expect(
      thrownIssues(() =>
        kenaikanPangkatReguler(
          { ...base, riwayatPenilaian: penilaian([1800, 'BAIK'], [2999, 'BAIK'], [2023, 'BAIK'], [2024, 'BAIK']) },
          asOf,
        ),
      ).map((i) => [i.path.join('.'), i.message, i.text?.id]),
    ).toEqual([
      [
        'riwayatPenilaian.0.tahun',
        'appraisal year 1800 is before the service began (at most 57 years before asOf: 1968)',
        'tahun penilaian 1800 sebelum masa dinas dimulai (paling lama 57 tahun sebelum asOf: 1968)',
      ],
      [
        'riwayatPenilaian.1.tahun',
        'appraisal year 2999 is after the year of asOf (2025-04-01)',
        'tahun penilaian 2999 setelah tahun asOf (2025-04-01)',
      ],
    ]);
    expect(
      kenaikanPangkatReguler({ ...base, riwayatPenilaian: penilaian([1968, 'BAIK'], [2025, 'BAIK'], [2023, 'BAIK'], [2024, 'BAIK']) }, asOf)
        .value.memenuhiSyarat,
    ).toBe(true);
  });

  it('rule metadata: id, citations and the two versions around Peraturan BKN 2/2025', () => {
    expect(KENAIKAN_PANGKAT_REGULER_RULE_ID).toBe(RID);
    expect(kenaikanPangkatRegulerRule.id).toBe(RID);
    expect(kenaikanPangkatRegulerRule.domain).toBe('promotion');
    expect(kenaikanPangkatRegulerRule.citations).toEqual([...SYARAT, ...PLAFON, ...ATASAN, ...DICABUT]);
    expect(kenaikanPangkatRegulerRule.versions).toStrictEqual([
      { id: 'BATAS_ATASAN', from: '2000-01-01', to: '2025-05-20', citations: ATASAN },
      { id: 'TANPA_BATAS_ATASAN', from: '2025-05-20', citations: DICABUT },
    ]);
  });
});

describe('pangkat and golongan tables (digest §1.1, §1.3)', () => {
  it('PANGKAT equals the PP 99/2000 Lampiran table, row by row', () => {
    expect(PANGKAT).toEqual(DIGEST_PANGKAT.map(([golongan, pangkat], i) => ({ urutan: i + 1, golongan, pangkat })));
    expect([...GOLONGAN_PNS]).toEqual(DIGEST_PANGKAT.map(([x]) => x));
    for (const [golongan, pangkat] of DIGEST_PANGKAT) expect(namaPangkat(golongan as never)).toBe(pangkat);
  });

  it('ordinals, order and single steps ("setingkat lebih tinggi" = ordinal + 1)', () => {
    DIGEST_PANGKAT.forEach(([golongan], i) => {
      expect(urutanGolongan(golongan as never)).toBe(i + 1);
      expect(golonganBerikutnya(golongan as never)).toBe(DIGEST_PANGKAT[i + 1]?.[0] ?? null);
      expect(golonganSebelumnya(golongan as never)).toBe(i === 0 ? null : DIGEST_PANGKAT[i - 1]![0]);
    });
    expect(compareGolongan('III/a', 'III/a')).toBe(0);
    expect(compareGolongan('III/a', 'II/d')).toBe(1);
    expect(compareGolongan('I/a', 'IV/e')).toBe(-16);
  });

  it('every golongan is labelled "golongan (pangkat)" in both languages', () => {
    for (const [golongan] of DIGEST_PANGKAT.slice(0, -1)) {
      const tujuan = golonganBerikutnya(golongan as never)!;
      const d = kenaikanPangkatReguler({ ...base, golongan: golongan as never, ijazah: 'S3' }, { asOf: '2025-04-01' });
      const i = d.reasons.findIndex((x) => x.code === `${RID}.plafonIjazah`);
      const mark = compareGolongan(tujuan, 'IV/b') <= 0 ? { id: 'Terpenuhi', en: 'Met' } : { id: 'Tidak terpenuhi', en: 'Not met' };
      expect(reasonLines(d, 'id')[i], golongan).toBe(
        `${mark.id}: Pangkat tertinggi kenaikan pangkat reguler untuk ijazah Doktor (S3) adalah IV/b (Pembina Tingkat I); golongan tujuan ${g(tujuan)} [2, 3]`,
      );
      expect(reasonLines(d, 'en')[i], golongan).toBe(
        `${mark.en}: The highest regular-promotion rank for diploma Doctorate (S3) is IV/b (Pembina Tingkat I); target golongan ${g(tujuan)} [2, 3]`,
      );
    }
    const d = kenaikanPangkatReguler({ ...base, golongan: 'I/a', ijazah: 'SD' }, { asOf: '2025-04-01' });
    const i = d.reasons.findIndex((x) => x.code === `${RID}.ujianDinasTidakDiperlukan`);
    expect(reasonLines(d, 'id')[i]).toMatchInlineSnapshot(
      `"Terpenuhi: Kenaikan dari I/a (Juru Muda) ke I/b (Juru Muda Tingkat I) tidak memerlukan ujian dinas [2, 5]"`,
    );
    expect(reasonLines(d, 'en')[i]).toMatchInlineSnapshot(
      `"Met: Moving from I/a (Juru Muda) to I/b (Juru Muda Tingkat I) needs no civil-service exam [2, 5]"`,
    );
  });

  it('PPPK golongan I–XVII, ujian dinas and leadership-training values', () => {
    expect([...GOLONGAN_PPPK]).toEqual([
      'I',
      'II',
      'III',
      'IV',
      'V',
      'VI',
      'VII',
      'VIII',
      'IX',
      'X',
      'XI',
      'XII',
      'XIII',
      'XIV',
      'XV',
      'XVI',
      'XVII',
    ]);
    expect([...UJIAN_DINAS]).toEqual(['TINGKAT_I', 'TINGKAT_II']);
    expect([...DIKLAT_KEPEMIMPINAN]).toEqual(['DIKLATPIM_IV', 'DIKLATPIM_III']);
  });
});

describe('regulations cited by kenaikanPangkatReguler and periodeKenaikanPangkat (digest §0)', () => {
  it('numbers, dates and revocations', () => {
    const R = PROMOTION_REGULATIONS;
    expect(R.PP_99_2000).toMatchObject({
      id: 'PP_99_2000',
      jenis: 'PP',
      nomor: '99',
      tahun: 2000,
      mencabut: [],
      diubahOleh: ['PP_12_2002'],
    });
    expect(R.PP_12_2002).toMatchObject({ id: 'PP_12_2002', jenis: 'PP', nomor: '12', tahun: 2002, mencabut: [] });
    expect(R.KEPKA_BKN_12_2002).toMatchObject({ id: 'KEPKA_BKN_12_2002', jenis: 'KEPKA_BKN', nomor: '12', tahun: 2002, mencabut: [] });
    expect(R.PERBKN_4_2023).toMatchObject({
      id: 'PERBKN_4_2023',
      jenis: 'PERBKN',
      nomor: '4',
      tahun: 2023,
      ditetapkan: '2023-07-14',
      diundangkan: '2023-07-24',
      berlaku: '2024-01-01',
      mencabut: [],
    });
    expect(R.PERBKN_2_2025).toMatchObject({
      id: 'PERBKN_2_2025',
      jenis: 'PERBKN',
      nomor: '2',
      tahun: 2025,
      ditetapkan: '2025-05-20',
      mencabut: [],
    });
    expect(R.PERBKN_4_2025).toMatchObject({
      id: 'PERBKN_4_2025',
      jenis: 'PERBKN',
      nomor: '4',
      tahun: 2025,
      ditetapkan: '2025-09-01',
      berlaku: '2025-10-01',
      mencabut: ['PERBKN_4_2023'],
    });
    // The notes carry what the digest says of each.
    expect(R.PP_99_2000.catatan).toMatch(/Pasal 13/);
    expect(R.KEPKA_BKN_12_2002.catatan).toMatch(/KP periods were revoked by Peraturan BKN 4\/2023/);
    expect(R.KEPKA_BKN_12_2002.catatan).toMatch(/atasan-langsung limit by Peraturan BKN 2\/2025/);
    expect(R.PERBKN_4_2023.catatan).toMatch(/1 Feb, 1 Apr, 1 Jun, 1 Aug, 1 Oct, 1 Dec/);
    expect(R.PERBKN_2_2025.catatan).toMatch(/Pasal 2 ayat \(2\)/);
    expect(R.PERBKN_4_2025.catatan).toMatch(/1st of every month/);
    expect(R.PP_99_2000.judul).toBe('Kenaikan Pangkat Pegawai Negeri Sipil');
    expect(R.PP_99_2000.url).toBe('https://www.pasal.id/peraturan/pp/pp-no-99-tahun-2000');
    expect(R.PERBKN_4_2023.judul).toBe('Periodisasi Kenaikan Pangkat Pegawai Negeri Sipil');
    expect(R.PERBKN_4_2025.judul).toBe('Periodisasi Kenaikan Pangkat Pegawai Negeri Sipil');
    expect(R.PERKA_BKN_21_2010).toMatchObject({ id: 'PERKA_BKN_21_2010', jenis: 'PERKA_BKN', nomor: '21', tahun: 2010, mencabut: [] });
    expect(R.PERBKN_2_2025.judul).toBe('Kenaikan Pangkat Reguler Pegawai Negeri Sipil');
  });
});

describe('kenaikanPangkatReguler: the version that decides (versionOn)', () => {
  it('is the version in force on the period, split at the setting tanggalBatasAtasanDicabut', () => {
    const v = (asOf: string, tanggalBatasAtasanDicabut?: string) =>
      kenaikanPangkatReguler(base, { asOf, ...(tanggalBatasAtasanDicabut && { tanggalBatasAtasanDicabut }) }).trace.version;
    expect(v('2025-04-01')).toBe('BATAS_ATASAN');
    // asOf before the repeal, but the period (1 June 2025) after it.
    expect(v('2025-04-02')).toBe('TANPA_BATAS_ATASAN');
    expect(v('2025-06-01')).toBe('TANPA_BATAS_ATASAN');
    // The setting moves the split; the trace names the version the decision applied.
    expect(v('2025-04-02', '2025-07-01')).toBe('BATAS_ATASAN');
    expect(v('2025-06-02', '2025-07-01')).toBe('TANPA_BATAS_ATASAN');
    expect(v('2025-03-10', '2025-04-01')).toBe('TANPA_BATAS_ATASAN');
    expect(v('2025-02-01', '2025-04-01')).toBe('BATAS_ATASAN');
  });

  it('the trace agrees with the atasan reason the decision gives', () => {
    for (const [asOf, dicabut] of [
      ['2025-04-02', '2025-07-01'],
      ['2025-03-10', '2025-04-01'],
      ['2025-04-01', '2025-05-20'],
      ['2025-05-21', '2025-05-20'],
    ] as const) {
      const d = kenaikanPangkatReguler({ ...base, golonganAtasan: 'III/d' }, { asOf, tanggalBatasAtasanDicabut: dicabut });
      const atasanBerlaku = d.reasons.some((x) => x.code === `${RID}.atasan`);
      expect(d.trace.version, `${asOf} / ${dicabut}`).toBe(atasanBerlaku ? 'BATAS_ATASAN' : 'TANPA_BATAS_ATASAN');
    }
  });

  it('a stored decision is decided again under its version, with its options', () => {
    const options = { asOf: '2025-04-02', tanggalBatasAtasanDicabut: '2025-07-01' };
    const d = kenaikanPangkatReguler(base, options);
    expect(rerun(kenaikanPangkatRegulerRule, { input: base, options, trace: d.trace }).value).toEqual(d.value);
    expect(() => rerun(kenaikanPangkatRegulerRule, { input: base, options: { asOf: '2025-04-02' }, trace: d.trace })).toThrow(
      /now selects version TANPA_BATAS_ATASAN/,
    );
  });
});
