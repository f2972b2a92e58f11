import type { MessageCatalogue } from '../core/explain.js';
import { deepFreeze } from '../core/freeze.js';

/** Reason texts and labels of the competency domain, in Bahasa Indonesia and English. */
export const competencyMessages: MessageCatalogue = deepFreeze({
  messages: {
    // jobPersonMatch
    'competency.jobPersonMatch.kompetensi': {
      id: '{kompetensi} ({kelompok}): level {aktual} terhadap standar {standar}, selisih {selisih}',
      en: '{kompetensi} ({kelompok}): level {aktual} against standard {standar}, gap {selisih}',
    },
    'competency.jobPersonMatch.diabaikan': {
      id: 'Kompetensi di luar standar jabatan tidak dihitung: {kompetensi}',
      en: 'Competencies outside the job standard are not counted: {kompetensi}',
    },
    'competency.jobPersonMatch.rumus': {
      id: 'JPM = jumlah nilai capaian {jumlahAktual} ÷ jumlah level standar {jumlahStandar} × 100 % = {persen} % (batas per kompetensi: {perItemCap})',
      en: 'JPM = achieved total {jumlahAktual} ÷ standard total {jumlahStandar} × 100 % = {persen} % (per-competency cap: {perItemCap})',
    },
    'competency.jobPersonMatch.batasAkhir': {
      id: 'JPM {persenMentah} % dibatasi menjadi 100 %',
      en: 'JPM {persenMentah} % is capped at 100 %',
    },
    'competency.jobPersonMatch.kategori': {
      id: 'JPM {persen} % berada pada rentang {rentang} untuk {skema}: {kategori}',
      en: 'JPM {persen} % is within {rentang} for {skema}: {kategori}',
    },
    // kotakTalenta
    'competency.kotakTalenta.skorKinerja': {
      id: 'Skor kinerja {skor} (ambang di atas ekspektasi {ambangAtas}, sesuai ekspektasi {ambangSesuai}): {kinerja}',
      en: 'Performance score {skor} (thresholds above expectations {ambangAtas}, meets expectations {ambangSesuai}): {kinerja}',
    },
    'competency.kotakTalenta.skorPotensial': {
      id: 'Skor potensial {skor} (ambang tinggi {ambangTinggi}, menengah {ambangMenengah}): potensial {potensial}',
      en: 'Potential score {skor} (thresholds high {ambangTinggi}, medium {ambangMenengah}): potential {potensial}',
    },
    'competency.kotakTalenta.predikat': {
      id: 'Predikat kinerja {predikat} dipetakan ke status kinerja {kinerja}',
      en: 'Performance rating {predikat} maps to performance status {kinerja}',
    },
    'competency.kotakTalenta.kotak': {
      id: 'Kinerja {kinerja} dan potensial {potensial}: kotak {kotak} ({penomoran})',
      en: 'Performance {kinerja} and potential {potensial}: box {kotak} ({penomoran})',
    },
    'competency.kotakTalenta.rekomendasi': {
      id: 'Rekomendasi kotak {kotak}: {rekomendasi}',
      en: 'Recommendations for box {kotak}: {rekomendasi}',
    },
    'competency.kotakTalenta.talenta': {
      id: 'Kotak {kotak} termasuk kelompok rencana suksesi (talent pool)',
      en: 'Box {kotak} belongs to the succession pool (talent pool)',
    },
    'competency.kotakTalenta.bukanTalenta': {
      id: 'Kotak {kotak} tidak termasuk kelompok rencana suksesi (hanya kotak 7, 8, 9)',
      en: 'Box {kotak} is not in the succession pool (boxes 7, 8, 9 only)',
    },
    // penempatanOptimal
    'competency.penempatanOptimal.tujuan': {
      id: 'Penempatan {jumlahKandidat} kandidat pada {jumlahFormasi} formasi dengan prioritas {prioritas}, kecocokan minimum {minimumKecocokan}; pasangan terlarang tidak ditempatkan',
      en: 'Placing {jumlahKandidat} candidates in {jumlahFormasi} posts with priority {prioritas}, minimum fit {minimumKecocokan}; forbidden pairs are not placed',
    },
    'competency.penempatanOptimal.terlarang': {
      id: '{kandidat} tidak boleh ditempatkan pada {formasi} (pasangan terlarang; alasan: {alasan})',
      en: '{kandidat} may not be placed in {formasi} (forbidden pair; reason: {alasan})',
    },
    'competency.penempatanOptimal.ditempatkan': {
      id: '{kandidat} ditempatkan pada {formasi} dengan kecocokan {kecocokan} (kecocokan terbaiknya {kecocokanTerbaik})',
      en: '{kandidat} is placed in {formasi} with fit {kecocokan} (their best fit {kecocokanTerbaik})',
    },
    'competency.penempatanOptimal.tanpaFormasi': {
      id: '{kandidat} tidak ditempatkan: tidak ada formasi yang boleh diisinya dengan kecocokan minimum {minimumKecocokan}',
      en: '{kandidat} is not placed: no post they may fill with the minimum fit {minimumKecocokan}',
    },
    'competency.penempatanOptimal.kalah': {
      id: '{kandidat} tidak ditempatkan: formasi terbaiknya {formasi} (kecocokan {kecocokan}) diberikan kepada {pemegang} karena total kecocokan lebih besar',
      en: '{kandidat} is not placed: their best post {formasi} (fit {kecocokan}) goes to {pemegang} because the total fit is larger',
    },
    'competency.penempatanOptimal.kosongTanpaKandidat': {
      id: 'Formasi {formasi} kosong: tidak ada kandidat yang memenuhi',
      en: 'Post {formasi} stays empty: no eligible candidate',
    },
    'competency.penempatanOptimal.kosongDipilihLain': {
      id: 'Formasi {formasi} kosong: kandidat yang memenuhi lebih optimal ditempatkan di formasi lain',
      en: 'Post {formasi} stays empty: its eligible candidates are better placed elsewhere',
    },
    'competency.penempatanOptimal.total': {
      id: 'Total kecocokan maksimum {totalKecocokan} dengan {jumlahDitempatkan} penempatan',
      en: 'Maximum total fit {totalKecocokan} with {jumlahDitempatkan} placements',
    },
    // masaMutasi
    'competency.masaMutasi.belum': {
      id: 'TMT jabatan {tmtJabatan}: pada {asOf} baru {bulan} bulan dalam jabatan; mutasi paling cepat {palingCepat}',
      en: 'Post taken up {tmtJabatan}: on {asOf} only {bulan} months in post; transfer from {palingCepat}',
    },
    'competency.masaMutasi.memenuhi': {
      id: 'TMT jabatan {tmtJabatan}: pada {asOf} sudah {bulan} bulan dalam jabatan, dalam rentang mutasi {palingCepat} s.d. {palingLambat}',
      en: 'Post taken up {tmtJabatan}: on {asOf} {bulan} months in post, within the transfer window {palingCepat} to {palingLambat}',
    },
    'competency.masaMutasi.melewati': {
      id: 'TMT jabatan {tmtJabatan}: pada {asOf} sudah {bulan} bulan dalam jabatan, melewati batas paling lama {palingLambat} (dimulai {palingCepat})',
      en: 'Post taken up {tmtJabatan}: on {asOf} {bulan} months in post, beyond the maximum of {palingLambat} (window opened {palingCepat})',
    },
    // kelompokRencanaSuksesi
    'competency.kelompokRencanaSuksesi.kompetensi': {
      id: 'Kompetensi sesuai klasifikasi jabatan: {terpenuhi}',
      en: 'Competency matches the job classification: {terpenuhi}',
    },
    'competency.kelompokRencanaSuksesi.pengembangan': {
      id: 'Kewajiban pengembangan kompetensi terpenuhi: {terpenuhi}',
      en: 'Competency-development duty fulfilled: {terpenuhi}',
    },
    'competency.kelompokRencanaSuksesi.kinerja': {
      id: 'Predikat kinerja 2 tahun terakhir {predikat1} dan {predikat2} (paling kurang Baik)',
      en: 'Performance ratings of the last 2 years {predikat1} and {predikat2} (at least Baik)',
    },
    // nilaiSeleksiJpt
    'competency.nilaiSeleksiJpt.komponen': {
      id: '{komponen}: nilai {nilai} × bobot {bobot} % = {hasil}',
      en: '{komponen}: score {nilai} × weight {bobot} % = {hasil}',
    },
    'competency.nilaiSeleksiJpt.total': { id: 'Nilai akhir seleksi {nilai}', en: 'Final selection score {nilai}' },
    // peringkatKandidat
    'competency.peringkatKandidat.golongan': {
      id: '{kandidat}: golongan {golongan}, minimum {minimum}',
      en: '{kandidat}: golongan {golongan}, minimum {minimum}',
    },
    'competency.peringkatKandidat.pendidikan': {
      id: '{kandidat}: pendidikan {pendidikan}, minimum {minimum}',
      en: '{kandidat}: education {pendidikan}, minimum {minimum}',
    },
    'competency.peringkatKandidat.predikat': {
      id: '{kandidat}: predikat kinerja 2 tahun terakhir {predikat1} dan {predikat2} (paling kurang Baik)',
      en: '{kandidat}: performance ratings of the last 2 years {predikat1} and {predikat2} (at least Baik)',
    },
    'competency.peringkatKandidat.hukuman': {
      id: '{kandidat}: hukuman disiplin sedang/berat yang berjalan pada {asOf}: {hukuman}',
      en: '{kandidat}: moderate/severe disciplinary penalty running on {asOf}: {hukuman}',
    },
    'competency.peringkatKandidat.usia': {
      id: '{kandidat}: usia {usia} tahun, paling tinggi {maksimum}',
      en: '{kandidat}: age {usia}, at most {maksimum}',
    },
    'competency.peringkatKandidat.masaMutasi': {
      id: '{kandidat}: TMT jabatan {tmtJabatan}, mutasi paling cepat {palingCepat}',
      en: '{kandidat}: post taken up {tmtJabatan}, transfer from {palingCepat}',
    },
    'competency.peringkatKandidat.urutan': {
      id: 'Peringkat {peringkat}: {kandidat} dengan kecocokan {kecocokan}',
      en: 'Rank {peringkat}: {kandidat} with fit {kecocokan}',
    },
    'competency.peringkatKandidat.seri': {
      id: 'Peringkat {peringkat}: {kandidat} dengan kecocokan {kecocokan}, sama dengan {sebelumnya}; seri diputus menurut golongan lebih tinggi, lalu id',
      en: 'Rank {peringkat}: {kandidat} with fit {kecocokan}, equal to {sebelumnya}; tie broken by higher golongan, then id',
    },
    // jpmTertimbang
    'competency.jpmTertimbang.bobot': {
      id: 'JPM keseluruhan {jenjang} = {bobotTeknis} % × teknis {jpmTeknis} + {bobotMansoskul} % × manajerial-sosial kultural {jpmMansoskul} = {persen} %: {kategori}',
      en: 'Overall JPM {jenjang} = {bobotTeknis} % × technical {jpmTeknis} + {bobotMansoskul} % × managerial/socio-cultural {jpmMansoskul} = {persen} %: {kategori}',
    },
    'competency.jpmTertimbang.lulus': {
      id: 'Lulus uji kompetensi bila JPM keseluruhan {persen} % paling rendah {minimum} %',
      en: 'The competency test is passed when the overall JPM {persen} % is at least {minimum} %',
    },
  },
  labels: {
    AHLI_MADYA: { id: 'Ahli Madya', en: 'Ahli Madya (senior expert)' },
    AHLI_MUDA: { id: 'Ahli Muda', en: 'Ahli Muda (junior expert)' },
    AHLI_PERTAMA: { id: 'Ahli Pertama', en: 'Ahli Pertama (entry expert)' },
    BELUM_MEMENUHI: { id: 'belum memenuhi', en: 'not yet' },
    MELEWATI_BATAS: { id: 'melewati batas', en: 'beyond the maximum' },
    makalah: { id: 'Penulisan makalah', en: 'Paper' },
    assessmentCenter: { id: 'Assessment center', en: 'Assessment centre' },
    wawancara: { id: 'Wawancara', en: 'Interview' },
    rekamJejak: { id: 'Rekam jejak', en: 'Track record' },
    TOTAL_KECOCOKAN: { id: 'total kecocokan terbesar', en: 'largest total fit' },
    JUMLAH_TERISI: { id: 'formasi terisi terbanyak', en: 'most posts filled' },
    MANAJERIAL: { id: 'manajerial', en: 'managerial' },
    SOSIAL_KULTURAL: { id: 'sosial kultural', en: 'socio-cultural' },
    TEKNIS: { id: 'teknis', en: 'technical' },
    PEMETAAN: { id: 'pemetaan kompetensi', en: 'competency mapping' },
    PENGISIAN_JABATAN: { id: 'pengisian jabatan', en: 'filling a post' },
    OPTIMAL: { id: 'Optimal', en: 'Optimal' },
    CUKUP_OPTIMAL: { id: 'Cukup Optimal', en: 'Fairly Optimal' },
    KURANG_OPTIMAL: { id: 'Kurang Optimal', en: 'Less than Optimal' },
    MEMENUHI_SYARAT: { id: 'Memenuhi Syarat (MS)', en: 'Qualified (MS)' },
    MASIH_MEMENUHI_SYARAT: { id: 'Masih Memenuhi Syarat (MMS)', en: 'Still Qualified (MMS)' },
    KURANG_MEMENUHI_SYARAT: { id: 'Kurang Memenuhi Syarat (KMS)', en: 'Not Sufficiently Qualified (KMS)' },
    TINGGI: { id: 'tinggi', en: 'high' },
    MENENGAH: { id: 'menengah', en: 'medium' },
    RENDAH: { id: 'rendah', en: 'low' },
    PERMENPANRB_3_2020: { id: 'penomoran PermenPANRB 3/2020', en: 'PermenPANRB 3/2020 numbering' },
    KEMENKEU: { id: 'penomoran Kemenkeu', en: 'Ministry of Finance numbering' },
    DIPROMOSIKAN_DAN_DIPERTAHANKAN: { id: 'Dipromosikan dan dipertahankan', en: 'Promote and retain' },
    MASUK_KRS_INSTANSI_NASIONAL: {
      id: 'Masuk kelompok rencana suksesi instansi/nasional',
      en: 'Enter the agency/national succession pool',
    },
    PENGHARGAAN: { id: 'Penghargaan', en: 'Award' },
    DIPERTAHANKAN: { id: 'Dipertahankan', en: 'Retain' },
    MASUK_KRS_INSTANSI: { id: 'Masuk kelompok rencana suksesi instansi', en: 'Enter the agency succession pool' },
    ROTASI_PERLUASAN_JABATAN: { id: 'Rotasi/perluasan jabatan', en: 'Rotation/job enlargement' },
    ROTASI_PENGAYAAN_JABATAN: { id: 'Rotasi/pengayaan jabatan', en: 'Rotation/job enrichment' },
    ROTASI: { id: 'Rotasi', en: 'Rotation' },
    TUGAS_BELAJAR: { id: 'Tugas belajar', en: 'Study assignment' },
    PENEMPATAN_YANG_SESUAI: { id: 'Penempatan yang sesuai', en: 'Suitable placement' },
    BIMBINGAN_KINERJA: { id: 'Bimbingan kinerja', en: 'Performance coaching' },
    KONSELING_KINERJA: { id: 'Konseling kinerja', en: 'Performance counselling' },
    PENGEMBANGAN_KOMPETENSI: { id: 'Pengembangan kompetensi', en: 'Competency development' },
    DIPROSES_SESUAI_KETENTUAN: {
      id: 'Diproses sesuai ketentuan peraturan perundang-undangan',
      en: 'Handled under the applicable regulations',
    },
  },
});
