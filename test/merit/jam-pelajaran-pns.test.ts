import { describe, expect, it } from 'vitest';
import { explain, jamPelajaranPns, jpDariMenit, MeritInputError } from '../../src/index.js';

const k = (bentuk: string, isi: object, tanggal = '2025-04-01') => ({ bentuk, tanggal, ...isi }) as never;
const jp = (kegiatan: never[], options = {}) => jamPelajaranPns({ tahun: 2025, kegiatan }, options).value;

describe('jamPelajaranPns: at least 20 JP a year (PP 11/2017 Pasal 203 ayat (4))', () => {
  it('counts 1 JP as 45 minutes', () => {
    expect(jpDariMenit(45).toString()).toBe('1');
    expect(jpDariMenit(900).toString()).toBe('20');
    for (const bad of [-1, Number.NaN, Infinity, '45' as never]) expect(() => jpDariMenit(bad)).toThrow(MeritInputError);
    expect(jp([k('COACHING', { menit: 100 })]).jumlahJp).toBe('2.22');
  });

  it('meets the minimum at exactly 900 minutes, not at 899', () => {
    expect(jp([k('E_LEARNING', { menit: 900 })])).toMatchObject({ memenuhiSyarat: true, kekuranganJp: '0' });
    expect(jp([k('E_LEARNING', { menit: 899 })])).toMatchObject({ memenuhiSyarat: false, jumlahJp: '19.98', kekuranganJp: '0.03' });
    expect(jp([k('PELATIHAN_TEKNIS', { jp: 20 })]).memenuhiSyarat).toBe(true);
    expect(jp([k('PELATIHAN_TEKNIS', { jp: '19.99' })]).memenuhiSyarat).toBe(false);
    expect(jp([]).kekuranganJp).toBe('20');
  });

  it('converts days by the conversion table, and international training by +20 %', () => {
    expect(jp([k('SEMINAR', { hari: 2, cakupan: 'INTERNASIONAL' })]).jumlahJp).toBe('12.00');
    expect(jp([k('WORKSHOP', { hari: 3 })]).jumlahJp).toBe('15.00');
    expect(jp([k('PELATIHAN_TEKNIS', { jp: 17, cakupan: 'INTERNASIONAL' })]).jumlahMenit).toBe('918');
    expect(jp([k('PELATIHAN_TEKNIS', { jp: 17, cakupan: 'INTERNASIONAL' })], { pembulatanJp: 'BULAT_KE_BAWAH' }).jumlahJp).toBe('20.00');
    expect(() => jp([k('MENTORING', { hari: 1 })])).toThrow(/konversiJp/);
    const own = [{ bentuk: 'MENTORING', cakupan: 'NASIONAL', jpPerHari: 2, faktorJp: 1 }];
    expect(jp([k('MENTORING', { hari: 3 })], { konversiJp: own }).jumlahJp).toBe('6.00');
  });

  it('refuses an activity outside the year or without exactly one measure', () => {
    for (const bad of [[k('COACHING', { menit: 60 }, '2024-12-31')], [k('COACHING', {})], [k('COACHING', { menit: 60, jp: 1 })]]) {
      expect(() => jp(bad)).toThrow(MeritInputError);
    }
    expect(() =>
      jp([], {
        konversiJp: [
          { bentuk: 'SEMINAR', cakupan: 'NASIONAL', jpPerHari: 4, faktorJp: 1 },
          { bentuk: 'SEMINAR', cakupan: 'NASIONAL', jpPerHari: 5, faktorJp: 1 },
        ],
      }),
    ).toThrow(MeritInputError);
  });

  it('explains the missing JP in jam pelajaran, and names no shortfall when the minimum is met', () => {
    const d = jamPelajaranPns({ tahun: 2025, kegiatan: [k('E_LEARNING', { menit: 600 })] });
    expect(explain(d, 'id')).toContain(
      'Tidak terpenuhi: Pengembangan kompetensi PNS paling sedikit 20 jam pelajaran dalam 1 tahun: 13,33 jam pelajaran, kurang 6,67 jam pelajaran [3]',
    );
    expect(explain(d, 'en')).toContain(
      'Not met: A PNS has at least 20 lesson hours of competency development a year: 13.33 lesson hours, 6.67 lesson hours short [3]',
    );
    expect(explain(d, 'en')).toContain('Note: Year 2025: 13.33 lesson hours from 1 activity (1 lesson hour = 45 minutes) [2]');
    const met = jamPelajaranPns({ tahun: 2025, kegiatan: [k('E_LEARNING', { menit: 900 })] });
    expect(met.reasons.at(-1)).toMatchObject({ code: 'merit.jamPelajaranPns.minimum', outcome: 'PASS' });
    expect(explain(met, 'id')).toContain(
      'Terpenuhi: Pengembangan kompetensi PNS paling sedikit 20 jam pelajaran dalam 1 tahun: 20,00 jam pelajaran [3]',
    );
  });
});
