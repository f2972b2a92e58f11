/** Input, options (flat settings) and output of capaianSkp. */
import * as z from 'zod/mini';
import { decimalSchema, toPlainString } from '../../core/decimal.js';
import { decimalOutputSchema } from '../../core/output.js';
import { contradiction, refineParsed, superRefineParsed } from '../../core/refine.js';
import { pengaturanPp46Fields } from '../_bersama/sebutan-pp46.js';
import { SEBUTAN_PP46 } from '../types.js';
import { KREATIVITAS, MAKS_KEGIATAN_SKP, PRESET_NILAI_KREATIVITAS, PRESET_NILAI_TUGAS_TAMBAHAN } from './data.js';

const TARGET_POSITIF = { text: { en: 'target must be greater than 0', id: 'target harus lebih dari 0' } };

const target = (what: string) =>
  decimalSchema({ min: 0, description: `Target ${what}` }).check(refineParsed((d) => d.greaterThan(0), TARGET_POSITIF));
const realisasi = (what: string) => decimalSchema({ min: 0, description: `Realisasi ${what}` });

const kegiatanSchema = z
  .object({
    nama: z.optional(z.string().check(z.maxLength(500))),
    kuantitas: z.object({ target: target('kuantitas (output)'), realisasi: realisasi('kuantitas') }),
    kualitas: z.object({
      target: z.prefault(decimalSchema({ min: 0, max: 100 }).check(refineParsed((d) => d.greaterThan(0), TARGET_POSITIF)), 100),
      realisasi: decimalSchema({ min: 0, max: 100, description: 'Realisasi kualitas/mutu (0–100)' }),
    }),
    waktu: z.object({ target: target('waktu (months or days)'), realisasi: realisasi('waktu') }),
    /** Biaya is left out where the kegiatan has no budget target. */
    biaya: z.optional(z.object({ target: target('biaya (rupiah)'), realisasi: realisasi('biaya') })),
  })
  .check(
    // Output realised in no time cannot happen; realisasi 0 for both is a kegiatan not carried out.
    refineParsed((k) => !(k.kuantitas.realisasi.greaterThan(0) && k.waktu.realisasi.isZero()), {
      text: {
        en: 'cannot be 0 when output was realised (realisasi kuantitas above 0)',
        id: 'tidak mungkin 0 bila ada output yang terealisasi (realisasi kuantitas di atas 0)',
      },
      path: ['waktu', 'realisasi'],
    }),
  );

export const capaianSkpInput = z.object({
  kegiatan: z
    .array(kegiatanSchema)
    .check(z.minLength(1), z.maxLength(MAKS_KEGIATAN_SKP), z.describe('The kegiatan of the SKP (1 to 1,000: far above any real form)')),
  tugasTambahan: z
    ._default(z.int().check(z.minimum(0), z.maximum(1000)), 0)
    .check(z.describe('Number of tugas tambahan carried out in the year')),
  kreativitas: z._default(z.enum(KREATIVITAS), 'TIDAK_ADA'),
});
export type CapaianSkpInput = z.input<typeof capaianSkpInput>;

/** Most rows of the tugas tambahan setting: one per step of the number of tasks; 20 is far above the preset's three. */
const MAKS_BARIS_TUGAS_TAMBAHAN = 20;

const nilaiTugasTambahanSchema = z
  .array(
    z.object({
      minimal: z.int().check(z.minimum(1), z.maximum(1000)),
      nilai: z.pipe(decimalSchema({ min: 0, max: 100 }), z.transform(toPlainString)),
    }),
  )
  .check(
    z.maxLength(MAKS_BARIS_TUGAS_TAMBAHAN),
    superRefineParsed((rows, ctx) => {
      rows.forEach((row, i) => {
        if (rows.findIndex((r) => r.minimal === row.minimal) < i) {
          ctx.addIssue(
            contradiction(
              {
                en: `repeats minimal ${row.minimal}: each number of tasks has one value`,
                id: `mengulang minimal ${row.minimal}: setiap jumlah tugas hanya punya satu nilai`,
              },
              [i, 'minimal'],
            ),
          );
        }
      });
    }),
  );

