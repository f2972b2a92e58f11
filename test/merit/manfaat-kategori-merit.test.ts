import { describe, expect, it } from 'vitest';
import { explain, manfaatKategoriMerit, MeritInputError } from '../../src/index.js';

describe('manfaatKategoriMerit: JPT without open selection and re-evaluation', () => {
  const semua = { kebijakanTalentPool: true, persetujuanPengecualian: true };
  it('needs Sangat Baik by default, Baik under the other KASN reading', () => {
    expect(manfaatKategoriMerit({ kategori: 'SANGAT_BAIK', ...semua }).value.memenuhiSyarat).toBe(true);
    expect(manfaatKategoriMerit({ kategori: 'BAIK', ...semua }).value.syaratTidakTerpenuhi).toEqual(['KATEGORI']);
    expect(manfaatKategoriMerit({ kategori: 'BAIK', ...semua }, { kategoriMinimumJpt: 'BAIK' }).value.memenuhiSyarat).toBe(true);
    expect(manfaatKategoriMerit({ kategori: 'KURANG', ...semua }, { kategoriMinimumJpt: 'BAIK' }).value.memenuhiSyarat).toBe(false);
  });

  it('needs the talent-pool policy and the approval as well', () => {
    expect(manfaatKategoriMerit({ kategori: 'SANGAT_BAIK', kebijakanTalentPool: false }).value.syaratTidakTerpenuhi).toEqual([
      'TALENT_POOL',
      'PERSETUJUAN',
    ]);
  });

  it('treats an agency not assessed as having no category', () => {
    const v = manfaatKategoriMerit({ kategori: null, ...semua }).value;
    expect(v).toMatchObject({ memenuhiSyarat: false, syaratTidakTerpenuhi: ['KATEGORI'], siklusBulan: null, tanggalEvaluasiUlang: null });
    expect(() => manfaatKategoriMerit({ kategori: null, tanggalKategori: '2023-01-01', ...semua })).toThrow(MeritInputError);
  });

  it('dates the re-evaluation: Baik yearly, Sangat Baik every two years, due on the day', () => {
    const d = (kategori: 'BAIK' | 'SANGAT_BAIK', asOf: string) =>
      manfaatKategoriMerit({ kategori, tanggalKategori: '2023-12-07', ...semua }, { asOf }).value;
    expect(d('BAIK', '2024-12-06')).toMatchObject({ tanggalEvaluasiUlang: '2024-12-07', evaluasiUlangJatuhTempo: false });
    expect(d('BAIK', '2024-12-07').evaluasiUlangJatuhTempo).toBe(true);
    expect(d('SANGAT_BAIK', '2025-12-07')).toMatchObject({ tanggalEvaluasiUlang: '2025-12-07', evaluasiUlangJatuhTempo: true });
    expect(
      manfaatKategoriMerit({ kategori: 'KURANG', tanggalKategori: '2023-12-07', ...semua }, { asOf: '2030-01-01' }).value,
    ).toMatchObject({ siklusBulan: null, evaluasiUlangJatuhTempo: null });
    expect(
      manfaatKategoriMerit({ kategori: 'KURANG', tanggalKategori: '2023-12-07', ...semua }, { siklusEvaluasiUlang: { KURANG: 6 } }).value
        .tanggalEvaluasiUlang,
    ).toBe('2024-06-07');
    expect(() => manfaatKategoriMerit({ kategori: 'BAIK', tanggalKategori: '2025-01-01', ...semua }, { asOf: '2024-12-31' })).toThrow(
      /asOf/,
    );
  });

  it('explains each condition', () => {
    const lines = explain(manfaatKategoriMerit({ kategori: 'BAIK', ...semua }), 'en');
    expect(lines.join('\n')).toMatch(/needs at least Very Good/);
  });

  it('states the re-evaluation cycle of the category as the row that applies, with a due date only from tanggalKategori', () => {
    const tanpa = manfaatKategoriMerit({ kategori: 'BAIK', ...semua });
    expect(tanpa.reasons.at(-1)).toMatchObject({ code: 'merit.manfaatKategoriMerit.evaluasiUlangTanpaTanggal', outcome: 'APPLIES' });
    expect(explain(tanpa, 'id')).toContain(
      'Berlaku: Kategori Baik dievaluasi ulang setiap 12 bulan; tanggal kategori tidak diisi, jatuh tempo tidak dihitung [3]',
    );
    const dengan = manfaatKategoriMerit({ kategori: 'BAIK', tanggalKategori: '2023-12-07', ...semua });
    expect(explain(dengan, 'en')).toContain('Applies: Category Good (Baik) is re-evaluated every 12 months: due 7 December 2024 [3]');
  });
});
