import * as z from 'zod/mini';
import { addDays, type IsoDate } from '../../core/calendar.js';
import { dateOutputSchema } from '../../core/output.js';
import { type JenisHukuman, jenisHukumanSchema } from '../types.js';
import { akhirHukuman } from './riwayat-hukuman.js';

/** A hukuman placed in time, as JSON: TMT, last day served (inclusive) and the first day after it (`selesai`). */
export const jadwalHukumanOutput = z.object({
  jenis: jenisHukumanSchema,
  tmt: z
    .nullable(dateOutputSchema)
    .check(z.describe('Day it takes effect (TMT); null when it can never be served (queued behind PDHTAPS)')),
  hariTerakhir: z
    .nullable(dateOutputSchema)
    .check(z.describe('Last day served, inclusive; null for PDHTAPS (permanent) or when never served (superseded on its first day)')),
  selesai: z
    .nullable(dateOutputSchema)
    .check(z.describe('First day after it was served (hariTerakhir + 1); null for PDHTAPS (permanent) or when never served')),
});
/** A hukuman placed in time (tanggalBerlakuHukuman, gabungHukuman); `selesai` as in RiwayatHukuman. */
export type JadwalHukuman = z.output<typeof jadwalHukumanOutput>;

/**
 * Places a hukuman starting on `tmt`: ringan served the same day; sedang/berat TMT + 6/9/12 months;
 * PDHTAPS permanent. `selesai` overrides the computed end (a hukuman deemed complete early).
 */
export function jadwalDari(jenis: JenisHukuman, tmt: IsoDate | null, selesaiOverride?: IsoDate | null): JadwalHukuman {
  if (tmt === null) return { jenis, tmt: null, hariTerakhir: null, selesai: null };
  const selesai = selesaiOverride === undefined ? akhirHukuman({ jenis, tmt }) : selesaiOverride;
  // Superseded on its first day (a heavier hukuman from the same TMT): not a single day served.
  const hariTerakhir = selesai === null || selesai <= tmt ? null : addDays(selesai, -1);
  return { jenis, tmt, hariTerakhir, selesai };
}
