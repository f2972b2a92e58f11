import { defineMessages } from '../../core/messages.js';
import { TEKS_SEBUTAN_PP46 } from '../_bersama/sebutan-pp46.messages.js';

/** Reason texts of `performance.capaianSkp`. */
export const CAPAIAN_SKP_MESSAGES = defineMessages('performance.capaianSkp', {
  kegiatan: {
    id: 'Kegiatan {nomor} ({nama}): kuantitas {kuantitas}, kualitas {kualitas}, waktu {waktu} (efisiensi {efisiensiWaktu}%), biaya {biaya} (efisiensi {efisiensiBiaya}%); {jumlahAspek} aspek, nilai capaian {nilaiCapaian}',
    en: 'Activity {nomor} ({nama}): quantity {kuantitas}, quality {kualitas}, time {waktu} (efficiency {efisiensiWaktu}%), cost {biaya} (efficiency {efisiensiBiaya}%); {jumlahAspek} aspects, achievement {nilaiCapaian}',
  },
  kegiatanTanpaBiaya: {
    id: 'Kegiatan {nomor} ({nama}): kuantitas {kuantitas}, kualitas {kualitas}, waktu {waktu} (efisiensi {efisiensiWaktu}%), tanpa target biaya; {jumlahAspek} aspek, nilai capaian {nilaiCapaian}',
    en: 'Activity {nomor} ({nama}): quantity {kuantitas}, quality {kualitas}, time {waktu} (efficiency {efisiensiWaktu}%), no cost target; {jumlahAspek} aspects, achievement {nilaiCapaian}',
  },
  tidakTerlaksana: {
    id: 'Kegiatan {nomor} ({nama}): realisasi kuantitas 0 dari target {targetKuantitas}, kegiatan tidak terlaksana, sehingga setiap aspek ({jumlahAspek} aspek, termasuk waktu dan biaya bila diukur) bernilai 0; nilai capaian {nilaiCapaian}',
    en: 'Activity {nomor} ({nama}): output realised 0 of the target {targetKuantitas}, so the activity was not carried out and every aspect ({jumlahAspek}, time and cost included where measured) scores 0; achievement {nilaiCapaian}',
  },
  aspekNol: {
    id: 'Kegiatan {nomor}: rumus aspek {aspek} menghasilkan {nilaiRumus} karena realisasi {realisasi} melebihi 176% dari target {target}; nilai aspek paling rendah 0, sehingga dihitung 0',
    en: 'Activity {nomor}: the {aspek} formula gives {nilaiRumus} because the realisation {realisasi} exceeds 176% of the target {target}; an aspect score is at least 0, so it counts as 0',
  },
  nilai: {
    id: 'Nilai capaian SKP = rata-rata {jumlahKegiatan} kegiatan {rataRata} + tugas tambahan ({tugasTambahan} kegiatan) {nilaiTugasTambahan} + kreativitas ({kreativitas}) {nilaiKreativitas} = {nilaiSkp}',
    en: 'SKP achievement = mean of {jumlahKegiatan} activities {rataRata} + additional tasks ({tugasTambahan}) {nilaiTugasTambahan} + creativity ({kreativitas}) {nilaiKreativitas} = {nilaiSkp}',
  },
  sebutan: TEKS_SEBUTAN_PP46,
});
