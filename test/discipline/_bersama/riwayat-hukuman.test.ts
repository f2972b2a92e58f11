import { describe, expect, it } from 'vitest';
import { akhirHukuman, hukumanBerjalan, hukumanBerjalanPada } from '../../../src/discipline/_bersama/riwayat-hukuman.js';

describe('akhirHukuman: the first day after a hukuman (PP 94/2021 Pasal 8)', () => {
  it.each([
    ['POTONGAN_TUKIN_6_BULAN', '2022-09-02'],
    ['POTONGAN_TUKIN_9_BULAN', '2022-12-02'],
    ['POTONGAN_TUKIN_12_BULAN', '2023-03-02'],
    ['PENURUNAN_JABATAN', '2023-03-02'],
    ['PEMBEBASAN_DARI_JABATAN', '2023-03-02'],
  ] as const)('%s from 2 Mar 2022: first day after %s', (jenis, selesai) => {
    expect(akhirHukuman({ jenis, tmt: '2022-03-02' })).toBe(selesai);
  });
});

describe('hukuman berjalan (used by promotion and rewards)', () => {
  const riwayat = [
    { jenis: 'TEGURAN_TERTULIS', tmt: '2022-01-10' },
    { jenis: 'POTONGAN_TUKIN_6_BULAN', tmt: '2022-03-01' },
    { jenis: 'PENURUNAN_JABATAN', tmt: '2023-01-01', selesai: '2023-06-01' },
  ] as const;

  it('tells whether a hukuman is running on a date (half-open)', () => {
    expect(hukumanBerjalan(riwayat[1], '2022-02-28')).toBe(false);
    expect(hukumanBerjalan(riwayat[1], '2022-03-01')).toBe(true);
    expect(hukumanBerjalan(riwayat[1], '2022-08-31')).toBe(true);
    expect(hukumanBerjalan(riwayat[1], '2022-09-01')).toBe(false);
    expect(hukumanBerjalan(riwayat[0], '2022-01-10')).toBe(true);
    expect(hukumanBerjalan(riwayat[0], '2022-01-11')).toBe(false);
    expect(hukumanBerjalan({ jenis: 'PDHTAPS', tmt: '2020-01-01' }, '2099-01-01')).toBe(true);
  });

  it('lists only sedang/berat by default, heaviest first, and respects an early end', () => {
    expect(hukumanBerjalanPada(riwayat, '2022-01-10')).toEqual([]);
    expect(hukumanBerjalanPada(riwayat, '2022-01-10', ['RINGAN'])).toHaveLength(1);
    expect(hukumanBerjalanPada(riwayat, '2022-05-01').map((h) => h.jenis)).toEqual(['POTONGAN_TUKIN_6_BULAN']);
    expect(hukumanBerjalanPada(riwayat, '2023-05-31').map((h) => h.jenis)).toEqual(['PENURUNAN_JABATAN']);
    expect(hukumanBerjalanPada(riwayat, '2023-06-01')).toEqual([]);
  });
});

describe('hukumanBerjalanPada: running hukuman, heaviest first', () => {
  it('orders by severity whatever the order of the record', () => {
    const riwayat = [
      { jenis: 'POTONGAN_TUKIN_6_BULAN', tmt: '2024-01-01' },
      { jenis: 'TEGURAN_LISAN', tmt: '2024-03-01' },
      { jenis: 'PENURUNAN_JABATAN', tmt: '2024-02-01' },
      { jenis: 'POTONGAN_TUKIN_12_BULAN', tmt: '2023-06-01' },
    ] as const;
    expect(hukumanBerjalanPada([...riwayat], '2024-03-01', ['RINGAN', 'SEDANG', 'BERAT']).map((h) => h.jenis)).toEqual([
      'PENURUNAN_JABATAN',
      'POTONGAN_TUKIN_12_BULAN',
      'POTONGAN_TUKIN_6_BULAN',
      'TEGURAN_LISAN',
    ]);
    // default: sedang and berat only; a finished one (12 months from 2023-06-01) drops out
    expect(hukumanBerjalanPada([...riwayat], '2024-06-01').map((h) => h.jenis)).toEqual(['PENURUNAN_JABATAN', 'POTONGAN_TUKIN_6_BULAN']);
  });
});
