import * as z from 'zod/mini';
import { deepFreeze } from './freeze.js';

// One list of ijazah for every domain: promotion's ceilings and competency's minimum education name a
// diploma the same way.

/**
 * Ijazah/STTB held, in the groups of the KP-reguler ceiling table (PP 99/2000 jo. PP 12/2002;
 * Keputusan Kepala BKN 12/2002). `DOKTER` covers dokter, dokter gigi and apoteker; `S2` magister
 * "atau yang setara"; `S3` doktor.
 */
export const IJAZAH = deepFreeze([
  'SD',
  'SLTP',
  'SLTP_KEJURUAN',
  'SLTA',
  'SLTA_KEJURUAN',
  'D_I',
  'D_II',
  'SGPLB',
  'D_III',
  'SARJANA_MUDA',
  'AKADEMI',
  'BAKALOREAT',
  'S1',
  'D_IV',
  'DOKTER',
  'DOKTER_GIGI',
  'APOTEKER',
  'S2',
  'S3',
] as const);
export type Ijazah = (typeof IJAZAH)[number];
export const ijazahSchema = z.enum(IJAZAH);
