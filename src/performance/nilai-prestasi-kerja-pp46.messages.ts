import { defineMessages } from '../core/messages.js';
import { TEKS_SEBUTAN_PP46 } from './_bersama/sebutan-pp46.messages.js';
import type { NILAI_PRESTASI_KERJA_PP46_RULE_ID } from './nilai-prestasi-kerja-pp46.js';

/** Reason texts of {@link NILAI_PRESTASI_KERJA_PP46_RULE_ID}. */
export const NILAI_PRESTASI_KERJA_PP46_MESSAGES = defineMessages(
  'performance.nilaiPrestasiKerjaPp46' satisfies typeof NILAI_PRESTASI_KERJA_PP46_RULE_ID,
  {
    perilaku: {
      id: 'Nilai perilaku kerja = jumlah {jumlahNilai} / {jumlahAspek} aspek = {nilaiPerilaku} (jabatan struktural: {jabatanStruktural})',
      en: 'Work-behaviour score = total {jumlahNilai} / {jumlahAspek} aspects = {nilaiPerilaku} (structural position: {jabatanStruktural})',
    },
    bobot: {
      id: 'Nilai prestasi kerja = 60% × nilai SKP {nilaiSkp} + 40% × nilai perilaku kerja {nilaiPerilaku} = {nilaiPrestasiKerja}',
      en: 'Work-performance score = 60% × SKP score {nilaiSkp} + 40% × work-behaviour score {nilaiPerilaku} = {nilaiPrestasiKerja}',
    },
    sebutan: TEKS_SEBUTAN_PP46,
  },
);
