import { defineMessages } from '../../core/messages.js';
import { TEKS_KETIDAKHADIRAN } from '../_bersama/teks-ketidakhadiran.js';

/** Reason texts of `discipline.rekapKetidakhadiran`: the count, the conversion, the longest run, the hukuman and the salary stop. */
export const REKAP_KETIDAKHADIRAN_MESSAGES = defineMessages('discipline.rekapKetidakhadiran', {
  hariTidakMasuk: {
    id: 'Tahun {tahun}: {hariTidakMasuk} hari kerja tidak masuk ({bukanHariKerja} tanggal bukan hari kerja tidak dihitung; {diluarTahun} tanggal di luar tahun hanya dihitung dalam rangkaian berturut-turut yang melewati pergantian tahun)',
    en: 'Year {tahun}: {hariTidakMasuk} working days of absence ({bukanHariKerja} non-working dates not counted; {diluarTahun} dates outside the year count only towards a consecutive run across the turn of the year)',
  },
  konversi: {
    id: 'Keterlambatan dan pulang cepat {menitKeterlambatan} menit ÷ {menitPerHari} menit per hari (pembulatan {pembulatan}) = {hariDariKeterlambatan} hari, sisa {sisaMenit} menit',
    en: 'Late arrival and early leave {menitKeterlambatan} minutes ÷ {menitPerHari} minutes per day (rounding {pembulatan}) = {hariDariKeterlambatan} days, {sisaMenit} minutes left',
  },
  tanpaKonversi: {
    id: 'Keterlambatan dan pulang cepat {menitKeterlambatan} menit tidak dikonversi menjadi hari (pengaturan)',
    en: 'Late arrival and early leave of {menitKeterlambatan} minutes not converted into days (setting)',
  },
  rangkaianTerpanjang: {
    id: 'Rangkaian tidak masuk berturut-turut terpanjang: {hariBerturutTurut} hari kerja, {awal} s.d. {akhir} (lintas tahun: {lintasTahun})',
    en: 'Longest run of consecutive absence: {hariBerturutTurut} working days, {awal} to {akhir} (across years: {lintasTahun})',
  },
  ...TEKS_KETIDAKHADIRAN,
  gajiDihentikan: {
    id: 'Hari kerja ke-10 berturut-turut jatuh pada {hariKe10}: pembayaran gaji dihentikan mulai {gajiDihentikanMulai}',
    en: 'The 10th consecutive working day is {hariKe10}: salary payment stops from {gajiDihentikanMulai}',
  },
});
