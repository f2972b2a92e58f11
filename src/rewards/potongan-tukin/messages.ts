import { defineMessages } from '../../core/messages.js';
import { TEKS_HUKUMAN_DIBATALKAN } from '../../discipline/_bersama/riwayat-hukuman.messages.js';

/** Reason texts of `rewards.potonganTukin`. */
export const POTONGAN_TUKIN_MESSAGES = defineMessages('rewards.potonganTukin', {
  hukumanDibatalkan: TEKS_HUKUMAN_DIBATALKAN,
  jamKerja: {
    id: 'Terlambat {jumlahTerlambat} kali: {persenTerlambat}%; pulang cepat {jumlahPulangCepat} kali: {persenPulangCepat}%; {hariTanpaRekam} rekam kehadiran tidak ada: {persenTanpaRekam}%',
    en: 'Late {jumlahTerlambat} times: {persenTerlambat}%; left early {jumlahPulangCepat} times: {persenPulangCepat}%; {hariTanpaRekam} missing attendance records: {persenTanpaRekam}%',
  },
  tidakMasuk: {
    id: '{hariTidakMasuk} hari tidak masuk × {persenPerHari}% = {persen}%',
    en: '{hariTidakMasuk} days absent × {persenPerHari}% = {persen}%',
  },
  hukuman: {
    id: 'Sedang menjalani {hukuman}: potongan {persen}% selama {bulan} bulan ({mulai})',
    en: 'Serving {hukuman}: {persen}% cut for {bulan} months ({mulai})',
  },
  hukumanTetap: {
    id: 'Dijatuhi {hukuman}: potongan {persen}% selama berlaku',
    en: 'Under {hukuman}: {persen}% cut for as long as it lasts',
  },
  predikat: {
    id: 'Predikat kinerja {predikat}: potongan {persen}%',
    en: 'Performance rating {predikat}: {persen}% cut',
  },
  berturutTurut: {
    id: 'Tidak masuk {hariBerturutTurut} hari kerja berturut-turut (minimal {minimalHari}): potongan {persen}% untuk bulan ini',
    en: 'Absent {hariBerturutTurut} consecutive working days (at least {minimalHari}): {persen}% cut for the month',
  },
  total: {
    id: 'Jadwal {jadwal}, bulan {bulan}: jumlah potongan {persen}% (batas {batas}%)',
    en: 'Schedule {jadwal}, month {bulan}: total cut {persen}% (cap {batas}%)',
  },
  dibatasi: {
    id: 'Jadwal {jadwal}, bulan {bulan}: jumlah potongan melebihi batas, dibatasi {persen}% (batas {batas}%)',
    en: 'Schedule {jadwal}, month {bulan}: the cuts exceed the cap and are capped at {persen}% (cap {batas}%)',
  },
  rupiah: {
    id: 'Tunjangan Rp{tukin} × {persen}% = potongan Rp{potonganRupiah} (pembulatan rupiah {pembulatan}); diterima Rp{diterimaRupiah}',
    en: 'Allowance Rp{tukin} × {persen}% = cut Rp{potonganRupiah} (rupiah rounding {pembulatan}); paid Rp{diterimaRupiah}',
  },
  historis: {
    id: 'Jadwal {jadwal} adalah jadwal historis (berlaku sampai {sampai}; diganti {pengganti}): dipakai untuk bulan lampau dan audit, bukan jadwal yang berlaku sekarang',
    en: 'Schedule {jadwal} is historical (in force until {sampai}; replaced by {pengganti}): for past months and audits, not the schedule in force today',
  },
  diLuarCakupan: {
    id: 'Jadwal {jadwal} tidak mencakup {sebab}: cadangan pustaka (pengaturan sebabDiLuarCakupan: CADANGAN), {cadangan} = {persen}%; bukan bunyi peraturan',
    en: 'Schedule {jadwal} does not cover {sebab}: library fallback (setting sebabDiLuarCakupan: CADANGAN), {cadangan} = {persen}%; not the regulation’s text',
  },
  sifatDipotong: {
    id: '{hukuman}: pelanggaran {sifat}, unsur {unsur}: dikenai potongan tunjangan (non-administratif, atau administratif dengan inisiatif pribadi, kesengajaan dan/atau berulang)',
    en: '{hukuman}: {sifat} violation, unsur {unsur}: the allowance is cut (non-administrative, or administrative on own initiative, on purpose and/or repeated)',
  },
  sifatTanpaPotongan: {
    id: '{hukuman}: pelanggaran {sifat} tanpa unsur inisiatif pribadi, kesengajaan atau pengulangan: tidak dikenai potongan tunjangan',
    en: '{hukuman}: {sifat} violation without own initiative, purpose or repetition: the allowance is not cut',
  },
  setiapHukuman: {
    id: '{hukuman}: dipotong tanpa memeriksa sifat pelanggaran (pengaturan potonganHukuman: SETIAP_HUKUMAN; pedoman hanya memotong pelanggaran non-administratif dan administratif yang memenuhi unsur)',
    en: '{hukuman}: cut without checking the nature of the violation (setting potonganHukuman: SETIAP_HUKUMAN; the pedoman cuts only for non-administrative violations and administrative ones with an unsur)',
  },
});
