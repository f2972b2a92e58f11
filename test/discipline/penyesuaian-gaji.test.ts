import { describe, expect, it } from 'vitest';
import { MeritInputError } from '../../src/core/errors.js';
import { hukumanPelanggaran, penyesuaianGajiKetidakhadiran } from '../../src/discipline/index.js';
import { explain } from '../../src/explain.js';

describe('penyesuaianGajiKetidakhadiran (PerBKN 6/2022 contoh 23)', () => {
  it.each([
    [5, 5, true, 'TEGURAN_TERTULIS', 'GAJI_DIBAYARKAN_KEMBALI'],
    [9, 9, true, 'PERNYATAAN_TIDAK_PUAS_TERTULIS', 'GAJI_DIBAYARKAN_KEMBALI'],
    [10, 10, true, 'PDHTAPS', 'TANPA_PENYESUAIAN'],
    [10, 10, false, 'PDHTAPS', 'GAJI_DIKEMBALIKAN_KE_NEGARA'],
    [12, 4, false, 'POTONGAN_TUKIN_6_BULAN', 'TANPA_PENYESUAIAN'],
  ] as const)('%i days (%i consecutive), salary stopped %s → %s, %s', (k, b, stopped, hukuman, penyesuaianGaji) => {
    expect(penyesuaianGajiKetidakhadiran({ hariKumulatifTerbukti: k, hariBerturutTurutTerbukti: b, gajiTelahDihentikan: stopped }).value).toEqual({
      hukuman,
      penyesuaianGaji,
    });
  });

  it('rejects more consecutive than cumulative days', () => {
    expect(() => penyesuaianGajiKetidakhadiran({ hariKumulatifTerbukti: 3, hariBerturutTurutTerbukti: 4, gajiTelahDihentikan: true })).toThrow(
      MeritInputError,
    );
  });
});

describe('labels used by discipline facts', () => {
  it('render the dampak in the discipline sense', () => {
    const d = hukumanPelanggaran({ ketentuan: 'PASAL_3_C', dampak: 'NEGARA' });
    expect(explain(d, 'id')[0]).toContain('negara dan/atau pemerintah');
    expect(explain(d, 'en')[0]).toContain('the state and/or government');
  });
});
