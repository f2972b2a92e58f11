import { deepFreeze } from '../../core/freeze.js';
import type { Predikat } from '../../performance/types.js';
import { type Kotak, TINGKAT_KINERJA, TINGKAT_POTENSIAL, type TingkatKinerja, type TingkatPotensial } from '../types.js';

// The tables of competency.kotakTalenta: box numbers, recommendations and the presets of its settings.

/** Recommendations (rekomendasi) of the nine-box, as codes; labels in labels.ts. */
export const REKOMENDASI_TALENTA = deepFreeze([
  'DIPROMOSIKAN_DAN_DIPERTAHANKAN',
  'MASUK_KRS_INSTANSI_NASIONAL',
  'PENGHARGAAN',
  'DIPERTAHANKAN',
  'MASUK_KRS_INSTANSI',
  'ROTASI_PERLUASAN_JABATAN',
  'ROTASI_PENGAYAAN_JABATAN',
  'ROTASI',
  'TUGAS_BELAJAR',
  'PENEMPATAN_YANG_SESUAI',
  'BIMBINGAN_KINERJA',
  'KONSELING_KINERJA',
  'PENGEMBANGAN_KOMPETENSI',
  'DIPROSES_SESUAI_KETENTUAN',
] as const);
export type RekomendasiTalenta = (typeof REKOMENDASI_TALENTA)[number];

/** Numbering schemes of the nine boxes. */
export const PENOMORAN_KOTAK = deepFreeze(['PERMENPANRB_3_2020', 'KEMENKEU'] as const);
export type PenomoranKotak = (typeof PENOMORAN_KOTAK)[number];

export type Grid<T> = Readonly<Record<TingkatKinerja, Readonly<Record<TingkatPotensial, T>>>>;

/** The potensial axis as the grid is drawn: lowest on the left. */
export const POTENSIAL_KIRI_KE_KANAN: readonly TingkatPotensial[] = deepFreeze([...TINGKAT_POTENSIAL].reverse());

/**
 * Box numbers, rows kinerja × columns potensial. PERMENPANRB_3_2020: the numbering used by the national
 * manajemen talenta (Lampiran not read; ≥ 7 consistent implementations). KEMENKEU: the Ministry of
 * Finance variant (one implementation) — e.g. sesuai/tinggi is 7, not 8.
 */
export const NOMOR_KOTAK: Readonly<Record<PenomoranKotak, Grid<Kotak>>> = deepFreeze({
  PERMENPANRB_3_2020: {
    DI_ATAS_EKSPEKTASI: { RENDAH: 4, MENENGAH: 7, TINGGI: 9 },
    SESUAI_EKSPEKTASI: { RENDAH: 2, MENENGAH: 5, TINGGI: 8 },
    DI_BAWAH_EKSPEKTASI: { RENDAH: 1, MENENGAH: 3, TINGGI: 6 },
  },
  KEMENKEU: {
    DI_ATAS_EKSPEKTASI: { RENDAH: 5, MENENGAH: 8, TINGGI: 9 },
    SESUAI_EKSPEKTASI: { RENDAH: 4, MENENGAH: 6, TINGGI: 7 },
    DI_BAWAH_EKSPEKTASI: { RENDAH: 1, MENENGAH: 2, TINGGI: 3 },
  },
});

/** Recommendations per cell (the wording of the national nine-box; docs/sources/competency.md §3.3). */
export const REKOMENDASI_KOTAK: Grid<readonly RekomendasiTalenta[]> = deepFreeze({
  DI_ATAS_EKSPEKTASI: {
    TINGGI: ['DIPROMOSIKAN_DAN_DIPERTAHANKAN', 'MASUK_KRS_INSTANSI_NASIONAL', 'PENGHARGAAN'],
    MENENGAH: ['DIPERTAHANKAN', 'MASUK_KRS_INSTANSI', 'ROTASI_PENGAYAAN_JABATAN', 'PENGEMBANGAN_KOMPETENSI', 'TUGAS_BELAJAR'],
    RENDAH: ['ROTASI', 'PENGEMBANGAN_KOMPETENSI'],
  },
  SESUAI_EKSPEKTASI: {
    TINGGI: ['DIPERTAHANKAN', 'MASUK_KRS_INSTANSI', 'ROTASI_PERLUASAN_JABATAN', 'BIMBINGAN_KINERJA'],
    MENENGAH: ['PENEMPATAN_YANG_SESUAI', 'BIMBINGAN_KINERJA', 'PENGEMBANGAN_KOMPETENSI'],
    RENDAH: ['BIMBINGAN_KINERJA', 'PENGEMBANGAN_KOMPETENSI', 'PENEMPATAN_YANG_SESUAI'],
  },
  DI_BAWAH_EKSPEKTASI: {
    TINGGI: ['PENEMPATAN_YANG_SESUAI', 'BIMBINGAN_KINERJA', 'KONSELING_KINERJA'],
    MENENGAH: ['BIMBINGAN_KINERJA', 'KONSELING_KINERJA', 'PENGEMBANGAN_KOMPETENSI', 'PENEMPATAN_YANG_SESUAI'],
    RENDAH: ['DIPROSES_SESUAI_KETENTUAN'],
  },
});

/**
 * The lowest national box of the kelompok rencana suksesi (talent pool): boxes 7, 8 and 9 are the cells
 * where one axis is at its highest level and the other at least at the middle one.
 */
export const KOTAK_RENCANA_SUKSESI_TERENDAH: Kotak = 7;

/** Cells whose talents enter the talent pool / kelompok rencana suksesi (national boxes 7, 8, 9). */
export function masukKelompokRencanaSuksesi(kinerja: TingkatKinerja, potensial: TingkatPotensial): boolean {
  return NOMOR_KOTAK.PERMENPANRB_3_2020[kinerja][potensial] >= KOTAK_RENCANA_SUKSESI_TERENDAH;
}

/** The cell (kinerja, potensial) of a box number under a numbering. */
export function selKotak(
  kotak: Kotak,
  penomoran: PenomoranKotak = 'PERMENPANRB_3_2020',
): { kinerja: TingkatKinerja; potensial: TingkatPotensial } {
  for (const kinerja of TINGKAT_KINERJA) {
    for (const potensial of TINGKAT_POTENSIAL) {
      if (NOMOR_KOTAK[penomoran][kinerja][potensial] === kotak) return { kinerja, potensial };
    }
  }
  /* c8 ignore next */
  throw new RangeError(`no box ${kotak}`);
}

/** Preset mapping of predikat kinerja (PermenPANRB 6/2022) to the kinerja axis (an implementation convention). */
export const PEMETAAN_PREDIKAT_PRESET: Readonly<Record<Predikat, TingkatKinerja>> = deepFreeze({
  SANGAT_BAIK: 'DI_ATAS_EKSPEKTASI',
  BAIK: 'SESUAI_EKSPEKTASI',
  BUTUH_PERBAIKAN: 'DI_BAWAH_EKSPEKTASI',
  KURANG: 'DI_BAWAH_EKSPEKTASI',
  SANGAT_KURANG: 'DI_BAWAH_EKSPEKTASI',
});

/** Preset score thresholds of both axes (agency-defined; no national thresholds): lower bounds, inclusive. */
export const AMBANG_SKOR_PRESET = deepFreeze({
  kinerja: { atas: 80, sesuai: 60 },
  potensial: { tinggi: 80, menengah: 60 },
} as const);
