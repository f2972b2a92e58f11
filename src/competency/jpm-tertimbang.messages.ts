import { defineMessages } from '../core/messages.js';

/** Reason texts of `competency.jpmTertimbang`. */
export const JPM_TERTIMBANG_MESSAGES = defineMessages('competency.jpmTertimbang', {
  bobot: {
    id: 'JPM keseluruhan {jenjang} = {bobotTeknis} % × teknis {jpmTeknis} + {bobotMansoskul} % × manajerial-sosial kultural {jpmMansoskul} = {persen} %: {kategori}',
    en: 'Overall JPM {jenjang} = {bobotTeknis} % × technical {jpmTeknis} + {bobotMansoskul} % × managerial/socio-cultural {jpmMansoskul} = {persen} %: {kategori}',
  },
  lulus: {
    id: 'Lulus uji kompetensi bila JPM keseluruhan {persen} % paling rendah {minimum} %',
    en: 'The competency test is passed when the overall JPM {persen} % is at least {minimum} %',
  },
});
