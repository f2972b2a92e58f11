import { defineMessages } from '../core/messages.js';

/** Reason texts of `promotion.batasUsiaPensiun`. */
export const BATAS_USIA_PENSIUN_MESSAGES = defineMessages('promotion.batasUsiaPensiun', {
  bup: { id: 'Batas usia pensiun {jabatan}: {bup} tahun', en: 'Retirement age for {jabatan}: {bup} years' },
  bupKhusus: {
    id: 'Batas usia pensiun {jabatan} menurut undang-undang khusus: {bup} tahun',
    en: 'Retirement age for {jabatan} under a specific law: {bup} years',
  },
  tmtPensiun: {
    id: 'Lahir {tanggalLahir}, mencapai BUP pada {tanggalBup}; TMT pensiun {tmtPensiun} ({konvensi})',
    en: 'Born {tanggalLahir}, reaches retirement age on {tanggalBup}; pension TMT {tmtPensiun} ({konvensi})',
  },
});
