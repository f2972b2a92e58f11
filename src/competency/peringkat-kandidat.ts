import * as z from 'zod/mini';
import { GOLONGAN_PNS, type GolonganPns } from '../promotion/types.js';
import { addYears, isoDateSchema, wholeYearsBetween } from '../core/calendar.js';
import { Decimal, decimalSchema, formatFixed } from '../core/decimal.js';
import { type Citation, decision, type Reason, reason } from '../core/decision.js';
import { decimalOutputSchema } from '../core/output.js';
import { type InputIssue, MeritInputError, ownIssue } from '../core/errors.js';
import type { Bilingual } from '../core/explain.js';
import { deepFreeze } from '../core/freeze.js';
import { defineRule, type RuleOutputOf } from '../core/rule.js';
import { superRefineParsed } from '../core/refine.js';
import { hukumanBerjalanPada, RIWAYAT_HUKUMAN_MAKS, riwayatHukumanSchema } from '../discipline/_bersama/riwayat-hukuman.js';
import { isPredikatAtLeast, predikatSchema } from '../performance/types.js';
import { jpmSettingsSchema, kategoriJpm, persenJpm } from './job-person-match.js';
import { MASA_MUTASI } from './masa-mutasi.js';
import {
  awalMasaDinas,
  BATAS_ISU,
  pencatatIsu,
  periksaKelengkapan,
  PROFIL_KOSONG,
  sebelumUsiaMinimum,
  tmtJabatanMustahil,
  usiaMustahil,
} from './invariants.js';
import { profilAktualSchema, standarKompetensiSchema } from './profil.js';
import type { KategoriJpm } from './types.js';
import { kategoriJpmSchema, SKEMA_JPM } from './types.js';

export const PERINGKAT_KANDIDAT_RULE_ID = 'competency.peringkatKandidat';

// Requirements of the jabatan (persyaratan jabatan) as set for the vacancy. Shared by every decision: frozen.
const CITE_PANGKAT: Citation[] = deepFreeze([{ regulation: 'PP_11_2017', article: 'Pasal 190 ayat (4)' }]);
const CITE_KINERJA: Citation[] = deepFreeze([
  { regulation: 'PP_11_2017', article: 'Pasal 199 ayat (2) huruf c' },
  { regulation: 'PERMENPANRB_6_2022' },
]);
const CITE_HUKUMAN: Citation[] = deepFreeze([{ regulation: 'PP_11_2017', article: 'Pasal 190 ayat (4)' }, { regulation: 'PP_94_2021' }]);
const CITE_MUTASI: Citation[] = deepFreeze([{ regulation: 'PP_11_2017', article: 'Pasal 190 ayat (3)' }]);
const CITE_KECOCOKAN: Citation[] = deepFreeze([
  { regulation: 'PP_11_2017', article: 'Pasal 190 ayat (4)' },
  { regulation: 'PERBKN_26_2019', annex: 'Lampiran' },
]);

/** Most candidates ranked for one vacancy: an open selection with thousands of applicants fits. */
export const PERINGKAT_KANDIDAT_MAKS = 10_000;

/** Golongan ruang PNS, lowest first: the promotion domain's table. */
const GOLONGAN = GOLONGAN_PNS;
type Golongan = GolonganPns;

/** Jenjang pendidikan formal, lowest first (D4 and S1 are the same level). */
export const PENDIDIKAN = deepFreeze(['SD', 'SMP', 'SMA', 'D1', 'D2', 'D3', 'D4', 'S1', 'S2', 'S3'] as const);
export type Pendidikan = (typeof PENDIDIKAN)[number];
const tingkatPendidikan = (p: Pendidikan) => (p === 'S1' ? PENDIDIKAN.indexOf('D4') : PENDIDIKAN.indexOf(p));

const idSchema = z.string().check(z.minLength(1), z.maxLength(200));

