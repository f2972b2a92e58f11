import { describe, expect, it } from 'vitest';
import { MeritInputError } from '../../src/core/errors.js';
import { konsekuensiKinerja } from '../../src/rewards/index.js';

const base = { jenisJabatan: 'FUNGSIONAL', tanggalPenetapan: '2025-01-31' } as const;

describe('konsekuensiKinerja (PP 30/2019 Pasal 57–58, UU 20/2023 Pasal 52)', () => {
  it.each([
    ['SANGAT_BAIK', 'TIDAK_ADA'],
    ['BAIK', 'TIDAK_ADA'],
    ['BUTUH_PERBAIKAN', 'PERBAIKAN_KINERJA'],
    ['KURANG', 'PERBAIKAN_KINERJA'],
    ['SANGAT_KURANG', 'PERBAIKAN_KINERJA'],
  ] as const)('predikat %s → %s', (predikatTahunan, tahap) => {
    expect(konsekuensiKinerja({ ...base, predikatTahunan }).value.tahap).toBe(tahap);
  });

  it('6 months to improve from the day the predikat was set (month-end clamped)', () => {
    expect(konsekuensiKinerja({ ...base, predikatTahunan: 'KURANG', tanggalPenetapan: '2025-08-31' }).value.batasPerbaikan).toBe('2026-02-28');
  });

  it('the predikat that count as a missed target are a setting', () => {
    expect(konsekuensiKinerja({ ...base, predikatTahunan: 'BUTUH_PERBAIKAN' }, { predikatTidakMemenuhiTarget: ['KURANG', 'SANGAT_KURANG'] }).value.tahap).toBe('TIDAK_ADA');
  });

  it('improved → nothing further; JPT not improved → competency test again', () => {
    expect(konsekuensiKinerja({ ...base, predikatTahunan: 'KURANG', hasilPerbaikan: 'MEMENUHI_TARGET' }).value.tahap).toBe('TIDAK_ADA');
    expect(konsekuensiKinerja({ ...base, jenisJabatan: 'JPT', predikatTahunan: 'KURANG', hasilPerbaikan: 'TIDAK_MEMENUHI_TARGET' }).value.tahap).toBe(
      'UJI_KOMPETENSI_KEMBALI',
    );
  });

  it('administrasi/fungsional: placement for a year, dismissal with honour only after it and without a vacancy', () => {
    const gagal = { ...base, predikatTahunan: 'SANGAT_KURANG', hasilPerbaikan: 'TIDAK_MEMENUHI_TARGET' } as const;
    expect(konsekuensiKinerja(gagal).value).toEqual({ tahap: 'PENEMPATAN_SESUAI_KOMPETENSI', batasPerbaikan: '2025-07-31', batasPenempatan: '2026-07-31' });
    expect(konsekuensiKinerja({ ...gagal, lowonganSesuaiTersedia: false }, { asOf: '2026-07-30' }).value.tahap).toBe('PENEMPATAN_SESUAI_KOMPETENSI');
    const d = konsekuensiKinerja({ ...gagal, lowonganSesuaiTersedia: false }, { asOf: '2026-07-31' });
    expect(d.value.tahap).toBe('PEMBERHENTIAN_DENGAN_HORMAT');
    expect(d.reasons.at(-1)!.citations).toContainEqual({ regulation: 'UU_20_2023', article: 'Pasal 52 ayat (3) huruf f' });
    expect(konsekuensiKinerja({ ...gagal, lowonganSesuaiTersedia: true }, { asOf: '2027-01-01' }).value.tahap).toBe('PENEMPATAN_SESUAI_KOMPETENSI');
  });

  it('PPPK: contract ended with honour (PP 49/2018 Pasal 53 ayat (2) huruf c)', () => {
    expect(konsekuensiKinerja({ ...base, statusPegawai: 'PPPK', predikatTahunan: 'KURANG' }).value.tahap).toBe('PEMUTUSAN_PPPK_DENGAN_HORMAT');
    expect(konsekuensiKinerja({ ...base, statusPegawai: 'PPPK', predikatTahunan: 'BAIK' }).value.tahap).toBe('TIDAK_ADA');
  });

  it('rejects an unknown predikat', () => {
    expect(() => konsekuensiKinerja({ ...base, predikatTahunan: 'CUKUP' as never })).toThrow(MeritInputError);
  });
});
