import type { RuleExample } from '../../core/rule.js';
import { KAMUS_KOMPETENSI } from '../_bersama/kamus-kompetensi.js';

// The worked examples of competency.jobPersonMatch (docs/sources/competency.md §2), run by the catalogue tests.

const profilMansoskul = (levels: readonly number[]) => ({
  INTEGRITAS: levels[0]!,
  KERJASAMA: levels[1]!,
  KOMUNIKASI: levels[2]!,
  ORIENTASI_PADA_HASIL: levels[3]!,
  PELAYANAN_PUBLIK: levels[4]!,
  PENGEMBANGAN_DIRI_DAN_ORANG_LAIN: levels[5]!,
  MENGELOLA_PERUBAHAN: levels[6]!,
  PENGAMBILAN_KEPUTUSAN: levels[7]!,
  PEREKAT_BANGSA: levels[8]!,
});

export const CONTOH_JOB_PERSON_MATCH: RuleExample[] = [
  {
    title: { id: 'Administrator Σ27, capaian Σ25: Optimal', en: 'Administrator Σ27, achieved Σ25: Optimal' },
    source: 'docs/sources/competency.md TV-JPM-1',
    input: { standar: profilMansoskul([3, 3, 3, 3, 3, 3, 3, 3, 3]), aktual: profilMansoskul([3, 3, 2, 3, 3, 2, 3, 3, 3]) },
    expected: {
      persen: '92.59259259259259259259259259259259259259',
      persenDisplay: '92.59',
      surplusPersen: '0',
      surplusPersenDisplay: '0.00',
      persenTanpaBatas: '92.59259259259259259259259259259259259259',
      persenTanpaBatasDisplay: '92.59',
      kategori: 'OPTIMAL',
      skema: 'PEMETAAN',
      jumlahAktual: 25,
      jumlahStandar: 27,
      gap: [
        { kompetensi: 'INTEGRITAS', kelompok: 'MANAJERIAL', standar: 3, aktual: 3, selisih: 0 },
        { kompetensi: 'KERJASAMA', kelompok: 'MANAJERIAL', standar: 3, aktual: 3, selisih: 0 },
        { kompetensi: 'KOMUNIKASI', kelompok: 'MANAJERIAL', standar: 3, aktual: 2, selisih: -1 },
        { kompetensi: 'ORIENTASI_PADA_HASIL', kelompok: 'MANAJERIAL', standar: 3, aktual: 3, selisih: 0 },
        { kompetensi: 'PELAYANAN_PUBLIK', kelompok: 'MANAJERIAL', standar: 3, aktual: 3, selisih: 0 },
        { kompetensi: 'PENGEMBANGAN_DIRI_DAN_ORANG_LAIN', kelompok: 'MANAJERIAL', standar: 3, aktual: 2, selisih: -1 },
        { kompetensi: 'MENGELOLA_PERUBAHAN', kelompok: 'MANAJERIAL', standar: 3, aktual: 3, selisih: 0 },
        { kompetensi: 'PENGAMBILAN_KEPUTUSAN', kelompok: 'MANAJERIAL', standar: 3, aktual: 3, selisih: 0 },
        { kompetensi: 'PEREKAT_BANGSA', kelompok: 'SOSIAL_KULTURAL', standar: 3, aktual: 3, selisih: 0 },
      ],
      kekurangan: ['KOMUNIKASI', 'PENGEMBANGAN_DIRI_DAN_ORANG_LAIN'],
      kelebihan: [],
      rekomendasiPengembangan: [
        {
          kompetensi: 'KOMUNIKASI',
          kelompok: 'MANAJERIAL',
          dariLevel: 2,
          keLevel: 3,
          targetPerilaku: KAMUS_KOMPETENSI.KOMUNIKASI.level[3],
        },
        {
          kompetensi: 'PENGEMBANGAN_DIRI_DAN_ORANG_LAIN',
          kelompok: 'MANAJERIAL',
          dariLevel: 2,
          keLevel: 3,
          targetPerilaku: KAMUS_KOMPETENSI.PENGEMBANGAN_DIRI_DAN_ORANG_LAIN.level[3],
        },
      ],
    },
  },
  {
    title: { id: 'Kesenjangan: standar [3,3,3], capaian [4,2,3]', en: 'Gaps: standard [3,3,3], achieved [4,2,3]' },
    source: 'docs/sources/competency.md TV-JPM-8',
    input: {
      standar: { INTEGRITAS: 3, KERJASAMA: 3, 'TEKNIS.ANGGARAN': 3 },
      aktual: { INTEGRITAS: 4, KERJASAMA: 2, 'TEKNIS.ANGGARAN': 3 },
    },
    options: { skema: 'PENGISIAN_JABATAN' },
    expected: {
      persen: '100',
      persenDisplay: '100.00',
      surplusPersen: '0',
      surplusPersenDisplay: '0.00',
      persenTanpaBatas: '100',
      persenTanpaBatasDisplay: '100.00',
      kategori: 'MEMENUHI_SYARAT',
      skema: 'PENGISIAN_JABATAN',
      jumlahAktual: 9,
      jumlahStandar: 9,
      gap: [
        { kompetensi: 'INTEGRITAS', kelompok: 'MANAJERIAL', standar: 3, aktual: 4, selisih: 1 },
        { kompetensi: 'KERJASAMA', kelompok: 'MANAJERIAL', standar: 3, aktual: 2, selisih: -1 },
        { kompetensi: 'TEKNIS.ANGGARAN', kelompok: 'TEKNIS', standar: 3, aktual: 3, selisih: 0 },
      ],
      kekurangan: ['KERJASAMA'],
      kelebihan: ['INTEGRITAS'],
      rekomendasiPengembangan: [
        { kompetensi: 'KERJASAMA', kelompok: 'MANAJERIAL', dariLevel: 2, keLevel: 3, targetPerilaku: KAMUS_KOMPETENSI.KERJASAMA.level[3] },
      ],
    },
  },
];
