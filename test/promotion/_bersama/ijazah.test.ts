import { describe, expect, it } from 'vitest';
import { GOLONGAN_AWAL_IJAZAH, IJAZAH, IJAZAH_PASCASARJANA, IJAZAH_SARJANA_KE_ATAS, PLAFON_KP_REGULER } from '../../../src/promotion/index.js';

// ---------------------------------------------------------------------------------------------
// Ijazah tables (PP 99/2000 jo. PP 12/2002; Keputusan Kepala BKN 12/2002; digest §1.2, §2.3, §2.4)

/** Digest §1.2 restated: [starting golongan at CPNS, KP-reguler ceiling] per ijazah. */
const DIGEST_IJAZAH: Record<(typeof IJAZAH)[number], [string, string]> = {
  SD: ['I/a', 'II/a'],
  SLTP: ['I/c', 'II/c'],
  SLTP_KEJURUAN: ['I/c', 'II/d'],
  SLTA: ['II/a', 'III/b'],
  SLTA_KEJURUAN: ['II/a', 'III/b'],
  D_I: ['II/a', 'III/b'],
  D_II: ['II/b', 'III/b'],
  SGPLB: ['II/b', 'III/c'],
  D_III: ['II/c', 'III/c'],
  SARJANA_MUDA: ['II/c', 'III/c'],
  AKADEMI: ['II/c', 'III/c'],
  BAKALOREAT: ['II/c', 'III/c'],
  S1: ['III/a', 'III/d'],
  D_IV: ['III/a', 'III/d'],
  DOKTER: ['III/b', 'IV/a'],
  DOKTER_GIGI: ['III/b', 'IV/a'],
  APOTEKER: ['III/b', 'IV/a'],
  S2: ['III/b', 'IV/a'],
  S3: ['III/c', 'IV/b'],
};

describe('ijazah tables against the digest', () => {
  it('starting golongan and KP-reguler ceiling, ijazah by ijazah', () => {
    expect(Object.keys(GOLONGAN_AWAL_IJAZAH)).toEqual([...IJAZAH]);
    expect(Object.keys(PLAFON_KP_REGULER)).toEqual([...IJAZAH]);
    for (const i of IJAZAH) {
      expect(GOLONGAN_AWAL_IJAZAH[i], `${i} awal`).toBe(DIGEST_IJAZAH[i][0]);
      expect(PLAFON_KP_REGULER[i], `${i} plafon`).toBe(DIGEST_IJAZAH[i][1]);
    }
  });

  it('ujian-dinas exemptions by ijazah: S1/D-IV and up from Tingkat I; dokter/apoteker/S2/S3 from Tingkat II too', () => {
    expect([...IJAZAH_SARJANA_KE_ATAS].sort()).toEqual(['APOTEKER', 'DOKTER', 'DOKTER_GIGI', 'D_IV', 'S1', 'S2', 'S3']);
    expect([...IJAZAH_PASCASARJANA].sort()).toEqual(['APOTEKER', 'DOKTER', 'DOKTER_GIGI', 'S2', 'S3']);
  });
});
