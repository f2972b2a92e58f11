import { defineMessages } from '../core/messages.js';
import { TEKS_KETIDAKHADIRAN } from './_bersama/teks-ketidakhadiran.js';
import type { HUKUMAN_KETIDAKHADIRAN_RULE_ID } from './hukuman-ketidakhadiran.js';

/** Reason texts of {@link HUKUMAN_KETIDAKHADIRAN_RULE_ID}: the cumulative and the consecutive count. */
export const HUKUMAN_KETIDAKHADIRAN_MESSAGES = defineMessages(
  'discipline.hukumanKetidakhadiran' satisfies typeof HUKUMAN_KETIDAKHADIRAN_RULE_ID,
  { ...TEKS_KETIDAKHADIRAN },
);
