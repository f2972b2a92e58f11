import { describe, expect, it } from 'vitest';
import { explain } from '../../src/explain.js';
import { kenaikanPangkatPrestasiLuarBiasa, type PegawaiPrestasiLuarBiasa } from '../../src/promotion/index.js';
import { reasonsOf } from '../expected-reason.js';
import { thrownIssueLines } from '../input-issues.js';
import { HUKUMAN, P_ENAM, PLB, PLB_PUNCAK, teks } from './dasar-kp.js';
import { reasonLines } from '../explain/lines.js';

const tail = (d: { reasons: { code: string }[] }) => d.reasons.map((r) => r.code.slice(r.code.lastIndexOf('.') + 1));

const PERIODE_CITE = P_ENAM;
const HUKUMAN_CITE = HUKUMAN;
const T_PERIODE = '(Peraturan BKN 4/2023 Pasal 2)';
const T_HUKUMAN = teks(HUKUMAN);
// The decision date lies before the KP period it leads to, so `asOf` and `periode` differ in every fact.
const asOf = '2025-03-10';

// The conditions, quoted without their article; IV/e adds the Lampiran of the 17 pangkat.
const CP = PLB;
const TP = teks(PLB);
const CPUNCAK = PLB_PUNCAK;
const TPUNCAK = teks(PLB_PUNCAK);

// ---------------------------------------------------------------------------------------------
// Kenaikan pangkat pilihan karena prestasi kerja luar biasa baiknya (digest §3.5)

const PLB_ID = 'promotion.kenaikanPangkatPrestasiLuarBiasa';
const plb = reasonsOf(PLB_ID);

