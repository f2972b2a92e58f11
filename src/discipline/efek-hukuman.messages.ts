import { defineMessages } from '../core/messages.js';
import { TEKS_HUKUMAN_DIBATALKAN } from './_bersama/riwayat-hukuman.messages.js';

/** Reason texts of `discipline.efekHukuman`. */
export const EFEK_HUKUMAN_MESSAGES = defineMessages('discipline.efekHukuman', {
  berjalan: {
    id: 'Pada {tanggal} PNS sedang menjalani {hukuman} (berlaku {tmt}, berakhir {berakhir})',
    en: 'On {tanggal} the civil servant is serving {hukuman} (from {tmt}, ending {berakhir})',
  },
  diberhentikan: {
    id: 'Sejak {tmt} PNS diberhentikan dengan hormat tidak atas permintaan sendiri (PDHTAPS); pada {tanggal} tidak ada lagi kenaikan gaji berkala maupun kenaikan pangkat',
    en: 'The civil servant was dismissed (PDHTAPS) from {tmt}; on {tanggal} there is no longer any periodic salary step or promotion',
  },
  hukumanDibatalkan: TEKS_HUKUMAN_DIBATALKAN,
  tidakAda: {
    id: 'Pada {tanggal} tidak ada hukuman disiplin yang sedang dijalani',
    en: 'On {tanggal} no disciplinary penalty is being served',
  },
  kgbKpDitunda: {
    id: 'Selama menjalani {hukuman}, PNS tidak diberikan kenaikan gaji berkala dan kenaikan pangkat (pengaturan, belum dikonfirmasi)',
    en: 'While serving {hukuman}, the civil servant receives no periodic salary step or promotion (setting, unconfirmed)',
  },
  kgbKpTidakDitunda: {
    id: '{hukuman} sedang berjalan, tetapi pengaturan tidak menunda kenaikan gaji berkala dan kenaikan pangkat',
    en: '{hukuman} is running, but the setting does not postpone salary steps and promotions',
  },
  tanpaKpPengabdian: {
    id: 'PNS diberhentikan dengan PDHTAPS: tidak diberikan kenaikan pangkat pengabdian',
    en: 'The civil servant was dismissed by PDHTAPS: no service-based final promotion',
  },
});
