import { defineMessages } from '../core/messages.js';

/** Reason texts of `merit.jamPelajaranPppk`. */
export const JAM_PELAJARAN_PPPK_MESSAGES = defineMessages('merit.jamPelajaranPppk', {
  kegiatan: {
    id: '{bentuk} ({jalur}, {tanggal}): {jp} JP ({cara})',
    en: '{bentuk} ({jalur}, {tanggal}): {jp} JP ({cara})',
  },
  jumlah: {
    id: 'Tahun perjanjian kerja {mulai} s.d. {akhir}: {jumlahJp} JP dari {jumlahKegiatan} kegiatan',
    en: 'Contract year {mulai} to {akhir}: {jumlahJp} JP from {jumlahKegiatan} activities',
  },
  batas: {
    id: 'Pengembangan kompetensi PPPK paling lama {batasJp} JP dalam 1 tahun masa perjanjian kerja: {jumlahJp} JP, lebih {kelebihanJp} JP',
    en: 'PPPK competency development is at most {batasJp} JP per contract year: {jumlahJp} JP, {kelebihanJp} JP over',
  },
  jptTertentu: {
    id: 'Batas {batasJp} JP tidak berlaku bagi PPPK pada {jabatan}',
    en: 'The {batasJp} JP cap does not apply to a PPPK in {jabatan}',
  },
  batasTidakDiterapkan: {
    id: 'Batas {batasJp} JP tidak diterapkan (setting batasPppkBerlaku): apakah PP 49/2018 Pasal 40 masih mengikat sesudah UU 20/2023 belum dipastikan',
    en: 'The {batasJp} JP cap is not applied (setting batasPppkBerlaku): whether PP 49/2018 Pasal 40 still binds after UU 20/2023 is unconfirmed',
  },
});
