import * as z from 'zod/mini';
import { isoDateSchema } from '../../core/calendar.js';
import { Decimal, decimalSchema, formatFixed, roundDown, toPlainString } from '../../core/decimal.js';
import { MeritInputError, ownIssue } from '../../core/errors.js';
import { deepFreeze } from '../../core/freeze.js';
import { contradiction, superRefineParsed } from '../../core/refine.js';
import { decimalOutputSchema } from '../../core/output.js';
import {
  BENTUK_PENGEMBANGAN,
  CAKUPAN_KEGIATAN,
  type BentukPengembangan,
  type CakupanKegiatan,
  JALUR_PENGEMBANGAN,
  type JalurPengembangan,
  SEMUA_BENTUK_PENGEMBANGAN,
} from '../types.js';

// Jam pelajaran (JP) of competency-development activities: shared by merit.jamPelajaranPns and merit.jamPelajaranPppk.

/** Minutes of learning in one jam pelajaran (PerLAN 5/2018 as LAN explains it). */
export const MENIT_PER_JP = 45;

/**
 * JP of a number of minutes of learning, exact (100 minutes = 2.2222… JP).
 * @throws MeritInputError when `menit` is not a finite number of at least 0.
 */
export function jpDariMenit(menit: number): Decimal {
  if (typeof menit !== 'number' || !Number.isFinite(menit) || menit < 0)
    throw new MeritInputError([
      ownIssue(['menit'], { en: 'must be a finite number of at least 0', id: 'harus bilangan terhingga paling kecil 0' }, 'wrong_type'),
    ]);
  return new Decimal(menit).dividedBy(MENIT_PER_JP);
}

/** The path (jalur) of a form of development. */
export function jalurDari(bentuk: BentukPengembangan): JalurPengembangan {
  return JALUR_PENGEMBANGAN.find((j) => (BENTUK_PENGEMBANGAN[j] as readonly string[]).includes(bentuk))!;
}

/** One row of the conversion table: JP per day of the activity, and the factor on certified JP. */
export interface BarisKonversi {
  readonly bentuk: BentukPengembangan;
  readonly cakupan: CakupanKegiatan;
  readonly jpPerHari: number | string | null;
  readonly faktorJp: number | string;
}

/**
 * The preset conversion table: the four rows read in one deck on LAN's 2020 non-classical guideline (S).
 * Training JP are as certified (+20 % abroad); a seminar day is 4 JP (6 abroad), a workshop day 5 (7 abroad).
 */
export const KONVERSI_JP_PRESET: readonly BarisKonversi[] = deepFreeze([
  { bentuk: 'PELATIHAN_STRUKTURAL_KEPEMIMPINAN', cakupan: 'NASIONAL', jpPerHari: null, faktorJp: 1 },
  ...(['PELATIHAN_MANAJERIAL', 'PELATIHAN_TEKNIS', 'PELATIHAN_FUNGSIONAL', 'PELATIHAN_SOSIAL_KULTURAL'] as const).flatMap((bentuk) => [
    { bentuk, cakupan: 'NASIONAL' as const, jpPerHari: null, faktorJp: 1 },
    { bentuk, cakupan: 'INTERNASIONAL' as const, jpPerHari: null, faktorJp: '1.2' },
  ]),
  { bentuk: 'SEMINAR', cakupan: 'NASIONAL', jpPerHari: 4, faktorJp: 1 },
  { bentuk: 'SEMINAR', cakupan: 'INTERNASIONAL', jpPerHari: 6, faktorJp: 1 },
  { bentuk: 'WORKSHOP', cakupan: 'NASIONAL', jpPerHari: 5, faktorJp: 1 },
  { bentuk: 'WORKSHOP', cakupan: 'INTERNASIONAL', jpPerHari: 7, faktorJp: 1 },
]);

/** Most activities in a list: one a day for a year, with room for several on one day. */
export const KEGIATAN_MAKS = 1000;

const bentukSchema = z.enum(SEMUA_BENTUK_PENGEMBANGAN as [BentukPengembangan, ...BentukPengembangan[]]);

export const kegiatanSchema = z.object({
  bentuk: bentukSchema.check(z.describe('Form of development (its path follows from it)')),
  tanggal: isoDateSchema.check(z.describe('Date the activity started')),
  cakupan: z._default(z.enum(CAKUPAN_KEGIATAN), 'NASIONAL').check(z.describe('NASIONAL or INTERNASIONAL, for the conversion table')),
  jp: z.optional(decimalSchema({ min: 0, max: 2000 })).check(z.describe('JP as certified')),
  menit: z.optional(z.int().check(z.minimum(1), z.maximum(120000))).check(z.describe('Minutes of learning (1 JP = 45 minutes)')),
  hari: z.optional(z.int().check(z.minimum(1), z.maximum(366))).check(z.describe('Days of the activity, converted by setting konversiJp')),
});
export type Kegiatan = z.output<typeof kegiatanSchema>;

/** The list of activities, each with exactly one of jp, menit, hari. */
export const daftarKegiatanSchema = z.array(kegiatanSchema).check(
  z.maxLength(KEGIATAN_MAKS),
  z.describe('Activities of the period; each gives exactly one of jp, menit or hari'),
  superRefineParsed((list: Kegiatan[], ctx) => {
    list.forEach((k, i) => {
      const n = [k.jp, k.menit, k.hari].filter((v) => v !== undefined).length;
      if (n === 0)
        ctx.addIssue(contradiction({ en: 'give one of jp, menit or hari', id: 'isi salah satu dari jp, menit atau hari' }, [i, 'jp']));
      if (n > 1)
        ctx.addIssue(
          contradiction({ en: 'give only one of jp, menit or hari', id: 'isi hanya satu dari jp, menit atau hari' }, [i, 'hari']),
        );
    });
  }),
);

