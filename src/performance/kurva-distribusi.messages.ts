import { defineMessages } from '../core/messages.js';
import type { KURVA_DISTRIBUSI_RULE_ID } from './kurva-distribusi.js';

/** Reason texts of {@link KURVA_DISTRIBUSI_RULE_ID}. */
export const KURVA_DISTRIBUSI_MESSAGES = defineMessages('performance.kurvaDistribusi' satisfies typeof KURVA_DISTRIBUSI_RULE_ID, {
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
