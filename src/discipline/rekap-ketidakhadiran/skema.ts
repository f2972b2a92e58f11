import * as z from 'zod/mini';
import { isoDateSchema, MAX_YEAR, MIN_YEAR } from '../../core/calendar.js';
import { dateOutputSchema } from '../../core/output.js';
import { kalenderKerjaSchema } from '../_bersama/kalender.js';
import { jenisHukumanSchema } from '../types.js';

/** Minutes of late arrival / early leave that make one day of absence under KMK 5/KMK.01/2022 (7 jam 30 menit). */
export const MENIT_PER_HARI_KMK_5_2022 = 450;

/** Minutes in a day: no day holds more late arrival and early leave than this. */
export const MENIT_SEHARI = 1440;

/**
 * Most dates of absence one count takes: a year has at most 366 days; duplicates (counted once) and the
 * days of a run across 1 January or 31 December leave the rest of the room.
 */
export const TANGGAL_TIDAK_MASUK_MAKS = 1_000;
/** Most late-arrival / early-leave records one count takes: two a day over 366 days is 732; the rest is room for split records. */
export const KETERLAMBATAN_MAKS = 5_000;

export const rekapKetidakhadiranInput = z.object({
  tahun: z.int().check(z.minimum(MIN_YEAR), z.maximum(MAX_YEAR), z.describe('Calendar year counted (the count resets each 1 January)')),
  tidakMasuk: z
    ._default(z.array(isoDateSchema).check(z.maxLength(TANGGAL_TIDAK_MASUK_MAKS)), [])
    .check(
      z.describe(
        'Dates of unexcused absence (tidak masuk kerja tanpa alasan yang sah) in the year, at most 1,000 (a year has 366 days); duplicates count once. A date of another year is refused unless it belongs to a run of consecutive working days of absence that reaches into the year (setting berturutTurutLintasTahun).',
      ),
    ),
  keterlambatan: z
    ._default(
      z
        .array(
          z.object({
            tanggal: isoDateSchema,
            menit: z.int().check(z.minimum(1), z.maximum(MENIT_SEHARI), z.describe('Minutes late or minutes left early on that day')),
          }),
        )
        .check(z.maxLength(KETERLAMBATAN_MAKS)),
      [],
    )
    .check(
      z.describe(
        'Late arrivals and early leaves without a valid reason, in minutes, on days of the year (at most 5,000 records: two a day is 732); a day’s minutes add up to at most 1440, and a day of absence has none',
      ),
    ),
});
export type RekapKetidakhadiranInput = z.input<typeof rekapKetidakhadiranInput>;

export const rekapKetidakhadiranOptions = z.object({
  kalender: kalenderKerjaSchema,
  konversiKeterlambatan: z
    .prefault(
      z.object({
        aktif: z._default(z.boolean(), true),
        menitPerHari: z._default(z.int().check(z.minimum(1), z.maximum(MENIT_SEHARI)), MENIT_PER_HARI_KMK_5_2022),
        pembulatan: z._default(z.enum(['KE_BAWAH', 'SETENGAH_KE_ATAS']), 'KE_BAWAH'),
      }),
      {},
    )
    .check(
      z.describe(
        'Setting [U]: late arrival / early leave converted to days of absence. Preset from KMK 5/KMK.01/2022 (450 minutes = 1 day, whole days only, the remainder carried within the year); whether PerBKN 6/2022 sets this for every instansi is unconfirmed.',
      ),
    ),
  berturutTurutLintasTahun: z
    ._default(z.boolean(), true)
    .check(
      z.describe(
        'Setting (interpretation): a run of consecutive absence that started in December still counts in January. The cumulative count resets each 1 January either way.',
      ),
    ),
});

/** The value of {@link rekapKetidakhadiran} as JSON. */
export const rekapKetidakhadiranOutput = z.object({
  tahun: z.int().check(z.describe('Calendar year counted')),
  hariTidakMasuk: z.int().check(z.describe('Working days of unexcused absence in the year')),
  menitKeterlambatan: z.int().check(z.describe('Minutes of late arrival / early leave in the year')),
  hariDariKeterlambatan: z.int().check(z.describe('Whole days converted from those minutes')),
  sisaMenit: z.int().check(z.describe('Minutes not converted into a day (carried within the year)')),
  hariKumulatif: z.int().check(z.describe('hariTidakMasuk + hariDariKeterlambatan (at most 366): the count the hukuman is set from')),
  hariBerturutTurut: z
    .int()
    .check(
      z.describe(
        'Longest run of consecutive working days of absence that includes a day of the year, counted whole (days of a run across 1 January or 31 December included)',
      ),
    ),
  awalBerturutTurut: z.nullable(dateOutputSchema).check(z.describe('First day of that run; null when there is no absence')),
  akhirBerturutTurut: z.nullable(dateOutputSchema).check(z.describe('Last day of that run; null when there is no absence')),
  gajiDihentikanMulai: z
    .nullable(dateOutputSchema)
    .check(z.describe('First day of the month after the 10th consecutive day of absence: salary stops; null when no run reaches 10 days')),
  hukuman: z.nullable(jenisHukumanSchema).check(z.describe('The jenis hukuman to impose; null when none')),
});

/** A year's count of unexcused absence: the value of {@link rekapKetidakhadiran}. */
export type RekapKetidakhadiran = z.output<typeof rekapKetidakhadiranOutput>;
