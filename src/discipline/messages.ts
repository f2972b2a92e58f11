import type { Bilingual, MessageCatalogue } from '../core/explain.js';
import { deepFreeze } from '../core/freeze.js';
import { catalogueOf } from '../core/messages.js';
import { BENTUK_HUKUMAN_MESSAGES } from './bentuk-hukuman.messages.js';
import { HUKUMAN_KETIDAKHADIRAN_MESSAGES } from './hukuman-ketidakhadiran.messages.js';
import { DISCIPLINE_LABELS } from './labels.js';
import { PEMUTUSAN_PPPK_MESSAGES } from './pemutusan-pppk.messages.js';
import { PENINGKATAN_HUKUMAN_KETIDAKHADIRAN_MESSAGES } from './peningkatan-hukuman-ketidakhadiran.messages.js';
import { PENYESUAIAN_GAJI_KETIDAKHADIRAN_MESSAGES } from './penyesuaian-gaji-ketidakhadiran.messages.js';
import { REKAP_KETIDAKHADIRAN_MESSAGES } from './rekap-ketidakhadiran/messages.js';

const rules = catalogueOf(
  'discipline',
  [
    HUKUMAN_KETIDAKHADIRAN_MESSAGES,
    PENINGKATAN_HUKUMAN_KETIDAKHADIRAN_MESSAGES,
    REKAP_KETIDAKHADIRAN_MESSAGES,
    PENYESUAIAN_GAJI_KETIDAKHADIRAN_MESSAGES,
    PEMUTUSAN_PPPK_MESSAGES,
    BENTUK_HUKUMAN_MESSAGES,
  ],
  DISCIPLINE_LABELS,
);

// Texts of the rules not yet beside them (hukumanPelanggaran, hukumanBeberapaPelanggaran, tanggalBerlakuHukuman,
// gabungHukuman, efekHukuman, kewenanganMenghukum, hukumanAtasanLalai): converted on their own branch.
const T = 'discipline.tanggalBerlakuHukuman';
const G = 'discipline.gabungHukuman';
const H = 'discipline.hukumanPelanggaran';
const B = 'discipline.hukumanBeberapaPelanggaran';
const E = 'discipline.efekHukuman';
const W = 'discipline.kewenanganMenghukum';
const A = 'discipline.hukumanAtasanLalai';

