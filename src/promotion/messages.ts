import type { Bilingual, MessageCatalogue } from '../core/explain.js';
import { GOLONGAN, type Golongan } from './types.js';
import { namaPangkat } from './types.js';

const KP_REGULER = 'promotion.kenaikanPangkatReguler';
const PERIODE = 'promotion.periodeKenaikanPangkat';
const KONVERSI = 'promotion.angkaKreditKonversi';
const AKUMULASI = 'promotion.akumulasiAngkaKredit';

/** Texts of the conditions shared by several promotion rules, under a rule's own code prefix. */
function syaratBersama(rule: string): Record<string, Bilingual> {
  return {
    [`${rule}.periode`]: {
      id: 'Periode kenaikan pangkat yang dinilai: {periode} (periode pertama pada atau setelah {asOf})',
      en: 'Promotion period assessed: {periode} (the first period on or after {asOf})',
    },
    [`${rule}.penilaian`]: {
      id: 'Penilaian kinerja tahun {tahun}: {predikat} (minimal {minimum})',
      en: 'Performance appraisal {tahun}: {predikat} (minimum {minimum})',
    },
    [`${rule}.penilaianTidakAda`]: {
      id: 'Penilaian kinerja tahun {tahun} tidak tersedia (minimal {minimum})',
      en: 'No performance appraisal for {tahun} (minimum {minimum})',
    },
    [`${rule}.ujianDinasTidakDiperlukan`]: {
      id: 'Kenaikan dari {dari} ke {ke} tidak memerlukan ujian dinas',
      en: 'Moving from {dari} to {ke} needs no civil-service exam',
    },
    [`${rule}.ujianDinasLulus`]: { id: 'Telah lulus ujian dinas {ujian}', en: 'Passed the civil-service exam {ujian}' },
    [`${rule}.ujianDinasDibebaskan`]: {
      id: 'Dibebaskan dari ujian dinas {ujian} karena {dasar} (ijazah {ijazah})',
      en: 'Exempt from the civil-service exam {ujian} by {dasar} (diploma {ijazah})',
    },
    [`${rule}.ujianDinasBelumLulus`]: {
      id: 'Kenaikan dari {dari} ke {ke} memerlukan ujian dinas {ujian}, yang belum lulus dan tidak dibebaskan',
      en: 'Moving from {dari} to {ke} needs the civil-service exam {ujian}, not passed and not exempt',
    },
    [`${rule}.hukumanTidakDiperiksa`]: {
      id: 'Hukuman disiplin yang sedang dijalani tidak diperiksa (pengaturan)',
      en: 'Running disciplinary penalties not checked (setting)',
    },
    [`${rule}.hukumanTidakAda`]: {
      id: 'Tidak sedang menjalani hukuman disiplin yang menghalangi pada {tanggal}',
      en: 'No blocking disciplinary penalty running on {tanggal}',
    },
    [`${rule}.hukumanBerjalan`]: {
      id: 'Sedang menjalani hukuman disiplin {jenis} (TMT {tmtHukuman}, selesai {selesai})',
      en: 'Serving disciplinary penalty {jenis} (from {tmtHukuman}, ends {selesai})',
    },
  };
}

const golonganLabels = Object.fromEntries(
  GOLONGAN.map((g: Golongan) => [g, { id: `${g} (${namaPangkat(g)})`, en: `${g} (${namaPangkat(g)})` }]),
) as Record<Golongan, Bilingual>;

