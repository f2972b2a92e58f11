import { defineMessages } from '../../core/messages.js';

/** Reason texts of `promotion.akumulasiAngkaKredit`. */
export const AKUMULASI_ANGKA_KREDIT_MESSAGES = defineMessages('promotion.akumulasiAngkaKredit', {
  periode: {
    id: 'Periode {dari} s.d. {sampai}: {bulan}/12 × {persentase}% ({predikat}) × {koefisien} ({jenjang}) = {angkaKredit}',
    en: 'Period {dari} to {sampai}: {bulan}/12 × {persentase}% ({predikat}) × {koefisien} ({jenjang}) = {angkaKredit}',
  },
  jumlah: {
    id: 'AKK = AK dasar {akDasar} + AK JF lama {akJfLama} + AK penyesuaian {akPenyesuaian} + kelebihan {akKelebihan} + AK pendidikan {akPendidikan} + AK konversi {akKonversi} = {akk}',
    en: 'AKK = base {akDasar} + legacy {akJfLama} + adjustment {akPenyesuaian} + carried over {akKelebihan} + education {akPendidikan} + conversion {akKonversi} = {akk}',
  },
  kenaikanPangkat: {
    id: 'Kenaikan pangkat {golongan} → {golonganTujuan}: AKK {akk}, dibutuhkan {kebutuhan}',
    en: 'Promotion {golongan} → {golonganTujuan}: AKK {akk}, needed {kebutuhan}',
  },
  pangkatPuncakJenjang: {
    id: 'Golongan {golongan} adalah pangkat tertinggi jenjang {jenjang}: tidak ada kenaikan pangkat',
    en: 'Golongan {golongan} is the highest rank of grade {jenjang}: no further promotion',
  },
  kenaikanJenjang: {
    id: 'Kenaikan jenjang {jenjang} → {jenjangBerikutnya}: AKK dalam jenjang {akkJenjang}, dibutuhkan {kebutuhan}',
    en: 'Grade advancement {jenjang} → {jenjangBerikutnya}: AKK in the grade {akkJenjang}, needed {kebutuhan}',
  },
  jenjangPuncak: {
    id: 'Jenjang {jenjang} adalah jenjang tertinggi kategorinya',
    en: 'Grade {jenjang} is the highest of its category',
  },
  jenjangDidahulukan: {
    id: 'AKK kenaikan pangkat dan kenaikan jenjang sama-sama terpenuhi: kenaikan jenjang dari {jenjang} didahulukan, lalu kenaikan pangkat dengan AK yang sama',
    en: 'Both promotion and grade-advancement AKK are met: grade advancement from {jenjang} comes first, then promotion with the same AK',
  },
  kelebihan: {
    id: 'Kelebihan AKK {kelebihan} diperhitungkan untuk kenaikan pangkat berikutnya dalam jenjang yang sama',
    en: 'Excess AKK {kelebihan} counts toward the next promotion in the same grade',
  },
  kekurangan: {
    id: 'Kekurangan AKK {kekurangan}: dengan predikat {predikat} terpenuhi setelah {bulan} bulan ({tanggal})',
    en: 'AKK shortfall {kekurangan}: at predikat {predikat} met after {bulan} months ({tanggal})',
  },
  kekuranganMelampauiMasaKerja: {
    id: 'Kekurangan AKK {kekurangan}: dengan predikat {predikat} perlu {bulan} bulan, lebih lama dari satu masa kerja ({maksimal} bulan); tidak ada tanggal proyeksi',
    en: 'AKK shortfall {kekurangan}: at predikat {predikat} it takes {bulan} months, longer than a working life ({maksimal} months); no date projected',
  },
  kekuranganMelampauiKalender: {
    id: 'Kekurangan AKK {kekurangan}: dengan predikat {predikat} terpenuhi setelah {bulan} bulan, sesudah {batas}; tidak ada tanggal proyeksi',
    en: 'AKK shortfall {kekurangan}: at predikat {predikat} met after {bulan} months, after {batas}; no date projected',
  },
  kekuranganTanpaProyeksi: {
    id: 'Kekurangan AKK {kekurangan} (tidak ada predikat untuk proyeksi)',
    en: 'AKK shortfall {kekurangan} (no predikat to project with)',
  },
});
