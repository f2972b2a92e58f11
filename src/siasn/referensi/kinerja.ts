import type { Predikat, Rating } from '../../performance/types.js';
import type { DiklatKepemimpinan } from '../../promotion/types.js';
import type { KelasSlks } from '../../rewards/satyalancana-karya-satya.js';
import { tabelReferensi } from './tabel.js';

/** rw-skp22 `hasilKinerjaNilai` and `PerilakuKerjaNilai` (reference `perilakuDanKinerja`) ↔ {@link Rating}. */
export const REFERENSI_RATING_KINERJA = tabelReferensi<Rating>(
  'perilakuDanKinerja',
  'rw-skp22 hasilKinerjaNilai, PerilakuKerjaNilai',
  { id: 'Hasil kerja dan perilaku kerja', en: 'Hasil kerja and perilaku kerja' },
  [
    ['1', 'DIATAS ESPEKTASI', 'DI_ATAS_EKSPEKTASI', 'I'],
    ['2', 'SESUAI ESPEKTASI', 'SESUAI_EKSPEKTASI', 'I'],
    ['3', 'DIBAWAH ESPEKTASI', 'DI_BAWAH_EKSPEKTASI', 'I'],
  ],
);

/** rw-skp22 `KuadranKinerjaNilai` (reference `kuadranNilai`) ↔ {@link Predikat}. */
export const REFERENSI_PREDIKAT_KINERJA = tabelReferensi<Predikat>(
  'kuadranNilai',
  'rw-skp22 KuadranKinerjaNilai',
  { id: 'Predikat kinerja', en: 'Predikat kinerja' },
  [
    ['1', 'SANGAT BAIK', 'SANGAT_BAIK', 'S'],
    ['2', 'BAIK', 'BAIK', 'S'],
    ['3', 'BUTUH PERBAIKAN', 'BUTUH_PERBAIKAN', 'S'],
    ['4', 'KURANG', 'KURANG', 'S'],
    ['5', 'SANGAT KURANG', 'SANGAT_KURANG', 'S'],
  ],
);

/** rw-penghargaan `hargaId` of the Satyalancana Karya Satya ↔ {@link KelasSlks}; other awards are not read. */
export const REFERENSI_PENGHARGAAN_SLKS = tabelReferensi<KelasSlks>(
  'penghargaan',
  'rw-penghargaan hargaId',
  { id: 'Satyalancana Karya Satya', en: 'Satyalancana Karya Satya' },
  [
    ['201', 'KARYA SATYA 10 TAHUN', 'SLKS_X', 'S'],
    ['202', 'KARYA SATYA 20 TAHUN', 'SLKS_XX', 'S'],
    ['203', 'KARYA SATYA 30 TAHUN', 'SLKS_XXX', 'S'],
  ],
);

/** rw-diklat `latihanStrukturalId` ↔ {@link DiklatKepemimpinan} (the two that exempt from ujian dinas). */
export const REFERENSI_DIKLAT_STRUKTURAL = tabelReferensi<DiklatKepemimpinan>(
  'latihanStruktural',
  'rw-diklat latihanStrukturalId',
  { id: 'Diklat struktural', en: 'Diklat struktural' },
  [
    ['1', 'SEPADA', null, 'S', 'not one of the ujian dinas exemptions read by the KP rules'],
    ['2', 'SEPALA/ADUM/DIKLAT PIM TK.IV', 'DIKLATPIM_IV', 'S'],
    ['3', 'SEPADYA/SPAMA/DIKLAT PIM TK.III', 'DIKLATPIM_III', 'S'],
    ['4', 'SPAMEN/SESPA/SESPANAS/DIKLAT PIM TK.II', null, 'S', 'above Diklatpim III; the KP rules name only IV and III'],
    ['5', 'SEPATI/DIKLAT PIM TK.I', null, 'S', 'above Diklatpim III; the KP rules name only IV and III'],
    ['6', 'SESPIM', null, 'S'],
    ['7', 'SESPATI', null, 'S'],
    ['8', 'Diklat struktural lainnya', null, 'S'],
  ],
);