/** Reason texts and labels of the promotion domain, in Bahasa Indonesia and English. */
export const promotionMessages: MessageCatalogue = {
  messages: {
    [`${PERIODE}.periode`]: {
      id: 'Periode kenaikan pangkat pertama pada atau setelah {tanggal}: {periode} ({rezim})',
      en: 'First promotion period on or after {tanggal}: {periode} ({rezim})',
    },
    [`${PERIODE}.masaUsul`]: {
      id: 'Usul kenaikan pangkat periode {periode} diterima {mulai} s.d. {selesai}',
      en: 'Proposals for the {periode} period are received from {mulai} to {selesai}',
    },
    [`${PERIODE}.masaUsulTidakDiketahui`]: {
      id: 'Masa usul untuk periode {periode} tidak tersedia dalam sumber',
      en: 'No proposal window is known for the {periode} period',
    },

    ...syaratBersama(KP_REGULER),
    [`${KP_REGULER}.pangkatPuncak`]: {
      id: 'Golongan {golongan} adalah pangkat tertinggi PNS',
      en: 'Golongan {golongan} is the highest civil-service rank',
    },
    [`${KP_REGULER}.masaKerja`]: {
      id: 'Masa dalam pangkat dihitung sejak {dasar} {mulai}: {tahun} tahun pada {periode} (minimal {minimum} tahun, terpenuhi {tanggalTerpenuhi})',
      en: 'Time in rank counted from {dasar} {mulai}: {tahun} years on {periode} (minimum {minimum} years, met on {tanggalTerpenuhi})',
    },
    [`${KP_REGULER}.plafonIjazah`]: {
      id: 'Pangkat tertinggi kenaikan pangkat reguler untuk ijazah {ijazah} adalah {plafon}; golongan tujuan {golonganTujuan}',
      en: 'The highest regular-promotion rank for diploma {ijazah} is {plafon}; target golongan {golonganTujuan}',
    },
    [`${KP_REGULER}.atasan`]: {
      id: 'Golongan tujuan {golonganTujuan} dibandingkan dengan pangkat atasan langsung {golonganAtasan}',
      en: 'Target golongan {golonganTujuan} compared with the direct superior\'s rank {golonganAtasan}',
    },
    [`${KP_REGULER}.atasanTidakBerlaku`]: {
      id: 'Batas pangkat atasan langsung tidak berlaku untuk periode {periode} (dicabut sejak {sejak})',
      en: 'The direct-superior limit does not apply to the {periode} period (revoked from {sejak})',
    },
    [`${KP_REGULER}.atasanTidakDiketahui`]: {
      id: 'Batas pangkat atasan langsung berlaku untuk periode {periode}, tetapi golongan atasan tidak diberikan: tidak diperiksa',
      en: 'The direct-superior limit applies to the {periode} period, but the superior\'s golongan was not given: not checked',
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
    [`${AKUMULASI}.kekuranganTanpaProyeksi`]: {
      id: 'Kekurangan AKK {kekurangan} (tidak ada predikat untuk proyeksi)',
      en: 'AKK shortfall {kekurangan} (no predikat to project with)',
    },
  },
  labels: {
    ...golonganLabels,
    APRIL_OKTOBER: { id: 'rezim 1 April dan 1 Oktober', en: '1 April and 1 October regime' },
    ENAM_PERIODE: { id: 'rezim enam periode (Peraturan BKN 4/2023)', en: 'six-period regime (BKN Regulation 4/2023)' },
    SETIAP_BULAN: { id: 'rezim setiap bulan (Peraturan BKN 4/2025)', en: 'monthly regime (BKN Regulation 4/2025)' },
    TMT_CPNS: { id: 'TMT CPNS', en: 'TMT CPNS' },
    TMT_PANGKAT: { id: 'TMT pangkat', en: 'TMT of the rank' },
    TINGKAT_I: { id: 'Tingkat I', en: 'Level I' },
    TINGKAT_II: { id: 'Tingkat II', en: 'Level II' },
    IJAZAH: { id: 'ijazah', en: 'diploma' },
    DIKLAT_KEPEMIMPINAN: { id: 'diklat kepemimpinan', en: 'leadership training' },
    SD: { id: 'SD', en: 'primary school' },
    SLTP: { id: 'SLTP', en: 'junior secondary school' },
    SLTP_KEJURUAN: { id: 'SLTP Kejuruan', en: 'vocational junior secondary school' },
    SLTA: { id: 'SLTA', en: 'senior secondary school' },
    SLTA_KEJURUAN: { id: 'SLTA Kejuruan', en: 'vocational senior secondary school' },
    D_I: { id: 'Diploma I', en: 'Diploma I' },
    D_II: { id: 'Diploma II', en: 'Diploma II' },
    SGPLB: { id: 'SGPLB', en: 'SGPLB (special-education teacher school)' },
    D_III: { id: 'Diploma III', en: 'Diploma III' },
    SARJANA_MUDA: { id: 'Sarjana Muda', en: 'Sarjana Muda (bachelor\'s, junior)' },
    AKADEMI: { id: 'Akademi', en: 'Academy' },
    BAKALOREAT: { id: 'Bakaloreat', en: 'Baccalaureate' },
    S1: { id: 'Sarjana (S1)', en: 'Bachelor (S1)' },
    D_IV: { id: 'Diploma IV', en: 'Diploma IV' },
    DOKTER: { id: 'Dokter', en: 'Medical doctor' },
    DOKTER_GIGI: { id: 'Dokter Gigi', en: 'Dentist' },
    APOTEKER: { id: 'Apoteker', en: 'Pharmacist' },
    S2: { id: 'Magister (S2)', en: 'Master (S2)' },
    S3: { id: 'Doktor (S3)', en: 'Doctorate (S3)' },
    PEMULA: { id: 'Pemula', en: 'Pemula (entry)' },
    TERAMPIL: { id: 'Terampil', en: 'Terampil (skilled)' },
    MAHIR: { id: 'Mahir', en: 'Mahir (proficient)' },
    PENYELIA: { id: 'Penyelia', en: 'Penyelia (supervisor)' },
    AHLI_PERTAMA: { id: 'Ahli Pertama', en: 'Ahli Pertama (first expert)' },
    AHLI_MUDA: { id: 'Ahli Muda', en: 'Ahli Muda (junior expert)' },
    AHLI_MADYA: { id: 'Ahli Madya', en: 'Ahli Madya (middle expert)' },
    AHLI_UTAMA: { id: 'Ahli Utama', en: 'Ahli Utama (principal expert)' },
  },
};
