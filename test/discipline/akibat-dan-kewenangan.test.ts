import { describe, expect, it } from 'vitest';
import { explain } from '../../src/explain.js';
import {
  efekHukuman,
  hukumanAtasanLalai,
  JENIS_HUKUMAN,
  kewenanganMenghukum,
  PEJABAT_BERWENANG,
  SASARAN_HUKUMAN,
} from '../../src/discipline/index.js';

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
