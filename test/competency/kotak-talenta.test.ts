import { describe, expect, it } from 'vitest';
import { kotakTalenta, MeritInputError, NOMOR_KOTAK, selKotak, TINGKAT_KINERJA, TINGKAT_POTENSIAL } from '../../src/index.js';
import { explain } from '../../src/explain.js';

describe('kotakTalenta (PermenPANRB 3/2020 Pasal 17 as amended by PermenPANRB 20/2025)', () => {
  it('TV-TAL-1: all nine boxes', () => {
    const cells = [
      ['DI_ATAS_EKSPEKTASI', 'TINGGI', 9],
      ['SESUAI_EKSPEKTASI', 'TINGGI', 8],
      ['DI_ATAS_EKSPEKTASI', 'MENENGAH', 7],
      ['DI_BAWAH_EKSPEKTASI', 'TINGGI', 6],
      ['SESUAI_EKSPEKTASI', 'MENENGAH', 5],
      ['DI_ATAS_EKSPEKTASI', 'RENDAH', 4],
      ['DI_BAWAH_EKSPEKTASI', 'MENENGAH', 3],
      ['SESUAI_EKSPEKTASI', 'RENDAH', 2],
      ['DI_BAWAH_EKSPEKTASI', 'RENDAH', 1],
    ] as const;
    for (const [kinerja, potensial, kotak] of cells) {
      const v = kotakTalenta({ kinerja, potensial }).value;
      expect(v.kotak, `${kinerja}/${potensial}`).toBe(kotak);
      expect(v.kelompokRencanaSuksesi).toBe(kotak >= 7);
      expect(selKotak(kotak)).toEqual({ kinerja, potensial });
    }
  });

  it('TV-TAL-2: recommendations of boxes 9, 4 and 1', () => {
    expect(kotakTalenta({ kinerja: 'DI_ATAS_EKSPEKTASI', potensial: 'TINGGI' }).value.rekomendasi).toEqual([
      'DIPROMOSIKAN_DAN_DIPERTAHANKAN',
      'MASUK_KRS_INSTANSI_NASIONAL',
      'PENGHARGAAN',
    ]);
    expect(kotakTalenta({ kinerja: 'DI_ATAS_EKSPEKTASI', potensial: 'RENDAH' }).value.rekomendasi).toEqual([
      'ROTASI',
      'PENGEMBANGAN_KOMPETENSI',
    ]);
    expect(kotakTalenta({ kinerja: 'DI_BAWAH_EKSPEKTASI', potensial: 'RENDAH' }).value.rekomendasi).toEqual(['DIPROSES_SESUAI_KETENTUAN']);
  });

  it('TV-TAL-3: score thresholds 80/60, lower bounds inclusive', () => {
    expect(kotakTalenta({ kinerja: 80, potensial: '79.99' }).value).toMatchObject({
      kotak: 7,
      kinerja: 'DI_ATAS_EKSPEKTASI',
      potensial: 'MENENGAH',
    });
    expect(kotakTalenta({ kinerja: '59.99', potensial: 60 }).value).toMatchObject({
      kotak: 3,
      kinerja: 'DI_BAWAH_EKSPEKTASI',
      potensial: 'MENENGAH',
    });
    expect(kotakTalenta({ kinerja: 60, potensial: 80 }).value.kotak).toBe(8);
    expect(kotakTalenta({ kinerja: '79.99', potensial: '59.99' }).value.kotak).toBe(2);
  });

  it('agency thresholds are a setting, validated', () => {
    const opts = { ambangKinerja: { atas: 90, sesuai: 70 }, ambangPotensial: { tinggi: 90, menengah: 70 } };
    expect(kotakTalenta({ kinerja: 85, potensial: 95 }, opts).value.kotak).toBe(8);
    expect(() => kotakTalenta({ kinerja: 85, potensial: 95 }, { ambangKinerja: { atas: 60, sesuai: 80 } })).toThrow(MeritInputError);
  });

  it('maps predikat kinerja: Sangat Baik → di atas, Baik → sesuai, others → di bawah', () => {
    expect(kotakTalenta({ kinerja: 'SANGAT_BAIK', potensial: 'TINGGI' }).value.kotak).toBe(9);
    expect(kotakTalenta({ kinerja: 'BAIK', potensial: 'TINGGI' }).value.kotak).toBe(8);
    for (const p of ['BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG'] as const) {
      expect(kotakTalenta({ kinerja: p, potensial: 'TINGGI' }).value.kotak).toBe(6);
    }
    expect(
      kotakTalenta({ kinerja: 'BUTUH_PERBAIKAN', potensial: 'TINGGI' }, { pemetaanPredikat: { BUTUH_PERBAIKAN: 'SESUAI_EKSPEKTASI' } })
        .value.kotak,
    ).toBe(8);
  });

  it('TV-TAL-4: Kemenkeu numbering, recommendations follow the cell', () => {
    const v = kotakTalenta({ kinerja: 'SESUAI_EKSPEKTASI', potensial: 'TINGGI' }, { penomoran: 'KEMENKEU' }).value;
    expect(v.kotak).toBe(7);
    expect(v.rekomendasi).toEqual(kotakTalenta({ kinerja: 'SESUAI_EKSPEKTASI', potensial: 'TINGGI' }).value.rekomendasi);
  });

  it('each numbering is a permutation of 1–9', () => {
    for (const n of Object.values(NOMOR_KOTAK)) {
      const all = TINGKAT_KINERJA.flatMap((k) => TINGKAT_POTENSIAL.map((p) => n[k][p])).sort((a, b) => a - b);
      expect(all).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    }
  });

  it('explains in both languages', () => {
    const d = kotakTalenta({ kinerja: 85, potensial: 'TINGGI' });
    expect(explain(d, 'id').join('\n')).toContain('kotak 9');
    expect(explain(d, 'en').join('\n')).toContain('succession pool');
  });

  it('rejects bad input with MeritInputError', () => {
    expect(() => kotakTalenta({ kinerja: 'HEBAT' as never, potensial: 'TINGGI' })).toThrow(MeritInputError);
    expect(() => kotakTalenta({ kinerja: -1, potensial: 'TINGGI' })).toThrow(/kinerja/);
    expect(() => kotakTalenta({ kinerja: 80 } as never)).toThrow(/potensial/);
  });
});
