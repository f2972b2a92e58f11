import { defineMessages } from '../core/messages.js';

/** Reason texts of `promotion.periodeKenaikanPangkat`. */
export const PERIODE_KENAIKAN_PANGKAT_MESSAGES = defineMessages('promotion.periodeKenaikanPangkat', {
  periode: {
    id: 'Periode kenaikan pangkat pertama pada atau setelah {tanggal}: {periode} ({rezim})',
    en: 'First promotion period on or after {tanggal}: {periode} ({rezim})',
  },
  masaUsul: {
    id: 'Usul kenaikan pangkat periode {periode} diterima {mulai} s.d. {selesai}',
    en: 'Proposals for the {periode} period are received from {mulai} to {selesai}',
  },
  masaUsulTidakDiketahui: {
    id: 'Masa usul untuk periode {periode} tidak tersedia dalam sumber',
    en: 'No proposal window is known for the {periode} period',
  },
});
