import { describe, expect, it } from 'vitest';
import { MeritInputError } from '../../src/index.js';
import { explain } from '../../src/explain.js';
import { angkaKreditKonversi } from '../../src/promotion/index.js';

describe('angkaKreditKonversi', () => {
  it('converts the BKN worked examples (digest §9 vectors 1–3)', () => {
    expect(angkaKreditKonversi({ jenjang: 'AHLI_PERTAMA', predikat: 'SANGAT_BAIK', bulan: 12 }).value.angkaKreditDisplay).toBe('18.75');
    expect(angkaKreditKonversi({ jenjang: 'AHLI_PERTAMA', predikat: 'BAIK', bulan: 2 }).value.angkaKreditDisplay).toBe('2.08');
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
      angkaKreditDisplay: '2.08',
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