const legacy: Record<string, Bilingual> = {
  [`${T}.upayaAdministratif`]: {
    id: 'Upaya administratif diajukan: hukuman berlaku sesuai keputusan upaya administratif, {tmt}',
    en: 'An administrative appeal was filed: the penalty takes effect as its decision says, {tmt}',
  },
  [`${T}.hariKe`]: {
    id: 'Diterima {tanggalDiterima}; berlaku pada hari ke-{hariKe} ({satuanHari}, hari penerimaan tidak dihitung, {libur} hari libur dalam kalender): {tmt}',
    en: 'Received {tanggalDiterima}; in force on day {hariKe} ({satuanHari}, the receipt day excluded, {libur} holidays in the calendar): {tmt}',
  },
  [`${T}.permanen`]: {
    id: '{jenis} berlaku {tmt} dan bersifat tetap',
    en: '{jenis} takes effect on {tmt} and is permanent',
  },
  [`${T}.ringan`]: {
    id: '{jenis} adalah hukuman ringan: berlaku dan selesai dijalani pada {tmt}',
    en: '{jenis} is a ringan penalty: it takes effect and is served on {tmt}',
  },
  [`${T}.durasi`]: {
    id: '{jenis} berlaku {tmt} selama {durasiBulan} bulan, hari terakhir {hariTerakhir}',
    en: '{jenis} takes effect on {tmt} for {durasiBulan} months, last day {hariTerakhir}',
  },
  [`${G}.sudahSelesai`]: {
    id: '{berjalan} sudah selesai pada {selesaiBerjalan}, sebelum {baru} berlaku {tmtBaru}: tidak bersamaan',
    en: '{berjalan} was over on {selesaiBerjalan}, before {baru} takes effect on {tmtBaru}: not concurrent',
  },
  [`${G}.lebihBerat`]: {
    id: '{baru} lebih berat dari {berjalan}: {berjalan} dianggap selesai dan {baru} berlaku {tmtBaru}',
    en: '{baru} is heavier than {berjalan}: {berjalan} is deemed complete and {baru} takes effect on {tmtBaru}',
  },
  [`${G}.menunggu`]: {
    id: '{baru} tidak lebih berat dari {berjalan}: {baru} (semula {tmtBaru}) dijalankan setelah {berjalan} selesai, mulai {tmtBaruDijadwalkan}',
    en: '{baru} is not heavier than {berjalan}: {baru} (set for {tmtBaru}) is served after {berjalan} ends, from {tmtBaruDijadwalkan}',
  },
  [`${G}.tidakDapatDijalani`]: {
    id: '{baru} (semula {tmtBaru}) tidak lebih berat dari {berjalan} yang bersifat tetap: tidak dapat dijalani ({tmtBaruDijadwalkan})',
    en: '{baru} (set for {tmtBaru}) is not heavier than the permanent {berjalan}: it cannot be served ({tmtBaruDijadwalkan})',
  },
  [`${H}.tetap`]: {
    id: 'Pelanggaran {ketentuan}: selalu hukuman disiplin {tingkat} (dampak {dampak})',
    en: 'Breach of {ketentuan}: always a {tingkat} penalty (impact {dampak})',
  },
  [`${H}.pengaturan`]: {
    id: 'Pelanggaran {ketentuan}: transkripsi Pasal 12–14 tidak mencantumkan tingkatnya; hukuman disiplin {tingkat} menurut pengaturan tingkatIkutKampanye (belum dikonfirmasi; dampak {dampak})',
    en: 'Breach of {ketentuan}: the transcriptions of Articles 12–14 list no level for it; {tingkat} penalty per the setting tingkatIkutKampanye (unconfirmed; impact {dampak})',
  },
  [`${H}.jabatan`]: {
    id: 'Pelanggaran {ketentuan} oleh {jabatan}: hukuman disiplin {tingkat}',
    en: 'Breach of {ketentuan} by {jabatan}: {tingkat} penalty',
  },
  [`${H}.dampak`]: {
    id: 'Pelanggaran {ketentuan} berdampak negatif pada {dampak}: hukuman disiplin {tingkat}',
    en: 'Breach of {ketentuan} with negative impact on {dampak}: {tingkat} penalty',
  },
  [`${H}.dampakTidakTercantum`]: {
    id: 'Pelanggaran {ketentuan}: tingkat untuk dampak pada {dampak} tidak tercantum; dipakai tingkat untuk dampak terdekat {dampakTerdekat}: hukuman disiplin {tingkat} (pengaturan)',
    en: 'Breach of {ketentuan}: no level is listed for impact on {dampak}; the level for the nearest impact {dampakTerdekat} applies: {tingkat} penalty (setting)',
  },
  [`${H}.pengulangan`]: {
    id: 'Pengulangan pelanggaran yang sama: hanya jenis hukuman {tingkat} yang lebih berat dari hukuman terakhir {hukumanTerakhir}',
    en: 'Repeated breach: only {tingkat} penalty types heavier than the last penalty {hukumanTerakhir}',
  },
  [`${H}.pengulanganNaikTingkat`]: {
    id: 'Pengulangan pelanggaran yang sama: hukuman terakhir {hukumanTerakhir} tidak lebih ringan dari tingkat ini, sehingga dijatuhkan {hukuman} (hukuman disiplin {tingkat})',
    en: 'Repeated breach: the last penalty {hukumanTerakhir} is not lighter than this level, so {hukuman} is imposed ({tingkat} penalty)',
  },
  [`${B}.terberat`]: {
    id: '{jumlahPelanggaran} pelanggaran dalam satu pemeriksaan: dijatuhkan satu hukuman disiplin, tingkat terberat {tingkat}',
    en: '{jumlahPelanggaran} breaches in one examination: one penalty is imposed, at the heaviest level {tingkat}',
  },
  [`${E}.berjalan`]: {
    id: 'Pada {tanggal} PNS sedang menjalani {hukuman} (berlaku {tmt}, berakhir {berakhir})',
    en: 'On {tanggal} the civil servant is serving {hukuman} (from {tmt}, ending {berakhir})',
  },
  [`${E}.diberhentikan`]: {
    id: 'Sejak {tmt} PNS diberhentikan dengan hormat tidak atas permintaan sendiri (PDHTAPS); pada {tanggal} tidak ada lagi kenaikan gaji berkala maupun kenaikan pangkat',
    en: 'The civil servant was dismissed (PDHTAPS) from {tmt}; on {tanggal} there is no longer any periodic salary step or promotion',
  },
  [`${E}.tidakAda`]: {
    id: 'Pada {tanggal} tidak ada hukuman disiplin yang sedang dijalani',
    en: 'On {tanggal} no disciplinary penalty is being served',
  },
  [`${E}.kgbKpDitunda`]: {
    id: 'Selama menjalani {hukuman}, PNS tidak diberikan kenaikan gaji berkala dan kenaikan pangkat (pengaturan, belum dikonfirmasi)',
    en: 'While serving {hukuman}, the civil servant receives no periodic salary step or promotion (setting, unconfirmed)',
  },
  [`${E}.kgbKpTidakDitunda`]: {
    id: '{hukuman} sedang berjalan, tetapi pengaturan tidak menunda kenaikan gaji berkala dan kenaikan pangkat',
    en: '{hukuman} is running, but the setting does not postpone salary steps and promotions',
  },
  [`${E}.tanpaKpPengabdian`]: {
    id: 'PNS diberhentikan dengan PDHTAPS: tidak diberikan kenaikan pangkat pengabdian',
    en: 'The civil servant was dismissed by PDHTAPS: no service-based final promotion',
  },
  [`${W}.berwenang`]: {
    id: '{pejabat} berwenang menjatuhkan {jumlahJenis} jenis hukuman disiplin kepada {sasaran} (matriks {matriks})',
    en: '{pejabat} may impose {jumlahJenis} penalty types on {sasaran} (matrix {matriks})',
  },
  [`${W}.tidakBerwenang`]: {
    id: '{pejabat} tidak berwenang menghukum {sasaran} (matriks {matriks}; jumlah jenis {jumlahJenis})',
    en: '{pejabat} has no power to punish {sasaran} (matrix {matriks}; {jumlahJenis} types)',
  },
  [`${A}.lebihBerat`]: {
    id: 'Atasan yang tidak menjatuhkan {hukumanSeharusnya} dijatuhi hukuman yang lebih berat: {hukuman} (hukuman disiplin {tingkat})',
    en: 'A superior who did not impose {hukumanSeharusnya} receives a heavier penalty: {hukuman} ({tingkat} penalty)',
  },
};

/** Reason texts and labels of the discipline domain, in Bahasa Indonesia and English. */
export const disciplineMessages: MessageCatalogue = deepFreeze({ ...rules, messages: { ...rules.messages, ...legacy } });
