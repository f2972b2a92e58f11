import { describe, expect, it } from 'vitest';
import {
  compareGolongan,
  GOLONGAN_PNS,
  GOLONGAN_AWAL_IJAZAH,
  GOLONGAN_PPPK,
  golonganBerikutnya,
  golonganSebelumnya,
  IJAZAH,
  namaPangkat,
  PANGKAT,
  PLAFON_KP_REGULER,
  urutanGolongan,
} from '../../src/promotion/index.js';

// PP 99/2000 Lampiran (susunan pangkat), digest §1.1.
describe('PANGKAT', () => {
  it('has the 17 pangkat from I/a Juru Muda to IV/e Pembina Utama', () => {
    expect(PANGKAT).toHaveLength(17);
    expect(PANGKAT[0]).toEqual({ urutan: 1, golongan: 'I/a', pangkat: 'Juru Muda' });
    expect(PANGKAT[16]).toEqual({ urutan: 17, golongan: 'IV/e', pangkat: 'Pembina Utama' });
    expect(namaPangkat('III/a')).toBe('Penata Muda');
    expect(namaPangkat('III/d')).toBe('Penata Tingkat I');
    expect(namaPangkat('IV/c')).toBe('Pembina Utama Muda');
    expect(namaPangkat('IV/d')).toBe('Pembina Utama Madya');
    expect(namaPangkat('II/d')).toBe('Pengatur Tingkat I');
  });

  it('orders golongan and steps one level at a time', () => {
    expect(golonganBerikutnya('II/d')).toBe('III/a');
    expect(golonganBerikutnya('III/d')).toBe('IV/a');
    expect(golonganBerikutnya('IV/e')).toBeNull();
    expect(golonganSebelumnya('I/a')).toBeNull();
    expect(golonganSebelumnya('IV/a')).toBe('III/d');
    for (const g of GOLONGAN_PNS) {
      const next = golonganBerikutnya(g);
      if (next) {
        expect(urutanGolongan(next)).toBe(urutanGolongan(g) + 1);
        expect(compareGolongan(next, g)).toBeGreaterThan(0);
        expect(golonganSebelumnya(next)).toBe(g);
      }
    }
  });

  it('keeps PPPK golongan I–XVII separate from PNS golongan', () => {
    expect(GOLONGAN_PPPK).toHaveLength(17);
    expect(GOLONGAN_PPPK[16]).toBe('XVII');
    for (const g of GOLONGAN_PPPK) expect((GOLONGAN_PNS as readonly string[]).includes(g)).toBe(false);
  });
});

// Digest §1.2 / §2.3.
describe('ijazah tables', () => {
  it('gives the KP-reguler ceilings per ijazah', () => {
    expect(PLAFON_KP_REGULER.SD).toBe('II/a');
    expect(PLAFON_KP_REGULER.SLTP).toBe('II/c');
    expect(PLAFON_KP_REGULER.SLTP_KEJURUAN).toBe('II/d');
    expect(PLAFON_KP_REGULER.SLTA).toBe('III/b');
    expect(PLAFON_KP_REGULER.D_II).toBe('III/b');
    expect(PLAFON_KP_REGULER.D_III).toBe('III/c');
    expect(PLAFON_KP_REGULER.SGPLB).toBe('III/c');
    expect(PLAFON_KP_REGULER.S1).toBe('III/d');
    expect(PLAFON_KP_REGULER.D_IV).toBe('III/d');
    expect(PLAFON_KP_REGULER.S2).toBe('IV/a');
    expect(PLAFON_KP_REGULER.APOTEKER).toBe('IV/a');
    expect(PLAFON_KP_REGULER.S3).toBe('IV/b');
  });

  it('gives the starting golongan per ijazah, always below the ceiling', () => {
    expect(GOLONGAN_AWAL_IJAZAH.SD).toBe('I/a');
    expect(GOLONGAN_AWAL_IJAZAH.SLTP).toBe('I/c');
    expect(GOLONGAN_AWAL_IJAZAH.SLTA).toBe('II/a');
    expect(GOLONGAN_AWAL_IJAZAH.D_III).toBe('II/c');
    expect(GOLONGAN_AWAL_IJAZAH.S1).toBe('III/a');
    expect(GOLONGAN_AWAL_IJAZAH.S2).toBe('III/b');
    expect(GOLONGAN_AWAL_IJAZAH.S3).toBe('III/c');
    for (const i of IJAZAH) expect(compareGolongan(GOLONGAN_AWAL_IJAZAH[i], PLAFON_KP_REGULER[i])).toBeLessThan(0);
  });
});
