import { defineMessages } from '../core/messages.js';
import { TEKS_KETIDAKHADIRAN } from './_bersama/teks-ketidakhadiran.js';
import type { PENYESUAIAN_GAJI_KETIDAKHADIRAN_RULE_ID } from './penyesuaian-gaji-ketidakhadiran.js';

/** Reason texts of {@link PENYESUAIAN_GAJI_KETIDAKHADIRAN_RULE_ID}: the proven days and the salary correction. */
export const PENYESUAIAN_GAJI_KETIDAKHADIRAN_MESSAGES = defineMessages(
  'discipline.penyesuaianGajiKetidakhadiran' satisfies typeof PENYESUAIAN_GAJI_KETIDAKHADIRAN_RULE_ID,
  {
    ...TEKS_KETIDAKHADIRAN,
    penyesuaian: {
      id: 'Gaji sudah dihentikan: {gajiTelahDihentikan}; terbukti {hariBerturutTurut} hari kerja berturut-turut: {penyesuaianGaji}',
      en: 'Salary already stopped: {gajiTelahDihentikan}; {hariBerturutTurut} consecutive working days proven: {penyesuaianGaji}',
    },
  },
);
