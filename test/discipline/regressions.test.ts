import { describe, expect, it } from 'vitest';
import { gabungHukuman } from '../../src/index.js';

describe('discipline regressions', () => {
  it('a running hukuman superseded on its first day has no last day served', () => {
    const d = gabungHukuman({ berjalan: { jenis: 'TEGURAN_LISAN', tmt: '2022-01-01' }, baru: { jenis: 'PDHTAPS', tmt: '2022-01-01' } });
    expect(d.value.berjalan.tmt).toBe('2022-01-01');
    expect(d.value.berjalan.hariTerakhir).toBeNull();
    expect(d.value.berjalan.selesai).toBe('2022-01-01');
  });

  it('a running hukuman superseded on its second day served exactly one day', () => {
    const d = gabungHukuman({ berjalan: { jenis: 'POTONGAN_TUKIN_12_BULAN', tmt: '2022-01-01' }, baru: { jenis: 'PDHTAPS', tmt: '2022-01-02' } });
    expect(d.value.berjalan.hariTerakhir).toBe('2022-01-01');
  });
});
