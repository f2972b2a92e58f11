import * as z from 'zod/mini';
import { decimalSchema } from '../core/decimal.js';
import { type Citation, decision, type Reason, reason } from '../core/decision.js';
import { decimalOutputSchema } from '../core/output.js';
import type { Bilingual } from '../core/explain.js';
import { deepFreeze } from '../core/freeze.js';
import { defineRule, type RuleOutputOf } from '../core/rule.js';
import { refineParsed, superRefineParsed } from '../core/refine.js';
import { formatSeratusan, jpmSeratusan } from './fit.js';
import { jpmSettingsSchema } from './job-person-match.js';
import { solveDense } from './linear-assignment.js';
import { pencatatIsu, PROFIL_KOSONG } from './invariants.js';
import { profilAktualSchema, standarKompetensiSchema } from './profil.js';

export const PENEMPATAN_OPTIMAL_RULE_ID = 'competency.penempatanOptimal';

// Shared by every decision's reasons: frozen.
const CITE_KESESUAIAN: Citation[] = deepFreeze([
  { regulation: 'UU_20_2023', article: 'Pasal 27' },
  { regulation: 'PP_11_2017', article: 'Pasal 190 ayat (4)' },
]);
const CITE_STANDAR: Citation[] = deepFreeze([{ regulation: 'PERMENPANRB_38_2017' }]);

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
  settings: jpmSettingsSchema,
});
export type PenempatanOptimalOptions = z.input<typeof penempatanOptimalOptions>;

export interface Penempatan {
  kandidat: string;
  formasi: string;
  /** Fit, 2 decimals. */
  kecocokan: string;
}
export type AlasanTidakDitempatkan = 'TIDAK_ADA_FORMASI_MEMENUHI' | 'KALAH_OPTIMAL';
export type AlasanFormasiKosong = 'TIDAK_ADA_KANDIDAT_MEMENUHI' | 'KANDIDAT_LEBIH_COCOK_DI_TEMPAT_LAIN';

export interface PenempatanOptimal {
  /** Placements, by formasi id. */
  penempatan: Penempatan[];
  tidakDitempatkan: { kandidat: string; alasan: AlasanTidakDitempatkan }[];
  formasiKosong: { formasi: string; alasan: AlasanFormasiKosong }[];
  totalKecocokan: string;
}

const ALASAN_TIDAK_DITEMPATKAN = ['TIDAK_ADA_FORMASI_MEMENUHI', 'KALAH_OPTIMAL'] as const satisfies readonly AlasanTidakDitempatkan[];
const ALASAN_FORMASI_KOSONG = [
  'TIDAK_ADA_KANDIDAT_MEMENUHI',
  'KANDIDAT_LEBIH_COCOK_DI_TEMPAT_LAIN',
] as const satisfies readonly AlasanFormasiKosong[];

