import { describe, expect, it } from 'vitest';
import { MeritInputError } from '../../src/core/errors.js';
import { bentukHukuman } from '../../src/discipline/index.js';
import { explain } from '../../src/explain.js';
import { thrownIssues } from '../input-issues.js';

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

describe('bentukHukuman: each jenis hukuman of PP 94/2021 Pasal 8 ayat (2)–(4)', () => {
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
    expect(explain(bentukHukuman({ jenis: 'TEGURAN_LISAN' }), 'en')).toMatchInlineSnapshot(`
      [
        "Note: oral reprimand (light penalty) is carried out as such [1]",
        "Legal basis:",
        "[1] PP 94/2021 Pasal 8 ayat (2) huruf a",
      ]
    `);
    expect(explain(bentukHukuman({ jenis: 'PEMBEBASAN_DARI_JABATAN' }), 'id')).toMatchInlineSnapshot(`
      [
        "Catatan: pembebasan dari jabatannya menjadi jabatan pelaksana selama 12 bulan (hukuman disiplin berat) dilaksanakan sesuai jenisnya [1]",
        "Dasar hukum:",
        "[1] PP 94/2021 Pasal 8 ayat (4) huruf b",
      ]
    `);
  });
});

describe('bentukHukuman (sedang mode switch)', () => {
  it('tukin mode: 25 % for 6/9/12 months', () => {
    expect(bentukHukuman({ jenis: 'POTONGAN_TUKIN_12_BULAN' }).value).toMatchObject({
      bentuk: 'POTONGAN_TUKIN_25_PERSEN',
      durasiBulan: 12,
      persenPotonganTukin: '25',
    });
  });
  it('interim mode: KGB / KP / pangkat for 1 year, mapping configurable', () => {
    const o = { sedangMode: 'INTERIM_KGB_KP_PANGKAT' } as const;
    expect(bentukHukuman({ jenis: 'POTONGAN_TUKIN_9_BULAN' }, o).value.bentuk).toBe('PENUNDAAN_KP');
    expect(bentukHukuman({ jenis: 'POTONGAN_TUKIN_12_BULAN' }, o).value).toMatchObject({
      bentuk: 'PENURUNAN_PANGKAT',
      durasiBulan: 12,
      persenPotonganTukin: null,
    });
    const swapped = { ...o, pemetaanInterim: { POTONGAN_TUKIN_6_BULAN: 'PENUNDAAN_KP', POTONGAN_TUKIN_9_BULAN: 'PENUNDAAN_KGB' } } as const;
    expect(bentukHukuman({ jenis: 'POTONGAN_TUKIN_6_BULAN' }, swapped).value.bentuk).toBe('PENUNDAAN_KP');
    expect(bentukHukuman({ jenis: 'POTONGAN_TUKIN_9_BULAN' }, swapped).value.bentuk).toBe('PENUNDAAN_KGB');
  });
  it('refuses a mapping that gives two sedang hukuman the same interim form, in both languages', () => {
    const shared = { sedangMode: 'INTERIM_KGB_KP_PANGKAT', pemetaanInterim: { POTONGAN_TUKIN_6_BULAN: 'PENUNDAAN_KP' } } as const;
    const issues = thrownIssues(() => bentukHukuman({ jenis: 'POTONGAN_TUKIN_6_BULAN' }, shared));
    expect(issues.map((i) => i.path)).toEqual([['options', 'pemetaanInterim']]);
    expect(issues[0]!.text).toEqual({
      en: 'gives two sedang hukuman the same interim form: the three forms of KMK 5/KMK.01/2022 stand for the three sedang hukuman, one each, so a heavier one is never carried out as a lighter one',
      id: 'memberi dua hukuman sedang bentuk peralihan yang sama: tiga bentuk dalam KMK 5/KMK.01/2022 masing-masing mewakili satu dari tiga hukuman sedang, sehingga hukuman yang lebih berat tidak dilaksanakan seperti yang lebih ringan',
    });
  });
  it('ringan and berat are carried out as themselves in both modes', () => {
    for (const sedangMode of ['TUKIN', 'INTERIM_KGB_KP_PANGKAT'] as const) {
      expect(bentukHukuman({ jenis: 'PEMBEBASAN_DARI_JABATAN' }, { sedangMode }).value).toMatchObject({
        bentuk: 'PEMBEBASAN_DARI_JABATAN',
        durasiBulan: 12,
      });
      expect(bentukHukuman({ jenis: 'TEGURAN_LISAN' }, { sedangMode }).value.durasiBulan).toBeNull();
    }
  });
  it('rejects an unknown mode', () => {
    expect(() => bentukHukuman({ jenis: 'PDHTAPS' }, { sedangMode: 'X' as never })).toThrow(MeritInputError);
  });
});
