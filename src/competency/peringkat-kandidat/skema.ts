import * as z from 'zod/mini';
import { isoDateSchema } from '../../core/calendar.js';
import { decimalSchema } from '../../core/decimal.js';
import type { Bilingual } from '../../core/explain.js';
import { deepFreeze } from '../../core/freeze.js';
import { ijazahSchema } from '../../core/ijazah.js';
import { decimalOutputSchema } from '../../core/output.js';
import { superRefineParsed } from '../../core/refine.js';
import { RIWAYAT_HUKUMAN_MAKS, riwayatHukumanSchema } from '../../discipline/_bersama/riwayat-hukuman.js';
import { predikatSchema } from '../../performance/types.js';
import { GOLONGAN_PNS } from '../../promotion/types.js';
import { awalMasaDinas, pencatatIsu, periksaKelengkapan, PROFIL_KOSONG, sebelumUsiaMinimum } from '../_bersama/invariants.js';
import { PENGATURAN_JPM } from '../_bersama/jpm.js';
import { PENGATURAN_KATEGORI_JPM } from '../job-person-match/index.js';
import { profilAktualSchema, standarKompetensiSchema } from '../_bersama/profil.js';
import { kategoriJpmSchema, SKEMA_JPM } from '../types.js';

// The schemas of competency.peringkatKandidat.

/** Most candidates ranked for one vacancy: an open selection with thousands of applicants fits. */
export const PERINGKAT_KANDIDAT_MAKS = 10_000;

/** The requirements a candidate is screened on, in the order they are checked. */
export const SYARAT_KANDIDAT = deepFreeze([
  'GOLONGAN',
  'PENDIDIKAN',
  'PREDIKAT_KINERJA',
  'HUKUMAN_DISIPLIN',
  'USIA',
  'MASA_MUTASI',
] as const);
export type SyaratKandidat = (typeof SYARAT_KANDIDAT)[number];

const idSchema = z.string().check(z.minLength(1), z.maxLength(200));

export const peringkatKandidatInput = z
  .object({
    formasi: z
      .object({
        standar: z.optional(standarKompetensiSchema).check(z.describe('Standar Kompetensi Jabatan: fit is the JPM against it')),
        golonganMinimum: z.optional(z.enum(GOLONGAN_PNS)),
        pendidikanMinimum: z
          .optional(ijazahSchema)
          .check(z.describe('Lowest ijazah required; an ijazah of the same jenjang or higher meets it (JENJANG_IJAZAH)')),
        usiaMaksimum: z.optional(z.int().check(z.minimum(18), z.maximum(70))).check(z.describe('Highest age in whole years on asOf')),
      })
      .check(z.describe('The vacancy and its requirements')),
    kandidat: z
      .array(
        z.object({
          id: idSchema,
          profil: z.optional(profilAktualSchema),
          nilaiSeleksi: z
            .optional(decimalSchema({ min: 0, max: 100 }))
            .check(z.describe('A selection score (e.g. nilaiSeleksiJpt) used as fit instead of JPM')),
          golongan: z.optional(z.enum(GOLONGAN_PNS)),
          pendidikan: z.optional(ijazahSchema).check(z.describe('Highest ijazah held')),
          tanggalLahir: z.optional(isoDateSchema),
          predikatDuaTahunTerakhir: z.optional(z.tuple([predikatSchema, predikatSchema])).check(z.describe('Oldest first')),
          riwayatHukuman: z
            ._default(z.array(riwayatHukumanSchema).check(z.maxLength(RIWAYAT_HUKUMAN_MAKS)), [])
            .check(z.describe(`Hukuman disiplin in the record (at most ${RIWAYAT_HUKUMAN_MAKS})`)),
          tmtJabatan: z.optional(isoDateSchema).check(z.describe('TMT of the current jabatan, for the mutasi window')),
        }),
      )
      .check(z.minLength(1), z.maxLength(PERINGKAT_KANDIDAT_MAKS), z.describe(`Candidates (1 to ${PERINGKAT_KANDIDAT_MAKS})`)),
  })
  .check(
    // Contradictions within the record; the dates that need asOf are checked in evaluate (tanggalMustahil).
    superRefineParsed((v, ctx) => {
      const add = pencatatIsu(ctx);
      const seen = new Set<string>();
      const wajib = (syarat: string): Bilingual => ({ en: `required by formasi.${syarat}`, id: `wajib diisi karena formasi.${syarat}` });
      for (const [i, k] of v.kandidat.entries()) {
        const at = (...path: PropertyKey[]) => ['kandidat', i, ...path];
        if (seen.has(k.id)) add({ en: `duplicate id "${k.id}"`, id: `id "${k.id}" ganda` }, at('id'));
        seen.add(k.id);
        if (k.nilaiSeleksi === undefined && (!k.profil || !v.formasi.standar))
          add(
            {
              en: 'needs nilaiSeleksi, or profil with formasi.standar',
              id: 'memerlukan nilaiSeleksi, atau profil beserta formasi.standar',
            },
            at(),
          );
        if (v.formasi.golonganMinimum && !k.golongan) add(wajib('golonganMinimum'), at('golongan'));
        if (v.formasi.pendidikanMinimum && !k.pendidikan) add(wajib('pendidikanMinimum'), at('pendidikan'));
        if (v.formasi.usiaMaksimum !== undefined && !k.tanggalLahir) add(wajib('usiaMaksimum'), at('tanggalLahir'));
        // The fit is the JPM of the profil: an empty one, or one without a level the standard requires, was not assessed.
        if (k.nilaiSeleksi === undefined && k.profil && v.formasi.standar) {
          if (Object.keys(k.profil).length === 0) add(PROFIL_KOSONG, at('profil'));
          else periksaKelengkapan(v.formasi.standar, k.profil, at('profil'), add);
        }
        // A PNS is appointed at 18 at the earliest: no jabatan and no hukuman disiplin before.
        if (k.tanggalLahir) {
          const awal = awalMasaDinas(k.tanggalLahir);
          if (k.tmtJabatan && k.tmtJabatan < awal) add(sebelumUsiaMinimum(k.tanggalLahir), at('tmtJabatan'));
          for (const [j, h] of k.riwayatHukuman.entries()) {
            if (h.tmt < awal) add(sebelumUsiaMinimum(k.tanggalLahir), at('riwayatHukuman', j, 'tmt'));
          }
        }
      }
    }),
  );
