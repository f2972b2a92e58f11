import { describe, expect, it } from 'vitest';
import { kelompokRencanaSuksesi } from '../../src/index.js';

describe('kelompokRencanaSuksesi (PP 11/2017 Pasal 199 ayat (2)) — TV-PLC-2', () => {
  it('needs all three conditions', () => {
    const ok = {
      kompetensiSesuai: true,
      pengembanganKompetensiTerpenuhi: true,
      predikatDuaTahunTerakhir: ['BAIK', 'SANGAT_BAIK'] as const,
    };
    expect(kelompokRencanaSuksesi({ ...ok, predikatDuaTahunTerakhir: ['BAIK', 'SANGAT_BAIK'] }).value).toBe(true);
    expect(kelompokRencanaSuksesi({ ...ok, predikatDuaTahunTerakhir: ['BAIK', 'BUTUH_PERBAIKAN'] }).value).toBe(false);
    expect(kelompokRencanaSuksesi({ ...ok, predikatDuaTahunTerakhir: ['BAIK', 'BAIK'], kompetensiSesuai: false }).value).toBe(false);
    expect(
      kelompokRencanaSuksesi({ ...ok, predikatDuaTahunTerakhir: ['BAIK', 'BAIK'], pengembanganKompetensiTerpenuhi: false }).value,
    ).toBe(false);
  });
});
