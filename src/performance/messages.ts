import type { MessageCatalogue } from '../core/explain.js';
import { deepFreeze } from '../core/freeze.js';
import { catalogueOf } from '../core/messages.js';
import { PREDIKAT_KINERJA_MESSAGES } from './predikat-kinerja.messages.js';

/** Reason texts and labels of the performance domain, in Bahasa Indonesia and English. */
const legacy: MessageCatalogue = deepFreeze({
  messages: {
    'performance.nilaiKinerjaPp30.bobot': {
      id: 'Nilai kinerja = {bobotSkp} × nilai SKP {nilaiSkp} + {bobotPerilaku} × nilai perilaku kerja {nilaiPerilaku} = {nilai} (bobot {bobot})',
      en: 'Performance score = {bobotSkp} × SKP score {nilaiSkp} + {bobotPerilaku} × work-behaviour score {nilaiPerilaku} = {nilai} (weights {bobot})',
    },
    'performance.nilaiKinerjaPp30.sangatBaik': {
      id: 'Nilai {nilai} berada pada 110–120 dan PNS menciptakan ide baru atau cara baru: predikat {predikat}',
      en: 'Score {nilai} is within 110–120 and the civil servant created a new idea or way of working: rating {predikat}',
    },
    'performance.nilaiKinerjaPp30.tanpaInovasi': {
      id: 'Nilai {nilai} berada pada 110–120 tetapi tanpa ide baru atau cara baru, sehingga tidak berpredikat Sangat Baik',
      en: 'Score {nilai} is within 110–120 but without a new idea or way of working, so it is not rated Sangat Baik',
    },
    'performance.nilaiKinerjaPp30.rentang': {
      id: 'Nilai {nilai} berada pada rentang {rentang}: predikat {predikat}',
      en: 'Score {nilai} is within {rentang}: rating {predikat}',
    },
    'performance.kurvaDistribusi.sesuai': {
      id: 'Predikat {predikat}: {jumlah} dari {total} pegawai ({persenAktual}%) memenuhi batas {jenis} {persenBatas}% (batas {batasOrang} orang)',
      en: 'Rating {predikat}: {jumlah} of {total} employees ({persenAktual}%) meets the {jenis} limit of {persenBatas}% (head-count limit {batasOrang})',
    },
    'performance.kurvaDistribusi.melanggar': {
      id: 'Predikat {predikat}: {jumlah} dari {total} pegawai ({persenAktual}%) melanggar batas {jenis} {persenBatas}% (batas {batasOrang} orang)',
      en: 'Rating {predikat}: {jumlah} of {total} employees ({persenAktual}%) breaches the {jenis} limit of {persenBatas}% (head-count limit {batasOrang})',
    },
    'performance.kurvaDistribusi.tanpaBatas': {
      id: 'Pola distribusi untuk predikat organisasi {predikatOrganisasi} tidak memuat batas',
      en: 'The distribution pattern for organisation rating {predikatOrganisasi} sets no limit',
    },
    'performance.capaianSkp.kegiatan': {
      id: 'Kegiatan {nomor} ({nama}): kuantitas {kuantitas}, kualitas {kualitas}, waktu {waktu} (efisiensi {efisiensiWaktu}%), biaya {biaya} (efisiensi {efisiensiBiaya}%); {jumlahAspek} aspek, nilai capaian {nilaiCapaian}',
      en: 'Activity {nomor} ({nama}): quantity {kuantitas}, quality {kualitas}, time {waktu} (efficiency {efisiensiWaktu}%), cost {biaya} (efficiency {efisiensiBiaya}%); {jumlahAspek} aspects, achievement {nilaiCapaian}',
    },
    'performance.capaianSkp.kegiatanTanpaBiaya': {
      id: 'Kegiatan {nomor} ({nama}): kuantitas {kuantitas}, kualitas {kualitas}, waktu {waktu} (efisiensi {efisiensiWaktu}%), tanpa target biaya; {jumlahAspek} aspek, nilai capaian {nilaiCapaian}',
      en: 'Activity {nomor} ({nama}): quantity {kuantitas}, quality {kualitas}, time {waktu} (efficiency {efisiensiWaktu}%), no cost target; {jumlahAspek} aspects, achievement {nilaiCapaian}',
    },
    'performance.capaianSkp.aspekNol': {
      id: 'Kegiatan {nomor}: rumus aspek {aspek} menghasilkan {nilaiRumus} karena realisasi {realisasi} melebihi 176% dari target {target}; nilai aspek paling rendah 0, sehingga dihitung 0',
      en: 'Activity {nomor}: the {aspek} formula gives {nilaiRumus} because the realisation {realisasi} exceeds 176% of the target {target}; an aspect score is at least 0, so it counts as 0',
    },
    'performance.capaianSkp.nilai': {
      id: 'Nilai capaian SKP = rata-rata {jumlahKegiatan} kegiatan {rataRata} + tugas tambahan ({tugasTambahan} kegiatan) {nilaiTugasTambahan} + kreativitas ({kreativitas}) {nilaiKreativitas} = {nilaiSkp}',
      en: 'SKP achievement = mean of {jumlahKegiatan} activities {rataRata} + additional tasks ({tugasTambahan}) {nilaiTugasTambahan} + creativity ({kreativitas}) {nilaiKreativitas} = {nilaiSkp}',
    },
    'performance.sebutanPp46': {
      id: 'Nilai {unsur} {nilai} berada pada rentang {rentang} ({tafsirBatas}): sebutan {sebutan}',
      en: '{unsur} score {nilai} is within {rentang} ({tafsirBatas}): rating {sebutan}',
    },
    'performance.nilaiPrestasiKerjaPp46.perilaku': {
      id: 'Nilai perilaku kerja = jumlah {jumlahNilai} / {jumlahAspek} aspek = {nilaiPerilaku} (jabatan struktural: {jabatanStruktural})',
      en: 'Work-behaviour score = total {jumlahNilai} / {jumlahAspek} aspects = {nilaiPerilaku} (structural position: {jabatanStruktural})',
    },
    'performance.nilaiPrestasiKerjaPp46.bobot': {
      id: 'Nilai prestasi kerja = 60% × nilai SKP {nilaiSkp} + 40% × nilai perilaku kerja {nilaiPerilaku} = {nilaiPrestasiKerja}',
      en: 'Work-performance score = 60% × SKP score {nilaiSkp} + 40% × work-behaviour score {nilaiPerilaku} = {nilaiPrestasiKerja}',
    },
    'performance.penilaianKinerja.rezim': {
      id: 'Periode penilaian yang memuat {asOf} dinilai menurut {rezim} (berlaku {berlakuMulai} s.d. sebelum {berlakuSampai})',
      en: 'The appraisal period containing {asOf} is assessed under {rezim} (in force from {berlakuMulai} until before {berlakuSampai})',
    },
    'performance.penilaianKinerja.rezimBerlaku': {
      id: 'Periode penilaian yang memuat {asOf} dinilai menurut {rezim} (berlaku sejak {berlakuMulai})',
      en: 'The appraisal period containing {asOf} is assessed under {rezim} (in force since {berlakuMulai})',
    },
  },
  labels: {
    DI_ATAS_EKSPEKTASI: { id: 'Di Atas Ekspektasi', en: 'Above Expectations' },
    SESUAI_EKSPEKTASI: { id: 'Sesuai Ekspektasi', en: 'Meets Expectations' },
    DI_BAWAH_EKSPEKTASI: { id: 'Di Bawah Ekspektasi', en: 'Below Expectations' },
    SANGAT_BAIK: { id: 'Sangat Baik', en: 'Very Good (Sangat Baik)' },
    BAIK: { id: 'Baik', en: 'Good (Baik)' },
    BUTUH_PERBAIKAN: { id: 'Butuh Perbaikan', en: 'Needs Improvement (Butuh Perbaikan)' },
    KURANG: { id: 'Kurang', en: 'Poor (Kurang)' },
    SANGAT_KURANG: { id: 'Sangat Kurang', en: 'Very Poor (Sangat Kurang)' },
    CUKUP: { id: 'Cukup', en: 'Fair (Cukup)' },
    BURUK: { id: 'Buruk', en: 'Bad (Buruk)' },
    ISTIMEWA: { id: 'Istimewa', en: 'Outstanding (Istimewa)' },
    SKP: { id: 'SKP', en: 'SKP' },
    WAKTU: { id: 'waktu', en: 'time' },
    BIAYA: { id: 'biaya', en: 'cost' },
    PERILAKU_KERJA: { id: 'perilaku kerja', en: 'work behaviour' },
    PRESTASI_KERJA: { id: 'prestasi kerja', en: 'work performance' },
    BATAS_ATAS_INKLUSIF: { id: 'batas atas inklusif', en: 'upper bounds inclusive' },
    BATAS_BAWAH_BULAT: { id: 'batas bawah bilangan bulat', en: 'whole-number lower bounds' },
    TIDAK_ADA: { id: 'tidak ada', en: 'none' },
    UNIT_KERJA: { id: 'bermanfaat bagi unit kerja', en: 'benefits the work unit' },
    ORGANISASI: { id: 'bermanfaat bagi organisasi', en: 'benefits the organisation' },
    NEGARA: { id: 'bermanfaat bagi negara', en: 'benefits the state' },
    PP_46_2011: { id: 'PP 46/2011', en: 'PP 46/2011' },
    PP_30_2019: { id: 'PP 30/2019', en: 'PP 30/2019' },
    PERMENPANRB_6_2022: { id: 'PermenPANRB 6/2022', en: 'PermenPANRB 6/2022' },
    MAKSIMUM: { id: 'maksimal', en: 'maximum' },
    MINIMUM: { id: 'minimal', en: 'minimum' },
    BULANAN: { id: 'bulanan', en: 'monthly' },
    TRIWULANAN: { id: 'triwulanan', en: 'quarterly' },
    SEMESTERAN: { id: 'semesteran', en: 'half-yearly' },
    TAHUNAN: { id: 'tahunan', en: 'annual' },
    '70_30': { id: '70% SKP / 30% perilaku', en: '70% SKP / 30% behaviour' },
    '60_40': { id: '60% SKP / 40% perilaku (360°)', en: '60% SKP / 40% behaviour (360°)' },
  },
});

const rules = catalogueOf('performance', [PREDIKAT_KINERJA_MESSAGES], legacy.labels);
/** Reason texts and labels of the performance domain, in Bahasa Indonesia and English. */
export const performanceMessages: MessageCatalogue = deepFreeze({ ...rules, messages: { ...legacy.messages, ...rules.messages } });