export const peringkatKandidatInput = z
  .object({
    formasi: z
      .object({
        standar: z.optional(standarKompetensiSchema).check(z.describe('Standar Kompetensi Jabatan: fit is the JPM against it')),
        golonganMinimum: z.optional(z.enum(GOLONGAN)),
        pendidikanMinimum: z.optional(z.enum(PENDIDIKAN)),
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
          golongan: z.optional(z.enum(GOLONGAN)),
          pendidikan: z.optional(z.enum(PENDIDIKAN)),
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
  settings: jpmSettingsSchema,
});
export type PeringkatKandidatOptions = z.input<typeof peringkatKandidatOptions>;

export type SyaratKandidat = 'GOLONGAN' | 'PENDIDIKAN' | 'PREDIKAT_KINERJA' | 'HUKUMAN_DISIPLIN' | 'USIA' | 'MASA_MUTASI';

export interface KandidatBerperingkat {
  id: string;
  peringkat: number;
  /** Fit: JPM % or the selection score, rounded half up to 2 decimals. */
  kecocokan: string;
  kategori: KategoriJpm | null;
}
export interface PeringkatKandidat {
  peringkat: KandidatBerperingkat[];
  tidakMemenuhiSyarat: { id: string; syarat: SyaratKandidat[] }[];
}

/** Every {@link SyaratKandidat}, in the order they are checked. */
const SYARAT_KANDIDAT = [
  'GOLONGAN',
  'PENDIDIKAN',
  'PREDIKAT_KINERJA',
  'HUKUMAN_DISIPLIN',
  'USIA',
  'MASA_MUTASI',
] as const satisfies readonly SyaratKandidat[];

/** {@link PeringkatKandidat} as JSON. */
export const peringkatKandidatOutput = z.object({
  peringkat: z
    .array(
      z.object({
        id: z.string().check(z.describe('Candidate id')),
        peringkat: z.int().check(z.describe('Rank, 1 = best; ties in fit still get distinct ranks (higher golongan, then id)')),
        kecocokan: decimalOutputSchema.check(
          z.describe('Fit rounded half up to 2 decimals: the JPM % or the nilaiSeleksi given (the ranking uses the exact value)'),
        ),
        kategori: z.nullable(kategoriJpmSchema).check(z.describe('JPM category under skema; null when the fit is a nilaiSeleksi')),
      }),
    )
    .check(z.describe('Eligible candidates, best first')),
  tidakMemenuhiSyarat: z
    .array(
      z.object({
        id: z.string().check(z.describe('Candidate id')),
        syarat: z.array(z.enum(SYARAT_KANDIDAT)).check(z.describe('The requirements the candidate fails')),
      }),
    )
    .check(z.describe('Candidates screened out, by id')),
});

const cmpStr = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Refuses dates no serving PNS can have on asOf: an age outside 18–75, a TMT jabatan after asOf or beyond a working life. */
function tanggalMustahil(kandidat: readonly { tanggalLahir?: string | undefined; tmtJabatan?: string | undefined }[], asOf: string): void {
  const issues: InputIssue[] = [];
  for (const [i, k] of kandidat.entries()) {
    if (issues.length >= BATAS_ISU) break;
    const usia = k.tanggalLahir ? usiaMustahil(k.tanggalLahir, asOf) : undefined;
    if (usia) issues.push(ownIssue(['kandidat', i, 'tanggalLahir'], usia));
    const tmt = k.tmtJabatan ? tmtJabatanMustahil(k.tmtJabatan, asOf) : undefined;
    if (tmt) issues.push(ownIssue(['kandidat', i, 'tmtJabatan'], tmt));
  }
  if (issues.length > 0) throw new MeritInputError(issues, PERINGKAT_KANDIDAT_RULE_ID);
}

export const peringkatKandidatRule = defineRule({
  id: PERINGKAT_KANDIDAT_RULE_ID,
  domain: 'competency',
  title: { id: 'Peringkat kandidat untuk satu formasi', en: 'Ranking candidates for one vacancy' },
  description: {
    id: 'Menyaring kandidat dengan syarat mutlak (golongan, pendidikan, predikat kinerja Baik 2 tahun terakhir, tidak sedang menjalani hukuman disiplin sedang/berat, usia, masa mutasi), lalu mengurutkan yang memenuhi menurut kecocokan (JPM eksak atau nilai seleksi); seri diputus menurut golongan lebih tinggi, lalu id.',
    en: 'Screens candidates on hard requirements (golongan, education, predikat at least Baik in the last 2 years, no running moderate/severe disciplinary penalty, age, mutasi window), then ranks the eligible by fit (exact JPM or selection score); ties are broken by higher golongan, then id.',
  },
  citations: [...CITE_PANGKAT, ...CITE_KECOCOKAN],
  input: peringkatKandidatInput,
  options: peringkatKandidatOptions,
  output: peringkatKandidatOutput,
  notes: [
    {
      id: 'Tidak ada aturan nasional pemutus seri; dipakai golongan lebih tinggi lalu id agar hasil deterministik. Kecocokan dibandingkan pada nilai JPM eksak.',
      en: 'No national tie-break rule was found; higher golongan then id are used so the result is deterministic. Fits are compared on the exact JPM.',
    },
    {
      id: 'Ditolak sebagai masukan yang mustahil: id kandidat ganda; profil kosong atau tanpa level untuk kompetensi yang disyaratkan formasi.standar, bila kecocokan dihitung sebagai JPM (kandidat itu tidak dinilai; level yang tidak ditunjukkan diisi 0); hukuman disiplin yang selesai sebelum TMT-nya (skema riwayat hukuman); tmtJabatan atau TMT hukuman disiplin sebelum ulang tahun ke-18 (PP 11/2017 Pasal 23 ayat (1) huruf a); usia pada asOf di bawah 18 atau di atas 75 tahun (batas usia pensiun tertinggi, PP 11/2017 Pasal 239–240); tmtJabatan setelah asOf atau lebih dari 57 tahun sebelumnya. Standar formasi tanpa kompetensi juga ditolak.',
      en: 'Refused as impossible input: a duplicate candidate id; an empty profil, or one without a level for a competency of formasi.standar, when the fit is the JPM (the candidate was not assessed; a level not shown is given as 0); a hukuman whose selesai is before its TMT (the riwayat hukuman schema); a tmtJabatan or a hukuman TMT before the 18th birthday (PP 11/2017 Pasal 23 ayat (1) huruf a); an age on asOf under 18 or over 75 (the highest batas usia pensiun, PP 11/2017 Pasal 239–240); a tmtJabatan after asOf or more than 57 years before it. A formasi standard without any competency is refused too.',
    },
  ],
  examples: [
    {
      title: { id: 'Dua kandidat, satu sedang menjalani hukuman berat', en: 'Two candidates, one serving a severe penalty' },
      source: 'derived',
      input: {
        formasi: { standar: { INTEGRITAS: 3, KERJASAMA: 3, KOMUNIKASI: 3 } },
        kandidat: [
          { id: 'A', profil: { INTEGRITAS: 3, KERJASAMA: 2, KOMUNIKASI: 3 }, predikatDuaTahunTerakhir: ['BAIK', 'BAIK'] },
          {
            id: 'B',
            profil: { INTEGRITAS: 3, KERJASAMA: 3, KOMUNIKASI: 3 },
            predikatDuaTahunTerakhir: ['BAIK', 'SANGAT_BAIK'],
            riwayatHukuman: [{ jenis: 'PEMBEBASAN_DARI_JABATAN', tmt: '2024-06-01' }],
          },
        ],
      },
      options: { asOf: '2025-01-02' },
      expected: {
        peringkat: [{ id: 'A', peringkat: 1, kecocokan: '88.89', kategori: 'MEMENUHI_SYARAT' }],
        tidakMemenuhiSyarat: [{ id: 'B', syarat: ['HUKUMAN_DISIPLIN'] }],
      },
    },
  ],
  evaluate(input, options) {
    const rid = PERINGKAT_KANDIDAT_RULE_ID;
    const { formasi } = input;
    const asOf = options.asOf;
    tanggalMustahil(input.kandidat, asOf);
    const reasons: Reason[] = [];
    const eligible: { id: string; fit: Decimal; kategori: KategoriJpm | null; gol: number }[] = [];
    const tidakMemenuhiSyarat: PeringkatKandidat['tidakMemenuhiSyarat'] = [];
    const kandidat = [...input.kandidat].sort((a, b) => cmpStr(a.id, b.id));

    for (const k of kandidat) {
      const gagal: SyaratKandidat[] = [];
      const check = (
        syarat: SyaratKandidat,
        ok: boolean,
        code: string,
        cites: Citation[],
        facts: Record<string, string | number | boolean | null>,
      ) => {
        if (!ok) gagal.push(syarat);
        reasons.push(reason(rid, `${rid}.${code}`, ok ? 'PASS' : 'FAIL', cites, { kandidat: k.id, ...facts }));
      };
      if (formasi.golonganMinimum && k.golongan) {
        check('GOLONGAN', GOLONGAN.indexOf(k.golongan) >= GOLONGAN.indexOf(formasi.golonganMinimum), 'golongan', CITE_PANGKAT, {
          golongan: k.golongan,
          minimum: formasi.golonganMinimum,
        });
      }
      if (formasi.pendidikanMinimum && k.pendidikan) {
        check('PENDIDIKAN', tingkatPendidikan(k.pendidikan) >= tingkatPendidikan(formasi.pendidikanMinimum), 'pendidikan', CITE_PANGKAT, {
          pendidikan: k.pendidikan,
          minimum: formasi.pendidikanMinimum,
        });
      }
      if (options.periksaPredikat) {
        const p = k.predikatDuaTahunTerakhir;
        const ok = p !== undefined && isPredikatAtLeast(p[0], 'BAIK') && isPredikatAtLeast(p[1], 'BAIK');
        check('PREDIKAT_KINERJA', ok, 'predikat', CITE_KINERJA, { predikat1: p?.[0] ?? null, predikat2: p?.[1] ?? null });
      }
      const berjalan = hukumanBerjalanPada(k.riwayatHukuman, asOf);
      check('HUKUMAN_DISIPLIN', berjalan.length === 0, 'hukuman', CITE_HUKUMAN, { asOf, hukuman: berjalan[0]?.jenis ?? null });
      if (formasi.usiaMaksimum !== undefined && k.tanggalLahir) {
        const usia = wholeYearsBetween(k.tanggalLahir, asOf);
        check('USIA', usia <= formasi.usiaMaksimum, 'usia', CITE_PANGKAT, { usia, maksimum: formasi.usiaMaksimum });
      }
      if (options.periksaMasaMutasi) {
        const sejak = k.tmtJabatan ? addYears(k.tmtJabatan, MASA_MUTASI.minimumTahun) : null;
        check('MASA_MUTASI', sejak !== null && sejak <= asOf, 'masaMutasi', CITE_MUTASI, {
          tmtJabatan: k.tmtJabatan ?? null,
          palingCepat: sejak,
        });
      }
      if (gagal.length > 0) {
        tidakMemenuhiSyarat.push({ id: k.id, syarat: gagal });
        continue;
      }
      let fit: Decimal;
      let kategori: KategoriJpm | null = null;
      if (k.nilaiSeleksi !== undefined) {
        fit = k.nilaiSeleksi;
      } else {
        fit = persenJpm(formasi.standar!, k.profil!, options.settings);
        kategori = kategoriJpm(fit, options.skema);
      }
      eligible.push({ id: k.id, fit, kategori, gol: k.golongan ? GOLONGAN.indexOf(k.golongan) : -1 });
    }

    // Fit (exact) descending, then higher golongan, then id: a total order, so input order never matters.
    eligible.sort((a, b) => b.fit.comparedTo(a.fit) || b.gol - a.gol || cmpStr(a.id, b.id));
    const peringkat: KandidatBerperingkat[] = eligible.map((e, i) => ({
      id: e.id,
      peringkat: i + 1,
      kecocokan: formatFixed(e.fit, 2),
      kategori: e.kategori,
    }));
    eligible.forEach((e, i) => {
      const prev = eligible[i - 1];
      const seri = prev !== undefined && prev.fit.equals(e.fit);
      reasons.push(
        reason(rid, seri ? `${rid}.seri` : `${rid}.urutan`, 'INFO', CITE_KECOCOKAN, {
          kandidat: e.id,
          peringkat: i + 1,
          kecocokan: formatFixed(e.fit, 2),
          sebelumnya: seri ? prev.id : null,
        }),
      );
    });
    return decision<PeringkatKandidat>({ peringkat, tidakMemenuhiSyarat }, reasons);
  },
});

/** Ranks candidates for one vacancy: hard requirements first, then fit, with deterministic tie-breaking. */
export const peringkatKandidat = peringkatKandidatRule.run;

/** The value of {@link peringkatKandidat}'s decision. */
export type PeringkatKandidatOutput = RuleOutputOf<typeof peringkatKandidatRule>;
