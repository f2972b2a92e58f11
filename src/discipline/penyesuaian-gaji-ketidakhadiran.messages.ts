import { defineMessages } from '../core/messages.js';
import { TEKS_KETIDAKHADIRAN } from './_bersama/teks-ketidakhadiran.js';

/** Reason texts of `discipline.penyesuaianGajiKetidakhadiran`: the proven days and the salary correction. */
export const PENYESUAIAN_GAJI_KETIDAKHADIRAN_MESSAGES = defineMessages('discipline.penyesuaianGajiKetidakhadiran', {
  ...TEKS_KETIDAKHADIRAN,
  penyesuaian: {
    id: 'Gaji sudah dihentikan: {gajiTelahDihentikan}; terbukti {hariBerturutTurut} hari kerja berturut-turut: {penyesuaianGaji}',
    en: 'Salary already stopped: {gajiTelahDihentikan}; {hariBerturutTurut} consecutive working days proven: {penyesuaianGaji}',
  },
});
