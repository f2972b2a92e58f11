import { defineMessages } from '../core/messages.js';

/** Reason texts of `performance.kurvaDistribusi`. */
export const KURVA_DISTRIBUSI_MESSAGES = defineMessages('performance.kurvaDistribusi', {
  sesuai: {
    id: 'Predikat {predikat}: {jumlah} dari {total} pegawai ({persenAktual}%) memenuhi batas {jenis} {persenBatas}% (batas {batasOrang} orang)',
    en: 'Rating {predikat}: {jumlah} of {total} employees ({persenAktual}%) meets the {jenis} limit of {persenBatas}% (head-count limit {batasOrang})',
  },
  melanggar: {
    id: 'Predikat {predikat}: {jumlah} dari {total} pegawai ({persenAktual}%) melanggar batas {jenis} {persenBatas}% (batas {batasOrang} orang)',
    en: 'Rating {predikat}: {jumlah} of {total} employees ({persenAktual}%) breaches the {jenis} limit of {persenBatas}% (head-count limit {batasOrang})',
  },
  tanpaBatas: {
    id: 'Pola distribusi untuk predikat organisasi {predikatOrganisasi} tidak memuat batas',
    en: 'The distribution pattern for organisation rating {predikatOrganisasi} sets no limit',
  },
});
