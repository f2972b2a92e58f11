import * as z from 'zod/mini';
import { addDays, addMonths, type IsoDate, isoDateSchema } from '../../core/calendar.js';
import { contradiction, superRefineParsed } from '../../core/refine.js';
import { HUKUMAN, jenisHukumanSchema, type TingkatHukuman, tingkatKeberatan } from '../types.js';

/**
 * Most hukuman one record lists, in every rule that reads a record: even a hukuman every quarter for 50
 * years of service (BATAS_MASA_KERJA_PNS allows 57) is 200, and no real record comes near.
 */
export const RIWAYAT_HUKUMAN_MAKS = 200;

/**
 * A hukuman disiplin in a PNS's record: its type, the day it took effect (TMT) and, if known, the day it ended.
 * Used by promotion, rewards and competency to tell whether a hukuman is running on a date.
 */
export const riwayatHukumanSchema = z
  .object({
    jenis: jenisHukumanSchema,
    /** Day the hukuman took effect (mulai berlaku). */
    tmt: isoDateSchema,
    /** First day after the hukuman was served; default: TMT + the duration of the jenis. */
    selesai: z
      .optional(isoDateSchema)
      .check(
        z.describe(
          'First day after the hukuman was served (not before tmt; none for PDHTAPS, which is permanent); default: TMT + the duration of the jenis',
        ),
      ),
  })
  .check(
    superRefineParsed((h, ctx) => {
      if (h.selesai === undefined) return;
      if (HUKUMAN[h.jenis].permanen) {
        ctx.addIssue(
          contradiction(
            {
              en: `${h.jenis} is permanent (PP 94/2021 Pasal 8 ayat (4) huruf c): it has no end date`,
              id: `${h.jenis} bersifat tetap (PP 94/2021 Pasal 8 ayat (4) huruf c): tidak mempunyai tanggal selesai`,
            },
            ['selesai'],
          ),
        );
      } else if (h.selesai < h.tmt) {
        ctx.addIssue(
          contradiction(
            {
              en: `${h.selesai} is before tmt ${h.tmt}: a hukuman cannot end before it takes effect`,
              id: `${h.selesai} sebelum tmt ${h.tmt}: hukuman tidak dapat selesai sebelum mulai berlaku`,
            },
            ['selesai'],
          ),
        );
      }
    }),
  );
export type RiwayatHukuman = z.output<typeof riwayatHukumanSchema>;

/**
 * The first day after a hukuman has been served: TMT + its duration in months (month-end clamped);
 * for a ringan hukuman the day after TMT (served the same day); `null` for PDHTAPS (permanent).
 */
export function akhirHukuman(h: RiwayatHukuman): IsoDate | null {
  if (h.selesai) return h.selesai;
  const info = HUKUMAN[h.jenis];
  if (info.permanen) return null;
  if (info.durasiBulan === null) return addDays(h.tmt, 1);
  return addMonths(h.tmt, info.durasiBulan);
}

/** `true` when hukuman `h` is being served on `date` (TMT ≤ date < end). */
export function hukumanBerjalan(h: RiwayatHukuman, date: IsoDate): boolean {
  if (date < h.tmt) return false;
  const end = akhirHukuman(h);
  return end === null || date < end;
}

/** The hukuman running on `date` at one of the given levels (default sedang and berat), heaviest first. */
export function hukumanBerjalanPada(
  riwayat: readonly RiwayatHukuman[],
  date: IsoDate,
  tingkat: readonly TingkatHukuman[] = ['SEDANG', 'BERAT'],
): RiwayatHukuman[] {
  return riwayat
    .filter((h) => tingkat.includes(HUKUMAN[h.jenis].tingkat) && hukumanBerjalan(h, date))
    .sort((a, b) => tingkatKeberatan(b.jenis) - tingkatKeberatan(a.jenis));
}