describe('kenaikanPangkatPrestasiLuarBiasa reasons', () => {
  const base: PegawaiPrestasiLuarBiasa = {
    golongan: 'III/b',
    tmtPangkat: '2024-04-01',
    riwayatPenilaian: [{ tahun: 2024, predikat: 'SANGAT_BAIK' }],
  };

  it('1 year in pangkat and Sangat Baik ("amat baik") last year: the whole decision and both texts', () => {
    const d = kenaikanPangkatPrestasiLuarBiasa(base, { asOf });
    expect(d.value).toEqual({
      memenuhiSyarat: true,
      golonganBaru: 'III/c',
      tmt: '2025-04-01',
      periode: '2025-04-01',
      golonganTujuan: 'III/c',
    });
    expect(d.reasons).toEqual([
      plb('periode', 'INFO', PERIODE_CITE, { asOf, periode: '2025-04-01' }),
      plb('masaDalamPangkat', 'PASS', CP, {
        mulai: '2024-04-01',
        periode: '2025-04-01',
        tahun: 1,
        minimum: 1,
        tanggalPalingCepat: '2025-04-01',
      }),
      plb('penilaian', 'PASS', CP, { tahun: 2024, predikat: 'SANGAT_BAIK', minimum: 'SANGAT_BAIK' }),
      plb('hukumanTidakAda', 'PASS', HUKUMAN_CITE, { tanggal: '2025-03-10, 2025-04-01' }),
    ]);
    expect(explain(d, 'id')).toMatchInlineSnapshot(`
      [
        "Catatan: Periode kenaikan pangkat yang dinilai: 1 April 2025 (periode pertama pada atau setelah 10 Maret 2025) [1]",
        "Terpenuhi: Masa dalam pangkat sejak 1 April 2024: 1 tahun pada 1 April 2025 (minimal 1 tahun, tercapai pada 1 April 2025) [2]",
        "Terpenuhi: Penilaian kinerja tahun 2024: Sangat Baik (minimal Sangat Baik) [2]",
        "Terpenuhi: Tidak sedang menjalani hukuman disiplin yang menghalangi pada 10 Maret 2025, 1 April 2025 [3]",
        "Dasar hukum:",
        "[1] Peraturan BKN 4/2023 Pasal 2",
        "[2] PP 99/2000 (pasal belum ditemukan)",
        "[3] PP 94/2021 (pasal belum ditemukan)",
      ]
    `);
    expect(explain(d, 'en')).toMatchInlineSnapshot(`
      [
        "Note: Promotion period assessed: 1 April 2025 (the first period on or after 10 March 2025) [1]",
        "Met: Time in rank since 1 April 2024: 1 year on 1 April 2025 (minimum 1 year, reached on 1 April 2025) [2]",
        "Met: Performance appraisal 2024: Very Good (Sangat Baik) (minimum Very Good (Sangat Baik)) [2]",
        "Met: No blocking disciplinary penalty running on 10 March 2025, 1 April 2025 [3]",
        "Legal basis:",
        "[1] Peraturan BKN 4/2023 Pasal 2",
        "[2] PP 99/2000 (article not located)",
        "[3] PP 94/2021 (article not located)",
      ]
    `);
  });

  it('a day short, no appraisal, and a permanent hukuman berat: the whole decision and both texts', () => {
    const d = kenaikanPangkatPrestasiLuarBiasa(
      { golongan: 'II/d', tmtPangkat: '2024-04-02', riwayatHukuman: [{ jenis: 'PDHTAPS', tmt: '2025-01-01' }] },
      { asOf },
    );
    expect(d.value).toEqual({ memenuhiSyarat: false, golonganBaru: null, tmt: null, periode: '2025-04-01', golonganTujuan: 'III/a' });
    expect(d.reasons).toEqual([
      plb('periode', 'INFO', PERIODE_CITE, { asOf, periode: '2025-04-01' }),
      plb('masaDalamPangkat', 'FAIL', CP, {
        mulai: '2024-04-02',
        periode: '2025-04-01',
        tahun: 0,
        minimum: 1,
        tanggalPalingCepat: '2025-04-02',
      }),
      plb('penilaianTidakAda', 'FAIL', CP, { tahun: 2024, minimum: 'SANGAT_BAIK' }),
      plb('diberhentikan', 'FAIL', HUKUMAN_CITE, { tmtHukuman: '2025-01-01' }),
    ]);
    expect(explain(d, 'id').slice(1, 3)).toMatchInlineSnapshot(`
      [
        "Tidak terpenuhi: Masa dalam pangkat sejak 2 April 2024: 0 tahun pada 1 April 2025 (minimal 1 tahun, tercapai pada 2 April 2025) [2]",
        "Tidak terpenuhi: Penilaian kinerja tahun 2024 tidak tersedia (minimal Sangat Baik) [2]",
      ]
    `);
    // PDHTAPS is a dismissal, not a hukuman being served that ends.
    expect(reasonLines(d, 'id')[3]).toMatchInlineSnapshot(
      `"Tidak terpenuhi: Diberhentikan dengan hormat tidak atas permintaan sendiri sebagai PNS (PDHTAPS) sejak 1 Januari 2025: tidak ada kenaikan pangkat [3]"`,
    );
    expect(explain(d, 'en').slice(1, 3)).toMatchInlineSnapshot(`
      [
        "Not met: Time in rank since 2 April 2024: 0 years on 1 April 2025 (minimum 1 year, reached on 2 April 2025) [2]",
        "Not met: No performance appraisal for 2024 (minimum Very Good (Sangat Baik)) [2]",
      ]
    `);
    expect(reasonLines(d, 'en')[3]).toMatchInlineSnapshot(
      `"Not met: Dismissed from the civil service (PDHTAPS) from 1 January 2025: no promotion [3]"`,
    );
  });

  it('Baik is not enough with the preset; the setting minPredikat lowers it', () => {
    const p = { ...base, riwayatPenilaian: [{ tahun: 2024, predikat: 'BAIK' as const }] };
    const d = kenaikanPangkatPrestasiLuarBiasa(p, { asOf });
    expect(d.value.memenuhiSyarat).toBe(false);
    expect(d.reasons[2]).toEqual(plb('penilaian', 'FAIL', CP, { tahun: 2024, predikat: 'BAIK', minimum: 'SANGAT_BAIK' }));
    expect(reasonLines(d, 'en')[2]).toMatchInlineSnapshot(
      `"Not met: Performance appraisal 2024: Good (Baik) (minimum Very Good (Sangat Baik)) [2]"`,
    );
    expect(kenaikanPangkatPrestasiLuarBiasa(p, { asOf, minPredikat: 'BAIK' }).reasons[2]).toEqual(
      plb('penilaian', 'PASS', CP, { tahun: 2024, predikat: 'BAIK', minimum: 'BAIK' }),
    );
  });

  it('not bound by a jenjang and without ujian dinas: II/d → III/a and III/d → IV/a, IV/d → IV/e', () => {
    for (const [golongan, tujuan] of [
      ['II/d', 'III/a'],
      ['III/d', 'IV/a'],
      ['IV/d', 'IV/e'],
      ['I/a', 'I/b'],
    ] as const) {
      const d = kenaikanPangkatPrestasiLuarBiasa({ ...base, golongan }, { asOf });
      expect(d.value, golongan).toEqual({
        memenuhiSyarat: true,
        golonganBaru: tujuan,
        tmt: '2025-04-01',
        periode: '2025-04-01',
        golonganTujuan: tujuan,
      });
      expect(tail(d), golongan).toEqual(['periode', 'masaDalamPangkat', 'penilaian', 'hukumanTidakAda']);
    }
  });

  it('IV/e is the highest pangkat: refused with its own reason and nothing else checked', () => {
    const d = kenaikanPangkatPrestasiLuarBiasa({ ...base, golongan: 'IV/e' }, { asOf });
    expect(d.value).toEqual({ memenuhiSyarat: false, golonganBaru: null, tmt: null, periode: '2025-04-01', golonganTujuan: null });
    expect(d.reasons).toEqual([
      plb('periode', 'INFO', PERIODE_CITE, { asOf, periode: '2025-04-01' }),
      plb('pangkatPuncak', 'FAIL', CPUNCAK, { golongan: 'IV/e' }),
    ]);
    expect(reasonLines(d, 'id')[1]).toMatchInlineSnapshot(
      `"Tidak terpenuhi: Golongan IV/e (Pembina Utama) adalah pangkat tertinggi PNS [2, 3]"`,
    );
    expect(reasonLines(d, 'en')[1]).toMatchInlineSnapshot(
      `"Not met: Golongan IV/e (Pembina Utama) is the highest civil-service rank [2, 3]"`,
    );
  });

  it('refuses bad input with exact issues', () => {
    expect(thrownIssueLines(() => kenaikanPangkatPrestasiLuarBiasa(base, { asOf, minPredikat: 'AMAT_BAIK' as never }))).toEqual([
      'options.minPredikat: "AMAT_BAIK" is not one of the options; write one of "SANGAT_BAIK", "BAIK", "BUTUH_PERBAIKAN", "KURANG" or "SANGAT_KURANG"',
    ]);
    expect(thrownIssueLines(() => kenaikanPangkatPrestasiLuarBiasa({ ...base, golongan: 'IV/f' as never }, { asOf }))).toEqual([
      'golongan: "IV/f" is not one of the options (did you mean "IV/a"?); write one of "I/a", "I/b", "I/c", "I/d", "II/a", "II/b", "II/c", "II/d", "III/a", "III/b", "III/c", "III/d", "IV/a", "IV/b", "IV/c", "IV/d" or "IV/e"',
    ]);
  });
});
