import { defineMessages } from '../core/messages.js';

/** Reason texts of `discipline.tanggalBerlakuHukuman`. */
export const TANGGAL_BERLAKU_HUKUMAN_MESSAGES = defineMessages('discipline.tanggalBerlakuHukuman', {
  upayaAdministratif: {
    id: 'Upaya administratif diajukan: hukuman berlaku sesuai keputusan upaya administratif, {tmt}',
    en: 'An administrative appeal was filed: the penalty takes effect as its decision says, {tmt}',
  },
  hariKe: {
    id: 'Diterima {tanggalDiterima}; berlaku pada hari ke-{hariKe} ({satuanHari}, hari penerimaan tidak dihitung, {libur} hari libur dalam kalender): {tmt}',
    en: 'Received {tanggalDiterima}; in force on day {hariKe} ({satuanHari}, the receipt day excluded, {libur} holidays in the calendar): {tmt}',
  },
  permanen: {
    id: '{jenis} berlaku {tmt} dan bersifat tetap',
    en: '{jenis} takes effect on {tmt} and is permanent',
  },
  ringan: {
    id: '{jenis} adalah hukuman ringan: berlaku dan selesai dijalani pada {tmt}',
    en: '{jenis} is a light (ringan) penalty: it takes effect and is served on {tmt}',
  },
  durasi: {
    id: '{jenis} berlaku {tmt} selama {durasiBulan} bulan, hari terakhir {hariTerakhir}',
    en: '{jenis} takes effect on {tmt} for {durasiBulan} months, last day {hariTerakhir}',
  },
});
