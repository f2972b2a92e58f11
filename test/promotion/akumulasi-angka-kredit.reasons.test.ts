import { describe, expect, it } from 'vitest';
import { explain } from '../../src/explain.js';
import { akumulasiAngkaKredit, type AkumulasiAngkaKreditInput, JENJANG_JF } from '../../src/promotion/index.js';
import { reasonsOf } from '../expected-reason.js';
import { thrownIssueLines } from '../input-issues.js';
import { JENJANG_DIGEST } from './digest-angka-kredit.js';
import { reasonLines } from '../explain/lines.js';

const AKUMULASI = 'promotion.akumulasiAngkaKredit';
// PermenPANRB 1/2023 Pasal 37 ayat (1) and (4); Peraturan BKN 3/2023 Pasal 12 ayat (3) and Pasal 13 ayat (1).
const CITE_KONVERSI = [
  { regulation: 'PERMENPANRB_1_2023', article: 'Pasal 37 ayat (1) dan ayat (4)' },
  { regulation: 'PERBKN_3_2023', article: 'Pasal 12 ayat (3)' },
  { regulation: 'PERBKN_3_2023', article: 'Pasal 13 ayat (1)' },
];
const CK =
  '(PermenPANRB 1/2023 Pasal 37 ayat (1) dan ayat (4); Peraturan BKN 3/2023 Pasal 12 ayat (3); Peraturan BKN 3/2023 Pasal 13 ayat (1))';
// AKK thresholds (PermenPANRB 1/2023 Lampiran) and accumulation (Peraturan BKN 3/2023 Pasal 12 ayat (7)).
const CITE_AKK = [
  { regulation: 'PERMENPANRB_1_2023', annex: 'Lampiran' },
  { regulation: 'PERBKN_3_2023', article: 'Pasal 12 ayat (7)' },
];
const CA = '(PermenPANRB 1/2023 Lampiran; Peraturan BKN 3/2023 Pasal 12 ayat (7))';
// The sum adds AK pendidikan (PermenPANRB 1/2023 Pasal 37 ayat (2)).
const CITE_JUMLAH = [...CITE_AKK, { regulation: 'PERMENPANRB_1_2023', article: 'Pasal 37 ayat (2)' }];
const CJ = '(PermenPANRB 1/2023 Lampiran; Peraturan BKN 3/2023 Pasal 12 ayat (7); PermenPANRB 1/2023 Pasal 37 ayat (2))';
// KJ first and the carried excess: no article found.
const CITE_MEKANISME = [{ regulation: 'PERBKN_3_2023', unlocated: expect.stringMatching(/^KJ before KP when both AKK are met/) }];
const CM = '(Peraturan BKN 3/2023 (pasal belum ditemukan))';
const CM_EN = '(Peraturan BKN 3/2023 (article not located))';
const r = reasonsOf(AKUMULASI);
const jumlah = (facts: Record<string, unknown>) =>
  r('jumlah', 'INFO', CITE_JUMLAH, { akDasar: '0', akJfLama: '0', akPenyesuaian: '0', akKelebihan: '0', akPendidikan: '0.00', ...facts });
const setahun = (y: number, predikat: 'SANGAT_BAIK' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG') => ({
  dari: `${y}-01-01`,
  sampai: `${y}-12-31`,
  predikat,
});

