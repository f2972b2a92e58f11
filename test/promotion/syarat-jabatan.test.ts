import { describe, expect, it } from 'vitest';
import { syaratJabatan } from '../../src/promotion/index.js';
import { expectExplained } from './explained.js';

describe('syaratJabatan', () => {
  const jpt = { jabatanTujuan: 'JPT_PRATAMA' as const, tanggalLahir: '1969-06-01', ijazah: 'S1' as const, tahunPengalaman: 5, riwayatJabatan: [{ jabatan: 'ADMINISTRATOR' as const, tahun: 2 }] };
  const fails = (d: { reasons: { code: string; outcome: string }[] }) => d.reasons.filter((r) => r.outcome === 'FAIL').map((r) => r.code.split('.').pop());

  it('JPT pratama: age at most 56 on the appointment date (digest §9 vector 20)', () => {
    expect(syaratJabatan(jpt, { asOf: '2026-05-31' }).value).toEqual({ memenuhiSyarat: true, usia: 56, dikecualikanPresiden: false });
    const d = syaratJabatan(jpt, { asOf: '2026-06-01' });
    expect(d.value).toEqual({ memenuhiSyarat: false, usia: 57, dikecualikanPresiden: false });
    expect(fails(d)).toEqual(['usia']);
    expect(syaratJabatan({ ...jpt, persetujuanPresiden: true }, { asOf: '2026-06-01' }).value).toEqual({ memenuhiSyarat: true, usia: 57, dikecualikanPresiden: true });
  });

  it('JPT: education, experience 10/7/5 and prior jabatan 2 years', () => {
    expect(fails(syaratJabatan({ ...jpt, ijazah: 'D_III' }, { asOf: '2025-01-01' }))).toEqual(['pendidikan']);
    expect(fails(syaratJabatan({ ...jpt, tahunPengalaman: 4.9 }, { asOf: '2025-01-01' }))).toEqual(['pengalaman']);
    expect(fails(syaratJabatan({ ...jpt, riwayatJabatan: [{ jabatan: 'ADMINISTRATOR', tahun: 1.9 }] }, { asOf: '2025-01-01' }))).toEqual(['jabatanSebelumnya']);
    expect(syaratJabatan({ ...jpt, riwayatJabatan: [{ jabatan: 'JF_AHLI_MADYA', tahun: 2 }] }, { asOf: '2025-01-01' }).value.memenuhiSyarat).toBe(true);
    const madya = { ...jpt, jabatanTujuan: 'JPT_MADYA' as const, tahunPengalaman: 7, riwayatJabatan: [{ jabatan: 'JPT_PRATAMA' as const, tahun: 2 }] };
    expect(syaratJabatan(madya, { asOf: '2027-05-31' }).value.memenuhiSyarat).toBe(true);
    expect(fails(syaratJabatan({ ...madya, tahunPengalaman: 6 }, { asOf: '2025-01-01' }))).toEqual(['pengalaman']);
    expect(fails(syaratJabatan(madya, { asOf: '2028-06-01' }))).toEqual(['usia']);
    const utama = { ...jpt, jabatanTujuan: 'JPT_UTAMA' as const, tahunPengalaman: 10, riwayatJabatan: [{ jabatan: 'JF_AHLI_UTAMA' as const, tahun: 3 }] };
    expect(syaratJabatan(utama, { asOf: '2025-01-01' }).value.memenuhiSyarat).toBe(true);
    expect(fails(syaratJabatan({ ...utama, riwayatJabatan: [{ jabatan: 'JPT_PRATAMA', tahun: 5 }] }, { asOf: '2025-01-01' }))).toEqual(['jabatanSebelumnya']);
  });

  it('administrator and pengawas experience', () => {
    const admin = {
      jabatanTujuan: 'ADMINISTRATOR' as const,
      tanggalLahir: '1980-01-01',
      ijazah: 'S1' as const,
      riwayatJabatan: [{ jabatan: 'PENGAWAS' as const, tahun: 3 }],
      riwayatPenilaian: [
        { tahun: 2023, predikat: 'BAIK' as const },
        { tahun: 2024, predikat: 'SANGAT_BAIK' as const },
      ],
    };
    expect(syaratJabatan(admin, { asOf: '2025-01-01' }).value.memenuhiSyarat).toBe(true);
    expect(fails(syaratJabatan({ ...admin, riwayatPenilaian: [] }, { asOf: '2025-01-01' }))).toEqual(['penilaianTidakAda', 'penilaianTidakAda']);
    expect(fails(syaratJabatan({ ...admin, ijazah: 'D_III' }, { asOf: '2025-01-01' }))).toEqual(['pendidikan']);
    expect(fails(syaratJabatan({ ...admin, riwayatJabatan: [{ jabatan: 'PENGAWAS', tahun: 2.5 }] }, { asOf: '2025-01-01' }))).toEqual(['jabatanSebelumnya']);
    const pengawas = { ...admin, jabatanTujuan: 'PENGAWAS' as const, ijazah: 'D_III' as const, riwayatJabatan: [{ jabatan: 'PELAKSANA' as const, tahun: 4 }] };
    expect(syaratJabatan(pengawas, { asOf: '2025-01-01' }).value.memenuhiSyarat).toBe(true);
    expect(fails(syaratJabatan({ ...pengawas, ijazah: 'SLTA' }, { asOf: '2025-01-01' }))).toEqual(['pendidikan']);
  });

  it('JF perpindahan age limits: 53 for Ahli Muda, 55 for Ahli Madya (digest §9 vector 21)', () => {
    const jf = {
      jabatanTujuan: 'JF_AHLI_MUDA' as const,
      tanggalLahir: '1971-01-10',
      ijazah: 'S1' as const,
      tahunPengalaman: 2,
      lulusUjiKompetensi: true,
      riwayatPenilaian: [
        { tahun: 2023, predikat: 'BAIK' as const },
        { tahun: 2024, predikat: 'BAIK' as const },
      ],
    };
    const d = syaratJabatan(jf, { asOf: '2025-06-01' });
    expect(fails(d)).toEqual(['usia']);
    expectExplained(d);
    expect(syaratJabatan({ ...jf, jabatanTujuan: 'JF_AHLI_MADYA' }, { asOf: '2025-06-01' }).value.memenuhiSyarat).toBe(true);
    expect(syaratJabatan({ ...jf, tanggalLahir: '1971-06-02' }, { asOf: '2025-06-01' }).value.memenuhiSyarat).toBe(true);
    expect(fails(syaratJabatan({ ...jf, jabatanTujuan: 'JF_KETERAMPILAN', ijazah: 'SLTP', tanggalLahir: '1980-01-01' }, { asOf: '2025-06-01' }))).toEqual(['pendidikan']);
    expect(fails(syaratJabatan({ ...jf, tanggalLahir: '1980-01-01', lulusUjiKompetensi: false }, { asOf: '2025-06-01' }))).toEqual(['ujiKompetensi']);
    // The presidential waiver is for JPT only.
    expect(syaratJabatan({ ...jf, persetujuanPresiden: true }, { asOf: '2025-06-01' }).value.memenuhiSyarat).toBe(false);
  });
});
