import type { Bilingual, MessageCatalogue } from '../core/explain.js';
import { GOLONGAN_PNS, type GolonganPns } from './types.js';
import { namaPangkat } from './types.js';
import { deepFreeze } from '../core/freeze.js';
import { catalogueOf } from '../core/messages.js';
import { AKUMULASI_ANGKA_KREDIT_MESSAGES } from './akumulasi-angka-kredit/messages.js';
import { ANGKA_KREDIT_INTEGRASI_MESSAGES } from './angka-kredit-integrasi.messages.js';
import { ANGKA_KREDIT_KONVERSI_MESSAGES } from './angka-kredit-konversi.messages.js';
import { BATAS_USIA_PENSIUN_MESSAGES } from './batas-usia-pensiun.messages.js';
import { KENAIKAN_GAJI_BERKALA_MESSAGES } from './kenaikan-gaji-berkala.messages.js';
import { SYARAT_JABATAN_MESSAGES } from './syarat-jabatan/messages.js';

const KP_REGULER = 'promotion.kenaikanPangkatReguler';
const PERIODE = 'promotion.periodeKenaikanPangkat';
const KP_FUNGSIONAL = 'promotion.kenaikanPangkatFungsional';
const KP_STRUKTURAL = 'promotion.kenaikanPangkatStruktural';
const KP_IJAZAH = 'promotion.kenaikanPangkatPenyesuaianIjazah';
const KP_PRESTASI = 'promotion.kenaikanPangkatPrestasiLuarBiasa';

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
    [`${rule}.masaDalamPangkat`]: {
      id: 'Masa dalam pangkat sejak {mulai}: {tahun} tahun pada {periode} (minimal {minimum} tahun, terpenuhi {tanggalTerpenuhi})',
      en: 'Time in rank since {mulai}: {tahun} year(s) on {periode} (minimum {minimum} year(s), met on {tanggalTerpenuhi})',
    },
    [`${rule}.masaDalamJabatan`]: {
      id: 'Masa dalam jabatan sejak {mulai}: {tahun} tahun pada {periode} (minimal {minimum} tahun, terpenuhi {tanggalTerpenuhi})',
      en: 'Time in post since {mulai}: {tahun} year(s) on {periode} (minimum {minimum} year(s), met on {tanggalTerpenuhi})',
    },
    [`${rule}.pangkatPuncak`]: {
      id: 'Golongan {golongan} adalah pangkat tertinggi PNS',
      en: 'Golongan {golongan} is the highest civil-service rank',
    },
    [`${rule}.hukumanTidakDiperiksa`]: {
      id: 'Hukuman disiplin yang sedang dijalani tidak diperiksa (pengaturan)',
      en: 'Running disciplinary penalties not checked (setting)',
    },
    [`${rule}.hukumanTidakAda`]: {
      id: 'Tidak sedang menjalani hukuman disiplin yang menghalangi pada {tanggal}',
      en: 'No blocking disciplinary penalty running on {tanggal}',
    },
    [`${rule}.diberhentikan`]: {
      id: 'Diberhentikan dengan hormat tidak atas permintaan sendiri sebagai PNS (PDHTAPS) sejak {tmtHukuman}: tidak ada kenaikan pangkat',
      en: 'Dismissed from the civil service (PDHTAPS) from {tmtHukuman}: no promotion',
    },
    [`${rule}.hukumanBerjalan`]: {
      id: 'Sedang menjalani hukuman disiplin {jenis} (TMT {tmtHukuman}, selesai {selesai})',
      en: 'Serving disciplinary penalty {jenis} (from {tmtHukuman}, ends {selesai})',
    },
  };
}

const golonganLabels = Object.fromEntries(
  GOLONGAN_PNS.map((g: GolonganPns) => [g, { id: `${g} (${namaPangkat(g)})`, en: `${g} (${namaPangkat(g)})` }]),
) as Record<GolonganPns, Bilingual>;

