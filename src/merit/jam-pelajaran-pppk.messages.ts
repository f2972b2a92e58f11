import { defineMessages } from '../core/messages.js';
import { SATUAN_MERIT } from './_bersama/satuan.js';

const { jamPelajaran, kegiatan } = SATUAN_MERIT;

/** Reason texts of `merit.jamPelajaranPppk`. */
export const JAM_PELAJARAN_PPPK_MESSAGES = defineMessages('merit.jamPelajaranPppk', {
  kegiatan: {
    id: '{bentuk} ({jalur}, {tanggal}): {jp} ({cara})',
    en: '{bentuk} ({jalur}, {tanggal}): {jp} ({cara})',
    units: { jp: jamPelajaran },
  },
  jumlah: {
    id: 'Tahun perjanjian kerja {mulai} sampai dengan {akhir}: {jumlahJp} dari {jumlahKegiatan}',
    en: 'Contract year {mulai} to {akhir}: {jumlahJp} from {jumlahKegiatan}',
    units: { jumlahJp: jamPelajaran, jumlahKegiatan: kegiatan },
  },
  batas: {
    id: 'Pengembangan kompetensi PPPK paling lama {batasJp} dalam 1 tahun masa perjanjian kerja: {jumlahJp}',
    en: 'PPPK competency development is at most {batasJp} per contract year: {jumlahJp}',
    units: { batasJp: jamPelajaran, jumlahJp: jamPelajaran },
  },
  batasLebih: {
    id: 'Pengembangan kompetensi PPPK paling lama {batasJp} dalam 1 tahun masa perjanjian kerja: {jumlahJp}, lebih {kelebihanJp}',
    en: 'PPPK competency development is at most {batasJp} per contract year: {jumlahJp}, {kelebihanJp} over',
    units: { batasJp: jamPelajaran, jumlahJp: jamPelajaran, kelebihanJp: jamPelajaran },
  },
  jptTertentu: {
    id: 'Batas {batasJp} tidak berlaku bagi PPPK yang menduduki {jabatan}',
    en: 'The cap of {batasJp} does not apply to a PPPK holding {jabatan}',
    units: { batasJp: jamPelajaran },
  },
  batasTidakDiterapkan: {
    id: 'Batas {batasJp} tidak diterapkan (pengaturan batasPppkBerlaku): apakah PP 49/2018 Pasal 40 masih mengikat sesudah UU 20/2023 belum dipastikan',
    en: 'The cap of {batasJp} is not applied (setting batasPppkBerlaku): whether PP 49/2018 Pasal 40 still binds after UU 20/2023 is unconfirmed',
    units: { batasJp: jamPelajaran },
  },
});