describe('akumulasiAngkaKredit reasons (PermenPANRB 1/2023 Pasal 37, Lampiran; Peraturan BKN 3/2023 Pasal 12–13)', () => {
  it('BKN slide example: 18.75 + 2.08 = 20.83, short of 50, met after 28 more months at Baik (digest §9 vectors 1–2)', () => {
    const d = akumulasiAngkaKredit({
      jenjang: 'AHLI_PERTAMA',
      golongan: 'III/a',
      periode: [setahun(2023, 'SANGAT_BAIK'), { dari: '2024-01-01', sampai: '2024-02-29', predikat: 'BAIK' }],
    });
    const tigaPuluh = '20.83333333333333333333333333333333333333';
    expect(d.value).toEqual({
      akk: tigaPuluh,
      akkDisplay: '20.83',
      akKonversi: tigaPuluh,
      kebutuhanKenaikanPangkat: '50',
      kebutuhanKenaikanJenjang: '100',
      akkJenjang: tigaPuluh,
      memenuhiKenaikanPangkat: false,
      memenuhiKenaikanJenjang: false,
      didahulukan: null,
      kelebihan: null,
      kekurangan: '29.16666666666666666666666666666666666667',
      bulanKekurangan: 28,
      tanggalPalingCepat: '2026-06-30',
    });
    const periode = (dari: string, sampai: string, bulan: number, predikat: string, persentase: number, angkaKredit: string) =>
      r('periode', 'INFO', CITE_KONVERSI, {
        dari,
        sampai,
        bulan,
        predikat,
        persentase,
        jenjang: 'AHLI_PERTAMA',
        koefisien: '12.5',
        angkaKredit,
      });
    expect(d.reasons).toEqual([
      periode('2023-01-01', '2023-12-31', 12, 'SANGAT_BAIK', 150, '18.75'),
      periode('2024-01-01', '2024-02-29', 2, 'BAIK', 100, '2.08'),
      jumlah({ akKonversi: '20.83', akk: '20.83' }),
      r('kenaikanPangkat', 'FAIL', CITE_AKK, { golongan: 'III/a', golonganTujuan: 'III/b', akk: '20.83', kebutuhan: '50' }),
      r('kenaikanJenjang', 'FAIL', CITE_AKK, {
        jenjang: 'AHLI_PERTAMA',
        jenjangBerikutnya: 'AHLI_MUDA',
        akkJenjang: '20.83',
        kebutuhan: '100',
      }),
      r('kekurangan', 'INFO', CITE_KONVERSI, { kekurangan: '29.17', predikat: 'BAIK', bulan: 28, tanggal: '2026-06-30' }),
    ]);
    expect(explain(d, 'id')).toMatchInlineSnapshot(`
      [
        "Catatan: Periode 1 Januari 2023 s.d. 31 Desember 2023: 12/12 × 150% (Sangat Baik) × 12,5 (Ahli Pertama) = 18,75 [1, 2, 3]",
        "Catatan: Periode 1 Januari 2024 s.d. 29 Februari 2024: 2/12 × 100% (Baik) × 12,5 (Ahli Pertama) = 2,08 [1, 2, 3]",
        "Catatan: AKK = AK dasar 0 + AK JF lama 0 + AK penyesuaian 0 + kelebihan 0 + AK pendidikan 0,00 + AK konversi 20,83 = 20,83 [4, 5, 6]",
        "Tidak terpenuhi: Kenaikan pangkat III/a (Penata Muda) → III/b (Penata Muda Tingkat I): AKK 20,83, dibutuhkan 50 [4, 5]",
        "Tidak terpenuhi: Kenaikan jenjang Ahli Pertama → Ahli Muda: AKK dalam jenjang 20,83, dibutuhkan 100 [4, 5]",
        "Catatan: Kekurangan AKK 29,17: dengan predikat Baik terpenuhi setelah 28 bulan (30 Juni 2026) [1, 2, 3]",
        "Dasar hukum:",
        "[1] PermenPANRB 1/2023 Pasal 37 ayat (1) dan ayat (4)",
        "[2] Peraturan BKN 3/2023 Pasal 12 ayat (3)",
        "[3] Peraturan BKN 3/2023 Pasal 13 ayat (1)",
        "[4] PermenPANRB 1/2023 Lampiran",
        "[5] Peraturan BKN 3/2023 Pasal 12 ayat (7)",
        "[6] PermenPANRB 1/2023 Pasal 37 ayat (2)",
      ]
    `);
    expect(explain(d, 'en')).toMatchInlineSnapshot(`
      [
        "Note: Period 1 January 2023 to 31 December 2023: 12/12 × 150% (Very Good (Sangat Baik)) × 12.5 (Ahli Pertama (first expert)) = 18.75 [1, 2, 3]",
        "Note: Period 1 January 2024 to 29 February 2024: 2/12 × 100% (Good (Baik)) × 12.5 (Ahli Pertama (first expert)) = 2.08 [1, 2, 3]",
        "Note: AKK = base 0 + legacy 0 + adjustment 0 + carried over 0 + education 0.00 + conversion 20.83 = 20.83 [4, 5, 6]",
        "Not met: Promotion III/a (Penata Muda) → III/b (Penata Muda Tingkat I): AKK 20.83, needed 50 [4, 5]",
        "Not met: Grade advancement Ahli Pertama (first expert) → Ahli Muda (junior expert): AKK in the grade 20.83, needed 100 [4, 5]",
        "Note: AKK shortfall 29.17: at predikat Good (Baik) met after 28 months (30 June 2026) [1, 2, 3]",
        "Legal basis:",
        "[1] PermenPANRB 1/2023 Pasal 37 ayat (1) dan ayat (4)",
        "[2] Peraturan BKN 3/2023 Pasal 12 ayat (3)",
        "[3] Peraturan BKN 3/2023 Pasal 13 ayat (1)",
        "[4] PermenPANRB 1/2023 Lampiran",
        "[5] Peraturan BKN 3/2023 Pasal 12 ayat (7)",
        "[6] PermenPANRB 1/2023 Pasal 37 ayat (2)",
      ]
    `);
  });

  it('KP and KJ both met: kenaikan jenjang first, the excess carried (digest §4.4 rules 2 and 4)', () => {
    // Ahli Pertama III/b: AKK 40 + 12.5 = 52.5 ≥ 50; in the jenjang 50 (III/a → III/b) + 52.5 = 102.5 ≥ 100.
    const d = akumulasiAngkaKredit({ jenjang: 'AHLI_PERTAMA', golongan: 'III/b', akDasar: 40, periode: [setahun(2024, 'BAIK')] });
    expect(d.value).toEqual({
      akk: '52.5',
      akkDisplay: '52.50',
      akKonversi: '12.5',
      kebutuhanKenaikanPangkat: '50',
      kebutuhanKenaikanJenjang: '100',
      akkJenjang: '102.5',
      memenuhiKenaikanPangkat: true,
      memenuhiKenaikanJenjang: true,
      didahulukan: 'KENAIKAN_JENJANG',
      kelebihan: '2.5',
      kekurangan: null,
      bulanKekurangan: null,
      tanggalPalingCepat: null,
    });
    expect(d.reasons).toEqual([
      r('periode', 'INFO', CITE_KONVERSI, {
        dari: '2024-01-01',
        sampai: '2024-12-31',
        bulan: 12,
        predikat: 'BAIK',
        persentase: 100,
        jenjang: 'AHLI_PERTAMA',
        koefisien: '12.5',
        angkaKredit: '12.50',
      }),
      jumlah({ akDasar: '40', akKonversi: '12.50', akk: '52.50' }),
      r('kenaikanPangkat', 'PASS', CITE_AKK, { golongan: 'III/b', golonganTujuan: 'III/c', akk: '52.50', kebutuhan: '50' }),
      r('kenaikanJenjang', 'PASS', CITE_AKK, {
        jenjang: 'AHLI_PERTAMA',
        jenjangBerikutnya: 'AHLI_MUDA',
        akkJenjang: '102.50',
        kebutuhan: '100',
      }),
      r('jenjangDidahulukan', 'INFO', CITE_MEKANISME, { jenjang: 'AHLI_PERTAMA' }),
      r('kelebihan', 'INFO', CITE_MEKANISME, { kelebihan: '2.50' }),
    ]);
    expect(explain(d, 'id').slice(1)).toMatchInlineSnapshot(`
      [
        "Catatan: AKK = AK dasar 40 + AK JF lama 0 + AK penyesuaian 0 + kelebihan 0 + AK pendidikan 0,00 + AK konversi 12,50 = 52,50 [4, 5, 6]",
        "Terpenuhi: Kenaikan pangkat III/b (Penata Muda Tingkat I) → III/c (Penata): AKK 52,50, dibutuhkan 50 [4, 5]",
        "Terpenuhi: Kenaikan jenjang Ahli Pertama → Ahli Muda: AKK dalam jenjang 102,50, dibutuhkan 100 [4, 5]",
        "Catatan: AKK kenaikan pangkat dan kenaikan jenjang sama-sama terpenuhi: kenaikan jenjang dari Ahli Pertama didahulukan, lalu kenaikan pangkat dengan AK yang sama [7]",
        "Catatan: Kelebihan AKK 2,50 diperhitungkan untuk kenaikan pangkat berikutnya dalam jenjang yang sama [7]",
        "Dasar hukum:",
        "[1] PermenPANRB 1/2023 Pasal 37 ayat (1) dan ayat (4)",
        "[2] Peraturan BKN 3/2023 Pasal 12 ayat (3)",
        "[3] Peraturan BKN 3/2023 Pasal 13 ayat (1)",
        "[4] PermenPANRB 1/2023 Lampiran",
        "[5] Peraturan BKN 3/2023 Pasal 12 ayat (7)",
        "[6] PermenPANRB 1/2023 Pasal 37 ayat (2)",
        "[7] Peraturan BKN 3/2023 (pasal belum ditemukan)",
      ]
    `);
    expect(explain(d, 'en').slice(1)).toMatchInlineSnapshot(`
      [
        "Note: AKK = base 40 + legacy 0 + adjustment 0 + carried over 0 + education 0.00 + conversion 12.50 = 52.50 [4, 5, 6]",
        "Met: Promotion III/b (Penata Muda Tingkat I) → III/c (Penata): AKK 52.50, needed 50 [4, 5]",
        "Met: Grade advancement Ahli Pertama (first expert) → Ahli Muda (junior expert): AKK in the grade 102.50, needed 100 [4, 5]",
        "Note: Both promotion and grade-advancement AKK are met: grade advancement from Ahli Pertama (first expert) comes first, then promotion with the same AK [7]",
        "Note: Excess AKK 2.50 counts toward the next promotion in the same grade [7]",
        "Legal basis:",
        "[1] PermenPANRB 1/2023 Pasal 37 ayat (1) dan ayat (4)",
        "[2] Peraturan BKN 3/2023 Pasal 12 ayat (3)",
        "[3] Peraturan BKN 3/2023 Pasal 13 ayat (1)",
        "[4] PermenPANRB 1/2023 Lampiran",
        "[5] Peraturan BKN 3/2023 Pasal 12 ayat (7)",
        "[6] PermenPANRB 1/2023 Pasal 37 ayat (2)",
        "[7] Peraturan BKN 3/2023 (article not located)",
      ]
    `);
  });

  it('both thresholds at exactly the AKK, and a hair below (III/b: 50 / 100; 49.99 / 99.99)', () => {
    const tepat = akumulasiAngkaKredit({ jenjang: 'AHLI_PERTAMA', golongan: 'III/b', akDasar: 50 });
    expect(tepat.value).toMatchObject({
      akk: '50',
      akkJenjang: '100',
      memenuhiKenaikanPangkat: true,
      memenuhiKenaikanJenjang: true,
      didahulukan: 'KENAIKAN_JENJANG',
      kelebihan: '0',
      kekurangan: null,
    });
    expect(tepat.reasons.map((x) => [x.code.slice(AKUMULASI.length + 1), x.outcome])).toEqual([
      ['jumlah', 'INFO'],
      ['kenaikanPangkat', 'PASS'],
      ['kenaikanJenjang', 'PASS'],
      ['jenjangDidahulukan', 'INFO'],
      ['kelebihan', 'INFO'],
    ]);
    const kurang = akumulasiAngkaKredit({ jenjang: 'AHLI_PERTAMA', golongan: 'III/b', akDasar: '49.99' });
    expect(kurang.value).toEqual({
      akk: '49.99',
      akkDisplay: '49.99',
      akKonversi: '0',
      kebutuhanKenaikanPangkat: '50',
      kebutuhanKenaikanJenjang: '100',
      akkJenjang: '99.99',
      memenuhiKenaikanPangkat: false,
      memenuhiKenaikanJenjang: false,
      didahulukan: null,
      kelebihan: null,
      kekurangan: '0.01',
      bulanKekurangan: null,
      tanggalPalingCepat: null,
    });
    expect(kurang.reasons).toEqual([
      jumlah({ akDasar: '49.99', akKonversi: '0.00', akk: '49.99' }),
      r('kenaikanPangkat', 'FAIL', CITE_AKK, { golongan: 'III/b', golonganTujuan: 'III/c', akk: '49.99', kebutuhan: '50' }),
      r('kenaikanJenjang', 'FAIL', CITE_AKK, {
        jenjang: 'AHLI_PERTAMA',
        jenjangBerikutnya: 'AHLI_MUDA',
        akkJenjang: '99.99',
        kebutuhan: '100',
      }),
      r('kekuranganTanpaProyeksi', 'INFO', CITE_AKK, { kekurangan: '0.01' }),
    ]);
    expect(reasonLines(kurang, 'id')[3]).toMatchInlineSnapshot(`"Catatan: Kekurangan AKK 0,01 (tidak ada predikat untuk proyeksi) [1, 2]"`);
    expect(reasonLines(kurang, 'en')[3]).toMatchInlineSnapshot(`"Note: AKK shortfall 0.01 (no predikat to project with) [1, 2]"`);
  });

  it('KP met without KJ: kenaikan pangkat first, no jenjangDidahulukan reason', () => {
    const d = akumulasiAngkaKredit({ jenjang: 'AHLI_PERTAMA', golongan: 'III/a', akDasar: 50 });
    expect(d.value).toMatchObject({
      akk: '50',
      akkJenjang: '50',
      memenuhiKenaikanPangkat: true,
      memenuhiKenaikanJenjang: false,
      didahulukan: 'KENAIKAN_PANGKAT',
      kelebihan: '0',
      kekurangan: null,
      bulanKekurangan: null,
      tanggalPalingCepat: null,
    });
    expect(d.reasons.slice(1)).toEqual([
      r('kenaikanPangkat', 'PASS', CITE_AKK, { golongan: 'III/a', golonganTujuan: 'III/b', akk: '50.00', kebutuhan: '50' }),
      r('kenaikanJenjang', 'FAIL', CITE_AKK, {
        jenjang: 'AHLI_PERTAMA',
        jenjangBerikutnya: 'AHLI_MUDA',
        akkJenjang: '50.00',
        kebutuhan: '100',
      }),
      r('kelebihan', 'INFO', CITE_MEKANISME, { kelebihan: '0.00' }),
    ]);
  });

  it('top golongan of the top jenjang (Ahli Utama IV/e): no KP, no KJ, no shortfall', () => {
    const d = akumulasiAngkaKredit({ jenjang: 'AHLI_UTAMA', golongan: 'IV/e', akDasar: 500 });
    expect(d.value).toEqual({
      akk: '500',
      akkDisplay: '500.00',
      akKonversi: '0',
      kebutuhanKenaikanPangkat: null,
      kebutuhanKenaikanJenjang: null,
      akkJenjang: '700',
      memenuhiKenaikanPangkat: false,
      memenuhiKenaikanJenjang: false,
      didahulukan: null,
      kelebihan: null,
      kekurangan: null,
      bulanKekurangan: null,
      tanggalPalingCepat: null,
    });
    expect(d.reasons).toEqual([
      jumlah({ akDasar: '500', akKonversi: '0.00', akk: '500.00' }),
      r('pangkatPuncakJenjang', 'INFO', CITE_AKK, { jenjang: 'AHLI_UTAMA', golongan: 'IV/e' }),
      r('jenjangPuncak', 'INFO', CITE_AKK, { jenjang: 'AHLI_UTAMA' }),
    ]);
    expect(explain(d, 'id').slice(1)).toMatchInlineSnapshot(`
      [
        "Catatan: Golongan IV/e (Pembina Utama) adalah pangkat tertinggi jenjang Ahli Utama: tidak ada kenaikan pangkat [1, 2]",
        "Catatan: Jenjang Ahli Utama adalah jenjang tertinggi kategorinya [1, 2]",
        "Dasar hukum:",
        "[1] PermenPANRB 1/2023 Lampiran",
        "[2] Peraturan BKN 3/2023 Pasal 12 ayat (7)",
        "[3] PermenPANRB 1/2023 Pasal 37 ayat (2)",
      ]
    `);
    expect(explain(d, 'en').slice(1)).toMatchInlineSnapshot(`
      [
        "Note: Golongan IV/e (Pembina Utama) is the highest rank of grade Ahli Utama (principal expert): no further promotion [1, 2]",
        "Note: Grade Ahli Utama (principal expert) is the highest of its category [1, 2]",
        "Legal basis:",
        "[1] PermenPANRB 1/2023 Lampiran",
        "[2] Peraturan BKN 3/2023 Pasal 12 ayat (7)",
        "[3] PermenPANRB 1/2023 Pasal 37 ayat (2)",
      ]
    `);
  });

  it('top jenjang below its top golongan (Ahli Utama IV/d, Penyelia III/c): KP judged, KJ not', () => {
    const utama = (akDasar: string) => akumulasiAngkaKredit({ jenjang: 'AHLI_UTAMA', golongan: 'IV/d', akDasar });
    expect(utama('200').value).toMatchObject({
      kebutuhanKenaikanPangkat: '200',
      kebutuhanKenaikanJenjang: null,
      akkJenjang: '200',
      memenuhiKenaikanPangkat: true,
      memenuhiKenaikanJenjang: false,
      didahulukan: 'KENAIKAN_PANGKAT',
      kelebihan: '0',
    });
    expect(utama('200').reasons.slice(1)).toEqual([
      r('kenaikanPangkat', 'PASS', CITE_AKK, { golongan: 'IV/d', golonganTujuan: 'IV/e', akk: '200.00', kebutuhan: '200' }),
      r('jenjangPuncak', 'INFO', CITE_AKK, { jenjang: 'AHLI_UTAMA' }),
      r('kelebihan', 'INFO', CITE_MEKANISME, { kelebihan: '0.00' }),
    ]);
    expect(utama('199.99').value).toMatchObject({ memenuhiKenaikanPangkat: false, didahulukan: null, kelebihan: null, kekurangan: '0.01' });
    const penyelia = akumulasiAngkaKredit({ jenjang: 'PENYELIA', golongan: 'III/c', akDasar: 100 });
    expect(penyelia.value).toMatchObject({
      kebutuhanKenaikanPangkat: '100',
      kebutuhanKenaikanJenjang: null,
      memenuhiKenaikanPangkat: true,
      didahulukan: 'KENAIKAN_PANGKAT',
    });
    expect(explain(penyelia, 'id').slice(1, 3)).toMatchInlineSnapshot(`
      [
        "Terpenuhi: Kenaikan pangkat III/c (Penata) → III/d (Penata Tingkat I): AKK 100,00, dibutuhkan 100 [1, 2]",
        "Catatan: Jenjang Penyelia adalah jenjang tertinggi kategorinya [1, 2]",
      ]
    `);
    const penyeliaPuncak = akumulasiAngkaKredit({ jenjang: 'PENYELIA', golongan: 'III/d', akDasar: 100 });
    expect(penyeliaPuncak.value).toMatchObject({ kebutuhanKenaikanPangkat: null, memenuhiKenaikanPangkat: false, akkJenjang: '200' });
    expect(penyeliaPuncak.reasons.map((x) => x.code.slice(AKUMULASI.length + 1))).toEqual([
      'jumlah',
      'pangkatPuncakJenjang',
      'jenjangPuncak',
    ]);
  });

  it('thresholds per golongan, and golongan already passed in the jenjang counted at the KP AKK each (digest §4.3)', () => {
    const rows = JENJANG_JF.flatMap((jenjang) =>
      JENJANG_DIGEST[jenjang][1].map((golongan) => {
        const v = akumulasiAngkaKredit({ jenjang, golongan }).value;
        return [jenjang, golongan, v.kebutuhanKenaikanPangkat, v.kebutuhanKenaikanJenjang, v.akkJenjang];
      }),
    );
    expect(rows).toEqual([
      ['PEMULA', 'II/a', '15', '15', '0'],
      ['TERAMPIL', 'II/b', '20', '60', '0'],
      ['TERAMPIL', 'II/c', '20', '60', '20'],
      ['TERAMPIL', 'II/d', '20', '60', '40'],
      ['MAHIR', 'III/a', '50', '100', '0'],
      ['MAHIR', 'III/b', '50', '100', '50'],
      ['PENYELIA', 'III/c', '100', null, '0'],
      ['PENYELIA', 'III/d', null, null, '100'],
      ['AHLI_PERTAMA', 'III/a', '50', '100', '0'],
      ['AHLI_PERTAMA', 'III/b', '50', '100', '50'],
      ['AHLI_MUDA', 'III/c', '100', '200', '0'],
      ['AHLI_MUDA', 'III/d', '100', '200', '100'],
      ['AHLI_MADYA', 'IV/a', '150', '450', '0'],
      ['AHLI_MADYA', 'IV/b', '150', '450', '150'],
      ['AHLI_MADYA', 'IV/c', '150', '450', '300'],
      ['AHLI_UTAMA', 'IV/d', '200', null, '0'],
      ['AHLI_UTAMA', 'IV/e', null, null, '200'],
    ]);
  });

  it('KJ boundary at the last golongan of Terampil (60) and Ahli Madya (450)', () => {
    const terampil = (akDasar: string) => akumulasiAngkaKredit({ jenjang: 'TERAMPIL', golongan: 'II/d', akDasar }).value;
    expect(terampil('20')).toMatchObject({
      akkJenjang: '60',
      memenuhiKenaikanPangkat: true,
      memenuhiKenaikanJenjang: true,
      didahulukan: 'KENAIKAN_JENJANG',
    });
    expect(terampil('19.99')).toMatchObject({
      akkJenjang: '59.99',
      memenuhiKenaikanPangkat: false,
      memenuhiKenaikanJenjang: false,
      didahulukan: null,
    });
    const madya = akumulasiAngkaKredit({ jenjang: 'AHLI_MADYA', golongan: 'IV/c', akDasar: 150 });
    expect(madya.value).toMatchObject({ akkJenjang: '450', memenuhiKenaikanJenjang: true, didahulukan: 'KENAIKAN_JENJANG' });
    expect(reasonLines(madya, 'id')[2]).toMatchInlineSnapshot(
      `"Terpenuhi: Kenaikan jenjang Ahli Madya → Ahli Utama: AKK dalam jenjang 450,00, dibutuhkan 450 [1, 2]"`,
    );
    expect(reasonLines(madya, 'en')[2]).toMatchInlineSnapshot(
      `"Met: Grade advancement Ahli Madya (middle expert) → Ahli Utama (principal expert): AKK in the grade 450.00, needed 450 [1, 2]"`,
    );
  });

  it('every AK component is added, each shown in its own slot; +25 % of the KP AKK for a higher ijazah', () => {
    const d = akumulasiAngkaKredit({
      jenjang: 'AHLI_MADYA',
      golongan: 'IV/b',
      akDasar: 1,
      akJfLama: 2,
      akPenyesuaian: 3,
      akKelebihan: '4.5',
      peningkatanPendidikan: true,
    });
    // 1 + 2 + 3 + 4.5 + 25 % × 150 = 48; in the jenjang 150 + 48 = 198.
    expect(d.value).toMatchObject({ akk: '48', akKonversi: '0', akkJenjang: '198', kekurangan: '102' });
    expect(d.reasons[0]).toEqual(
      jumlah({
        akDasar: '1',
        akJfLama: '2',
        akPenyesuaian: '3',
        akKelebihan: '4.5',
        akPendidikan: '37.50',
        akKonversi: '0.00',
        akk: '48.00',
      }),
    );
    expect(reasonLines(d, 'id')[0]).toMatchInlineSnapshot(
      `"Catatan: AKK = AK dasar 1 + AK JF lama 2 + AK penyesuaian 3 + kelebihan 4,5 + AK pendidikan 37,50 + AK konversi 0,00 = 48,00 [1, 2, 3]"`,
    );
    expect(reasonLines(d, 'en')[0]).toMatchInlineSnapshot(
      `"Note: AKK = base 1 + legacy 2 + adjustment 3 + carried over 4.5 + education 37.50 + conversion 0.00 = 48.00 [1, 2, 3]"`,
    );
    // 25 % of the KP AKK of each jenjang (digest §4.4 rule 5), and nothing without a higher ijazah.
    const pendidikan = (peningkatanPendidikan: boolean) =>
      JENJANG_JF.map(
        (jenjang) => akumulasiAngkaKredit({ jenjang, golongan: JENJANG_DIGEST[jenjang][1][0], peningkatanPendidikan }).value.akk,
      );
    expect(pendidikan(true)).toEqual(['3.75', '5', '12.5', '25', '12.5', '25', '37.5', '50']);
    expect(pendidikan(false)).toEqual(['0', '0', '0', '0', '0', '0', '0', '0']);
  });

  it('period months count across years; a period may name its own jenjang; the projection uses the current one', () => {
    // Ahli Muda III/c now; Nov 2023 – Feb 2024 (4 months) still Ahli Pertama at Baik: 4/12 × 12.5 = 4.1666…
    const d = akumulasiAngkaKredit({
      jenjang: 'AHLI_MUDA',
      golongan: 'III/c',
      periode: [
        { dari: '2023-11-01', sampai: '2024-02-29', predikat: 'BAIK', jenjang: 'AHLI_PERTAMA' },
        { dari: '2024-03-01', sampai: '2024-03-31', predikat: 'BAIK' },
      ],
    });
    expect(d.reasons.slice(0, 2).map((x) => x.facts)).toEqual([
      {
        dari: '2023-11-01',
        sampai: '2024-02-29',
        bulan: 4,
        predikat: 'BAIK',
        persentase: 100,
        jenjang: 'AHLI_PERTAMA',
        koefisien: '12.5',
        angkaKredit: '4.17',
      },
      {
        dari: '2024-03-01',
        sampai: '2024-03-31',
        bulan: 1,
        predikat: 'BAIK',
        persentase: 100,
        jenjang: 'AHLI_MUDA',
        koefisien: '25',
        angkaKredit: '2.08',
      },
    ]);
    // 4.1666… + 2.0833… = 6.25; 93.75 short at 25/12 a month (Ahli Muda) = 45 months → Dec 2027.
    expect(d.value).toMatchObject({ akk: '6.25', kekurangan: '93.75', bulanKekurangan: 45, tanggalPalingCepat: '2027-12-31' });
    // Promoted to Ahli Muda after a year as Ahli Pertama: 12.5 earned; 87.5 short at 25/12 a month = 42 months → June 2027.
    const naik = akumulasiAngkaKredit({
      jenjang: 'AHLI_MUDA',
      golongan: 'III/c',
      periode: [{ ...setahun(2023, 'BAIK'), jenjang: 'AHLI_PERTAMA' }],
    });
    expect(naik.value).toMatchObject({ akk: '12.5', kekurangan: '87.5', bulanKekurangan: 42, tanggalPalingCepat: '2027-06-30' });
    const d24 = akumulasiAngkaKredit({
      jenjang: 'AHLI_MUDA',
      golongan: 'III/c',
      periode: [{ dari: '2022-01-01', sampai: '2023-12-31', predikat: 'BAIK' }],
    });
    expect(d24.reasons[0]!.facts).toMatchObject({ bulan: 24, angkaKredit: '50.00' });
  });

  it('projection: months rounded up, predikatProyeksi over the last period, periods in date order', () => {
    // 1 + 12.5 = 13.5; 36.5 short at 12.5/12 a month = 35.04 → 36 months after Dec 2024.
    const base: AkumulasiAngkaKreditInput = { jenjang: 'AHLI_PERTAMA', golongan: 'III/a', akDasar: 1, periode: [setahun(2024, 'BAIK')] };
    const d = akumulasiAngkaKredit(base);
    expect(d.value).toMatchObject({ kekurangan: '36.5', bulanKekurangan: 36, tanggalPalingCepat: '2027-12-31' });
    expect(d.reasons.at(-1)).toEqual(
      r('kekurangan', 'INFO', CITE_KONVERSI, { kekurangan: '36.50', predikat: 'BAIK', bulan: 36, tanggal: '2027-12-31' }),
    );
    // At Sangat Baik: 36.5 / 1.5625 = 23.36 → 24 months.
    const sb = akumulasiAngkaKredit(base, { predikatProyeksi: 'SANGAT_BAIK' });
    expect(sb.value).toMatchObject({ bulanKekurangan: 24, tanggalPalingCepat: '2026-12-31' });
    expect(reasonLines(sb, 'id').at(-1)).toMatchInlineSnapshot(
      `"Catatan: Kekurangan AKK 36,50: dengan predikat Sangat Baik terpenuhi setelah 24 bulan (31 Desember 2026) [1, 2, 3]"`,
    );
    expect(reasonLines(sb, 'en').at(-1)).toMatchInlineSnapshot(
      `"Note: AKK shortfall 36.50: at predikat Very Good (Sangat Baik) met after 24 months (31 December 2026) [1, 2, 3]"`,
    );
    // Given out of order, the periods are reported by date and the latest one (2024, Baik) projects.
    const terbalik = akumulasiAngkaKredit({
      jenjang: 'AHLI_PERTAMA',
      golongan: 'III/a',
      periode: [setahun(2024, 'BAIK'), setahun(2023, 'SANGAT_BAIK')],
    });
    expect(terbalik.reasons.slice(0, 2).map((x) => x.facts.dari)).toEqual(['2023-01-01', '2024-01-01']);
    // 50 − 31.25 = 18.75 at 12.5/12 = 18 months after Dec 2024.
    expect(terbalik.value).toMatchObject({ akk: '31.25', kekurangan: '18.75', bulanKekurangan: 18, tanggalPalingCepat: '2026-06-30' });
  });

  it('projection without periods: months from predikatProyeksi, no date ("—")', () => {
    const d = akumulasiAngkaKredit({ jenjang: 'AHLI_PERTAMA', golongan: 'III/a' }, { predikatProyeksi: 'KURANG' });
    // 50 at 50 % × 12.5 / 12 a month = 96 months.
    expect(d.value).toMatchObject({ kekurangan: '50', bulanKekurangan: 96, tanggalPalingCepat: null });
    expect(d.reasons.at(-1)).toEqual(
      r('kekurangan', 'INFO', CITE_KONVERSI, { kekurangan: '50.00', predikat: 'KURANG', bulan: 96, tanggal: '—' }),
    );
    expect(reasonLines(d, 'id').at(-1)).toMatchInlineSnapshot(
      `"Catatan: Kekurangan AKK 50,00: dengan predikat Kurang terpenuhi setelah 96 bulan (—) [4, 5, 6]"`,
    );
  });

  it('pembulatanPerPeriode: each period rounded to 2 decimals before adding (2.08 + 2.08 = 4.16, not 4.17)', () => {
    const input: AkumulasiAngkaKreditInput = {
      jenjang: 'AHLI_PERTAMA',
      golongan: 'III/a',
      periode: [
        { dari: '2024-01-01', sampai: '2024-02-29', predikat: 'BAIK' },
        { dari: '2024-03-01', sampai: '2024-04-30', predikat: 'BAIK' },
      ],
    };
    const penuh = akumulasiAngkaKredit(input);
    expect(penuh.value).toMatchObject({
      akk: '4.166666666666666666666666666666666666667',
      akkDisplay: '4.17',
      kekurangan: '45.83333333333333333333333333333333333333',
      bulanKekurangan: 44,
      tanggalPalingCepat: '2027-12-31',
    });
    const bulat = akumulasiAngkaKredit(input, { pembulatanPerPeriode: true });
    expect(bulat.value).toMatchObject({
      akk: '4.16',
      akkDisplay: '4.16',
      akKonversi: '4.16',
      kekurangan: '45.84',
      bulanKekurangan: 45,
      tanggalPalingCepat: '2028-01-31',
    });
    expect(bulat.reasons[2]).toEqual(jumlah({ akKonversi: '4.16', akk: '4.16' }));
  });

  it('bad input: golongan outside the jenjang, period dates, overlaps, negative AK, options', () => {
    const ap = { jenjang: 'AHLI_PERTAMA', golongan: 'III/a' } as const;
    expect(thrownIssueLines(() => akumulasiAngkaKredit({ jenjang: 'TERAMPIL', golongan: 'II/a' }))).toEqual([
      "golongan: must be within the jenjang's golongan (II/b, II/c, II/d)",
    ]);
    expect(
      thrownIssueLines(() =>
        akumulasiAngkaKredit({
          ...ap,
          periode: [
            { dari: '2024-01-02', sampai: '2024-12-30', predikat: 'BAIK' },
            { dari: '2025-02-01', sampai: '2025-01-31', predikat: 'BAIK' },
          ],
        }),
      ),
    ).toEqual([
      'periode.0.dari: must be the first day of a month',
      'periode.0.sampai: must be the last day of a month',
      'periode.1.sampai: must not be before dari',
    ]);
    // A one-month period (dari = the 1st, sampai = the last day) is fine.
    expect(
      akumulasiAngkaKredit({ ...ap, periode: [{ dari: '2024-02-01', sampai: '2024-02-29', predikat: 'BAIK' }] }).value.akKonversi,
    ).toBe('1.041666666666666666666666666666666666667');
    expect(
      thrownIssueLines(() => akumulasiAngkaKredit({ ...ap, periode: [{ dari: '2024-13-01', sampai: '2024-12-30', predikat: 'BAIK' }] })),
    ).toEqual([
      'periode.0.dari: "2024-13-01" is not a day of the calendar (the month must be 01 to 12); write a real date, e.g. 2024-02-01',
    ]);
    // The overlap is reported on the later period, by its index in the input.
    expect(
      thrownIssueLines(() =>
        akumulasiAngkaKredit({
          jenjang: 'AHLI_PERTAMA',
          golongan: 'III/c',
          periode: [{ dari: '2024-06-01', sampai: '2024-06-30', predikat: 'BAIK' }, setahun(2024, 'BAIK')],
        }),
      ),
    ).toEqual(["golongan: must be within the jenjang's golongan (III/a, III/b)", 'periode.0.dari: periods must not overlap']);
    expect(
      thrownIssueLines(() =>
        akumulasiAngkaKredit({
          ...ap,
          periode: [
            { dari: '2024-01-01', sampai: '2024-01-31', predikat: 'BAIK' },
            { dari: '2024-01-01', sampai: '2024-01-31', predikat: 'BAIK' },
          ],
        }),
      ),
    ).toEqual(['periode.1.dari: periods must not overlap']);
    // A long period overlapping two later ones: both are named, not only its neighbour in date order.
    expect(
      thrownIssueLines(() =>
        akumulasiAngkaKredit({
          ...ap,
          periode: [
            { dari: '2024-06-01', sampai: '2024-06-30', predikat: 'BAIK' },
            setahun(2024, 'BAIK'),
            { dari: '2024-12-01', sampai: '2025-01-31', predikat: 'BAIK' },
          ],
        }),
      ),
    ).toEqual(['periode.0.dari: periods must not overlap', 'periode.2.dari: periods must not overlap']);
    // Adjacent months do not overlap.
    expect(
      akumulasiAngkaKredit({
        ...ap,
        periode: [
          { dari: '2024-01-01', sampai: '2024-01-31', predikat: 'BAIK' },
          { dari: '2024-02-01', sampai: '2024-02-29', predikat: 'BAIK' },
        ],
      }).value.akk,
    ).toBe('2.083333333333333333333333333333333333333');
    expect(
      thrownIssueLines(() =>
        akumulasiAngkaKredit({
          ...ap,
          akDasar: '-0.01',
          akJfLama: -1,
          akPenyesuaian: '1e2',
          akKelebihan: 'x' as never,
          peningkatanPendidikan: 1 as never,
        }),
      ),
    ).toEqual([
      'akDasar: "-0.01" is out of range; must be at least 0',
      'akJfLama: -1 is out of range; must be at least 0',
      'akPenyesuaian: "1e2" is not a number that can be read; write digits with a decimal point and no thousands separator, e.g. 89.99',
      'akKelebihan: "x" is not a number that can be read; write digits with a decimal point and no thousands separator, e.g. 89.99',
      'peningkatanPendidikan: must be true or false, not the number 1',
    ]);
    expect(akumulasiAngkaKredit({ ...ap, akDasar: 0, akJfLama: '0', akPenyesuaian: 0, akKelebihan: 0 }).value.akk).toBe('0');
    expect(
      thrownIssueLines(() => akumulasiAngkaKredit(ap, { predikatProyeksi: 'CUKUP' as never, pembulatanPerPeriode: 1 as never })),
    ).toEqual([
      'options.pembulatanPerPeriode: must be true or false, not the number 1',
      'options.predikatProyeksi: "CUKUP" is not one of the options; write one of "SANGAT_BAIK", "BAIK", "BUTUH_PERBAIKAN", "KURANG" or "SANGAT_KURANG"',
    ]);
  });
});
