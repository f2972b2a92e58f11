import { defineMessages } from '../../core/messages.js';

/** Reason texts of `competency.penempatanOptimal`. */
export const PENEMPATAN_OPTIMAL_MESSAGES = defineMessages('competency.penempatanOptimal', {
  tujuan: {
    id: 'Penempatan {jumlahKandidat} kandidat pada {jumlahFormasi} formasi dengan prioritas {prioritas}, kecocokan minimum {minimumKecocokan}; pasangan terlarang tidak ditempatkan',
    en: 'Placing {jumlahKandidat} candidates in {jumlahFormasi} posts with priority {prioritas}, minimum fit {minimumKecocokan}; forbidden pairs are not placed',
  },
  terlarang: {
    id: '{kandidat} tidak boleh ditempatkan pada {formasi} (pasangan terlarang; alasan: {alasan})',
    en: '{kandidat} may not be placed in {formasi} (forbidden pair; reason: {alasan})',
  },
  ditempatkan: {
    id: '{kandidat} ditempatkan pada {formasi} dengan kecocokan {kecocokan} (kecocokan terbaiknya {kecocokanTerbaik})',
    en: '{kandidat} is placed in {formasi} with fit {kecocokan} (their best fit {kecocokanTerbaik})',
  },
  tanpaFormasi: {
    id: '{kandidat} tidak ditempatkan: tidak ada formasi yang boleh diisinya dengan kecocokan minimum {minimumKecocokan}',
    en: '{kandidat} is not placed: no post they may fill with the minimum fit {minimumKecocokan}',
  },
  kalah: {
    id: '{kandidat} tidak ditempatkan: formasi terbaiknya {formasi} (kecocokan {kecocokan}) diberikan kepada {pemegang} karena total kecocokan lebih besar',
    en: '{kandidat} is not placed: their best post {formasi} (fit {kecocokan}) goes to {pemegang} because the total fit is larger',
  },
  kosongTanpaKandidat: {
    id: 'Formasi {formasi} kosong: tidak ada kandidat yang memenuhi',
    en: 'Post {formasi} stays empty: no eligible candidate',
  },
  kosongDipilihLain: {
    id: 'Formasi {formasi} kosong: kandidat yang memenuhi lebih optimal ditempatkan di formasi lain',
    en: 'Post {formasi} stays empty: its eligible candidates are better placed elsewhere',
  },
  total: {
    id: 'Total kecocokan maksimum {totalKecocokan} dengan {jumlahDitempatkan} penempatan',
    en: 'Maximum total fit {totalKecocokan} with {jumlahDitempatkan} placements',
  },
});
