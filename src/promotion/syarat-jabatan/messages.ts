import { RANGE_UNITS } from '../../core/words.js';
import { defineMessages } from '../../core/messages.js';

/** Reason texts of `promotion.syaratJabatan`; `penilaian` and `penilaianTidakAda` come from the shared appraisal check. */
export const SYARAT_JABATAN_MESSAGES = defineMessages('promotion.syaratJabatan', {
  pendidikan: { id: 'Ijazah {ijazah} (minimal {minimum})', en: 'Education {ijazah} (minimum {minimum})' },
  pengalaman: {
    id: 'Pengalaman di bidang terkait {tahun} (minimal {minimum})',
    en: 'Experience in the related field {tahun} (minimum {minimum})',
    units: { tahun: RANGE_UNITS.tahun, minimum: RANGE_UNITS.tahun },
  },
  jabatanSebelumnya: {
    id: 'Sedang/pernah menduduki {jabatan} selama {tahun} (minimal {minimum})',
    en: 'Holds or held {jabatan} for {tahun} (minimum {minimum})',
    units: { tahun: RANGE_UNITS.tahun, minimum: RANGE_UNITS.tahun },
  },
  usia: {
    id: 'Usia {usia} tahun pada {tanggal} (paling tinggi {maksimal} tahun)',
    en: 'Age {usia} on {tanggal} (at most {maksimal})',
  },
  ujiKompetensi: { id: 'Lulus uji kompetensi', en: 'Passed the competency test' },
  penilaian: {
    id: 'Penilaian kinerja tahun {tahun}: {predikat} (minimal {minimum})',
    en: 'Performance appraisal {tahun}: {predikat} (minimum {minimum})',
  },
  penilaianTidakAda: {
    id: 'Penilaian kinerja tahun {tahun} tidak tersedia (minimal {minimum})',
    en: 'No performance appraisal for {tahun} (minimum {minimum})',
  },
  persetujuanPresiden: {
    id: 'Persyaratan yang tidak terpenuhi dikecualikan dengan persetujuan Presiden',
    en: "Unmet requirements waived with the President's approval",
  },
});