/** {@link PenempatanOptimal} as JSON. */
export const penempatanOptimalOutput = z.object({
  penempatan: z
    .array(
      z.object({
        kandidat: z.string().check(z.describe('Candidate id')),
        formasi: z.string().check(z.describe('Post (formasi) id')),
        kecocokan: decimalOutputSchema.check(z.describe('Fit of the pair, 2 decimals')),
      }),
    )
    .check(z.describe('Placements, sorted by formasi id')),
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

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export const penempatanOptimalRule = defineRule({
  id: PENEMPATAN_OPTIMAL_RULE_ID,
  domain: 'competency',
  title: { id: 'Penempatan optimal kandidat pada formasi', en: 'Optimal placement of candidates in posts' },
  description: {
    id: 'Menempatkan banyak kandidat pada banyak formasi sehingga jumlah kecocokan (JPM atau nilai lain) maksimum, dengan pasangan terlarang dan kecocokan minimum; hasil eksak, deterministik, dengan alasan untuk setiap penempatan, kandidat yang tidak ditempatkan dan formasi yang kosong.',
    en: 'Assigns many candidates to many posts so that the total fit (JPM or another score) is maximal, with forbidden pairs and a minimum fit; exact, deterministic, with a reason for each placement, each candidate left unplaced and each post left empty.',
  },
  citations: CITE_KESESUAIAN,
  input: penempatanOptimalInput,
  options: penempatanOptimalOptions,
  output: penempatanOptimalOutput,
  notes: [
    {
      id: 'Tidak ada rumus nasional untuk penempatan massal; aturan ini menerapkan asas kesesuaian kompetensi dengan persyaratan jabatan (PP 11/2017 Pasal 190 ayat (4)) sebagai masalah penugasan linear yang diselesaikan secara eksak. Kecocokan dibandingkan dengan ketelitian 0,01 (JPM 2 desimal).',
      en: 'There is no national formula for mass placement; this rule applies the principle of matching competency to job requirements (PP 11/2017 Pasal 190 ayat (4)) as a linear assignment problem solved exactly. Fits are compared at 0.01 resolution (JPM with 2 decimals).',
    },
    {
      id: 'Jika beberapa penempatan sama-sama optimal, dipilih yang ditemukan dengan memproses kandidat dan formasi menurut urutan id, sehingga hasil tidak bergantung pada urutan masukan.',
      en: 'When several placements are equally optimal, the one found by processing candidates and posts in id order is chosen, so the result does not depend on the input order.',
    },
    {
      id: 'Ditolak: lebih dari 4.000.000 pasangan kandidat–formasi dalam satu proses (penempatan eksak memerlukan sekitar pasangan^1,5 langkah). Ditolak sebagai masukan yang mustahil: id kandidat atau formasi ganda; matriks kecocokan yang tidak berukuran kandidat × formasi; kecocokan di bawah 0, di atas 1000 atau dengan lebih dari 2 desimal; pasangan terlarang dengan id yang tidak dikenal; tanpa kecocokan: kandidat tanpa profil atau dengan profil kosong (tidak dinilai; kecocokannya akan 0 di semua formasi) dan formasi tanpa standar atau dengan standar kosong. Bila kecocokan diberikan, profil dan standar tidak dipakai. Kompetensi standar yang tidak ada dalam profil dihitung level 0 (tidak ditunjukkan), karena kompetensi teknis berbeda antarformasi.',
      en: 'Refused: more than 4,000,000 candidate–post pairs in one run (an exact placement takes about pairs^1.5 steps). Refused as impossible input: a duplicate candidate or post id; a kecocokan matrix that is not candidates × posts; a fit below 0, above 1000 or with more than 2 decimals; a forbidden pair with an unknown id; without kecocokan: a candidate without a profil or with an empty one (not assessed; its fit would be 0 for every post) and a post without a standard or with an empty one. When kecocokan is given, profil and standar are not used. A competency of a standard missing from a profil counts as level 0 (not shown), since teknis competencies differ between posts.',
    },
  ],
  examples: [
    {
      title: { id: 'Dua kandidat, dua formasi: total maksimum, bukan serakah', en: 'Two candidates, two posts: maximum total, not greedy' },
      source: 'derived',
      input: {
        kandidat: [{ id: 'A' }, { id: 'B' }],
        formasi: [{ id: 'F1' }, { id: 'F2' }],
        kecocokan: [
          [90, 80],
          [85, 50],
        ],
      },
      expected: {
        penempatan: [
          { kandidat: 'B', formasi: 'F1', kecocokan: '85.00' },
          { kandidat: 'A', formasi: 'F2', kecocokan: '80.00' },
        ],
        tidakDitempatkan: [],
        formasiKosong: [],
        totalKecocokan: '165.00',
      },
    },
    {
      title: { id: 'Kandidat tanpa formasi yang memenuhi', en: 'A candidate with no eligible post' },
      source: 'derived',
      input: {
        kandidat: [
          { id: 'A', profil: { INTEGRITAS: 3, KERJASAMA: 3 } },
          { id: 'B', profil: { INTEGRITAS: 2, KERJASAMA: 1 } },
        ],
        formasi: [{ id: 'F1', standar: { INTEGRITAS: 3, KERJASAMA: 3 } }],
      },
      options: { minimumKecocokan: 68 },
      expected: {
        penempatan: [{ kandidat: 'A', formasi: 'F1', kecocokan: '100.00' }],
        tidakDitempatkan: [{ kandidat: 'B', alasan: 'TIDAK_ADA_FORMASI_MEMENUHI' }],
        formasiKosong: [],
        totalKecocokan: '100.00',
      },
    },
  ],
  evaluate(input, options) {
    const rid = PENEMPATAN_OPTIMAL_RULE_ID;
    // Canonical order: by id, so that the result never depends on the order of the input lists.
    const kIdx = input.kandidat.map((_, i) => i).sort((a, b) => byCodePoint(input.kandidat[a]!.id, input.kandidat[b]!.id));
    const fIdx = input.formasi.map((_, j) => j).sort((a, b) => byCodePoint(input.formasi[a]!.id, input.formasi[b]!.id));
    const n = kIdx.length;
    const m = fIdx.length;
    const minH = options.minimumKecocokan.times(100).ceil().toNumber();
    // Each forbidden pair once (the last alasan given wins), reported in canonical order.
    const forbidden = new Map<string, { kandidat: string; formasi: string; alasan: string | null }>();
    for (const t of input.terlarang) forbidden.set(`${t.kandidat}\u0000${t.formasi}`, { ...t, alasan: t.alasan ?? null });

    // fit[i*m+j] in hundredths, −1 where the pair may not be placed.
    const fit = new Float64Array(n * m);
    let maxH = 0;
    for (let i = 0; i < n; i++) {
      const k = input.kandidat[kIdx[i]!]!;
      for (let j = 0; j < m; j++) {
        const f = input.formasi[fIdx[j]!]!;
        let h: number;
        if (input.kecocokan) {
          const cell = input.kecocokan[kIdx[i]!]![fIdx[j]!]!;
          h = cell === null ? -1 : cell.times(100).toNumber();
        } else {
          h = jpmSeratusan(f.standar!, k.profil!, options.settings);
        }
        if (h >= 0 && (h < minH || forbidden.has(`${k.id}\u0000${f.id}`))) h = -1;
        fit[i * m + j] = h;
        if (h > maxH) maxH = h;
      }
    }

    // Integer weights (exact in float64): a not-allowed pair weighs 0, the same as leaving both unmatched.
    const p = Math.min(n, m);
    const w = new Float64Array(n * m);
    const jumlahFirst = options.prioritas === 'JUMLAH_TERISI';
    const bonus = maxH * p + 1;
    for (let k = 0; k < n * m; k++) {
      const h = fit[k]!;
      w[k] = h < 0 ? 0 : jumlahFirst ? h + bonus : h * (p + 1) + 1;
    }
    const colForRow = n > 0 && m > 0 ? solveDense({ rows: n, cols: m, data: w }, true) : new Int32Array(n).fill(-1);

    const reasons: Reason[] = [];
    const penempatan: Penempatan[] = [];
    const holder = new Int32Array(m).fill(-1);
    let total = 0;
    for (let i = 0; i < n; i++) {
      const j = colForRow[i]!;
      if (j >= 0 && fit[i * m + j]! >= 0) holder[j] = i;
    }
    reasons.push(
      reason(rid, `${rid}.tujuan`, 'INFO', CITE_KESESUAIAN, {
        jumlahKandidat: n,
        jumlahFormasi: m,
        prioritas: options.prioritas,
        minimumKecocokan: formatSeratusan(minH),
      }),
    );
    const terlarang = [...forbidden.values()].sort((a, b) => byCodePoint(a.kandidat, b.kandidat) || byCodePoint(a.formasi, b.formasi));
    for (const t of terlarang) reasons.push(reason(rid, `${rid}.terlarang`, 'INFO', CITE_KESESUAIAN, t));
    for (let j = 0; j < m; j++) {
      const i = holder[j]!;
      if (i < 0) continue;
      const h = fit[i * m + j]!;
      total += h;
      const kid = input.kandidat[kIdx[i]!]!.id;
      const fid = input.formasi[fIdx[j]!]!.id;
      penempatan.push({ kandidat: kid, formasi: fid, kecocokan: formatSeratusan(h) });
      let best = -1;
      for (let jj = 0; jj < m; jj++) best = Math.max(best, fit[i * m + jj]!);
      reasons.push(
        reason(rid, `${rid}.ditempatkan`, 'PASS', input.kecocokan ? CITE_KESESUAIAN : CITE_STANDAR, {
          kandidat: kid,
          formasi: fid,
          kecocokan: formatSeratusan(h),
          kecocokanTerbaik: formatSeratusan(best),
        }),
      );
    }
    const placedRow = new Uint8Array(n);
    for (let j = 0; j < m; j++) if (holder[j]! >= 0) placedRow[holder[j]!] = 1;
    const tidakDitempatkan: PenempatanOptimal['tidakDitempatkan'] = [];
    for (let i = 0; i < n; i++) {
      if (placedRow[i]) continue;
      const kid = input.kandidat[kIdx[i]!]!.id;
      let best = -1;
      let bestJ = -1;
      for (let j = 0; j < m; j++) if (fit[i * m + j]! > best) [best, bestJ] = [fit[i * m + j]!, j];
      if (best < 0) {
        tidakDitempatkan.push({ kandidat: kid, alasan: 'TIDAK_ADA_FORMASI_MEMENUHI' });
        reasons.push(
          reason(rid, `${rid}.tanpaFormasi`, 'FAIL', CITE_KESESUAIAN, { kandidat: kid, minimumKecocokan: formatSeratusan(minH) }),
        );
      } else {
        tidakDitempatkan.push({ kandidat: kid, alasan: 'KALAH_OPTIMAL' });
        const fid = input.formasi[fIdx[bestJ]!]!.id;
        const other = holder[bestJ]!;
        reasons.push(
          reason(rid, `${rid}.kalah`, 'FAIL', CITE_KESESUAIAN, {
            kandidat: kid,
            formasi: fid,
            kecocokan: formatSeratusan(best),
            pemegang: other >= 0 ? input.kandidat[kIdx[other]!]!.id : null,
          }),
        );
      }
    }
    const formasiKosong: PenempatanOptimal['formasiKosong'] = [];
    for (let j = 0; j < m; j++) {
      if (holder[j]! >= 0) continue;
      const fid = input.formasi[fIdx[j]!]!.id;
      let any = false;
      for (let i = 0; i < n && !any; i++) any = fit[i * m + j]! >= 0;
      formasiKosong.push({ formasi: fid, alasan: any ? 'KANDIDAT_LEBIH_COCOK_DI_TEMPAT_LAIN' : 'TIDAK_ADA_KANDIDAT_MEMENUHI' });
      reasons.push(reason(rid, any ? `${rid}.kosongDipilihLain` : `${rid}.kosongTanpaKandidat`, 'INFO', CITE_KESESUAIAN, { formasi: fid }));
    }
    penempatan.sort((a, b) => byCodePoint(a.formasi, b.formasi));
    const totalKecocokan = formatSeratusan(total);
    reasons.push(reason(rid, `${rid}.total`, 'INFO', CITE_KESESUAIAN, { totalKecocokan, jumlahDitempatkan: penempatan.length }));
    return decision<PenempatanOptimal>({ penempatan, tidakDitempatkan, formasiKosong, totalKecocokan }, reasons);
  },
});

/**
 * Optimal placement of many candidates in many posts (maximum total fit; exact; deterministic).
 *
 * @example
 * penempatanOptimal({ kandidat: [{ id: 'A' }, { id: 'B' }], formasi: [{ id: 'F1' }], kecocokan: [[90], [85]] }).value.penempatan
 * // [{ kandidat: 'A', formasi: 'F1', kecocokan: '90.00' }]
 */
export const penempatanOptimal = penempatanOptimalRule.run;

/** The value of {@link penempatanOptimal}'s decision. */
export type PenempatanOptimalOutput = RuleOutputOf<typeof penempatanOptimalRule>;
