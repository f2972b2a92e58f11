import type { Bilingual, MessageCatalogue } from '../core/explain.js';
import { GOLONGAN_PNS, type GolonganPns } from './types.js';
import { namaPangkat } from './types.js';
import { deepFreeze } from '../core/freeze.js';

const KP_REGULER = 'promotion.kenaikanPangkatReguler';
const PERIODE = 'promotion.periodeKenaikanPangkat';
const KONVERSI = 'promotion.angkaKreditKonversi';
const AKUMULASI = 'promotion.akumulasiAngkaKredit';
const KP_FUNGSIONAL = 'promotion.kenaikanPangkatFungsional';
const KP_STRUKTURAL = 'promotion.kenaikanPangkatStruktural';
const KP_IJAZAH = 'promotion.kenaikanPangkatPenyesuaianIjazah';
const KP_PRESTASI = 'promotion.kenaikanPangkatPrestasiLuarBiasa';
const KGB = 'promotion.kenaikanGajiBerkala';
const BUP = 'promotion.batasUsiaPensiun';
const SYARAT = 'promotion.syaratJabatan';

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

/** Reason texts and labels of the promotion domain, in Bahasa Indonesia and English. */
export const promotionMessages: MessageCatalogue = deepFreeze({
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
