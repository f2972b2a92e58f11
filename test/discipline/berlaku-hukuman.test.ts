import { describe, expect, it } from 'vitest';
import { MeritInputError } from '../../src/core/errors.js';
import {
  akhirHukuman,
  gabungHukuman,
  hukumanBerjalan,
  hukumanBerjalanPada,
  tanggalBerlakuHukuman,
} from '../../src/discipline/index.js';

describe('tanggalBerlakuHukuman (PerBKN 6/2022 contoh 22)', () => {
  it('TV-19: received Tue 8 Feb 2022, 28 Feb a holiday → 2 Mar 2022, ringan served that day', () => {
    const d = tanggalBerlakuHukuman({ jenis: 'TEGURAN_LISAN', tanggalDiterima: '2022-02-08' }, { kalender: { holidays: ['2022-02-28'] } });
    expect(d.value).toEqual({ jenis: 'TEGURAN_LISAN', tmt: '2022-03-02', hariTerakhir: '2022-03-02', selesai: '2022-03-03' });
  });

  it('without the holiday the 15th working day is 1 Mar', () => {
    expect(tanggalBerlakuHukuman({ jenis: 'TEGURAN_LISAN', tanggalDiterima: '2022-02-08' }).value.tmt).toBe('2022-03-01');
  });

  it('TV-20 (known-ambiguous): received Mon 14 Feb 2022 → 8 Mar without Nyepi, 9 Mar with it', () => {
    const base = { jenis: 'TEGURAN_TERTULIS', tanggalDiterima: '2022-02-14' } as const;
    expect(tanggalBerlakuHukuman(base, { kalender: { holidays: ['2022-02-28'] } }).value.tmt).toBe('2022-03-08');
    expect(tanggalBerlakuHukuman(base, { kalender: { holidays: ['2022-02-28', '2022-03-03'] } }).value.tmt).toBe('2022-03-09');
  });

  it('the receipt day is not counted: 14 working days is one day short', () => {
    expect(tanggalBerlakuHukuman({ jenis: 'TEGURAN_LISAN', tanggalDiterima: '2026-07-14' }, { hariKe: 14 }).value.tmt).toBe('2026-08-03');
    expect(tanggalBerlakuHukuman({ jenis: 'TEGURAN_LISAN', tanggalDiterima: '2026-07-14' }).value.tmt).toBe('2026-08-04');
  });

  it('calendar-day counting is available as a setting', () => {
    expect(
      tanggalBerlakuHukuman({ jenis: 'TEGURAN_LISAN', tanggalDiterima: '2022-02-08' }, { satuanHari: 'HARI_KALENDER' }).value.tmt,
    ).toBe('2022-02-23');
  });

  it.each([
    ['POTONGAN_TUKIN_6_BULAN', '2022-09-01', '2022-09-02'],
    ['POTONGAN_TUKIN_9_BULAN', '2022-12-01', '2022-12-02'],
    ['POTONGAN_TUKIN_12_BULAN', '2023-03-01', '2023-03-02'],
    ['PENURUNAN_JABATAN', '2023-03-01', '2023-03-02'],
    ['PEMBEBASAN_DARI_JABATAN', '2023-03-01', '2023-03-02'],
  ] as const)('%s from 2 Mar 2022 ends on %s (first day after: %s)', (jenis, hariTerakhir, selesai) => {
    const d = tanggalBerlakuHukuman({ jenis, tanggalDiterima: '2022-02-08' }, { kalender: { holidays: ['2022-02-28'] } });
    expect(d.value).toEqual({ jenis, tmt: '2022-03-02', hariTerakhir, selesai });
    expect(akhirHukuman({ jenis, tmt: '2022-03-02' })).toBe(selesai);
  });

  it('month-end: a 6-month hukuman from 31 Aug ends on 28 Feb', () => {
    const d = tanggalBerlakuHukuman({ jenis: 'POTONGAN_TUKIN_6_BULAN', tanggalDiterima: '2022-08-09' }, { kalender: { holidays: ['2022-08-17'] } });
    expect(d.value.tmt).toBe('2022-08-31');
    expect(d.value.selesai).toBe('2023-02-28');
  });

  it('PDHTAPS is permanent; upaya administratif sets its own date', () => {
    expect(tanggalBerlakuHukuman({ jenis: 'PDHTAPS', tanggalDiterima: '2022-02-08' }).value).toMatchObject({ hariTerakhir: null, selesai: null });
    expect(
      tanggalBerlakuHukuman({ jenis: 'PENURUNAN_JABATAN', tanggalDiterima: '2022-02-08', tanggalBerlakuUpayaAdministratif: '2022-06-01' }).value,
    ).toMatchObject({ tmt: '2022-06-01', selesai: '2023-06-01' });
  });

  it('rejects a bad date', () => {
    expect(() => tanggalBerlakuHukuman({ jenis: 'PDHTAPS', tanggalDiterima: '2022-13-01' })).toThrow(MeritInputError);
  });
});

describe('gabungHukuman (PerBKN 6/2022 contoh 24)', () => {
  it('TV-23: a heavier new hukuman ends the running one now', () => {
    const d = gabungHukuman({ berjalan: { jenis: 'POTONGAN_TUKIN_12_BULAN', tmt: '2022-03-01' }, baru: { jenis: 'PENURUNAN_JABATAN', tmt: '2022-07-15' } });
    expect(d.value.berjalan.selesai).toBe('2022-07-15');
    expect(d.value.baru).toMatchObject({ tmt: '2022-07-15', selesai: '2023-07-15' });
  });

  it('TV-24: a lighter new hukuman waits until the running one ends', () => {
    const d = gabungHukuman({ berjalan: { jenis: 'PENURUNAN_JABATAN', tmt: '2022-03-01' }, baru: { jenis: 'POTONGAN_TUKIN_12_BULAN', tmt: '2022-07-15' } });
    expect(d.value.berjalan.selesai).toBe('2023-03-01');
    expect(d.value.baru).toMatchObject({ tmt: '2023-03-01', selesai: '2024-03-01' });
  });

  it('an equal hukuman also waits', () => {
    const d = gabungHukuman({ berjalan: { jenis: 'POTONGAN_TUKIN_6_BULAN', tmt: '2022-03-01' }, baru: { jenis: 'POTONGAN_TUKIN_6_BULAN', tmt: '2022-04-01' } });
    expect(d.value.baru.tmt).toBe('2022-09-01');
  });

  it('a hukuman already served does not interact', () => {
    const d = gabungHukuman({ berjalan: { jenis: 'POTONGAN_TUKIN_6_BULAN', tmt: '2022-03-01' }, baru: { jenis: 'TEGURAN_LISAN', tmt: '2022-09-01' } });
    expect(d.value.baru.tmt).toBe('2022-09-01');
    expect(d.reasons[0]!.code).toBe('discipline.gabungHukuman.sudahSelesai');
  });

  it('nothing can be queued behind PDHTAPS', () => {
    const d = gabungHukuman({ berjalan: { jenis: 'PDHTAPS', tmt: '2022-03-01' }, baru: { jenis: 'PENURUNAN_JABATAN', tmt: '2022-04-01' } });
    expect(d.value.baru).toEqual({ jenis: 'PENURUNAN_JABATAN', tmt: null, hariTerakhir: null, selesai: null });
  });

  it('rejects a new hukuman dated before the running one', () => {
    expect(() => gabungHukuman({ berjalan: { jenis: 'PDHTAPS', tmt: '2022-03-01' }, baru: { jenis: 'TEGURAN_LISAN', tmt: '2022-02-01' } })).toThrow(
      MeritInputError,
    );
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
