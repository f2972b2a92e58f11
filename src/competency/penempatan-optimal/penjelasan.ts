import { type Citation, type Reason } from '../../core/decision.js';
import { deepFreeze } from '../../core/freeze.js';
import { reasonsOf } from '../../core/messages.js';
import { formatSeratusan } from '../_bersama/fit.js';
import { CITE_RUMUS_JPM } from '../_bersama/kutipan.js';
import { adaKandidatBoleh, kecocokanTerbaik, type MatriksKecocokan } from './hitung.js';
import type { PENEMPATAN_OPTIMAL_MESSAGES } from './messages.js';
import type { AlasanFormasiKosong, AlasanTidakDitempatkan } from './skema.js';

// The explanations of competency.penempatanOptimal: why each candidate is placed or not, and why a post
// stays empty, read off the fit matrix and the optimal holders.

// The rule's id as its texts name it: reasonsOf refuses any other.
export const alasan = reasonsOf<typeof PENEMPATAN_OPTIMAL_MESSAGES>('competency.penempatanOptimal');

// Shared by every decision's reasons: frozen.
export const CITE_KESESUAIAN: Citation[] = deepFreeze([
  {
    regulation: 'UU_20_2023',
    unlocated:
      'UU 20/2023 is the ASN law now in force; no source read gives the Pasal on placing a PNS by the fit of competency and job requirements (the "Pasal 27" cited before had none), so PP 11/2017 Pasal 190 ayat (4) carries the rule.',
  },
  { regulation: 'PP_11_2017', article: 'Pasal 190 ayat (4)' },
]);
// A fit computed as the JPM of the profile against the post's standar kompetensi jabatan (Pasal 1 angka 1).
export const CITE_STANDAR: Citation[] = deepFreeze([{ regulation: 'PERMENPANRB_38_2017', article: 'Pasal 1 angka 1' }, ...CITE_RUMUS_JPM]);

/** The ids of the rows and columns of the matrix, and the minimum fit as shown. */
export interface Nama {
  kandidat(i: number): string;
  formasi(j: number): string;
  readonly minimumKecocokan: string;
}

/** Candidate i placed in post j: its fit there and its best fit anywhere. */
export function alasanDitempatkan(mk: MatriksKecocokan, i: number, j: number, nama: Nama, cites: readonly Citation[]): Reason {
  return alasan('ditempatkan', 'PASS', cites, {
    kandidat: nama.kandidat(i),
    formasi: nama.formasi(j),
    kecocokan: formatSeratusan(mk.fit[i * mk.m + j]!),
    kecocokanTerbaik: formatSeratusan(kecocokanTerbaik(mk, i).h),
  });
}

/**
 * Why candidate i is not placed: no post allows them (TIDAK_ADA_FORMASI_MEMENUHI), or their best post
 * went to another candidate because the total is larger that way (KALAH_OPTIMAL).
 */
export function alasanTidakDitempatkan(
  mk: MatriksKecocokan,
  i: number,
  pemegang: Int32Array,
  nama: Nama,
): { alasan: AlasanTidakDitempatkan; reason: Reason } {
  const kandidat = nama.kandidat(i);
  const terbaik = kecocokanTerbaik(mk, i);
  if (terbaik.h < 0) {
    return {
      alasan: 'TIDAK_ADA_FORMASI_MEMENUHI',
      reason: alasan('tanpaFormasi', 'FAIL', CITE_KESESUAIAN, { kandidat, minimumKecocokan: nama.minimumKecocokan }),
    };
  }
  const lain = pemegang[terbaik.j]!;
  return {
    alasan: 'KALAH_OPTIMAL',
    reason: alasan('kalah', 'FAIL', CITE_KESESUAIAN, {
      kandidat,
      formasi: nama.formasi(terbaik.j),
      kecocokan: formatSeratusan(terbaik.h),
      pemegang: lain >= 0 ? nama.kandidat(lain) : null,
    }),
  };
}

/**
 * Why post j stays empty: no candidate may fill it (TIDAK_ADA_KANDIDAT_MEMENUHI), or those who may are
 * placed elsewhere in the optimum (KANDIDAT_LEBIH_COCOK_DI_TEMPAT_LAIN).
 */
export function alasanFormasiKosong(mk: MatriksKecocokan, j: number, nama: Nama): { alasan: AlasanFormasiKosong; reason: Reason } {
  const formasi = nama.formasi(j);
  return adaKandidatBoleh(mk, j)
    ? { alasan: 'KANDIDAT_LEBIH_COCOK_DI_TEMPAT_LAIN', reason: alasan('kosongDipilihLain', 'INFO', CITE_KESESUAIAN, { formasi }) }
    : { alasan: 'TIDAK_ADA_KANDIDAT_MEMENUHI', reason: alasan('kosongTanpaKandidat', 'INFO', CITE_KESESUAIAN, { formasi }) };
}
