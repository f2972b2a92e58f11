import type { MessageCatalogue } from '../core/explain.js';
import { deepFreeze } from '../core/freeze.js';

/** Reason texts and labels of the pelayanan domain, in Bahasa Indonesia and English. */
export const pelayananMessages: MessageCatalogue = deepFreeze({
  messages: {
    'pelayanan.ikm.pedoman': {
      id: 'Survei pada periode yang memuat {asOf} mengikuti {pedoman} (diambil berlaku {berlakuMulai} s.d. sebelum {berlakuSampai}): {jumlahUnsur} unsur',
      en: 'A survey in the period containing {asOf} follows {pedoman} (taken as in force from {berlakuMulai} until before {berlakuSampai}): {jumlahUnsur} unsur',
    },
    'pelayanan.ikm.pedomanBerlaku': {
      id: 'Survei pada periode yang memuat {asOf} mengikuti {pedoman} (diambil berlaku sejak {berlakuMulai}): {jumlahUnsur} unsur',
      en: 'A survey in the period containing {asOf} follows {pedoman} (taken as in force since {berlakuMulai}): {jumlahUnsur} unsur',
    },
    'pelayanan.ikm.pedomanPeralihan': {
      id: 'Survei pada periode yang memuat {asOf}, tahun pertama pedoman berikutnya, dilakukan menurut {pedoman} sebagaimana dinyatakan (berlaku {berlakuMulai} s.d. sebelum {berlakuSampai}): {jumlahUnsur} unsur',
      en: 'A survey in the period containing {asOf}, the first year of the next pedoman, was run under {pedoman} as stated (in force from {berlakuMulai} until before {berlakuSampai}): {jumlahUnsur} unsur',
    },
    'pelayanan.ikm.jawabanKosong': {
      id: '{jumlahKosong} jawaban kosong dari {jumlahResponden} responden diabaikan: NRR setiap unsur dihitung atas responden yang menjawabnya',
      en: '{jumlahKosong} unanswered items from {jumlahResponden} respondents are left out: each NRR is computed over the respondents who answered that unsur',
    },
    'pelayanan.ikm.nrr': {
      id: 'Unsur {unsur}: NRR = jumlah nilai {jumlahNilai} ÷ {jumlahJawaban} jawaban = {nrr}',
      en: 'Unsur {unsur}: NRR = sum of scores {jumlahNilai} ÷ {jumlahJawaban} answers = {nrr}',
    },
    'pelayanan.ikm.nrrRingkasan': {
      id: 'Unsur {unsur}: NRR {nrr} sebagaimana diringkas (jumlah jawaban {jumlahJawaban})',
      en: 'Unsur {unsur}: NRR {nrr} as summarised (answers {jumlahJawaban})',
    },
    'pelayanan.ikm.indeks': {
      id: 'Nilai indeks = Σ NRR × bobot {bobot} ({bobotUnsur}; {jumlahUnsur} unsur; pembulatan NRR: {desimalNrr}) = {nilaiIndeks}; IKM unit pelayanan = nilai indeks × 25 = {ikm}',
      en: 'Index value = Σ NRR × weight {bobot} ({bobotUnsur}; {jumlahUnsur} unsur; NRR rounding: {desimalNrr}) = {nilaiIndeks}; service-unit IKM = index value × 25 = {ikm}',
    },
    'pelayanan.ikm.mutu': {
      id: 'IKM {nilai} ({tafsirCelah}) mencapai batas bawah mutu {mutu} ({nikDari}) dan tidak mencapai batas mutu di atasnya pada tabel {tabelMutu}: nilai interval konversi {nikDari}–{nikSampai} (nilai interval {niDari}–{niSampai}), mutu pelayanan {mutu}, kinerja unit {kinerjaUnit}',
      en: 'IKM {nilai} ({tafsirCelah}) reaches the lower bound of mutu {mutu} ({nikDari}) and not that of a higher mutu in the {tabelMutu} table: converted interval {nikDari}–{nikSampai} (interval {niDari}–{niSampai}), service quality {mutu}, unit performance {kinerjaUnit}',
    },
    'pelayanan.ikm.prioritas': {
      id: 'Prioritas perbaikan (NRR terendah, mulai {nrrTerendah}): {prioritas}',
      en: 'Improvement priorities (lowest NRR, from {nrrTerendah}): {prioritas}',
    },
    'pelayanan.ikm.sampelCukup': {
      id: 'Populasi {populasi} pengguna layanan: sampel minimum {sampelMinimum} ({metode}); {jumlahResponden} responden mencukupi',
      en: 'Population of {populasi} service users: minimum sample {sampelMinimum} ({metode}); {jumlahResponden} respondents suffice',
    },
    'pelayanan.ikm.sampelKurang': {
      id: 'Populasi {populasi} pengguna layanan: sampel minimum {sampelMinimum} ({metode}); {jumlahResponden} responden tidak mencukupi',
      en: 'Population of {populasi} service users: minimum sample {sampelMinimum} ({metode}); {jumlahResponden} respondents fall short',
    },
    'pelayanan.ikm.sampelTidakDiketahui': {
      id: 'Populasi {populasi} pengguna layanan: sampel minimum {sampelMinimum} ({metode}); jumlah responden {jumlahResponden} tidak diketahui dari ringkasan, sehingga kecukupan sampel tidak dapat diperiksa',
      en: 'Population of {populasi} service users: minimum sample {sampelMinimum} ({metode}); the number of respondents {jumlahResponden} is not known from the summary, so the sample cannot be checked',
    },
    'pelayanan.predikatOrganisasiIkm.pemetaan': {
      id: 'Mutu pelayanan {mutu} → predikat organisasi {predikatOrganisasi} menurut pemetaan {pemetaan}; ini bukan ketentuan peraturan: tidak ada teks yang dibaca yang menetapkan predikat organisasi dari IKM',
      en: 'Service quality {mutu} → organisation rating {predikatOrganisasi} by the {pemetaan} mapping; this is not a regulation’s rule: no text read sets the organisation rating from the IKM',
    },
  },
  labels: {
    PERSYARATAN: { id: 'Persyaratan', en: 'Requirements (Persyaratan)' },
    SISTEM_MEKANISME_PROSEDUR: { id: 'Sistem, Mekanisme, dan Prosedur', en: 'System, mechanism and procedure' },
    WAKTU_PENYELESAIAN: { id: 'Waktu Penyelesaian', en: 'Completion time' },
    BIAYA_TARIF: { id: 'Biaya/Tarif', en: 'Cost/tariff' },
    PRODUK_SPESIFIKASI_JENIS_PELAYANAN: { id: 'Produk Spesifikasi Jenis Pelayanan', en: 'Service product specification' },
    KOMPETENSI_PELAKSANA: { id: 'Kompetensi Pelaksana', en: 'Staff competence' },
    PERILAKU_PELAKSANA: { id: 'Perilaku Pelaksana', en: 'Staff behaviour' },
    PENANGANAN_PENGADUAN: { id: 'Penanganan Pengaduan, Saran dan Masukan', en: 'Handling of complaints, suggestions and feedback' },
    SARANA_PRASARANA: { id: 'Sarana dan Prasarana', en: 'Facilities and infrastructure' },
    MAKLUMAT_PELAYANAN: { id: 'Maklumat Pelayanan', en: 'Service charter (Maklumat Pelayanan)' },
    PROSEDUR_PELAYANAN: { id: 'Prosedur pelayanan', en: 'Service procedure' },
    PERSYARATAN_PELAYANAN: { id: 'Persyaratan pelayanan', en: 'Service requirements' },
    KEJELASAN_PETUGAS: { id: 'Kejelasan petugas pelayanan', en: 'Clarity of service staff' },
    KEDISIPLINAN_PETUGAS: { id: 'Kedisiplinan petugas pelayanan', en: 'Discipline of service staff' },
    TANGGUNG_JAWAB_PETUGAS: { id: 'Tanggung jawab petugas pelayanan', en: 'Responsibility of service staff' },
    KEMAMPUAN_PETUGAS: { id: 'Kemampuan petugas pelayanan', en: 'Ability of service staff' },
    KECEPATAN_PELAYANAN: { id: 'Kecepatan pelayanan', en: 'Speed of service' },
    KEADILAN_PELAYANAN: { id: 'Keadilan mendapatkan pelayanan', en: 'Fairness of access to service' },
    KESOPANAN_KERAMAHAN_PETUGAS: { id: 'Kesopanan dan keramahan petugas', en: 'Courtesy and friendliness of staff' },
    KEWAJARAN_BIAYA: { id: 'Kewajaran biaya pelayanan', en: 'Reasonableness of the cost' },
    KEPASTIAN_BIAYA: { id: 'Kepastian biaya pelayanan', en: 'Certainty of the cost' },
    KEPASTIAN_JADWAL: { id: 'Kepastian jadwal pelayanan', en: 'Certainty of the schedule' },
    KENYAMANAN_LINGKUNGAN: { id: 'Kenyamanan lingkungan', en: 'Comfort of the surroundings' },
    KEAMANAN_PELAYANAN: { id: 'Keamanan pelayanan', en: 'Security of the service' },
    KEPMENPAN_25_2004: { id: 'KepmenPAN 25/M.PAN/2/2004', en: 'KepmenPAN 25/M.PAN/2/2004' },
    PERMENPANRB_16_2014: { id: 'PermenPANRB 16/2014', en: 'PermenPANRB 16/2014' },
    PERMENPANRB_14_2017: { id: 'PermenPANRB 14/2017', en: 'PermenPANRB 14/2017' },
    SANGAT_BAIK: { id: 'Sangat Baik', en: 'Very Good (Sangat Baik)' },
    BAIK: { id: 'Baik', en: 'Good (Baik)' },
    KURANG_BAIK: { id: 'Kurang Baik', en: 'Poor (Kurang Baik)' },
    TIDAK_BAIK: { id: 'Tidak Baik', en: 'Not good (Tidak Baik)' },
    ISTIMEWA: { id: 'Istimewa', en: 'Outstanding (Istimewa)' },
    BUTUH_PERBAIKAN: { id: 'Butuh Perbaikan', en: 'Needs Improvement (Butuh Perbaikan)' },
    KURANG: { id: 'Kurang', en: 'Poor (Kurang)' },
    SANGAT_KURANG: { id: 'Sangat Kurang', en: 'Very Poor (Sangat Kurang)' },
    EKSAK: { id: 'bobot eksak 1/n', en: 'exact weight 1/n' },
    TERCETAK: { id: 'bobot tercetak', en: 'printed weight' },
    DESIMAL: { id: 'bobot yang ditetapkan', en: 'weight as set' },
    TANPA_PEMBULATAN: { id: 'tanpa pembulatan', en: 'none' },
    BULATKAN_DULU: { id: 'dibulatkan 2 desimal', en: 'rounded to 2 decimals' },
    AMBANG_BAWAH: { id: 'tanpa pembulatan', en: 'unrounded' },
    TABEL_KREJCIE_MORGAN: { id: 'tabel Krejcie & Morgan 1970', en: 'Krejcie & Morgan 1970 table' },
    RUMUS_BULAT_ATAS: { id: 'rumus Krejcie & Morgan, dibulatkan ke atas', en: 'Krejcie & Morgan formula, rounded up' },
    PERINGKAT_SEJAJAR: { id: 'ilustrasi pustaka (peringkat sejajar)', en: "library's illustrative (rank-aligned)" },
    INSTANSI: { id: 'instansi', en: "agency's own" },
  },
});