const barisSchema = z.object({
  bentuk: bentukSchema.check(z.describe('Form of development')),
  cakupan: z.enum(CAKUPAN_KEGIATAN).check(z.describe('NASIONAL or INTERNASIONAL')),
  jpPerHari: z
    .nullable(decimalSchema({ min: 0, max: 24 }))
    .check(z.describe('JP per day of the activity; null when days are not converted')),
  faktorJp: decimalSchema({ min: 0, max: 10 }).check(z.describe('Factor on the JP given (1.2 = JP + 20 %)')),
});

/** Settings shared by both JP rules: the conversion table and the rounding of each activity. */
export const PENGATURAN_JP = {
  konversiJp: z.prefault(z.array(barisSchema).check(z.maxLength(200)), KONVERSI_JP_PRESET as z.input<typeof barisSchema>[]).check(
    z.describe(
      'Setting: the agency conversion table, one row per form and cakupan (at most 200). Preset: the four rows read in one deck on LAN’s 2020 non-classical guideline [S]: training as certified (+20 % abroad), seminar 4 JP a day (6 abroad), workshop 5 (7 abroad); other rows [U]',
    ),
    superRefineParsed((rows: { bentuk: string; cakupan: string }[], ctx) => {
      const seen = new Set<string>();
      rows.forEach((r, i) => {
        const key = `${r.bentuk}|${r.cakupan}`;
        if (seen.has(key))
          ctx.addIssue(
            contradiction({ en: `${r.bentuk} ${r.cakupan} has two rows`, id: `${r.bentuk} ${r.cakupan} memiliki dua baris` }, [
              i,
              'bentuk',
            ]),
          );
        seen.add(key);
      });
    }),
  ),
  pembulatanJp: z
    ._default(z.enum(['EKSAK', 'BULAT_KE_BAWAH']), 'EKSAK')
    .check(
      z.describe(
        'Setting: JP of each activity kept exact (EKSAK, preset) or rounded down to whole JP (BULAT_KE_BAWAH). No source states it [U]',
      ),
    ),
};
type Pengaturan = { konversiJp: z.output<(typeof PENGATURAN_JP)['konversiJp']>; pembulatanJp: 'EKSAK' | 'BULAT_KE_BAWAH' };

/** JP of one activity, and how it was reached. */
export interface RincianJp {
  bentuk: BentukPengembangan;
  jalur: JalurPengembangan;
  tanggal: string;
  menit: string;
  jp: string;
  cara: 'JP' | 'MENIT' | 'HARI';
}

/** JP shown with 2 decimals, rounded half up (decisions use the exact minutes). */
export const tampilJp = (menit: Decimal): string => formatFixed(menit.dividedBy(MENIT_PER_JP), 2);

/**
 * Each activity in minutes of learning (exact: JP × 45, minutes, or days × JP per day × 45, times the row's
 * factor) and their total. An activity given in days without a conversion row is refused.
 */
export function hitungMenit(
  kegiatan: readonly Kegiatan[],
  pengaturan: Pengaturan,
  rule: string,
): { jumlah: Decimal; rincian: RincianJp[] } {
  let jumlah = new Decimal(0);
  const rincian: RincianJp[] = [];
  kegiatan.forEach((k, i) => {
    const baris = pengaturan.konversiJp.find((b) => b.bentuk === k.bentuk && b.cakupan === k.cakupan);
    let menit: Decimal;
    let cara: RincianJp['cara'];
    if (k.hari !== undefined) {
      if (!baris || baris.jpPerHari === null)
        throw new MeritInputError(
          [
            ownIssue(
              ['kegiatan', i, 'hari'],
              {
                en: `no conversion row turns days of ${k.bentuk} (${k.cakupan}) into JP: give jp or menit, or add the row to setting konversiJp`,
                id: `tidak ada baris konversi hari ${k.bentuk} (${k.cakupan}) ke JP: isi jp atau menit, atau tambahkan barisnya pada setting konversiJp`,
              },
              'not_covered',
            ),
          ],
          rule,
        );
      menit = baris.jpPerHari.times(k.hari).times(MENIT_PER_JP);
      cara = 'HARI';
    } else {
      menit = (k.jp === undefined ? new Decimal(k.menit!) : k.jp.times(MENIT_PER_JP)).times(baris ? baris.faktorJp : 1);
      cara = k.jp !== undefined ? 'JP' : 'MENIT';
    }
    if (pengaturan.pembulatanJp === 'BULAT_KE_BAWAH') menit = roundDown(menit.dividedBy(MENIT_PER_JP), 0).times(MENIT_PER_JP);
    jumlah = jumlah.plus(menit);
    rincian.push({
      bentuk: k.bentuk,
      jalur: jalurDari(k.bentuk),
      tanggal: k.tanggal,
      menit: toPlainString(menit),
      jp: tampilJp(menit),
      cara,
    });
  });
  return { jumlah, rincian };
}

/** The output of one activity's JP. */
export const rincianOutput = z.object({
  bentuk: z.string().check(z.describe('Form of development')),
  jalur: z.enum(JALUR_PENGEMBANGAN).check(z.describe('Its path')),
  tanggal: z.string().check(z.describe('Date it started')),
  menit: decimalOutputSchema.check(z.describe('Its minutes of learning, exact (JP × 45)')),
  jp: decimalOutputSchema.check(z.describe('Its JP, rounded half up to 2 decimals for display')),
  cara: z
    .enum(['JP', 'MENIT', 'HARI'])
    .check(z.describe('How its JP was reached: as given, from minutes, or from days by the conversion table')),
});
