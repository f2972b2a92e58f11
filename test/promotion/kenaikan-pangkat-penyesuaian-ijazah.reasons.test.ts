import { describe, expect, it } from 'vitest';
import { explain } from '../../src/explain.js';
import { IJAZAH, kenaikanPangkatPenyesuaianIjazah, type PegawaiPenyesuaianIjazah } from '../../src/promotion/index.js';
import { reasonsOf } from '../expected-reason.js';
import { thrownIssueLines } from '../input-issues.js';
import { HUKUMAN, P_ENAM, PI_SYARAT, PI_TUJUAN, teks } from './dasar-kp.js';

const tail = (d: { reasons: { code: string }[] }) => d.reasons.map((r) => r.code.slice(r.code.lastIndexOf('.') + 1));

const PERIODE_CITE = P_ENAM;
const HUKUMAN_CITE = HUKUMAN;
const T_PERIODE = '(Peraturan BKN 4/2023 Pasal 2)';
const T_HUKUMAN = teks(HUKUMAN);
// The decision date lies before the KP period it leads to, so `asOf` and `periode` differ in every fact.
const asOf = '2025-03-10';

/** Digest §1.2 restated: [starting golongan at CPNS, KP-reguler ceiling] per ijazah. */
const DIGEST_IJAZAH: Record<(typeof IJAZAH)[number], [string, string]> = {
  SD: ['I/a', 'II/a'],
  SLTP: ['I/c', 'II/c'],
  SLTP_KEJURUAN: ['I/c', 'II/d'],
  SLTA: ['II/a', 'III/b'],
  SLTA_KEJURUAN: ['II/a', 'III/b'],
  D_I: ['II/a', 'III/b'],
  D_II: ['II/b', 'III/b'],
  SGPLB: ['II/b', 'III/c'],
  D_III: ['II/c', 'III/c'],
  SARJANA_MUDA: ['II/c', 'III/c'],
  AKADEMI: ['II/c', 'III/c'],
  BAKALOREAT: ['II/c', 'III/c'],
  S1: ['III/a', 'III/d'],
  D_IV: ['III/a', 'III/d'],
  DOKTER: ['III/b', 'IV/a'],
  DOKTER_GIGI: ['III/b', 'IV/a'],
  APOTEKER: ['III/b', 'IV/a'],
  S2: ['III/b', 'IV/a'],
  S3: ['III/c', 'IV/b'],
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
const prev = (g: string) => GOL[GOL.indexOf(g as never) - 1]!;

// ---------------------------------------------------------------------------------------------
// Kenaikan pangkat penyesuaian ijazah (PP 99/2000 jo. PP 12/2002; digest §3.5)

const PI = 'promotion.kenaikanPangkatPenyesuaianIjazah';
const pi = reasonsOf(PI);
// The target golongan: PP 99/2000 Pasal 18 and the juklak table; the other conditions, quoted without their ayat.
const CT = PI_TUJUAN;
const TT = teks(PI_TUJUAN);
const CP = PI_SYARAT;
const TP = teks(PI_SYARAT);

describe('kenaikanPangkatPenyesuaianIjazah reasons', () => {
  const base: PegawaiPenyesuaianIjazah = {
    golongan: 'II/c',
    tmtPangkat: '2024-04-01',
    ijazahBaru: 'S1',
    jabatanSesuaiIjazah: true,
    lulusUkppi: true,
    riwayatPenilaian: [{ tahun: 2024, predikat: 'BAIK' }],
  };

  it('every condition just met: the whole decision and both texts', () => {
    const d = kenaikanPangkatPenyesuaianIjazah(base, { asOf });
    expect(d.value).toEqual({
      memenuhiSyarat: true,
      golonganBaru: 'III/a',
      tmt: '2025-04-01',
      periode: '2025-04-01',
      golonganTujuan: 'III/a',
    });
    expect(d.reasons).toEqual([
      pi('periode', 'INFO', PERIODE_CITE, { asOf, periode: '2025-04-01' }),
      pi('golonganIjazah', 'PASS', CT, { ijazah: 'S1', golonganTujuan: 'III/a', golongan: 'II/c' }),
      pi('jabatanSesuai', 'PASS', CP, { ijazah: 'S1' }),
      pi('masaDalamPangkat', 'PASS', CP, {
        mulai: '2024-04-01',
        periode: '2025-04-01',
        tahun: 1,
        minimum: 1,
        tanggalPalingCepat: '2025-04-01',
      }),
      pi('penilaian', 'PASS', CP, { tahun: 2024, predikat: 'BAIK', minimum: 'BAIK' }),
      pi('ukppi', 'PASS', CP, {}),
      pi('hukumanTidakAda', 'PASS', HUKUMAN_CITE, { tanggal: '2025-03-10, 2025-04-01' }),
    ]);
    expect(explain(d, 'id')).toMatchInlineSnapshot(`
      [
        "Catatan: Periode kenaikan pangkat yang dinilai: 1 April 2025 (periode pertama pada atau setelah 10 Maret 2025) [1]",
        "Terpenuhi: Pangkat awal untuk ijazah Sarjana (S1) adalah III/a (Penata Muda); golongan sekarang II/c (Pengatur) [2, 3]",
        "Terpenuhi: Jabatan/tugas memerlukan pengetahuan sesuai ijazah Sarjana (S1) [4]",
        "Terpenuhi: Masa dalam pangkat sejak 1 April 2024: 1 tahun pada 1 April 2025 (minimal 1 tahun, tercapai pada 1 April 2025) [4]",
        "Terpenuhi: Penilaian kinerja tahun 2024: Baik (minimal Baik) [4]",
        "Terpenuhi: Lulus ujian kenaikan pangkat penyesuaian ijazah (UKPPI) [4]",
        "Terpenuhi: Tidak sedang menjalani hukuman disiplin yang menghalangi pada 10 Maret 2025, 1 April 2025 [5]",
        "Dasar hukum:",
        "[1] Peraturan BKN 4/2023 Pasal 2",
        "[2] PP 99/2000 Pasal 18",
        "[3] Keputusan Kepala BKN 12/2002 (pasal belum ditemukan)",
        "[4] PP 99/2000 (pasal belum ditemukan)",
        "[5] PP 94/2021 (pasal belum ditemukan)",
      ]
    `);
    expect(explain(d, 'en')).toMatchInlineSnapshot(`
      [
        "Note: Promotion period assessed: 1 April 2025 (the first period on or after 10 March 2025) [1]",
        "Met: The starting rank for diploma Bachelor (S1) is III/a (Penata Muda); current golongan II/c (Pengatur) [2, 3]",
        "Met: The post or duties need the knowledge of diploma Bachelor (S1) [4]",
        "Met: Time in rank since 1 April 2024: 1 year on 1 April 2025 (minimum 1 year, reached on 1 April 2025) [4]",
        "Met: Performance appraisal 2024: Good (Baik) (minimum Good (Baik)) [4]",
        "Met: Passed the diploma-adjustment promotion exam (UKPPI) [4]",
        "Met: No blocking disciplinary penalty running on 10 March 2025, 1 April 2025 [5]",
        "Legal basis:",
        "[1] Peraturan BKN 4/2023 Pasal 2",
        "[2] PP 99/2000 Pasal 18",
        "[3] Keputusan Kepala BKN 12/2002 (article not located)",
        "[4] PP 99/2000 (article not located)",
        "[5] PP 94/2021 (article not located)",
      ]
    `);
  });

  it('every condition failing: the whole decision and both texts', () => {
    const d = kenaikanPangkatPenyesuaianIjazah(
      {
        golongan: 'III/a',
        tmtPangkat: '2024-04-02',
        ijazahBaru: 'D_IV',
        jabatanSesuaiIjazah: false,
        lulusUkppi: false,
        riwayatPenilaian: [{ tahun: 2024, predikat: 'BUTUH_PERBAIKAN' }],
        riwayatHukuman: [{ jenis: 'PENURUNAN_JABATAN', tmt: '2024-06-01' }],
      },
      { asOf },
    );
    expect(d.value).toEqual({ memenuhiSyarat: false, golonganBaru: null, tmt: null, periode: '2025-04-01', golonganTujuan: 'III/a' });
    expect(d.reasons).toEqual([
      pi('periode', 'INFO', PERIODE_CITE, { asOf, periode: '2025-04-01' }),
      pi('golonganIjazah', 'FAIL', CT, { ijazah: 'D_IV', golonganTujuan: 'III/a', golongan: 'III/a' }),
      pi('jabatanSesuai', 'FAIL', CP, { ijazah: 'D_IV' }),
      pi('masaDalamPangkat', 'FAIL', CP, {
        mulai: '2024-04-02',
        periode: '2025-04-01',
        tahun: 0,
        minimum: 1,
        tanggalPalingCepat: '2025-04-02',
      }),
      pi('penilaian', 'FAIL', CP, { tahun: 2024, predikat: 'BUTUH_PERBAIKAN', minimum: 'BAIK' }),
      pi('ukppi', 'FAIL', CP, {}),
      pi('hukumanBerjalan', 'FAIL', HUKUMAN_CITE, { jenis: 'PENURUNAN_JABATAN', tmtHukuman: '2024-06-01', selesai: '2025-06-01' }),
    ]);
    expect(explain(d, 'id')).toMatchInlineSnapshot(`
      [
        "Catatan: Periode kenaikan pangkat yang dinilai: 1 April 2025 (periode pertama pada atau setelah 10 Maret 2025) [1]",
        "Tidak terpenuhi: Pangkat awal untuk ijazah Diploma IV adalah III/a (Penata Muda); golongan sekarang III/a (Penata Muda) [2, 3]",
        "Tidak terpenuhi: Jabatan/tugas memerlukan pengetahuan sesuai ijazah Diploma IV [4]",
        "Tidak terpenuhi: Masa dalam pangkat sejak 2 April 2024: 0 tahun pada 1 April 2025 (minimal 1 tahun, tercapai pada 2 April 2025) [4]",
        "Tidak terpenuhi: Penilaian kinerja tahun 2024: Butuh Perbaikan (minimal Baik) [4]",
        "Tidak terpenuhi: Lulus ujian kenaikan pangkat penyesuaian ijazah (UKPPI) [4]",
        "Tidak terpenuhi: Sedang menjalani hukuman disiplin penurunan jabatan setingkat lebih rendah selama 12 bulan (TMT 1 Juni 2024, selesai 1 Juni 2025) [5]",
        "Dasar hukum:",
        "[1] Peraturan BKN 4/2023 Pasal 2",
        "[2] PP 99/2000 Pasal 18",
        "[3] Keputusan Kepala BKN 12/2002 (pasal belum ditemukan)",
        "[4] PP 99/2000 (pasal belum ditemukan)",
        "[5] PP 94/2021 (pasal belum ditemukan)",
      ]
    `);
    expect(explain(d, 'en')).toMatchInlineSnapshot(`
      [
        "Note: Promotion period assessed: 1 April 2025 (the first period on or after 10 March 2025) [1]",
        "Not met: The starting rank for diploma Diploma IV is III/a (Penata Muda); current golongan III/a (Penata Muda) [2, 3]",
        "Not met: The post or duties need the knowledge of diploma Diploma IV [4]",
        "Not met: Time in rank since 2 April 2024: 0 years on 1 April 2025 (minimum 1 year, reached on 2 April 2025) [4]",
        "Not met: Performance appraisal 2024: Needs Improvement (Butuh Perbaikan) (minimum Good (Baik)) [4]",
        "Not met: Passed the diploma-adjustment promotion exam (UKPPI) [4]",
        "Not met: Serving disciplinary penalty demotion one level for 12 months (from 1 June 2024, ends 1 June 2025) [5]",
        "Legal basis:",
        "[1] Peraturan BKN 4/2023 Pasal 2",
        "[2] PP 99/2000 Pasal 18",
        "[3] Keputusan Kepala BKN 12/2002 (article not located)",
        "[4] PP 99/2000 (article not located)",
        "[5] PP 94/2021 (article not located)",
      ]
    `);
  });

  it('the target is the starting golongan of the new ijazah, and must be above the current golongan', () => {
    for (const ijazahBaru of IJAZAH) {
      const tujuan = DIGEST_IJAZAH[ijazahBaru][0];
      const below = kenaikanPangkatPenyesuaianIjazah(
        { ...base, ijazahBaru, golongan: prev(tujuan === 'I/a' ? 'I/b' : tujuan) as never },
        { asOf },
      );
      expect(below.value.golonganTujuan, ijazahBaru).toBe(tujuan);
      expect(below.reasons[1]!.outcome, ijazahBaru).toBe(tujuan === 'I/a' ? 'FAIL' : 'PASS');
      const same = kenaikanPangkatPenyesuaianIjazah({ ...base, ijazahBaru, golongan: tujuan as never }, { asOf });
      expect(same.reasons[1], ijazahBaru).toEqual(
        pi('golonganIjazah', 'FAIL', CT, { ijazah: ijazahBaru, golonganTujuan: tujuan, golongan: tujuan }),
      );
      expect(same.value, ijazahBaru).toMatchObject({ memenuhiSyarat: false, golonganBaru: null, golonganTujuan: tujuan });
    }
    // The starting golongan may be several levels higher: II/a with a new S2 rises to III/b.
    expect(kenaikanPangkatPenyesuaianIjazah({ ...base, golongan: 'II/a', ijazahBaru: 'S2' }, { asOf }).value).toEqual({
      memenuhiSyarat: true,
      golonganBaru: 'III/b',
      tmt: '2025-04-01',
      periode: '2025-04-01',
      golonganTujuan: 'III/b',
    });
    expect(kenaikanPangkatPenyesuaianIjazah({ ...base, golongan: 'III/b' }, { asOf }).reasons[1]!.outcome).toBe('FAIL');
  });

  it('the appraisal of the one year before the period only; settings apply', () => {
    expect(tail(kenaikanPangkatPenyesuaianIjazah({ ...base, riwayatPenilaian: [] }, { asOf })).slice(4, 5)).toEqual(['penilaianTidakAda']);
    expect(kenaikanPangkatPenyesuaianIjazah({ ...base, riwayatPenilaian: [] }, { asOf }).reasons[4]).toEqual(
      pi('penilaianTidakAda', 'FAIL', CP, { tahun: 2024, minimum: 'BAIK' }),
    );
    expect(
      kenaikanPangkatPenyesuaianIjazah(
        { ...base, riwayatPenilaian: [{ tahun: 2023, predikat: 'KURANG' }, ...base.riwayatPenilaian!] },
        { asOf },
      ).value.memenuhiSyarat,
    ).toBe(true);
    expect(kenaikanPangkatPenyesuaianIjazah(base, { asOf, minPredikat: 'SANGAT_BAIK' }).reasons[4]).toEqual(
      pi('penilaian', 'FAIL', CP, { tahun: 2024, predikat: 'BAIK', minimum: 'SANGAT_BAIK' }),
    );
    const off = kenaikanPangkatPenyesuaianIjazah(
      { ...base, riwayatHukuman: [{ jenis: 'PDHTAPS', tmt: '2025-01-01' }] },
      { asOf, tingkatHukumanMenghalangi: [] },
    );
    expect(off.value.memenuhiSyarat).toBe(true);
    expect(off.reasons[6]).toEqual(pi('hukumanTidakDiperiksa', 'INFO', HUKUMAN_CITE, {}));
  });

  it('refuses bad input with exact issues', () => {
    expect(
      thrownIssueLines(() =>
        kenaikanPangkatPenyesuaianIjazah({ golongan: 'II/c', tmtPangkat: '2022-04-01', ijazahBaru: 'S1' } as never, { asOf }),
      ),
    ).toEqual(['jabatanSesuaiIjazah: is required; give true or false', 'lulusUkppi: is required; give true or false']);
    expect(thrownIssueLines(() => kenaikanPangkatPenyesuaianIjazah(base, {} as never))).toEqual([
      'options.asOf: is required; give a date YYYY-MM-DD, e.g. 2024-02-01',
    ]);
  });
});
