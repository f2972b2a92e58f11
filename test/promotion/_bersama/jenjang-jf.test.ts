import { describe, expect, it } from 'vitest';
import { GOLONGAN_PNS, JENJANG_JABATAN_FUNGSIONAL, JENJANG_JF } from '../../../src/promotion/index.js';
import { jenjangUntukGolongan, koefisienKeterampilanSchema, koefisienTahunan } from '../../../src/promotion/_bersama/jenjang-jf.js';
import { JENJANG_DIGEST } from '../digest-angka-kredit.js';

describe('JENJANG_JABATAN_FUNGSIONAL', () => {
  it('has the AKK thresholds of the konversi model (digest §4.3)', () => {
    const t = (j: (typeof JENJANG_JF)[number]) => [JENJANG_JABATAN_FUNGSIONAL[j].akkKenaikanPangkat, JENJANG_JABATAN_FUNGSIONAL[j].akkKenaikanJenjang];
    expect(t('PEMULA')).toEqual([15, 15]);
    expect(t('TERAMPIL')).toEqual([20, 60]);
    expect(t('MAHIR')).toEqual([50, 100]);
    expect(t('PENYELIA')).toEqual([100, null]);
    expect(t('AHLI_PERTAMA')).toEqual([50, 100]);
    expect(t('AHLI_MUDA')).toEqual([100, 200]);
    expect(t('AHLI_MADYA')).toEqual([150, 450]);
    expect(t('AHLI_UTAMA')).toEqual([200, null]);
  });

  it('KJ threshold = number of golongan in the jenjang × KP threshold (digest §9 vector 9)', () => {
    for (const j of JENJANG_JF) {
      const info = JENJANG_JABATAN_FUNGSIONAL[j];
      if (info.akkKenaikanJenjang !== null) expect(info.akkKenaikanJenjang, j).toBe(info.golongan.length * info.akkKenaikanPangkat);
    }
  });
});

describe('jenjang JF tables (digest §4.2–§4.3)', () => {
  it('every cell of JENJANG_JABATAN_FUNGSIONAL matches the digest', () => {
    expect(Object.keys(JENJANG_JABATAN_FUNGSIONAL)).toEqual([...JENJANG_JF]);
    for (const j of JENJANG_JF) {
      const [kategori, golongan, koefisien, akkKenaikanPangkat, akkKenaikanJenjang, jenjangBerikutnya] = JENJANG_DIGEST[j];
      expect(JENJANG_JABATAN_FUNGSIONAL[j], j).toEqual({
        kategori,
        golongan,
        koefisien,
        akkKenaikanPangkat,
        akkKenaikanJenjang,
        jenjangBerikutnya,
      });
    }
  });

  it('koefisienTahunan: keahlian from the table, keterampilan from the setting (preset 3.75 / 5 / 12.5 / 25)', () => {
    const preset = koefisienKeterampilanSchema.parse(undefined);
    expect(JENJANG_JF.map((j) => koefisienTahunan(j, preset).toFixed())).toEqual(JENJANG_JF.map((j) => JENJANG_DIGEST[j][2]));
    const custom = koefisienKeterampilanSchema.parse({ PEMULA: '4', TERAMPIL: 6, MAHIR: '13', PENYELIA: '26.5' });
    expect(JENJANG_JF.map((j) => koefisienTahunan(j, custom).toFixed())).toEqual(['4', '6', '13', '26.5', '12.5', '25', '37.5', '50']);
  });

  it('jenjangUntukGolongan: the jenjang of a golongan within a kategori, null outside the ranges', () => {
    const keahlian = GOLONGAN_PNS.map((g) => jenjangUntukGolongan('KEAHLIAN', g));
    const keterampilan = GOLONGAN_PNS.map((g) => jenjangUntukGolongan('KETERAMPILAN', g));
    // I/a … I/d, II/a … II/d, III/a … III/d, IV/a … IV/e
    expect(keahlian).toEqual([
      ...[null, null, null, null],
      ...[null, null, null, null],
      ...['AHLI_PERTAMA', 'AHLI_PERTAMA', 'AHLI_MUDA', 'AHLI_MUDA'],
      ...['AHLI_MADYA', 'AHLI_MADYA', 'AHLI_MADYA', 'AHLI_UTAMA', 'AHLI_UTAMA'],
    ]);
    expect(keterampilan).toEqual([
      ...[null, null, null, null],
      ...['PEMULA', 'TERAMPIL', 'TERAMPIL', 'TERAMPIL'],
      ...['MAHIR', 'MAHIR', 'PENYELIA', 'PENYELIA'],
      ...[null, null, null, null, null],
    ]);
  });
});
