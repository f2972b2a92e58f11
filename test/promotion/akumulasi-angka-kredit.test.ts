import { describe, expect, it } from 'vitest';
import { MeritInputError } from '../../src/index.js';
import { akumulasiAngkaKredit } from '../../src/promotion/index.js';
import { reasonsOf } from '../expected-reason.js';

const AKUMULASI = 'promotion.akumulasiAngkaKredit';
const r = reasonsOf(AKUMULASI);

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
    expect(tiga).toMatchObject({ akk: '37.5', memenuhiKenaikanPangkat: false, kekurangan: '12.5', bulanKekurangan: 12, tanggalPalingCepat: '2024-12-31' });
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
    expect(v).toMatchObject({ memenuhiKenaikanPangkat: false, bulanKekurangan: 1, tanggalPalingCepat: '2024-12-31' });
    expect(v.kekurangan).toMatch(/^1\.04166/);
  });

  it('projects with the predikatProyeksi setting', () => {
    const v = akumulasiAngkaKredit({ jenjang: 'AHLI_PERTAMA', golongan: 'III/a', periode: [tahun(2024, 'BAIK')] }, { predikatProyeksi: 'SANGAT_BAIK' }).value;
    // 37.5 short at 1.5625/month = 24 months.
    expect(v).toMatchObject({ bulanKekurangan: 24, tanggalPalingCepat: '2026-12-31' });
    const tanpa = akumulasiAngkaKredit({ jenjang: 'AHLI_PERTAMA', golongan: 'III/a' }).value;
    expect(tanpa).toMatchObject({ kekurangan: '50', bulanKekurangan: null, tanggalPalingCepat: null });
    const tanpaTanggal = akumulasiAngkaKredit({ jenjang: 'AHLI_PERTAMA', golongan: 'III/a' }, { predikatProyeksi: 'BAIK' }).value;
    expect(tanpaTanggal).toMatchObject({ bulanKekurangan: 48, tanggalPalingCepat: null });
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
