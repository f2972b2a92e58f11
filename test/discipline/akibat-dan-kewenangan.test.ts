import { describe, expect, it } from 'vitest';
import { MeritInputError } from '../../src/core/errors.js';
import { explain } from '../../src/explain.js';
import { thrownIssues } from '../input-issues.js';
import {
  bentukHukuman,
  efekHukuman,
  hukumanAtasanLalai,
  JENIS_HUKUMAN,
  kewenanganMenghukum,
  pemutusanPppk,
  PEJABAT_BERWENANG,
  SASARAN_HUKUMAN,
} from '../../src/discipline/index.js';

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

describe('efekHukuman', () => {
  const riwayat = [
    { jenis: 'TEGURAN_LISAN', tmt: '2024-01-10' },
    { jenis: 'PENURUNAN_JABATAN', tmt: '2024-02-01' },
  ] as const;
  it('berat running: KGB and KP postponed; not on the day it ends', () => {
    expect(efekHukuman({ riwayat: [...riwayat], tanggal: '2025-01-31' }).value).toMatchObject({
      hukumanBerjalan: 'PENURUNAN_JABATAN',
      kgbDanKpDitunda: true,
      berakhir: '2025-02-01',
    });
    expect(efekHukuman({ riwayat: [...riwayat], tanggal: '2025-02-01' }).value).toMatchObject({ hukumanBerjalan: null, kgbDanKpDitunda: false });
  });
  it('a ringan hukuman running does not postpone', () => {
    expect(efekHukuman({ riwayat: [...riwayat], tanggal: '2024-01-10' }).value).toMatchObject({
      hukumanBerjalan: 'TEGURAN_LISAN',
      tingkat: 'RINGAN',
      sedangAtauBeratBerjalan: false,
      kgbDanKpDitunda: false,
    });
  });
  it('the postponement is a setting', () => {
    expect(efekHukuman({ riwayat: [...riwayat], tanggal: '2024-06-01' }, { kgbKpDitundaSelamaHukuman: false }).value.kgbDanKpDitunda).toBe(false);
  });
  it('PDHTAPS: no KP pengabdian', () => {
    expect(efekHukuman({ riwayat: [{ jenis: 'PDHTAPS', tmt: '2024-01-01' }], tanggal: '2030-01-01' }).value.tanpaKpPengabdian).toBe(true);
  });
  it('PDHTAPS is a dismissal, not a hukuman being served: no KGB or KP whatever the setting, and no "while serving" reason', () => {
    const input = { riwayat: [{ jenis: 'PDHTAPS' as const, tmt: '2024-01-01' }], tanggal: '2030-01-01' };
    for (const kgbKpDitundaSelamaHukuman of [true, false]) {
      const d = efekHukuman(input, { kgbKpDitundaSelamaHukuman });
      expect(d.value).toEqual({
        tanggal: '2030-01-01',
        hukumanBerjalan: 'PDHTAPS',
        tingkat: 'BERAT',
        berakhir: null,
        sedangAtauBeratBerjalan: true,
        kgbDanKpDitunda: true,
        tanpaKpPengabdian: true,
      });
      expect(d.reasons.map((r) => [r.code, r.outcome])).toEqual([
        ['discipline.efekHukuman.diberhentikan', 'FAIL'],
        ['discipline.efekHukuman.tanpaKpPengabdian', 'FAIL'],
      ]);
      expect(d.reasons[0]).toMatchObject({
        citations: [{ regulation: 'PP_94_2021', article: 'Pasal 8 ayat (4) huruf c' }],
        facts: { tanggal: '2030-01-01', tmt: '2024-01-01' },
      });
      expect(explain(d, 'id')[0]).toBe(
        '✗ Sejak 2024-01-01 PNS diberhentikan dengan hormat tidak atas permintaan sendiri (PDHTAPS); pada 2030-01-01 tidak ada lagi kenaikan gaji berkala maupun kenaikan pangkat (PP 94/2021 Pasal 8 ayat (4) huruf c)',
      );
      expect(explain(d, 'en')[0]).toBe(
        '✗ The civil servant was dismissed (PDHTAPS) from 2024-01-01; on 2030-01-01 there is no longer any periodic salary step or promotion (PP 94/2021 Pasal 8 ayat (4) huruf c)',
      );
    }
  });
  it('before its TMT a PDHTAPS has no effect yet', () => {
    const d = efekHukuman({ riwayat: [{ jenis: 'PDHTAPS', tmt: '2024-01-01' }], tanggal: '2023-12-31' });
    expect(d.value).toMatchObject({ hukumanBerjalan: null, kgbDanKpDitunda: false, tanpaKpPengabdian: false });
    expect(d.reasons.map((r) => r.code)).toEqual(['discipline.efekHukuman.tidakAda']);
  });
});

describe('kewenanganMenghukum', () => {
  it('PP matrix rows', () => {
    expect(kewenanganMenghukum({ pejabat: 'PPK_KABUPATEN_KOTA', sasaran: 'ADMINISTRATOR_KE_BAWAH' }).value).not.toContain('TEGURAN_LISAN');
    expect(kewenanganMenghukum({ pejabat: 'PPK_PUSAT_PROVINSI', sasaran: 'JPT_MADYA' }).value).not.toContain('PDHTAPS');
    expect(kewenanganMenghukum({ pejabat: 'PRESIDEN', sasaran: 'JPT_UTAMA' }).value).toEqual([...JENIS_HUKUMAN]);
    expect(kewenanganMenghukum({ pejabat: 'ADMINISTRATOR_SETARA', sasaran: 'DUA_TINGKAT_DI_BAWAH' }).value).toEqual([
      'POTONGAN_TUKIN_6_BULAN',
      'POTONGAN_TUKIN_9_BULAN',
      'POTONGAN_TUKIN_12_BULAN',
    ]);
  });
  it('the PerBKN lampiran conflict is a setting (Pengawas)', () => {
    expect(kewenanganMenghukum({ pejabat: 'PENGAWAS_SETARA', sasaran: 'DUA_TINGKAT_DI_BAWAH' }).value).toEqual([]);
    expect(kewenanganMenghukum({ pejabat: 'PENGAWAS_SETARA', sasaran: 'DUA_TINGKAT_DI_BAWAH' }, { matriks: 'LAMPIRAN_PERBKN_6_2022' }).value).toHaveLength(6);
  });
  it('is total over the enumerations', () => {
    for (const pejabat of PEJABAT_BERWENANG)
      for (const sasaran of SASARAN_HUKUMAN) expect(Array.isArray(kewenanganMenghukum({ pejabat, sasaran }).value)).toBe(true);
  });
});

describe('hukumanAtasanLalai (Pasal 28, contoh 7)', () => {
  it('TV-25: one step heavier', () => {
    expect(hukumanAtasanLalai({ hukumanSeharusnya: 'TEGURAN_TERTULIS' }).value).toBe('PERNYATAAN_TIDAK_PUAS_TERTULIS');
    expect(hukumanAtasanLalai({ hukumanSeharusnya: 'PERNYATAAN_TIDAK_PUAS_TERTULIS' }).value).toBe('POTONGAN_TUKIN_6_BULAN');
    expect(hukumanAtasanLalai({ hukumanSeharusnya: 'PDHTAPS' }).value).toBe('PDHTAPS');
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
