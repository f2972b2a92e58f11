import { defineMessages } from '../core/messages.js';
import { TEKS_SEBUTAN_PP46 } from './_bersama/sebutan-pp46.messages.js';

/** Reason texts of `performance.nilaiPrestasiKerjaPp46`. */
export const NILAI_PRESTASI_KERJA_PP46_MESSAGES = defineMessages('performance.nilaiPrestasiKerjaPp46', {
  perilaku: {
    id: 'Nilai perilaku kerja = jumlah {jumlahNilai} / {jumlahAspek} aspek = {nilaiPerilaku} (jabatan struktural: {jabatanStruktural})',
    en: 'Work-behaviour score = total {jumlahNilai} / {jumlahAspek} aspects = {nilaiPerilaku} (structural position: {jabatanStruktural})',
  },
  bobot: {
    id: 'Nilai prestasi kerja = 60% × nilai SKP {nilaiSkp} + 40% × nilai perilaku kerja {nilaiPerilaku} = {nilaiPrestasiKerja}',
    en: 'Work-performance score = 60% × SKP score {nilaiSkp} + 40% × work-behaviour score {nilaiPerilaku} = {nilaiPrestasiKerja}',
  },
  sebutan: TEKS_SEBUTAN_PP46,
});
