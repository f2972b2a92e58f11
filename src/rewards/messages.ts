import type { MessageCatalogue } from '../core/explain.js';
import { deepFreeze } from '../core/freeze.js';
import { LABEL_POTONGAN_TUKIN } from './potongan-tukin/sebab.js';

const S = 'rewards.satyalancanaKaryaSatya';
const T = 'rewards.potonganTukin';
const K = 'rewards.konsekuensiKinerja';

/** Reason texts and labels of the rewards domain, in Bahasa Indonesia and English. */
export const rewardsMessages: MessageCatalogue = deepFreeze({
  messages: {
    [`${S}.masaKerja`]: {
      id: 'Masa kerja terus-menerus sejak TMT CPNS {tmtCpns} sampai {asOf}: {masaKerjaTahun} tahun',
      en: 'Continuous service from the CPNS TMT {tmtCpns} to {asOf}: {masaKerjaTahun} years',
    },
    [`${S}.hukuman`]: {
      id: 'Pernah dijatuhi hukuman disiplin sedang/berat ({hukuman}, {tmt}; {jumlah} kali): tidak memenuhi syarat',
      en: 'Received a sedang/berat disciplinary penalty ({hukuman}, {tmt}; {jumlah} times): not eligible',
    },
    [`${S}.tanpaHukuman`]: {
      id: 'Tidak pernah dijatuhi hukuman disiplin tingkat sedang atau berat (hukuman ringan tidak menggugurkan)',
      en: 'Never received a sedang or berat disciplinary penalty (ringan penalties do not disqualify)',
    },
    [`${S}.cltn`]: {
      id: 'Pernah menjalani cuti di luar tanggungan negara (mulai {mulai}): tidak memenuhi syarat',
      en: 'Took unpaid leave outside state responsibility (from {mulai}): not eligible',
    },
    [`${S}.cltnDiabaikan`]: {
      id: 'Cuti di luar tanggungan negara (mulai {mulai}) tidak menggugurkan menurut pengaturan',
      en: 'Unpaid leave (from {mulai}) does not disqualify under the setting',
    },
    [`${S}.kelas`]: {
      id: 'Masa kerja {masaKerjaTahun} tahun memenuhi {tahun} tahun: dapat diusulkan {kelas}',
      en: '{masaKerjaTahun} years of service meet the {tahun} years: may be proposed for {kelas}',
    },
    [`${S}.belumCukup`]: {
      id: 'Masa kerja {masaKerjaTahun} tahun belum memenuhi kelas berikutnya; {kelasBerikutnya} dapat dicapai pada {tanggalKelasBerikutnya}',
      en: '{masaKerjaTahun} years of service do not yet meet the next class; {kelasBerikutnya} can be reached on {tanggalKelasBerikutnya}',
    },
    [`${S}.berikutnya`]: {
      id: 'Kelas berikutnya {kelasBerikutnya} dapat dicapai pada {tanggalKelasBerikutnya}',
      en: 'The next class {kelasBerikutnya} can be reached on {tanggalKelasBerikutnya}',
    },
    [`${T}.jamKerja`]: {
      id: 'Terlambat {jumlahTerlambat} kali: {persenTerlambat}%; pulang cepat {jumlahPulangCepat} kali: {persenPulangCepat}%; {hariTanpaRekam} rekam kehadiran tidak ada: {persenTanpaRekam}%',
      en: 'Late {jumlahTerlambat} times: {persenTerlambat}%; left early {jumlahPulangCepat} times: {persenPulangCepat}%; {hariTanpaRekam} missing attendance records: {persenTanpaRekam}%',
    },
    [`${T}.tidakMasuk`]: {
      id: '{hariTidakMasuk} hari tidak masuk × {persenPerHari}% = {persen}%',
      en: '{hariTidakMasuk} days absent × {persenPerHari}% = {persen}%',
    },
    [`${T}.hukuman`]: {
      id: 'Sedang menjalani {hukuman}: potongan {persen}% selama {bulan} bulan ({mulai})',
      en: 'Serving {hukuman}: {persen}% cut for {bulan} months ({mulai})',
    },
    [`${T}.hukumanTetap`]: {
      id: 'Dijatuhi {hukuman}: potongan {persen}% selama berlaku',
      en: 'Under {hukuman}: {persen}% cut for as long as it lasts',
    },
    [`${T}.predikat`]: {
      id: 'Predikat kinerja {predikat}: potongan {persen}%',
      en: 'Performance rating {predikat}: {persen}% cut',
    },
    [`${T}.berturutTurut`]: {
      id: 'Tidak masuk {hariBerturutTurut} hari kerja berturut-turut (minimal {minimalHari}): potongan {persen}% untuk bulan ini',
      en: 'Absent {hariBerturutTurut} consecutive working days (at least {minimalHari}): {persen}% cut for the month',
    },
    [`${T}.total`]: {
      id: 'Jadwal {jadwal}, bulan {bulan}: jumlah potongan {persen}% (batas {batas}%)',
      en: 'Schedule {jadwal}, month {bulan}: total cut {persen}% (cap {batas}%)',
    },
    [`${T}.dibatasi`]: {
      id: 'Jadwal {jadwal}, bulan {bulan}: jumlah potongan melebihi batas, dibatasi {persen}% (batas {batas}%)',
      en: 'Schedule {jadwal}, month {bulan}: the cuts exceed the cap and are capped at {persen}% (cap {batas}%)',
    },
    [`${T}.rupiah`]: {
      id: 'Tunjangan Rp{tukin} × {persen}% = potongan Rp{potonganRupiah} (pembulatan rupiah {pembulatan}); diterima Rp{diterimaRupiah}',
      en: 'Allowance Rp{tukin} × {persen}% = cut Rp{potonganRupiah} (rupiah rounding {pembulatan}); paid Rp{diterimaRupiah}',
    },
    [`${T}.historis`]: {
      id: 'Jadwal {jadwal} adalah jadwal historis (berlaku sampai {sampai}; diganti {pengganti}): dipakai untuk bulan lampau dan audit, bukan jadwal yang berlaku sekarang',
      en: 'Schedule {jadwal} is historical (in force until {sampai}; replaced by {pengganti}): for past months and audits, not the schedule in force today',
    },
    [`${T}.diLuarCakupan`]: {
      id: 'Jadwal {jadwal} tidak mencakup {sebab}: cadangan pustaka (pengaturan sebabDiLuarCakupan: CADANGAN), {cadangan} = {persen}%; bukan bunyi peraturan',
      en: 'Schedule {jadwal} does not cover {sebab}: library fallback (setting sebabDiLuarCakupan: CADANGAN), {cadangan} = {persen}%; not the regulation’s text',
    },
    [`${T}.sifatDipotong`]: {
      id: '{hukuman}: pelanggaran {sifat}, unsur {unsur}: dikenai potongan tunjangan (non-administratif, atau administratif dengan inisiatif pribadi, kesengajaan dan/atau berulang)',
      en: '{hukuman}: {sifat} violation, unsur {unsur}: the allowance is cut (non-administrative, or administrative on own initiative, on purpose and/or repeated)',
    },
    [`${T}.sifatTanpaPotongan`]: {
      id: '{hukuman}: pelanggaran {sifat} tanpa unsur inisiatif pribadi, kesengajaan atau pengulangan: tidak dikenai potongan tunjangan',
      en: '{hukuman}: {sifat} violation without own initiative, purpose or repetition: the allowance is not cut',
    },
    [`${T}.setiapHukuman`]: {
      id: '{hukuman}: dipotong tanpa memeriksa sifat pelanggaran (pengaturan potonganHukuman: SETIAP_HUKUMAN; pedoman hanya memotong pelanggaran non-administratif dan administratif yang memenuhi unsur)',
      en: '{hukuman}: cut without checking the nature of the violation (setting potonganHukuman: SETIAP_HUKUMAN; the pedoman cuts only for non-administrative violations and administrative ones with an unsur)',
    },
    [`${K}.tidakMemenuhi`]: {
      id: 'Predikat tahunan {predikat}: tidak memenuhi target kinerja',
      en: 'Annual rating {predikat}: performance target not met',
    },
    [`${K}.memenuhi`]: {
      id: 'Predikat tahunan {predikat}: target kinerja terpenuhi',
      en: 'Annual rating {predikat}: performance target met',
    },
    [`${K}.pppk`]: {
      id: 'PPPK tidak memenuhi target kinerja yang disepakati: pemutusan hubungan perjanjian kerja dengan hormat tidak atas permintaan sendiri',
      en: 'A PPPK who misses the agreed performance target: contract ended with honour, not at own request',
    },
    [`${K}.perbaikan`]: {
      id: 'Diberi kesempatan {bulan} bulan untuk memperbaiki kinerja, sampai {batasPerbaikan}',
      en: 'Given {bulan} months to improve performance, until {batasPerbaikan}',
    },
    [`${K}.membaik`]: {
      id: 'Kinerja membaik dalam masa perbaikan (sampai {batasPerbaikan}): tidak ada tindakan lanjutan',
      en: 'Performance improved within the improvement period (until {batasPerbaikan}): no further action',
    },
    [`${K}.ujiKompetensi`]: {
      id: 'JPT tidak membaik setelah {batasPerbaikan}: uji kompetensi kembali, lalu dipindahkan ke jabatan yang sesuai atau lebih rendah',
      en: 'A JPT who has not improved after {batasPerbaikan}: competency test again, then moved to a suitable or lower post',
    },
    [`${K}.penempatan`]: {
      id: 'Ditempatkan pada jabatan yang sesuai kompetensinya paling lama sampai {batasPenempatan} (lowongan sesuai: {lowonganSesuaiTersedia})',
      en: 'Placed in a post matching the competence until {batasPenempatan} at the latest (suitable vacancy: {lowonganSesuaiTersedia})',
    },
    [`${K}.pemberhentian`]: {
      id: 'Setelah {batasPenempatan} tidak ada lowongan yang sesuai kompetensinya: diberhentikan dengan hormat',
      en: 'After {batasPenempatan} no vacancy matches the competence: dismissed with honour',
    },
  },
  labels: {
    SLKS_X: { id: 'Satyalancana Karya Satya X Tahun', en: 'Satyalancana Karya Satya, 10 years' },
    SLKS_XX: { id: 'Satyalancana Karya Satya XX Tahun', en: 'Satyalancana Karya Satya, 20 years' },
    SLKS_XXX: { id: 'Satyalancana Karya Satya XXX Tahun', en: 'Satyalancana Karya Satya, 30 years' },
    BULAN_TMT: { id: 'mulai bulan TMT', en: 'from the month of the TMT' },
    BULAN_BERIKUTNYA: { id: 'mulai bulan berikutnya', en: 'from the following month' },
    KE_ATAS: { id: 'ke atas', en: 'up' },
    ...LABEL_POTONGAN_TUKIN,
  },
});
