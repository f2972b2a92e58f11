import * as z from 'zod/mini';
import { decimalSchema } from '../../core/decimal.js';
import type { Bilingual } from '../../core/explain.js';
import { deepFreeze } from '../../core/freeze.js';
import { decimalOutputSchema } from '../../core/output.js';
import { refineParsed, superRefineParsed } from '../../core/refine.js';
import { pencatatIsu, PROFIL_KOSONG } from '../_bersama/invariants.js';
import { PENGATURAN_JPM } from '../_bersama/jpm.js';
import { profilAktualSchema, standarKompetensiSchema } from '../_bersama/profil.js';

// The schemas and bounds of competency.penempatanOptimal.

/** Largest number of candidates or posts in one run, and the largest fit: keeps the integer weights exact in float64. */
export const PENEMPATAN_MAKS = 5000;
export const KECOCOKAN_MAKS = 1000;
/**
 * Most candidate–post pairs in one run (e.g. 2,000 × 2,000, or 5,000 × 800): the exact assignment takes
 * about pairs^1.5 steps, some seconds at this bound (a 3,000 × 3,000 run took a minute, 5,000 × 5,000 minutes).
 */
export const PENEMPATAN_PASANGAN_MAKS = 4_000_000;
/** Most forbidden pairs in one run: ten per candidate at the largest run (a whole row or column is better written as null fits). */
export const TERLARANG_MAKS = 10 * PENEMPATAN_MAKS;

const idSchema = z.string().check(z.minLength(1), z.maxLength(200));
/** A fit with at most 2 decimals (JPM's display precision); more decimals are rejected, never rounded silently. */
const kecocokanSchema = decimalSchema({ min: 0, max: KECOCOKAN_MAKS }).check(
  refineParsed((d) => d.decimalPlaces() <= 2, {
    text: { en: 'must have at most 2 decimal places', id: 'paling banyak 2 angka desimal' },
  }),
);

export const penempatanOptimalInput = z
  .object({
    kandidat: z
      .array(z.object({ id: idSchema, profil: z.optional(profilAktualSchema) }))
      .check(
        z.maxLength(PENEMPATAN_MAKS),
        z.describe(
          `Candidates; profil (achieved levels) is needed unless kecocokan is given. At most ${PENEMPATAN_MAKS}, and ${PENEMPATAN_PASANGAN_MAKS} candidate–post pairs`,
        ),
      ),
    formasi: z
      .array(z.object({ id: idSchema, standar: z.optional(standarKompetensiSchema) }))
      .check(
        z.maxLength(PENEMPATAN_MAKS),
        z.describe('Vacant posts; standar (Standar Kompetensi Jabatan) is needed unless kecocokan is given'),
      ),
    kecocokan: z
      .optional(
        // One row per kandidat, one cell per formasi: bounded as the lists are.
        z.array(z.array(z.union([kecocokanSchema, z.null()])).check(z.maxLength(PENEMPATAN_MAKS))).check(z.maxLength(PENEMPATAN_MAKS)),
      )
      .check(
        z.describe(
          'Fit of kandidat[i] for formasi[j] (e.g. a JPM % or a selection score); null = not eligible. Default: JPM from profil and standar.',
        ),
      ),
    terlarang: z
      ._default(
        z
          .array(z.object({ kandidat: idSchema, formasi: idSchema, alasan: z.optional(z.string().check(z.maxLength(500))) }))
          .check(z.maxLength(TERLARANG_MAKS)),
        [],
      )
      .check(
        z.describe(
          `Pairs that may not be placed (ineligible), each with an optional alasan that is reported in the reasons (at most ${TERLARANG_MAKS})`,
        ),
      ),
  })
  .check(
    superRefineParsed((v, ctx) => {
      const add = pencatatIsu(ctx);
      const dup = (ids: string[], path: string) => {
        const seen = new Set<string>();
        ids.forEach((id, i) => {
          if (seen.has(id)) add({ en: `duplicate id "${id}"`, id: `id "${id}" ganda` }, [path, i, 'id']);
          seen.add(id);
        });
      };
      dup(
        v.kandidat.map((k) => k.id),
        'kandidat',
      );
      dup(
        v.formasi.map((f) => f.id),
        'formasi',
      );
      const pasangan = v.kandidat.length * v.formasi.length;
      if (pasangan > PENEMPATAN_PASANGAN_MAKS)
        add(
          {
            en: `gives ${pasangan} candidate–post pairs with formasi; at most ${PENEMPATAN_PASANGAN_MAKS} are placed in one run (split the run by unit or jenjang)`,
            id: `menghasilkan ${pasangan} pasangan kandidat–formasi; paling banyak ${PENEMPATAN_PASANGAN_MAKS} yang ditempatkan dalam satu kali proses (bagi prosesnya per unit atau jenjang)`,
          },
          ['kandidat'],
        );
      if (v.kecocokan) {
        const n = v.kandidat.length;
        const m = v.formasi.length;
        if (v.kecocokan.length !== n)
          add({ en: `must have one row per kandidat (${n})`, id: `harus memuat satu baris per kandidat (${n})` }, ['kecocokan']);
        v.kecocokan.forEach((row, i) => {
          if (row.length !== m)
            add({ en: `must have one cell per formasi (${m})`, id: `harus memuat satu sel per formasi (${m})` }, ['kecocokan', i]);
        });
      } else {
        const wajib: Bilingual = { en: 'required when kecocokan is not given', id: 'wajib diisi bila kecocokan tidak diberikan' };
        v.kandidat.forEach((k, i) => {
          if (!k.profil) add(wajib, ['kandidat', i, 'profil']);
          // Its fit to every post would be 0 from no assessment at all: refused, not placed.
          else if (Object.keys(k.profil).length === 0) add(PROFIL_KOSONG, ['kandidat', i, 'profil']);
        });
        v.formasi.forEach((f, j) => {
          if (!f.standar) add(wajib, ['formasi', j, 'standar']);
        });
      }
      const kIds = new Set(v.kandidat.map((k) => k.id));
      const fIds = new Set(v.formasi.map((f) => f.id));
      v.terlarang.forEach((t, i) => {
        if (!kIds.has(t.kandidat))
          add({ en: `unknown kandidat "${t.kandidat}"`, id: `kandidat "${t.kandidat}" tidak dikenal` }, ['terlarang', i, 'kandidat']);
        if (!fIds.has(t.formasi))
          add({ en: `unknown formasi "${t.formasi}"`, id: `formasi "${t.formasi}" tidak dikenal` }, ['terlarang', i, 'formasi']);
      });
    }),
  );
