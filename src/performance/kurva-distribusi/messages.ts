import { defineMessages } from '../../core/messages.js';

/** Reason texts of `performance.kurvaDistribusi`. */
export const KURVA_DISTRIBUSI_MESSAGES = defineMessages('performance.kurvaDistribusi', {
  sesuai: {
    id: 'Predikat {predikat}: {jumlah} dari {total} pegawai ({persenAktual}%) memenuhi batas {jenis} {persenBatas}% (batas {batasOrang} orang)',
    en: 'Rating {predikat}: {jumlah} of {total} employees ({persenAktual}%) meets the {jenis} limit of {persenBatas}% (head-count limit {batasOrang})',
  },
  diLuarPola: {
    id: 'Predikat {predikat}: {jumlah} dari {total} pegawai ({persenAktual}%) di luar pola distribusi (pertimbangan bagi pimpinan): batas {jenis} {persenBatas}% (batas {batasOrang} orang)',
    en: 'Rating {predikat}: {jumlah} of {total} employees ({persenAktual}%) is outside the distribution pattern (guidance for the unit head): {jenis} limit of {persenBatas}% (head-count limit {batasOrang})',
  },
  pembulatan: {
    id: 'Batas orang dihitung dengan pembulatan {pembulatanBatasOrang} (pengaturan pembulatanBatasOrang; presetnya membandingkan pangsa secara eksak)',
    en: 'Head-count limits are rounded {pembulatanBatasOrang} (setting pembulatanBatasOrang; its preset compares the shares exactly)',
  },
  tanpaBatas: {
    id: 'Pola distribusi untuk predikat organisasi {predikatOrganisasi} tidak memuat batas',
    en: 'The distribution pattern for organisation rating {predikatOrganisasi} sets no limit',
  },
});
