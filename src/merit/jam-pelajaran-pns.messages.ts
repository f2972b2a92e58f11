import { defineMessages } from '../core/messages.js';

/** Reason texts of `merit.jamPelajaranPns`. */
export const JAM_PELAJARAN_PNS_MESSAGES = defineMessages('merit.jamPelajaranPns', {
  kegiatan: {
    id: '{bentuk} ({jalur}, {tanggal}): {jp} JP ({cara})',
    en: '{bentuk} ({jalur}, {tanggal}): {jp} JP ({cara})',
  },
  jumlah: {
    id: 'Tahun {tahun}: {jumlahJp} JP dari {jumlahKegiatan} kegiatan (1 JP = {menitPerJp} menit)',
    en: 'Year {tahun}: {jumlahJp} JP from {jumlahKegiatan} activities (1 JP = {menitPerJp} minutes)',
  },
  minimum: {
    id: 'Pengembangan kompetensi PNS paling sedikit {minimumJp} JP setahun: {jumlahJp} JP, kurang {kekuranganJp} JP',
    en: 'A PNS has at least {minimumJp} JP of competency development a year: {jumlahJp} JP, {kekuranganJp} JP missing',
  },
});
