import type { Bilingual, MessageCatalogue } from '../core/explain.js';
import { deepFreeze } from '../core/freeze.js';
import { catalogueOf } from '../core/messages.js';
import { KENAIKAN_PANGKAT_FUNGSIONAL_MESSAGES } from './kenaikan-pangkat-fungsional.messages.js';
import { KENAIKAN_PANGKAT_PENYESUAIAN_IJAZAH_MESSAGES } from './kenaikan-pangkat-penyesuaian-ijazah.messages.js';
import { KENAIKAN_PANGKAT_PRESTASI_LUAR_BIASA_MESSAGES } from './kenaikan-pangkat-prestasi-luar-biasa.messages.js';
import { KENAIKAN_PANGKAT_REGULER_MESSAGES } from './kenaikan-pangkat-reguler/messages.js';
import { KENAIKAN_PANGKAT_STRUKTURAL_MESSAGES } from './kenaikan-pangkat-struktural.messages.js';
import { PROMOTION_LABELS } from './labels.js';
import { PERIODE_KENAIKAN_PANGKAT_MESSAGES } from './periode-kenaikan-pangkat.messages.js';

// Texts of the rules not yet beside them (angka kredit, KGB, BUP, syarat jabatan), as they were.
const KONVERSI = 'promotion.angkaKreditKonversi';
const AKUMULASI = 'promotion.akumulasiAngkaKredit';
const KGB = 'promotion.kenaikanGajiBerkala';
const BUP = 'promotion.batasUsiaPensiun';
const SYARAT = 'promotion.syaratJabatan';

