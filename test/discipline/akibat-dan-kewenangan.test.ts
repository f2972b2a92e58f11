import { describe, expect, it } from 'vitest';
import { MeritInputError } from '../../src/core/errors.js';
import { thrownIssues } from '../input-issues.js';
import { bentukHukuman, pemutusanPppk } from '../../src/discipline/index.js';

describe('bentukHukuman (sedang mode switch)', () => {
  it('tukin mode: 25 % for 6/9/12 months', () => {
    expect(bentukHukuman({ jenis: 'POTONGAN_TUKIN_12_BULAN' }).value).toMatchObject({ bentuk: 'POTONGAN_TUKIN_25_PERSEN', durasiBulan: 12, persenPotonganTukin: '25' });
  });
  it('interim mode: KGB / KP / pangkat for 1 year, mapping configurable', () => {
    const o = { sedangMode: 'INTERIM_KGB_KP_PANGKAT' } as const;
    expect(bentukHukuman({ jenis: 'POTONGAN_TUKIN_9_BULAN' }, o).value.bentuk).toBe('PENUNDAAN_KP');
    expect(bentukHukuman({ jenis: 'POTONGAN_TUKIN_12_BULAN' }, o).value).toMatchObject({ bentuk: 'PENURUNAN_PANGKAT', durasiBulan: 12, persenPotonganTukin: null });
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
      expect(bentukHukuman({ jenis: 'PEMBEBASAN_DARI_JABATAN' }, { sedangMode }).value).toMatchObject({ bentuk: 'PEMBEBASAN_DARI_JABATAN', durasiBulan: 12 });
      expect(bentukHukuman({ jenis: 'TEGURAN_LISAN' }, { sedangMode }).value.durasiBulan).toBeNull();
    }
  });
  it('rejects an unknown mode', () => {
    expect(() => bentukHukuman({ jenis: 'PDHTAPS' }, { sedangMode: 'X' as never })).toThrow(MeritInputError);
  });
});

describe('pemutusanPppk (PP 49/2018 Pasal 53)', () => {
  it('TV-34 and the UU 20/2023 setting', () => {
    expect(pemutusanPppk({ alasan: 'DISIPLIN_BERAT' }).value.jenis).toBe('DENGAN_HORMAT_TIDAK_ATAS_PERMINTAAN_SENDIRI');
    expect(pemutusanPppk({ alasan: 'DISIPLIN_BERAT' }, { disiplinBerat: 'UU_20_2023' }).value.jenis).toBe('TIDAK_DENGAN_HORMAT');
    expect(pemutusanPppk({ alasan: 'TIDAK_MEMENUHI_TARGET_KINERJA' }).value.jenis).toBe('DENGAN_HORMAT_TIDAK_ATAS_PERMINTAAN_SENDIRI');
    expect(pemutusanPppk({ alasan: 'KEJAHATAN_JABATAN' }).value.jenis).toBe('TIDAK_DENGAN_HORMAT');
  });
});
