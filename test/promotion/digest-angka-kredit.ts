/** Independent restatement of the digest tables (docs: regulations/promotion.md §4.1–§4.5), shared by the angka kredit tests. */

/** §4.1: share of the koefisien tahunan per predikat kinerja. */
export const PERSENTASE_DIGEST = { SANGAT_BAIK: 150, BAIK: 100, BUTUH_PERBAIKAN: 75, KURANG: 50, SANGAT_KURANG: 25 };

/** §4.2 koefisien tahunan and golongan range; §4.3 AKK per KP and for KJ; next jenjang. */
export const JENJANG_DIGEST = {
  PEMULA: ['KETERAMPILAN', ['II/a'], '3.75', 15, 15, 'TERAMPIL'],
  TERAMPIL: ['KETERAMPILAN', ['II/b', 'II/c', 'II/d'], '5', 20, 60, 'MAHIR'],
  MAHIR: ['KETERAMPILAN', ['III/a', 'III/b'], '12.5', 50, 100, 'PENYELIA'],
  PENYELIA: ['KETERAMPILAN', ['III/c', 'III/d'], '25', 100, null, null],
  AHLI_PERTAMA: ['KEAHLIAN', ['III/a', 'III/b'], '12.5', 50, 100, 'AHLI_MUDA'],
  AHLI_MUDA: ['KEAHLIAN', ['III/c', 'III/d'], '25', 100, 200, 'AHLI_MADYA'],
  AHLI_MADYA: ['KEAHLIAN', ['IV/a', 'IV/b', 'IV/c'], '37.5', 150, 450, 'AHLI_UTAMA'],
  AHLI_UTAMA: ['KEAHLIAN', ['IV/d', 'IV/e'], '50', 200, null, null],
} as const;

/** §4.5: nilai dasar per keahlian golongan for the integrasi bridge. */
export const NILAI_DASAR_DIGEST = {
  'III/a': 100,
  'III/b': 100,
  'III/c': 200,
  'III/d': 200,
  'IV/a': 400,
  'IV/b': 400,
  'IV/c': 400,
  'IV/d': 850,
  'IV/e': 850,
};