const legacy: MessageCatalogue = deepFreeze({
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
    [`${KP_REGULER}.masaKerja`]: {
      id: 'Masa dalam pangkat dihitung sejak {dasar} {mulai}: {tahun} tahun pada {periode} (minimal {minimum} tahun, terpenuhi {tanggalTerpenuhi})',
      en: 'Time in rank counted from {dasar} {mulai}: {tahun} year(s) on {periode} (minimum {minimum} year(s), met on {tanggalTerpenuhi})',
    },
    [`${KP_REGULER}.plafonIjazah`]: {
      id: 'Pangkat tertinggi kenaikan pangkat reguler untuk ijazah {ijazah} adalah {plafon}; golongan tujuan {golonganTujuan}',
      en: 'The highest regular-promotion rank for diploma {ijazah} is {plafon}; target golongan {golonganTujuan}',
    },
    [`${KP_REGULER}.atasan`]: {
      id: 'Golongan tujuan {golonganTujuan} dibandingkan dengan pangkat atasan langsung {golonganAtasan}',
      en: "Target golongan {golonganTujuan} compared with the direct superior's rank {golonganAtasan}",
    },
    [`${KP_REGULER}.atasanTidakBerlaku`]: {
      id: 'Batas pangkat atasan langsung tidak berlaku untuk periode {periode} (dicabut sejak {sejak})',
      en: 'The direct-superior limit does not apply to the {periode} period (revoked from {sejak})',
    },
    [`${KP_REGULER}.atasanTidakDiketahui`]: {
      id: 'Batas pangkat atasan langsung berlaku untuk periode {periode}, tetapi golongan atasan tidak diberikan: tidak diperiksa',
      en: "The direct-superior limit applies to the {periode} period, but the superior's golongan was not given: not checked",
    },

    ...syaratBersama(KP_FUNGSIONAL),
    [`${KP_FUNGSIONAL}.pangkatPuncakJenjang`]: {
      id: 'Golongan {golongan} adalah pangkat tertinggi jenjang {jenjang}',
      en: 'Golongan {golongan} is the highest rank of grade {jenjang}',
    },
    [`${KP_FUNGSIONAL}.tanpaKenaikanJenjang`]: {
      id: 'Golongan {golonganTujuan} di atas rentang jenjang {jenjang}: kenaikan pangkat tanpa kenaikan jenjang (tidak tersedia lowongan)',
      en: 'Golongan {golonganTujuan} is above the range of grade {jenjang}: promotion without grade advancement (no vacancy)',
    },
    [`${KP_FUNGSIONAL}.angkaKredit`]: {
      id: 'Angka kredit kumulatif {akk}, dibutuhkan {kebutuhan} untuk kenaikan pangkat dalam jenjang {jenjang}',
      en: 'Cumulative credit points {akk}, {kebutuhan} needed for a promotion in grade {jenjang}',
    },

    ...syaratBersama(KP_STRUKTURAL),
    [`${KP_STRUKTURAL}.plafonEselon`]: {
      id: 'Jenjang pangkat eselon {eselon}: {terendah} s.d. {tertinggi}; golongan tujuan {golonganTujuan}',
      en: 'Rank range of eselon {eselon}: {terendah} to {tertinggi}; target golongan {golonganTujuan}',
    },
    [`${KP_STRUKTURAL}.satuTingkatDiBawah`]: {
      id: 'Golongan {golongan} satu tingkat di bawah pangkat terendah jenjang ({terendah}): cukup 1 tahun dalam pangkat dan 1 tahun dalam jabatan',
      en: 'Golongan {golongan} is one level below the lowest rank of the range ({terendah}): 1 year in rank and 1 year in post suffice',
    },
    [`${KP_STRUKTURAL}.diBawahJenjang`]: {
      id: 'Golongan {golongan} lebih dari satu tingkat di bawah pangkat terendah jenjang ({terendah})',
      en: 'Golongan {golongan} is more than one level below the lowest rank of the range ({terendah})',
    },

    ...syaratBersama(KP_IJAZAH),
    [`${KP_IJAZAH}.golonganIjazah`]: {
      id: 'Pangkat awal untuk ijazah {ijazah} adalah {golonganTujuan}; golongan sekarang {golongan}',
      en: 'The starting rank for diploma {ijazah} is {golonganTujuan}; current golongan {golongan}',
    },
    [`${KP_IJAZAH}.jabatanSesuai`]: {
      id: 'Jabatan/tugas memerlukan pengetahuan sesuai ijazah {ijazah}',
      en: 'The post or duties need the knowledge of diploma {ijazah}',
    },
    [`${KP_IJAZAH}.ukppi`]: {
      id: 'Lulus ujian kenaikan pangkat penyesuaian ijazah (UKPPI)',
      en: 'Passed the diploma-adjustment promotion exam (UKPPI)',
    },

    ...syaratBersama(KP_PRESTASI),
  },
  labels: {
    ...golonganLabels,
    APRIL_OKTOBER: { id: 'rezim 1 April dan 1 Oktober', en: '1 April and 1 October regime' },
    ENAM_PERIODE: { id: 'rezim enam periode (Peraturan BKN 4/2023)', en: 'six-period regime (BKN Regulation 4/2023)' },
    SETIAP_BULAN: { id: 'rezim setiap bulan (Peraturan BKN 4/2025)', en: 'monthly regime (BKN Regulation 4/2025)' },
    TMT_CPNS: { id: 'TMT CPNS', en: 'TMT CPNS' },
    TMT_PANGKAT: { id: 'TMT pangkat', en: 'TMT of the rank' },
    KGB_TERAKHIR: { id: 'KGB terakhir', en: 'the last KGB' },
    AWAL_BULAN_BERIKUTNYA: { id: 'tanggal 1 bulan berikutnya', en: '1st of the next month' },
    TANGGAL_BUP: { id: 'tanggal mencapai BUP', en: 'the day retirement age is reached' },
    PELAKSANA: { id: 'pelaksana', en: 'staff (pelaksana)' },
    PENGAWAS: { id: 'pengawas', en: 'supervisor (pengawas)' },
    ADMINISTRATOR: { id: 'administrator', en: 'administrator' },
    JPT_PRATAMA: { id: 'JPT pratama', en: 'senior executive (pratama)' },
    JPT_MADYA: { id: 'JPT madya', en: 'senior executive (madya)' },
    JPT_UTAMA: { id: 'JPT utama', en: 'senior executive (utama)' },
    JF_KETERAMPILAN: { id: 'JF keterampilan', en: 'skilled functional post' },
    JF_AHLI_PERTAMA: { id: 'JF Ahli Pertama', en: 'functional post, first expert' },
    JF_AHLI_MUDA: { id: 'JF Ahli Muda', en: 'functional post, junior expert' },
    JF_AHLI_MADYA: { id: 'JF Ahli Madya', en: 'functional post, middle expert' },
    JF_AHLI_UTAMA: { id: 'JF Ahli Utama', en: 'functional post, principal expert' },
    GURU: { id: 'guru', en: 'teacher' },
    DOSEN: { id: 'dosen', en: 'lecturer' },
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
    SARJANA_MUDA: { id: 'Sarjana Muda', en: "Sarjana Muda (bachelor's, junior)" },
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
});

const rules = catalogueOf(
  'promotion',
  [
    ANGKA_KREDIT_KONVERSI_MESSAGES,
    AKUMULASI_ANGKA_KREDIT_MESSAGES,
    ANGKA_KREDIT_INTEGRASI_MESSAGES,
    KENAIKAN_GAJI_BERKALA_MESSAGES,
    BATAS_USIA_PENSIUN_MESSAGES,
    SYARAT_JABATAN_MESSAGES,
  ],
  legacy.labels,
);
/** Reason texts and labels of the promotion domain, in Bahasa Indonesia and English. */
export const promotionMessages: MessageCatalogue = deepFreeze({ ...rules, messages: { ...legacy.messages, ...rules.messages } });