const nilaiKreativitasSchema = z.pipe(
  z.object({
    UNIT_KERJA: decimalSchema({ min: 0, max: 100 }),
    ORGANISASI: decimalSchema({ min: 0, max: 100 }),
    NEGARA: decimalSchema({ min: 0, max: 100 }),
  }),
  z.transform((v) => ({
    UNIT_KERJA: toPlainString(v.UNIT_KERJA),
    ORGANISASI: toPlainString(v.ORGANISASI),
    NEGARA: toPlainString(v.NEGARA),
  })),
);

export const capaianSkpOptions = z.object({
  ...pengaturanPp46Fields,
  nilaiTugasTambahan: z
    ._default(
      nilaiTugasTambahanSchema,
      PRESET_NILAI_TUGAS_TAMBAHAN.map((band) => ({ minimal: Number(band.min!.at), nilai: band.value })),
    )
    .check(
      z.describe(
        'Setting: value added for tugas tambahan by number of tasks, a row per step from `minimal` tasks: 1–3 → 1, 4–6 → 2, ≥ 7 → 3 (preset: common practice under Perka BKN 1/2013; no source found states it, U)',
      ),
    ),
  kegiatanTidakTerlaksanaNol: z
    ._default(z.boolean(), true)
    .check(
      z.describe(
        'Setting: a kegiatan whose output was not carried out (realisasi kuantitas 0) scores 0 on every aspect, waktu and biaya included. Preset true: a public implementation does so (I), and a 2014 blog on the SKP waktu formulas says a kegiatan or target "tidak terlaksana" has its own formula (S; the formula itself not read: U). false: waktu and biaya keep their formula scores (the behaviour of 0.1.0)',
      ),
    ),
  nilaiKreativitas: z
    .prefault(nilaiKreativitasSchema, PRESET_NILAI_KREATIVITAS)
    .check(
      z.describe(
        'Setting: value added for kreativitas by who benefits: unit kerja 3, organisasi 6, negara 12 (preset: common practice under Perka BKN 1/2013; no source found states it, U)',
      ),
    ),
});

export const capaianSkpOutput = z.object({
  kegiatan: z.array(
    z.object({
      nama: z.nullable(z.string()),
      kuantitas: decimalOutputSchema.check(z.describe('Penghitungan aspek kuantitas')),
      kualitas: decimalOutputSchema.check(z.describe('Penghitungan aspek kualitas')),
      waktu: decimalOutputSchema.check(z.describe('Penghitungan aspek waktu')),
      biaya: z.nullable(decimalOutputSchema).check(z.describe('Penghitungan aspek biaya; null when the kegiatan has no budget')),
      penghitungan: decimalOutputSchema.check(z.describe('Sum of the aspect scores')),
      jumlahAspek: z.int().check(z.describe('3, or 4 with biaya')),
      nilaiCapaian: decimalOutputSchema.check(z.describe('penghitungan / jumlahAspek')),
    }),
  ),
  rataRata: decimalOutputSchema.check(z.describe('Mean nilai capaian of the kegiatan')),
  nilaiTugasTambahan: decimalOutputSchema,
  nilaiKreativitas: decimalOutputSchema,
  nilaiSkp: decimalOutputSchema.check(z.describe('Nilai capaian SKP = mean + tugas tambahan + kreativitas, with the configured decimals')),
  sebutan: z.enum(SEBUTAN_PP46),
});
/** Nilai capaian SKP with the score of each kegiatan and its sebutan. */
export type CapaianSkp = z.output<typeof capaianSkpOutput>;
/** One kegiatan of {@link CapaianSkp}: the aspect scores and the nilai capaian, as shown. */
export type CapaianKegiatan = CapaianSkp['kegiatan'][number];
