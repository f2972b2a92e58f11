import { describe, expect, it } from 'vitest';
import { hukumanTerberat, JENIS_HUKUMAN } from '../../src/discipline/index.js';

/** PP 94/2021 Pasal 8 ayat (2)–(4): the jenis hukuman, lightest first (the rules' tests check each one's tingkat and ayat). */
const PASAL_8 = [
  'TEGURAN_LISAN',
  'TEGURAN_TERTULIS',
  'PERNYATAAN_TIDAK_PUAS_TERTULIS',
  'POTONGAN_TUKIN_6_BULAN',
  'POTONGAN_TUKIN_9_BULAN',
  'POTONGAN_TUKIN_12_BULAN',
  'PENURUNAN_JABATAN',
  'PEMBEBASAN_DARI_JABATAN',
  'PDHTAPS',
] as const;

describe('jenis hukuman of PP 94/2021 Pasal 8 ayat (2)–(4)', () => {
  it('the table lists every jenis, lightest first', () => {
    expect([...JENIS_HUKUMAN]).toEqual([...PASAL_8]);
  });

  it('hukumanTerberat picks the heavier of two, in either order', () => {
    expect(hukumanTerberat('TEGURAN_LISAN', 'PDHTAPS')).toBe('PDHTAPS');
    expect(hukumanTerberat('PDHTAPS', 'TEGURAN_LISAN')).toBe('PDHTAPS');
    expect(hukumanTerberat('POTONGAN_TUKIN_9_BULAN', 'POTONGAN_TUKIN_6_BULAN')).toBe('POTONGAN_TUKIN_9_BULAN');
    expect(hukumanTerberat('TEGURAN_TERTULIS', 'TEGURAN_TERTULIS')).toBe('TEGURAN_TERTULIS');
  });
});
