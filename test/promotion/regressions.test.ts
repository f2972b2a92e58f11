import { describe, expect, it } from 'vitest';
import { akumulasiAngkaKredit, batasUsiaPensiun, MeritInputError, periodeKenaikanPangkat, syaratJabatan } from '../../src/index.js';

describe('promotion regressions', () => {
  it('refuses a keterampilan coefficient below 1 (at 0 the months still needed would be infinite)', () => {
    const run = () =>
      akumulasiAngkaKredit(
        { jenjang: 'PEMULA', golongan: 'II/a', periode: [{ dari: '2024-01-01', sampai: '2024-01-31', predikat: 'BAIK' }] },
        { koefisienKeterampilan: { PEMULA: 0 } },
      );
    expect(run).toThrow(MeritInputError);
    expect(run).toThrow(/koefisienKeterampilan\.PEMULA: 0 is out of range; must be at least 1/);
    expect(() =>
      akumulasiAngkaKredit(
        { jenjang: 'PEMULA', golongan: 'II/a', periode: [{ dari: '2024-01-01', sampai: '2024-01-31', predikat: 'BAIK' }] },
        { koefisienKeterampilan: { PEMULA: 1 } },
      ),
    ).not.toThrow();
  });

  it('refuses a birth date after asOf instead of reporting a negative age', () => {
    const input = {
      jabatanTujuan: 'JPT_PRATAMA' as const,
      tanggalLahir: '2030-01-10',
      ijazah: 'S2' as const,
      tahunPengalaman: 12,
      riwayatJabatan: [],
    };
    expect(() => syaratJabatan(input, { asOf: '2025-06-01' })).toThrow(/tanggalLahir: 2030-01-10 is after asOf \(2025-06-01\)/);
    expect(syaratJabatan({ ...input, tanggalLahir: '1990-06-01' }, { asOf: '2025-06-01' }).value.usia).toBe(35);
  });

  it('refuses inputs whose results would fall after 2999-12-31 (no year-3000 outputs), decides the day before', () => {
    expect(() => periodeKenaikanPangkat('2999-12-15')).toThrow(/\(input\): leads to the promotion period 3000-01-01, after 2999-12-31/);
    expect(periodeKenaikanPangkat('2999-11-15').value).toBe('2999-12-01');
    expect(() => batasUsiaPensiun({ tanggalLahir: '2990-05-10', jabatan: 'PELAKSANA' })).toThrow(
      /tanggalLahir: leads to a pension TMT 3048-06-01/,
    );
    expect(batasUsiaPensiun({ tanggalLahir: '2941-11-30', jabatan: 'PELAKSANA' }).value.tmtPensiun).toBe('2999-12-01');
    expect(() => batasUsiaPensiun({ tanggalLahir: '2941-12-01', jabatan: 'PELAKSANA' })).toThrow(MeritInputError);
  });
});
