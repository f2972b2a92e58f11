import { describe, expect, it } from 'vitest';
import { jamPelajaranPppk, MeritInputError } from '../../src/index.js';

const k = (jp: number | string, tanggal = '2024-06-01') => ({ bentuk: 'PELATIHAN_TEKNIS', tanggal, jp }) as const;

describe('jamPelajaranPppk: at most 24 JP per contract year (PP 49/2018 Pasal 40)', () => {
  it('allows 24 JP and not 24.01', () => {
    expect(jamPelajaranPppk({ mulaiPerjanjian: '2024-04-01', kegiatan: [k(24)] }).value).toMatchObject({
      dalamBatas: true,
      kelebihanJp: '0',
      batasJp: 24,
    });
    expect(jamPelajaranPppk({ mulaiPerjanjian: '2024-04-01', kegiatan: [k('24.01')] }).value).toMatchObject({
      dalamBatas: false,
      kelebihanJp: '0.01',
    });
  });

  it('is a cap, not the PNS floor: 2 JP is within it', () => {
    expect(jamPelajaranPppk({ mulaiPerjanjian: '2024-04-01', kegiatan: [k(2)] }).value.dalamBatas).toBe(true);
  });

  it('does not cap JPT utama/madya tertentu, nor when the setting is off', () => {
    expect(jamPelajaranPppk({ mulaiPerjanjian: '2024-04-01', jabatan: 'JPT_UTAMA_TERTENTU', kegiatan: [k(40)] }).value).toMatchObject({
      batasJp: null,
      dalamBatas: true,
    });
    expect(jamPelajaranPppk({ mulaiPerjanjian: '2024-04-01', kegiatan: [k(40)] }, { batasPppkBerlaku: false }).value.batasJp).toBeNull();
  });

  it('counts the contract year from its first day to the day before its anniversary', () => {
    expect(
      jamPelajaranPppk({ mulaiPerjanjian: '2024-04-01', kegiatan: [k(1, '2024-04-01'), k(1, '2025-03-31')] }).value.akhirPerjanjian,
    ).toBe('2025-03-31');
    expect(() => jamPelajaranPppk({ mulaiPerjanjian: '2024-04-01', kegiatan: [k(1, '2025-04-01')] })).toThrow(MeritInputError);
    expect(() => jamPelajaranPppk({ mulaiPerjanjian: '2024-04-01', kegiatan: [k(1, '2024-03-31')] })).toThrow(MeritInputError);
  });
});
