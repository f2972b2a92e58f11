import { defineMessages } from '../../core/messages.js';

/** Reason texts of `competency.peringkatKandidat`. */
export const PERINGKAT_KANDIDAT_MESSAGES = defineMessages('competency.peringkatKandidat', {
  golongan: {
    id: '{kandidat}: golongan {golongan}, minimum {minimum}',
    en: '{kandidat}: golongan {golongan}, minimum {minimum}',
  },
  pendidikan: {
    id: '{kandidat}: pendidikan {pendidikan}, minimum {minimum}',
    en: '{kandidat}: education {pendidikan}, minimum {minimum}',
  },
  predikat: {
    id: '{kandidat}: predikat kinerja 2 tahun terakhir {predikat1} dan {predikat2} (paling kurang Baik)',
    en: '{kandidat}: performance ratings of the last 2 years {predikat1} and {predikat2} (at least Baik)',
  },
  hukumanDibatalkan: {
    id: '{kandidat}: {jenis} (TMT {tmtHukuman}) dibatalkan pada {tanggalDibatalkan} ({dasarPembatalan}): tidak diperhitungkan',
    en: '{kandidat}: {jenis} (TMT {tmtHukuman}) was annulled on {tanggalDibatalkan} ({dasarPembatalan}): it does not count',
  },
  hukuman: {
    id: '{kandidat}: hukuman disiplin sedang/berat yang berjalan pada {asOf}: {hukuman}',
    en: '{kandidat}: moderate/severe disciplinary penalty running on {asOf}: {hukuman}',
  },
  usia: {
    id: '{kandidat}: usia {usia} tahun, paling tinggi {maksimum}',
    en: '{kandidat}: age {usia}, at most {maksimum}',
  },
  masaMutasi: {
    id: '{kandidat}: TMT jabatan {tmtJabatan}, mutasi paling cepat {tanggalPalingCepat}',
    en: '{kandidat}: post taken up {tmtJabatan}, transfer from {tanggalPalingCepat}',
  },
  urutan: {
    id: 'Peringkat {peringkat}: {kandidat} dengan kecocokan {kecocokan}',
    en: 'Rank {peringkat}: {kandidat} with fit {kecocokan}',
  },
  seri: {
    id: 'Peringkat {peringkat}: {kandidat} dengan kecocokan {kecocokan}, sama dengan {sebelumnya}; seri diputus menurut golongan lebih tinggi, lalu id',
    en: 'Rank {peringkat}: {kandidat} with fit {kecocokan}, equal to {sebelumnya}; tie broken by higher golongan, then id',
  },
});