const legacy: Record<string, Bilingual> = {
  [`${KGB}.jadwal`]: {
    id: 'KGB jatuh {tahun} tahun sejak {dasar} {dari}: {jadwal}',
    en: 'KGB falls due {tahun} year(s) after {dasar} {dari}: {jadwal}',
  },
  [`${KGB}.penilaian`]: {
    id: 'Penilaian terakhir {predikat} (minimal {minimum})',
    en: 'Latest appraisal {predikat} (minimum {minimum})',
  },
  [`${KGB}.ditunda`]: {
    id: 'KGB yang jatuh {jadwal} ditunda 1 tahun menjadi {tmtKgb}',
    en: 'The KGB due on {jadwal} is postponed by 1 year to {tmtKgb}',
  },

  [`${BUP}.bup`]: { id: 'Batas usia pensiun {jabatan}: {bup} tahun', en: 'Retirement age for {jabatan}: {bup} years' },
  [`${BUP}.bupKhusus`]: {
    id: 'Batas usia pensiun {jabatan} menurut undang-undang khusus: {bup} tahun',
    en: 'Retirement age for {jabatan} under a specific law: {bup} years',
  },
  [`${BUP}.tmtPensiun`]: {
    id: 'Lahir {tanggalLahir}, mencapai BUP pada {tanggalBup}; TMT pensiun {tmtPensiun} ({konvensi})',
    en: 'Born {tanggalLahir}, reaches retirement age on {tanggalBup}; pension TMT {tmtPensiun} ({konvensi})',
  },

  [`${SYARAT}.pendidikan`]: { id: 'Ijazah {ijazah} (minimal {minimum})', en: 'Education {ijazah} (minimum {minimum})' },
  [`${SYARAT}.pengalaman`]: {
    id: 'Pengalaman di bidang terkait {tahun} tahun (minimal {minimum} tahun)',
    en: 'Experience in the related field {tahun} year(s) (minimum {minimum} year(s))',
  },
  [`${SYARAT}.jabatanSebelumnya`]: {
    id: 'Sedang/pernah menduduki {jabatan} selama {tahun} tahun (minimal {minimum} tahun)',
    en: 'Holds or held {jabatan} for {tahun} year(s) (minimum {minimum} year(s))',
  },
  [`${SYARAT}.usia`]: {
    id: 'Usia {usia} tahun pada {tanggal} (paling tinggi {maksimal} tahun)',
    en: 'Age {usia} on {tanggal} (at most {maksimal})',
  },
  [`${SYARAT}.ujiKompetensi`]: { id: 'Lulus uji kompetensi', en: 'Passed the competency test' },
  [`${SYARAT}.penilaian`]: {
    id: 'Penilaian kinerja tahun {tahun}: {predikat} (minimal {minimum})',
    en: 'Performance appraisal {tahun}: {predikat} (minimum {minimum})',
  },
  [`${SYARAT}.penilaianTidakAda`]: {
    id: 'Penilaian kinerja tahun {tahun} tidak tersedia (minimal {minimum})',
    en: 'No performance appraisal for {tahun} (minimum {minimum})',
  },
  [`${SYARAT}.persetujuanPresiden`]: {
    id: 'Persyaratan yang tidak terpenuhi dikecualikan dengan persetujuan Presiden',
    en: "Unmet requirements waived with the President's approval",
  },

  ['promotion.angkaKreditIntegrasi.rumus']: {
    id: 'AK integrasi = AK konvensional {akKonvensional} − nilai dasar {golongan} {nilaiDasar} = {akIntegrasi}',
    en: 'Integrated AK = conventional AK {akKonvensional} − base value of {golongan} {nilaiDasar} = {akIntegrasi}',
  },
  [`${KONVERSI}.rumus`]: {
    id: 'AK = {bulan}/12 × {persentase}% ({predikat}) × koefisien {koefisien} ({jenjang}) = {angkaKredit}',
    en: 'AK = {bulan}/12 × {persentase}% ({predikat}) × coefficient {koefisien} ({jenjang}) = {angkaKredit}',
  },

  [`${AKUMULASI}.periode`]: {
    id: 'Periode {dari} s.d. {sampai}: {bulan}/12 × {persentase}% ({predikat}) × {koefisien} ({jenjang}) = {angkaKredit}',
    en: 'Period {dari} to {sampai}: {bulan}/12 × {persentase}% ({predikat}) × {koefisien} ({jenjang}) = {angkaKredit}',
  },
  [`${AKUMULASI}.jumlah`]: {
    id: 'AKK = AK dasar {akDasar} + AK JF lama {akJfLama} + AK penyesuaian {akPenyesuaian} + kelebihan {akKelebihan} + AK pendidikan {akPendidikan} + AK konversi {akKonversi} = {akk}',
    en: 'AKK = base {akDasar} + legacy {akJfLama} + adjustment {akPenyesuaian} + carried over {akKelebihan} + education {akPendidikan} + conversion {akKonversi} = {akk}',
  },
  [`${AKUMULASI}.kenaikanPangkat`]: {
    id: 'Kenaikan pangkat {golongan} → {golonganTujuan}: AKK {akk}, dibutuhkan {kebutuhan}',
    en: 'Promotion {golongan} → {golonganTujuan}: AKK {akk}, needed {kebutuhan}',
  },
  [`${AKUMULASI}.pangkatPuncakJenjang`]: {
    id: 'Golongan {golongan} adalah pangkat tertinggi jenjang {jenjang}: tidak ada kenaikan pangkat',
    en: 'Golongan {golongan} is the highest rank of grade {jenjang}: no further promotion',
  },
  [`${AKUMULASI}.kenaikanJenjang`]: {
    id: 'Kenaikan jenjang {jenjang} → {jenjangBerikutnya}: AKK dalam jenjang {akkJenjang}, dibutuhkan {kebutuhan}',
    en: 'Grade advancement {jenjang} → {jenjangBerikutnya}: AKK in the grade {akkJenjang}, needed {kebutuhan}',
  },
  [`${AKUMULASI}.jenjangPuncak`]: {
    id: 'Jenjang {jenjang} adalah jenjang tertinggi kategorinya',
    en: 'Grade {jenjang} is the highest of its category',
  },
  [`${AKUMULASI}.jenjangDidahulukan`]: {
    id: 'AKK kenaikan pangkat dan kenaikan jenjang sama-sama terpenuhi: kenaikan jenjang dari {jenjang} didahulukan, lalu kenaikan pangkat dengan AK yang sama',
    en: 'Both promotion and grade-advancement AKK are met: grade advancement from {jenjang} comes first, then promotion with the same AK',
  },
  [`${AKUMULASI}.kelebihan`]: {
    id: 'Kelebihan AKK {kelebihan} diperhitungkan untuk kenaikan pangkat berikutnya dalam jenjang yang sama',
    en: 'Excess AKK {kelebihan} counts toward the next promotion in the same grade',
  },
  [`${AKUMULASI}.kekurangan`]: {
    id: 'Kekurangan AKK {kekurangan}: dengan predikat {predikat} terpenuhi setelah {bulan} bulan ({tanggal})',
    en: 'AKK shortfall {kekurangan}: at predikat {predikat} met after {bulan} months ({tanggal})',
  },
  [`${AKUMULASI}.kekuranganMelampauiMasaKerja`]: {
    id: 'Kekurangan AKK {kekurangan}: dengan predikat {predikat} perlu {bulan} bulan, lebih lama dari satu masa kerja ({maksimal} bulan); tidak ada tanggal proyeksi',
    en: 'AKK shortfall {kekurangan}: at predikat {predikat} it takes {bulan} months, longer than a working life ({maksimal} months); no date projected',
  },
  [`${AKUMULASI}.kekuranganMelampauiKalender`]: {
    id: 'Kekurangan AKK {kekurangan}: dengan predikat {predikat} terpenuhi setelah {bulan} bulan, sesudah {batas}; tidak ada tanggal proyeksi',
    en: 'AKK shortfall {kekurangan}: at predikat {predikat} met after {bulan} months, after {batas}; no date projected',
  },
  [`${AKUMULASI}.kekuranganTanpaProyeksi`]: {
    id: 'Kekurangan AKK {kekurangan} (tidak ada predikat untuk proyeksi)',
    en: 'AKK shortfall {kekurangan} (no predikat to project with)',
  },
};

const rules = catalogueOf(
  'promotion',
  [
    PERIODE_KENAIKAN_PANGKAT_MESSAGES,
    KENAIKAN_PANGKAT_REGULER_MESSAGES,
    KENAIKAN_PANGKAT_FUNGSIONAL_MESSAGES,
    KENAIKAN_PANGKAT_STRUKTURAL_MESSAGES,
    KENAIKAN_PANGKAT_PENYESUAIAN_IJAZAH_MESSAGES,
    KENAIKAN_PANGKAT_PRESTASI_LUAR_BIASA_MESSAGES,
  ],
  PROMOTION_LABELS,
);

/** Reason texts and labels of the promotion domain, in Bahasa Indonesia and English. */
export const promotionMessages: MessageCatalogue = deepFreeze({ ...rules, messages: { ...rules.messages, ...legacy } });