export type PeringkatKandidatInput = z.input<typeof peringkatKandidatInput>;

export const peringkatKandidatOptions = z.object({
  asOf: isoDateSchema.check(z.describe('Date of the selection')),
  skema: z._default(z.enum(SKEMA_JPM), 'PENGISIAN_JABATAN'),
  periksaPredikat: z._default(z.boolean(), true).check(z.describe('Require predikat at least Baik in each of the last 2 years')),
  periksaMasaMutasi: z
    ._default(z.boolean(), false)
    .check(z.describe('Require at least 2 years in the current jabatan (PP 11/2017 Pasal 190 ayat (3)); for mutasi, not promotion')),
  ...PENGATURAN_JPM,
  ...PENGATURAN_KATEGORI_JPM,
});
export type PeringkatKandidatOptions = z.input<typeof peringkatKandidatOptions>;

const kandidatBerperingkatOutput = z.object({
  id: z.string().check(z.describe('Candidate id')),
  peringkat: z.int().check(z.describe('Rank, 1 = best; ties in fit still get distinct ranks (higher golongan, then id)')),
  kecocokan: decimalOutputSchema.check(
    z.describe('Fit rounded half up to 2 decimals: the JPM % or the nilaiSeleksi given (the ranking uses the exact value)'),
  ),
  kategori: z.nullable(kategoriJpmSchema).check(z.describe('JPM category under skema; null when the fit is a nilaiSeleksi')),
});

/** {@link PeringkatKandidat} as JSON. */
export const peringkatKandidatOutput = z.object({
  peringkat: z.array(kandidatBerperingkatOutput).check(z.describe('Eligible candidates, best first')),
  syaratTidakTerpenuhi: z
    .array(
      z.object({
        id: z.string().check(z.describe('Candidate id')),
        syarat: z.array(z.enum(SYARAT_KANDIDAT)).check(z.describe('The requirements the candidate fails')),
      }),
    )
    .check(z.describe('Candidates screened out, by id, each with the requirements they fail')),
});

/** One eligible candidate, ranked. */
export type KandidatBerperingkat = z.output<typeof kandidatBerperingkatOutput>;
/** The value of {@link peringkatKandidat}: the eligible candidates best first, and those screened out. */
export type PeringkatKandidat = z.output<typeof peringkatKandidatOutput>;
