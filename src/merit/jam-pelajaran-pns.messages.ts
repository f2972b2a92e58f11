import { defineMessages } from '../core/messages.js';
import { SATUAN_MERIT } from './_bersama/satuan.js';

const { jamPelajaran, kegiatan, menit } = SATUAN_MERIT;

/** Reason texts of `merit.jamPelajaranPns`. */
export const JAM_PELAJARAN_PNS_MESSAGES = defineMessages('merit.jamPelajaranPns', {
  kegiatan: {
    id: '{bentuk} ({jalur}, {tanggal}): {jp} ({cara})',
    en: '{bentuk} ({jalur}, {tanggal}): {jp} ({cara})',
    units: { jp: jamPelajaran },
  },
  jumlah: {
    id: 'Tahun {tahun}: {jumlahJp} dari {jumlahKegiatan} (1 jam pelajaran = {menitPerJp})',
    en: 'Year {tahun}: {jumlahJp} from {jumlahKegiatan} (1 lesson hour = {menitPerJp})',
    units: { jumlahJp: jamPelajaran, jumlahKegiatan: kegiatan, menitPerJp: menit },
  },
  minimum: {
    id: 'Pengembangan kompetensi PNS paling sedikit {minimumJp} dalam 1 tahun: {jumlahJp}',
    en: 'A PNS has at least {minimumJp} of competency development a year: {jumlahJp}',
    units: { minimumJp: jamPelajaran, jumlahJp: jamPelajaran },
  },
  minimumKurang: {
    id: 'Pengembangan kompetensi PNS paling sedikit {minimumJp} dalam 1 tahun: {jumlahJp}, kurang {kekuranganJp}',
    en: 'A PNS has at least {minimumJp} of competency development a year: {jumlahJp}, {kekuranganJp} short',
    units: { minimumJp: jamPelajaran, jumlahJp: jamPelajaran, kekuranganJp: jamPelajaran },
  },
});