export type PenempatanOptimalInput = z.input<typeof penempatanOptimalInput>;

export const PRIORITAS_PENEMPATAN = deepFreeze(['TOTAL_KECOCOKAN', 'JUMLAH_TERISI'] as const);
export type PrioritasPenempatan = (typeof PRIORITAS_PENEMPATAN)[number];

export const penempatanOptimalOptions = z.object({
  minimumKecocokan: z
    .prefault(decimalSchema({ min: 0, max: KECOCOKAN_MAKS }), 0)
    .check(z.describe('Lowest fit at which a candidate may be placed (e.g. 68 for at least MMS); default 0 = none')),
  prioritas: z
    ._default(z.enum(PRIORITAS_PENEMPATAN), 'TOTAL_KECOCOKAN')
    .check(
      z.describe(
        "'TOTAL_KECOCOKAN': maximise the total fit, then the number placed; 'JUMLAH_TERISI': fill as many posts as possible, then maximise the total fit",
      ),
    ),
  ...PENGATURAN_JPM,
});
export type PenempatanOptimalOptions = z.input<typeof penempatanOptimalOptions>;

/** Why a candidate is not placed. */
export const ALASAN_TIDAK_DITEMPATKAN = deepFreeze(['TIDAK_ADA_FORMASI_MEMENUHI', 'KALAH_OPTIMAL'] as const);
export type AlasanTidakDitempatkan = (typeof ALASAN_TIDAK_DITEMPATKAN)[number];
/** Why a post stays empty. */
export const ALASAN_FORMASI_KOSONG = deepFreeze(['TIDAK_ADA_KANDIDAT_MEMENUHI', 'KANDIDAT_LEBIH_COCOK_DI_TEMPAT_LAIN'] as const);
export type AlasanFormasiKosong = (typeof ALASAN_FORMASI_KOSONG)[number];

const penempatanOutput = z.object({
  kandidat: z.string().check(z.describe('Candidate id')),
  formasi: z.string().check(z.describe('Post (formasi) id')),
  kecocokan: decimalOutputSchema.check(z.describe('Fit of the pair, 2 decimals')),
});

/** {@link PenempatanOptimal} as JSON. */
export const penempatanOptimalOutput = z.object({
  penempatan: z.array(penempatanOutput).check(z.describe('Placements, sorted by formasi id')),
  tidakDitempatkan: z
    .array(
      z.object({
        kandidat: z.string().check(z.describe('Candidate id')),
        alasan: z
          .enum(ALASAN_TIDAK_DITEMPATKAN)
          .check(
            z.describe(
              'TIDAK_ADA_FORMASI_MEMENUHI = no post is allowed for this candidate (minimum fit, forbidden pairs, null fits); KALAH_OPTIMAL = left out by the optimal assignment',
            ),
          ),
      }),
    )
    .check(z.describe('Candidates not placed, by id')),
  formasiKosong: z
    .array(
      z.object({
        formasi: z.string().check(z.describe('Post (formasi) id')),
        alasan: z
          .enum(ALASAN_FORMASI_KOSONG)
          .check(
            z.describe(
              'TIDAK_ADA_KANDIDAT_MEMENUHI = no candidate is allowed for this post; KANDIDAT_LEBIH_COCOK_DI_TEMPAT_LAIN = the allowed candidates were placed elsewhere',
            ),
          ),
      }),
    )
    .check(z.describe('Posts left empty, by id')),
  totalKecocokan: decimalOutputSchema.check(z.describe('Sum of the fits of the placements, 2 decimals')),
});

/** One placement: a candidate in a post, with the fit of the pair (2 decimals). */
export type Penempatan = z.output<typeof penempatanOutput>;
/** The value of {@link penempatanOptimal}: placements by formasi id, the unplaced, the empty posts and the total fit. */
export type PenempatanOptimal = z.output<typeof penempatanOptimalOutput>;
