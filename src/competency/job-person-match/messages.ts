import { RANGE_UNITS } from '../../core/words.js';
import { defineMessages } from '../../core/messages.js';

/** Reason texts of `competency.jobPersonMatch`. */
export const JOB_PERSON_MATCH_MESSAGES = defineMessages('competency.jobPersonMatch', {
  kompetensi: {
    id: '{kompetensi} ({kelompok}): level {aktual} terhadap standar {standar}, selisih {selisih}',
    en: '{kompetensi} ({kelompok}): level {aktual} against standard {standar}, gap {selisih}',
  },
  diabaikan: {
    id: 'Kompetensi di luar standar jabatan tidak dihitung: {kompetensi}',
    en: 'Competencies outside the job standard are not counted: {kompetensi}',
  },
  rumus: {
    id: 'JPM = jumlah nilai capaian {jumlahAktual} ÷ jumlah level standar {jumlahStandar} × 100 % = {persen} % (batas per kompetensi: {batasiCapaianPadaStandar})',
    en: 'JPM = achieved total {jumlahAktual} ÷ standard total {jumlahStandar} × 100 % = {persen} % (per-competency cap: {batasiCapaianPadaStandar})',
  },
  batasAkhir: {
    id: 'JPM {persenMentah} % dibatasi menjadi 100 %',
    en: 'JPM {persenMentah} % is capped at 100 %',
  },
  surplus: {
    id: 'JPM ditampilkan paling tinggi 100 %: {persenTanpaBatas} % = 100 % ditambah surplus {surplusPersen} % dari level di atas standar ({kompetensi}); kategori ditetapkan dari {persenTanpaBatas} %',
    en: 'JPM is shown as at most 100 %: {persenTanpaBatas} % = 100 % plus a surplus of {surplusPersen} % from levels above the standard ({kompetensi}); the category is decided on {persenTanpaBatas} %',
  },
  kategori: {
    id: 'JPM {persen} % berada pada rentang {rentang} untuk {skema}: {kategori}',
    en: 'JPM {persen} % is in the range {rentang} for {skema}: {kategori}',
    units: { rentang: RANGE_UNITS.persen },
  },
});
