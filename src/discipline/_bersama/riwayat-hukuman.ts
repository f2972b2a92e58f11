import * as z from 'zod/mini';
import { addDays, addMonths, type IsoDate, isoDateSchema } from '../../core/calendar.js';
import type { Citation } from '../../core/decision.js';
import { deepFreeze } from '../../core/freeze.js';
import { contradiction, superRefineParsed } from '../../core/refine.js';
import { HUKUMAN, jenisHukumanSchema, type TingkatHukuman, tingkatKeberatan } from '../types.js';

/**
 * Most hukuman one record lists, in every rule that reads a record: even a hukuman every quarter for 50
 * years of service (BATAS_MASA_KERJA_PNS allows 57) is 200, and no real record comes near.
 */
export const RIWAYAT_HUKUMAN_MAKS = 200;

/**
 * How a hukuman is annulled: on keberatan or banding administratif (PP 79/2021), or by a court
 * (a PTUN judgment ordering the decision revoked). An annulled hukuman is void: it never counts.
 */
export const DASAR_PEMBATALAN = deepFreeze(['KEBERATAN', 'BANDING_ADMINISTRATIF', 'PUTUSAN_PENGADILAN'] as const);
export type DasarPembatalan = (typeof DASAR_PEMBATALAN)[number];

/** The article behind each way of annulling a hukuman. */
export const CITATION_PEMBATALAN: Readonly<Record<DasarPembatalan, readonly Citation[]>> = deepFreeze({
  KEBERATAN: [{ regulation: 'PP_79_2021', article: 'Pasal 1 angka 4' }],
  BANDING_ADMINISTRATIF: [{ regulation: 'PP_79_2021', article: 'Pasal 1 angka 5' }],
  PUTUSAN_PENGADILAN: [{ regulation: 'UU_5_1986', article: 'Pasal 97 ayat (9) huruf a' }],
});

const pembatalanSchema = z
  .object({
    tanggal: isoDateSchema.check(z.describe('Day of the decision or judgment that annulled the hukuman (not before its tmt)')),
    dasar: z.enum(DASAR_PEMBATALAN).check(z.describe('How it was annulled: keberatan, banding administratif or a court judgment')),
  })
  .check(z.describe('Set when the hukuman was annulled on appeal or by a court: it then never counts, and the decision says so'));

/**
 * A hukuman disiplin in a PNS's record: its type, the day it took effect (TMT), if known the day it ended,
 * and whether it was annulled. Used by promotion, rewards and competency to tell whether a hukuman is
 * running on a date. PDHTAPS is permanent: an end date for it is refused; a dismissal undone on appeal is
 * given as annulled.
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
    dibatalkan: z.optional(pembatalanSchema),
  })
  .check(
    superRefineParsed((h, ctx) => {
      if (h.dibatalkan && h.dibatalkan.tanggal < h.tmt) {
        ctx.addIssue(
          contradiction(
            {
              en: `annulled on ${h.dibatalkan.tanggal}, before its tmt ${h.tmt}: a hukuman is annulled after it is imposed`,
              id: `dibatalkan pada ${h.dibatalkan.tanggal}, sebelum tmt ${h.tmt}: hukuman dibatalkan sesudah dijatuhkan`,
            },
            ['dibatalkan', 'tanggal'],
          ),
        );
      }
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

/** `true` when hukuman `h` is being served on `date` (TMT ≤ date < end); an annulled hukuman never is. */
export function hukumanBerjalan(h: RiwayatHukuman, date: IsoDate): boolean {
  if (h.dibatalkan || date < h.tmt) return false;
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

/** The hukuman of a record that still count: every one not annulled. */
export const hukumanBerlaku = (riwayat: readonly RiwayatHukuman[]): RiwayatHukuman[] => riwayat.filter((h) => !h.dibatalkan);

/**
 * The facts and citations of one INFO reason per annulled hukuman, for the rule reading the record to
 * report under its own code `<ruleId>.hukumanDibatalkan` (text: `TEKS_HUKUMAN_DIBATALKAN`, riwayat-hukuman.messages.ts).
 */
export function pembatalanHukuman(riwayat: readonly RiwayatHukuman[]) {
  return riwayat.flatMap((h) =>
    h.dibatalkan
      ? [
          {
            citations: CITATION_PEMBATALAN[h.dibatalkan.dasar],
            facts: { jenis: h.jenis, tmtHukuman: h.tmt, tanggalDibatalkan: h.dibatalkan.tanggal, dasarPembatalan: h.dibatalkan.dasar },
          },
        ]
      : [],
  );
}
