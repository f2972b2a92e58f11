import { defineMessages } from '../core/messages.js';
import { TEKS_KETIDAKHADIRAN } from './_bersama/teks-ketidakhadiran.js';

/** Reason texts of `discipline.hukumanKetidakhadiran`: the cumulative and the consecutive count. */
export const HUKUMAN_KETIDAKHADIRAN_MESSAGES = defineMessages('discipline.hukumanKetidakhadiran', { ...TEKS_KETIDAKHADIRAN });
