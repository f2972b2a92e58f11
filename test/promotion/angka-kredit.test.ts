import { describe, expect, it } from 'vitest';
import { Decimal, explain, MeritInputError } from '../../src/index.js';
import { akumulasiAngkaKredit, angkaKreditKonversi, JENJANG_JABATAN_FUNGSIONAL, JENJANG_JF } from '../../src/promotion/index.js';

describe('angkaKreditKonversi', () => {
  it('converts the BKN worked examples (digest §9 vectors 1–3)', () => {
    expect(angkaKreditKonversi({ jenjang: 'AHLI_PERTAMA', predikat: 'SANGAT_BAIK', bulan: 12 }).value.display).toBe('18.75');
    expect(angkaKreditKonversi({ jenjang: 'AHLI_PERTAMA', predikat: 'BAIK', bulan: 2 }).value.display).toBe('2.08');
    expect(angkaKreditKonversi({ jenjang: 'AHLI_MADYA', predikat: 'BAIK' }).value.angkaKredit).toBe('37.5');
    // PerBKN 3/2023 Lampiran I: Ahli Muda, 100 % × 25 = 25 (digest §9 vector 4).
    expect(angkaKreditKonversi({ jenjang: 'AHLI_MUDA', predikat: 'BAIK' }).value.angkaKredit).toBe('25');
    // Integrasi-era example: Ahli Muda 150 % × 25 = 37.5 (digest §9 vector 7).
    expect(angkaKreditKonversi({ jenjang: 'AHLI_MUDA', predikat: 'SANGAT_BAIK' }).value.angkaKredit).toBe('37.5');
  });

  it('applies the predikat shares 150/100/75/50/25 %', () => {
    const ak = (predikat: 'SANGAT_BAIK' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG') =>
      angkaKreditKonversi({ jenjang: 'AHLI_UTAMA', predikat }).value.angkaKredit;
    expect([ak('SANGAT_BAIK'), ak('BAIK'), ak('BUTUH_PERBAIKAN'), ak('KURANG'), ak('SANGAT_KURANG')]).toEqual(['75', '50', '37.5', '25', '12.5']);
  });

  it('uses the keterampilan koefisien setting', () => {
    expect(angkaKreditKonversi({ jenjang: 'PEMULA', predikat: 'BAIK' }).value.angkaKredit).toBe('3.75');
    expect(angkaKreditKonversi({ jenjang: 'TERAMPIL', predikat: 'BAIK' }).value.angkaKredit).toBe('5');
    expect(angkaKreditKonversi({ jenjang: 'PEMULA', predikat: 'BAIK' }, { koefisienKeterampilan: { PEMULA: '4' } }).value.angkaKredit).toBe('4');
  });

  it('rounds per period only when the setting says so', () => {
    expect(angkaKreditKonversi({ jenjang: 'AHLI_PERTAMA', predikat: 'BAIK', bulan: 2 }, { pembulatanPerPeriode: true }).value).toEqual({
      angkaKredit: '2.08',
      display: '2.08',
    });
  });

  it('explains the formula in both languages', () => {
    const d = angkaKreditKonversi({ jenjang: 'AHLI_PERTAMA', predikat: 'BAIK', bulan: 2 });
    expect(explain(d, 'id')[0]).toContain('2/12 × 100% (Baik');
    expect(explain(d, 'id')[0]).toContain('= 2,08');
    expect(explain(d, 'en')[0]).toContain('= 2.08');
  });

  it('rejects invalid months and predikat', () => {
    expect(() => angkaKreditKonversi({ jenjang: 'AHLI_PERTAMA', predikat: 'BAIK', bulan: 13 })).toThrow(MeritInputError);
    expect(() => angkaKreditKonversi({ jenjang: 'AHLI_PERTAMA', predikat: 'BAIK', bulan: 1.5 })).toThrow(/bulan/);
    expect(() => angkaKreditKonversi({ jenjang: 'AHLI_PERTAMA', predikat: 'CUKUP' as never })).toThrow(/predikat/);
    expect(() => angkaKreditKonversi({ jenjang: 'PEMULA', predikat: 'BAIK' }, { koefisienKeterampilan: { PEMULA: -1 } })).toThrow(/PEMULA/);
  });
});

describe('JENJANG_JABATAN_FUNGSIONAL', () => {
  it('has the AKK thresholds of the konversi model (digest §4.3)', () => {
    const t = (j: (typeof JENJANG_JF)[number]) => [JENJANG_JABATAN_FUNGSIONAL[j].akkKenaikanPangkat, JENJANG_JABATAN_FUNGSIONAL[j].akkKenaikanJenjang];
    expect(t('PEMULA')).toEqual([15, 15]);
    expect(t('TERAMPIL')).toEqual([20, 60]);
    expect(t('MAHIR')).toEqual([50, 100]);
    expect(t('PENYELIA')).toEqual([100, null]);
    expect(t('AHLI_PERTAMA')).toEqual([50, 100]);
    expect(t('AHLI_MUDA')).toEqual([100, 200]);
    expect(t('AHLI_MADYA')).toEqual([150, 450]);
    expect(t('AHLI_UTAMA')).toEqual([200, null]);
  });

  it('KJ threshold = number of golongan in the jenjang × KP threshold (digest §9 vector 9)', () => {
    for (const j of JENJANG_JF) {
      const info = JENJANG_JABATAN_FUNGSIONAL[j];
      if (info.akkKenaikanJenjang !== null) expect(info.akkKenaikanJenjang, j).toBe(info.golongan.length * info.akkKenaikanPangkat);
    }
  });
});

const tahun = (y: number, predikat: 'SANGAT_BAIK' | 'BAIK' | 'BUTUH_PERBAIKAN') => ({ dari: `${y}-01-01`, sampai: `${y}-12-31`, predikat });

describe('akumulasiAngkaKredit', () => {
  it('accumulates the BKN example to 20.83 (digest §9 vector 2)', () => {
    const v = akumulasiAngkaKredit({
      jenjang: 'AHLI_PERTAMA',
      golongan: 'III/a',
      periode: [tahun(2023, 'SANGAT_BAIK'), { dari: '2024-01-01', sampai: '2024-02-29', predikat: 'BAIK' }],
    }).value;
    expect(v.akkDisplay).toBe('20.83');
    expect(v.memenuhiKenaikanPangkat).toBe(false);
  });

  it('Baik every year reaches the III/a KP threshold of 50 after exactly 4 years (digest §9 vector 8)', () => {
    const tiga = akumulasiAngkaKredit({ jenjang: 'AHLI_PERTAMA', golongan: 'III/a', periode: [2021, 2022, 2023].map((y) => tahun(y, 'BAIK')) }).value;
    expect(tiga).toMatchObject({ akk: '37.5', memenuhiKenaikanPangkat: false, kekurangan: '12.5', bulanKekurangan: 12, tanggalTerpenuhi: '2024-12-31' });
    const empat = akumulasiAngkaKredit({ jenjang: 'AHLI_PERTAMA', golongan: 'III/a', periode: [2021, 2022, 2023, 2024].map((y) => tahun(y, 'BAIK')) }).value;
    expect(empat).toMatchObject({ akk: '50', memenuhiKenaikanPangkat: true, kelebihan: '0', kekurangan: null, didahulukan: 'KENAIKAN_PANGKAT' });
  });

  it('carries the excess over the KP threshold', () => {
    const v = akumulasiAngkaKredit({ jenjang: 'AHLI_MUDA', golongan: 'III/c', akKelebihan: '5.5', periode: [2023, 2024, 2025].map((y) => tahun(y, 'SANGAT_BAIK')) }).value;
    // 3 × 37.5 + 5.5 = 118 ≥ 100 → excess 18.
    expect(v).toMatchObject({ akk: '118', memenuhiKenaikanPangkat: true, kelebihan: '18' });
  });

  it('puts kenaikan jenjang first when both thresholds are met', () => {
    const v = akumulasiAngkaKredit({ jenjang: 'AHLI_PERTAMA', golongan: 'III/b', akDasar: 40, periode: [tahun(2024, 'BAIK')] }).value;
    // AKK 52.5 ≥ 50; in the jenjang 50 + 52.5 = 102.5 ≥ 100.
    expect(v).toMatchObject({ akkJenjang: '102.5', memenuhiKenaikanPangkat: true, memenuhiKenaikanJenjang: true, didahulukan: 'KENAIKAN_JENJANG' });
    const d = akumulasiAngkaKredit({ jenjang: 'AHLI_PERTAMA', golongan: 'III/b', akDasar: 40, periode: [tahun(2024, 'BAIK')] });
    expect(d.reasons.some((r) => r.code.endsWith('jenjangDidahulukan'))).toBe(true);
  });

  it('adds 25 % of the KP AKK once for a higher ijazah', () => {
    const v = akumulasiAngkaKredit({ jenjang: 'AHLI_MADYA', golongan: 'IV/a', peningkatanPendidikan: true }).value;
    expect(v.akk).toBe('37.5');
  });

  it('has no KP at the top golongan of the top jenjang', () => {
    const v = akumulasiAngkaKredit({ jenjang: 'AHLI_UTAMA', golongan: 'IV/e', akDasar: 500 }).value;
    expect(v).toMatchObject({ memenuhiKenaikanPangkat: false, memenuhiKenaikanJenjang: false, kebutuhanKenaikanPangkat: null, kebutuhanKenaikanJenjang: null, kekurangan: null });
    const penyelia = akumulasiAngkaKredit({ jenjang: 'PENYELIA', golongan: 'III/c', akDasar: 100 }).value;
    expect(penyelia.memenuhiKenaikanPangkat).toBe(true);
  });

  it('meets a threshold exactly, not a hair early', () => {
    // 11 months Baik at Ahli Pertama = 11.458…; 48 months = 50 exactly.
    const v = akumulasiAngkaKredit({ jenjang: 'AHLI_PERTAMA', golongan: 'III/a', periode: [{ dari: '2021-01-01', sampai: '2024-11-30', predikat: 'BAIK' }] }).value;
    expect(v).toMatchObject({ memenuhiKenaikanPangkat: false, bulanKekurangan: 1, tanggalTerpenuhi: '2024-12-31' });
    expect(v.kekurangan).toMatch(/^1\.04166/);
  });

  it('projects with the predikatProyeksi setting', () => {
    const v = akumulasiAngkaKredit({ jenjang: 'AHLI_PERTAMA', golongan: 'III/a', periode: [tahun(2024, 'BAIK')] }, { predikatProyeksi: 'SANGAT_BAIK' }).value;
    // 37.5 short at 1.5625/month = 24 months.
    expect(v).toMatchObject({ bulanKekurangan: 24, tanggalTerpenuhi: '2026-12-31' });
    const tanpa = akumulasiAngkaKredit({ jenjang: 'AHLI_PERTAMA', golongan: 'III/a' }).value;
    expect(tanpa).toMatchObject({ kekurangan: '50', bulanKekurangan: null, tanggalTerpenuhi: null });
    const tanpaTanggal = akumulasiAngkaKredit({ jenjang: 'AHLI_PERTAMA', golongan: 'III/a' }, { predikatProyeksi: 'BAIK' }).value;
    expect(tanpaTanggal).toMatchObject({ bulanKekurangan: 48, tanggalTerpenuhi: null });
  });

  it('rejects bad periods and a golongan outside the jenjang', () => {
    expect(() => akumulasiAngkaKredit({ jenjang: 'AHLI_PERTAMA', golongan: 'III/c' })).toThrow(/golongan/);
    expect(() => akumulasiAngkaKredit({ jenjang: 'AHLI_PERTAMA', golongan: 'III/a', periode: [{ dari: '2024-01-02', sampai: '2024-12-31', predikat: 'BAIK' }] })).toThrow(/dari/);
    expect(() => akumulasiAngkaKredit({ jenjang: 'AHLI_PERTAMA', golongan: 'III/a', periode: [{ dari: '2024-01-01', sampai: '2024-12-30', predikat: 'BAIK' }] })).toThrow(/sampai/);
    expect(() => akumulasiAngkaKredit({ jenjang: 'AHLI_PERTAMA', golongan: 'III/a', periode: [{ dari: '2024-02-01', sampai: '2024-01-31', predikat: 'BAIK' }] })).toThrow(MeritInputError);
    expect(() =>
      akumulasiAngkaKredit({ jenjang: 'AHLI_PERTAMA', golongan: 'III/a', periode: [tahun(2024, 'BAIK'), { dari: '2024-06-01', sampai: '2024-06-30', predikat: 'BAIK' }] }),
    ).toThrow(/overlap/);
    expect(() => akumulasiAngkaKredit({ jenjang: 'AHLI_PERTAMA', golongan: 'III/a', akDasar: -1 })).toThrow(/akDasar/);
    expect(() => akumulasiAngkaKredit({ jenjang: 'AHLI_PERTAMA', golongan: 'III/a', akDasar: '1e3' })).toThrow(/akDasar/);
  });
});

describe('angkaKreditIntegrasi (legacy bridge)', () => {
  it('subtracts the nilai dasar of the golongan (digest §9 vector 6)', async () => {
    const { angkaKreditIntegrasi } = await import('../../src/promotion/index.js');
    expect(angkaKreditIntegrasi({ golongan: 'IV/b', akKonvensional: '550.63' }).value).toEqual({ akIntegrasi: '150.63', nilaiDasar: 400 });
    // Minus AK pengembangan profesi 12 → 138.63 < 450: KJ to Ahli Utama not reached.
    expect(new Decimal(angkaKreditIntegrasi({ golongan: 'IV/b', akKonvensional: '538.63' }).value.akIntegrasi).lessThan(450)).toBe(true);
    expect(angkaKreditIntegrasi({ golongan: 'III/a', akKonvensional: 150 }).value.akIntegrasi).toBe('50');
    expect(angkaKreditIntegrasi({ golongan: 'IV/d', akKonvensional: 850 }).value.akIntegrasi).toBe('0');
    expect(() => angkaKreditIntegrasi({ golongan: 'II/d', akKonvensional: 100 })).toThrow(MeritInputError);
  });
});
