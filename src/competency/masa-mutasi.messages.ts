import { defineMessages } from '../core/messages.js';

/** Reason texts of `competency.masaMutasi`. */
export const MASA_MUTASI_MESSAGES = defineMessages('competency.masaMutasi', {
  belum: {
    id: 'TMT jabatan {tmtJabatan}: pada {asOf} baru {bulan} bulan dalam jabatan; mutasi paling cepat {tanggalPalingCepat}',
    en: 'Post taken up {tmtJabatan}: on {asOf} only {bulan} months in post; transfer from {tanggalPalingCepat}',
  },
  memenuhi: {
    id: 'TMT jabatan {tmtJabatan}: pada {asOf} sudah {bulan} bulan dalam jabatan, dalam rentang mutasi {tanggalPalingCepat} s.d. {tanggalPalingLambat}',
    en: 'Post taken up {tmtJabatan}: on {asOf} {bulan} months in post, within the transfer window {tanggalPalingCepat} to {tanggalPalingLambat}',
  },
  melewati: {
    id: 'TMT jabatan {tmtJabatan}: pada {asOf} sudah {bulan} bulan dalam jabatan, melewati batas paling lama {tanggalPalingLambat} (dimulai {tanggalPalingCepat})',
    en: 'Post taken up {tmtJabatan}: on {asOf} {bulan} months in post, beyond the maximum of {tanggalPalingLambat} (window opened {tanggalPalingCepat})',
  },
});
