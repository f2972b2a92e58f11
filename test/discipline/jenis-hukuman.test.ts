import { describe, expect, it } from 'vitest';
import { bentukHukuman, hukumanTerberat, JENIS_HUKUMAN } from '../../src/discipline/index.js';
import { explain } from '../../src/explain.js';

const pp94 = (article: string) => ({ regulation: 'PP_94_2021', article });

/** PP 94/2021 Pasal 8: each jenis hukuman with its tingkat, duration and ayat/huruf (research notes §1.1). */
const PASAL_8 = [
  ['TEGURAN_LISAN', 'RINGAN', null, 'Pasal 8 ayat (2) huruf a'],
  ['TEGURAN_TERTULIS', 'RINGAN', null, 'Pasal 8 ayat (2) huruf b'],
  ['PERNYATAAN_TIDAK_PUAS_TERTULIS', 'RINGAN', null, 'Pasal 8 ayat (2) huruf c'],
  ['POTONGAN_TUKIN_6_BULAN', 'SEDANG', 6, 'Pasal 8 ayat (3) huruf a'],
  ['POTONGAN_TUKIN_9_BULAN', 'SEDANG', 9, 'Pasal 8 ayat (3) huruf b'],
  ['POTONGAN_TUKIN_12_BULAN', 'SEDANG', 12, 'Pasal 8 ayat (3) huruf c'],
  ['PENURUNAN_JABATAN', 'BERAT', 12, 'Pasal 8 ayat (4) huruf a'],
  ['PEMBEBASAN_DARI_JABATAN', 'BERAT', 12, 'Pasal 8 ayat (4) huruf b'],
  ['PDHTAPS', 'BERAT', 'PERMANEN', 'Pasal 8 ayat (4) huruf c'],
] as const;

describe('jenis hukuman of PP 94/2021 Pasal 8 ayat (2)–(4)', () => {
  it('the table lists every jenis, lightest first', () => {
    expect(PASAL_8.map(([jenis]) => jenis)).toEqual([...JENIS_HUKUMAN]);
  });

  it.each(PASAL_8)('%s (%s): bentukHukuman cites %s', (jenis, tingkat, _durasi, ayat) => {
    const d = bentukHukuman({ jenis });
    expect(d.reasons).toHaveLength(1);
    expect(d.reasons[0]!.citations[0]).toEqual(pp94(ayat));
    if (tingkat === 'SEDANG') {
      expect(d.reasons[0]!.code).toBe('discipline.bentukHukuman.tukin');
    } else {
      // ringan and berat are carried out as themselves (Pasal 8 ayat (2) and (4))
      expect(d.reasons[0]).toEqual({
        rule: 'discipline.bentukHukuman',
        code: 'discipline.bentukHukuman.sendiri',
        outcome: 'INFO',
        citations: [pp94(ayat)],
        facts: { jenis, tingkat },
      });
    }
  });

  it('ringan and berat "carried out as such": the text names the jenis and its tingkat', () => {
    expect(explain(bentukHukuman({ jenis: 'TEGURAN_LISAN' }), 'en')).toEqual([
      '• oral reprimand (light penalty) is carried out as such (PP 94/2021 Pasal 8 ayat (2) huruf a)',
    ]);
    expect(explain(bentukHukuman({ jenis: 'PEMBEBASAN_DARI_JABATAN' }), 'id')).toEqual([
      '• pembebasan dari jabatannya menjadi jabatan pelaksana selama 12 bulan (hukuman disiplin berat) dilaksanakan sesuai jenisnya (PP 94/2021 Pasal 8 ayat (4) huruf b)',
    ]);
  });

  it('hukumanTerberat picks the heavier of two, in either order', () => {
    expect(hukumanTerberat('TEGURAN_LISAN', 'PDHTAPS')).toBe('PDHTAPS');
    expect(hukumanTerberat('PDHTAPS', 'TEGURAN_LISAN')).toBe('PDHTAPS');
    expect(hukumanTerberat('POTONGAN_TUKIN_9_BULAN', 'POTONGAN_TUKIN_6_BULAN')).toBe('POTONGAN_TUKIN_9_BULAN');
    expect(hukumanTerberat('TEGURAN_TERTULIS', 'TEGURAN_TERTULIS')).toBe('TEGURAN_TERTULIS');
  });
});
