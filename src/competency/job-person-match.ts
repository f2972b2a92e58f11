import * as z from 'zod/mini';
import { type Band, findBand, formatBand } from '../core/bands.js';
import { Decimal, formatFixed } from '../core/decimal.js';
import { type Citation, decision, type Reason, reason } from '../core/decision.js';
import { decimalOutputSchema } from '../core/output.js';
import { deepFreeze } from '../core/freeze.js';
import { defineRule, type RuleOutputOf } from '../core/rule.js';
import { superRefineParsed } from '../core/refine.js';
import { entriKamus, KAMUS_CITATION, KAMUS_KOMPETENSI, type ProfilKompetensi } from './kamus-kompetensi.js';
import { pencatatIsu, periksaKelengkapan } from './invariants.js';
import { kelompokKompetensi, namaKompetensi, profilAktualSchema, sortedKode, standarKompetensiSchema } from './profil.js';
import type { KategoriJpm, KategoriPemetaan, KategoriPengisian, KelompokKompetensi, LevelKompetensi, SkemaJpm } from './types.js';
import { KELOMPOK_KOMPETENSI, kategoriJpmSchema, SKEMA_JPM } from './types.js';

export const JOB_PERSON_MATCH_RULE_ID = 'competency.jobPersonMatch';

// Shared by every decision's reasons: frozen, so no caller can change what the next decision cites.
const CITE_RUMUS: Citation[] = deepFreeze([{ regulation: 'PERBKN_26_2019', annex: 'Lampiran (laporan hasil penilaian kompetensi)' }]);
const CITE_KATEGORI: Record<SkemaJpm, Citation[]> = deepFreeze({
  PEMETAAN: [
    { regulation: 'PERBKN_26_2019', annex: 'Lampiran' },
    { regulation: 'PERBRIN_3_2023', article: 'Pasal 33' },
  ],
  PENGISIAN_JABATAN: [{ regulation: 'PERBKN_26_2019', annex: 'Lampiran' }],
});
const CITE_STANDAR: Citation[] = deepFreeze([{ regulation: 'PERMENPANRB_38_2017', article: 'Pasal 1 angka 1' }]);

/**
 * The highest JPM a real assessment can give, in percent: an achieved level is at most 5 and a standard
 * level at least 1 (PermenPANRB 38/2017 levels 1–5), so Σ aktual ≤ 5 × Σ standar.
 */
export const JPM_MAKSIMUM = 500;

/** JPM categories for pemetaan kompetensi: lower bounds inclusive (Peraturan BRIN 3/2023 Pasal 33). */
export const BAND_PEMETAAN: readonly Band<KategoriPemetaan>[] = deepFreeze([
  { value: 'KURANG_OPTIMAL', min: { at: 0, inclusive: true }, max: { at: 78, inclusive: false } },
  { value: 'CUKUP_OPTIMAL', min: { at: 78, inclusive: true }, max: { at: 90, inclusive: false } },
  { value: 'OPTIMAL', min: { at: 90, inclusive: true } },
] as const satisfies readonly Band<KategoriPemetaan>[]);

/** JPM categories for pengisian jabatan / uji kompetensi: MS ≥ 80, MMS ≥ 68, KMS below. */
export const BAND_PENGISIAN: readonly Band<KategoriPengisian>[] = deepFreeze([
  { value: 'KURANG_MEMENUHI_SYARAT', min: { at: 0, inclusive: true }, max: { at: 68, inclusive: false } },
  { value: 'MASIH_MEMENUHI_SYARAT', min: { at: 68, inclusive: true }, max: { at: 80, inclusive: false } },
  { value: 'MEMENUHI_SYARAT', min: { at: 80, inclusive: true } },
] as const satisfies readonly Band<KategoriPengisian>[]);

export const BAND_JPM: Readonly<Record<SkemaJpm, readonly Band<KategoriJpm>[]>> = deepFreeze({
  PEMETAAN: BAND_PEMETAAN,
  PENGISIAN_JABATAN: BAND_PENGISIAN,
});

/** The JPM category of an exact percentage under a scheme. */
export function kategoriJpm(persen: Decimal, skema: SkemaJpm): KategoriJpm {
  // The bands cover [0, +∞) and persen is never negative, so a band is always found.
  return findBand(BAND_JPM[skema], persen)!.value;
}

/** Settings for the facts no regulation text confirmed (docs/sources/competency.md §2.5). */
export const jpmSettingsSchema = z.prefault(
  z.object({
    perItemCap: z
      ._default(z.boolean(), false)
      .check(
        z.describe(
          'Count at most the standard level per competency (Σ min(aktual, standar)), so a surplus cannot offset a deficit. Preset false: the formula "Σ nilai capaian ÷ Σ standar" sums raw levels (unconfirmed in law).',
        ),
      ),
    finalCap: z
      ._default(z.boolean(), false)
      .check(
        z.describe(
          'Cap the final JPM at 100 %. Preset false (the formula as written); some assessment applications cap. Never changes a category.',
        ),
      ),
  }),
  {},
);
export type JpmSettings = z.output<typeof jpmSettingsSchema>;

export const jobPersonMatchInput = z
  .object({
    standar: standarKompetensiSchema,
    aktual: profilAktualSchema,
  })
  .check(superRefineParsed((v, ctx) => periksaKelengkapan(v.standar, v.aktual, ['aktual'], pencatatIsu(ctx))));
export type JobPersonMatchInput = z.input<typeof jobPersonMatchInput>;

export const jobPersonMatchOptions = z.object({
  skema: z
    ._default(z.enum(SKEMA_JPM), 'PEMETAAN')
    .check(z.describe("'PEMETAAN' (Optimal / Cukup Optimal / Kurang Optimal) or 'PENGISIAN_JABATAN' (MS / MMS / KMS)")),
  settings: jpmSettingsSchema,
});
export type JobPersonMatchOptions = z.input<typeof jobPersonMatchOptions>;

/** One competency of the gap report: selisih = aktual − standar (negative: deficit). */
export interface GapKompetensi {
  kompetensi: string;
  kelompok: KelompokKompetensi;
  standar: number;
  aktual: number;
  selisih: number;
}

/** A development need for a deficit competency (the report's "saran pengembangan"). */
export interface RekomendasiPengembangan {
  kompetensi: string;
  kelompok: KelompokKompetensi;
  dariLevel: number;
  keLevel: number;
  /** What the target level means, from the kamus (manajerial / sosial kultural only). */
  targetPerilaku: string | null;
}

export interface JobPersonMatch {
  /** JPM in percent, rounded half up to 2 decimals for display (the category uses the exact value). */
  persen: string;
  kategori: KategoriJpm;
  skema: SkemaJpm;
  jumlahAktual: number;
  jumlahStandar: number;
  /** Every competency of the standard, in kamus order then teknis codes. */
  gap: GapKompetensi[];
  /** Competencies below standard, largest deficit first. */
  kekurangan: string[];
  /** Competencies above standard. */
  kelebihan: string[];
  rekomendasiPengembangan: RekomendasiPengembangan[];
}

const kodeOutput = z.string().check(z.describe('Competency code: a national code (INTEGRITAS … PEREKAT_BANGSA) or an agency teknis code'));
const kelompokOutput = z.enum(KELOMPOK_KOMPETENSI);

/** {@link JobPersonMatch} as JSON. */
export const jobPersonMatchOutput = z.object({
  persen: decimalOutputSchema.check(
    z.describe('JPM in percent, rounded half up to 2 decimals for display (the category is decided on the exact value)'),
  ),
  kategori: kategoriJpmSchema.check(
    z.describe(
      'JPM category under skema: OPTIMAL/CUKUP_OPTIMAL/KURANG_OPTIMAL (PEMETAAN) or MEMENUHI_SYARAT/MASIH_…/KURANG_… (PENGISIAN_JABATAN)',
    ),
  ),
  skema: z.enum(SKEMA_JPM).check(z.describe('Purpose of the assessment, which selects the category scheme')),
  jumlahAktual: z.int().check(z.describe('Sum of the achieved levels counted (capped per competency when settings.perItemCap)')),
  jumlahStandar: z.int().check(z.describe('Sum of the standard levels')),
  gap: z
    .array(
      z.object({
        kompetensi: kodeOutput,
        kelompok: kelompokOutput,
        standar: z.int().check(z.describe('Required level 1–5')),
        aktual: z.int().check(z.describe('Achieved level 0–5')),
        selisih: z.int().check(z.describe('aktual − standar; negative = deficit')),
      }),
    )
    .check(z.describe('Every competency of the standard, in kamus order then teknis codes')),
  kekurangan: z.array(z.string()).check(z.describe('Competency codes below standard, largest deficit first')),
  kelebihan: z.array(z.string()).check(z.describe('Competency codes above standard')),
  rekomendasiPengembangan: z
    .array(
      z.object({
        kompetensi: kodeOutput,
        kelompok: kelompokOutput,
        dariLevel: z.int().check(z.describe('Achieved level')),
        keLevel: z.int().check(z.describe('Target (standard) level')),
        targetPerilaku: z
          .nullable(z.string())
          .check(z.describe('What the target level means, from the kamus kompetensi; null for teknis competencies')),
      }),
    )
    .check(z.describe('Development needs, one per deficit competency (saran pengembangan)')),
});

/** The computation shared with ranking and placement: exact JPM of one profile against one standard. */
export interface JpmCore {
  persenEksak: Decimal;
  persenTercapai: Decimal; // before the final cap
  jumlahAktual: number;
  jumlahStandar: number;
  gap: GapKompetensi[];
}

/** Exact JPM = Σ aktual ÷ Σ standar × 100, with the settings applied. Missing achieved levels count as 0. */
export function hitungJpm(standar: ProfilKompetensi, aktual: ProfilKompetensi, settings: JpmSettings): JpmCore {
  let jumlahAktual = 0;
  let jumlahStandar = 0;
  const gap: GapKompetensi[] = [];
  for (const kode of sortedKode(standar)) {
    const s = standar[kode]!;
    const a = Object.hasOwn(aktual, kode) ? aktual[kode]! : 0;
    jumlahStandar += s;
    jumlahAktual += settings.perItemCap ? Math.min(a, s) : a;
    gap.push({ kompetensi: kode, kelompok: kelompokKompetensi(kode), standar: s, aktual: a, selisih: a - s });
  }
  const persenTercapai = new Decimal(jumlahAktual).times(100).dividedBy(jumlahStandar);
  const persenEksak = settings.finalCap ? Decimal.min(persenTercapai, 100) : persenTercapai;
  return { persenEksak, persenTercapai, jumlahAktual, jumlahStandar, gap };
}

/**
 * The exact JPM alone (no gap list, no sorting): for ranking many candidates against one standard.
 * Equal to `hitungJpm(standar, aktual, settings).persenEksak`.
 */
export function persenJpm(standar: ProfilKompetensi, aktual: ProfilKompetensi, settings: JpmSettings): Decimal {
  let jumlahAktual = 0;
  let jumlahStandar = 0;
  for (const kode of Object.keys(standar)) {
    const s = standar[kode]!;
    const a = Object.hasOwn(aktual, kode) ? aktual[kode]! : 0;
    jumlahStandar += s;
    jumlahAktual += settings.perItemCap ? Math.min(a, s) : a;
  }
  const persen = new Decimal(jumlahAktual).times(100).dividedBy(jumlahStandar);
  return settings.finalCap ? Decimal.min(persen, 100) : persen;
}

function rekomendasi(gap: GapKompetensi[]): RekomendasiPengembangan[] {
  return gap
    .filter((g) => g.selisih < 0)
    .map((g) => {
      const entry = entriKamus(g.kompetensi);
      return {
        kompetensi: g.kompetensi,
        kelompok: g.kelompok,
        dariLevel: g.aktual,
        keLevel: g.standar,
        targetPerilaku: entry ? entry.level[g.standar as LevelKompetensi] : null,
      };
    });
}

export const jobPersonMatchRule = defineRule({
  id: JOB_PERSON_MATCH_RULE_ID,
  domain: 'competency',
  title: { id: 'Job Person Match (JPM) dan kesenjangan kompetensi', en: 'Job Person Match (JPM) and competency gaps' },
  description: {
    id: 'Membandingkan level kompetensi yang dicapai dengan Standar Kompetensi Jabatan: JPM = Σ nilai capaian ÷ Σ level standar × 100 %, kategori menurut tujuan penilaian (pemetaan: Optimal/Cukup Optimal/Kurang Optimal; pengisian jabatan: MS/MMS/KMS), daftar kesenjangan per kompetensi dan saran pengembangan.',
    en: 'Compares achieved competency levels with the job competency standard: JPM = Σ achieved ÷ Σ standard levels × 100 %, a category by assessment purpose (mapping: Optimal/Cukup Optimal/Kurang Optimal; filling a post: MS/MMS/KMS), a per-competency gap list and development recommendations.',
  },
  citations: [...CITE_STANDAR, ...CITE_RUMUS, ...CITE_KATEGORI.PEMETAAN],
  input: jobPersonMatchInput,
  options: jobPersonMatchOptions,
  output: jobPersonMatchOutput,
  notes: [
    {
      id: 'Ambang kategori (90/78 dan 80/68, batas bawah inklusif) dibaca pada Peraturan BRIN 3/2023 Pasal 33 dan peraturan JF yang menyalin Peraturan BKN 26/2019; Lampiran Peraturan BKN 26/2019 sendiri tidak terbaca.',
      en: 'The category thresholds (90/78 and 80/68, lower bounds inclusive) were read in Peraturan BRIN 3/2023 Pasal 33 and a JF regulation restating Peraturan BKN 26/2019; the Lampiran of Peraturan BKN 26/2019 itself was not read.',
    },
    {
      id: 'Kategori ditetapkan dari nilai JPM eksak; persen ditampilkan dengan 2 desimal (pembulatan setengah ke atas).',
      en: 'The category is decided on the exact JPM; persen is displayed with 2 decimals (rounded half up).',
    },
    {
      id: 'settings.perItemCap (bawaan false) dan settings.finalCap (bawaan false): tidak ada teks peraturan yang menyatakan apakah kelebihan level dihitung atau JPM dibatasi 100 %.',
      en: 'settings.perItemCap (preset false) and settings.finalCap (preset false): no regulation text read says whether a surplus counts or JPM is capped at 100 %.',
    },
    {
      id: 'Ditolak sebagai masukan yang mustahil: standar tanpa kompetensi (JPM tidak terdefinisi); kompetensi standar tanpa level capaian (tidak dinilai; level yang tidak ditunjukkan diisi 0); level standar di luar 1–5 atau capaian di luar 0–5, atau pecahan (kamus PermenPANRB 38/2017 tidak mengenal level lain). Karena itu JPM selalu 0–500 %.',
      en: 'Refused as impossible input: a standard without any competency (JPM undefined); a competency of the standard without an achieved level (not assessed; a level not shown is given as 0); a standard level outside 1–5 or an achieved level outside 0–5, or a fraction (the PermenPANRB 38/2017 kamus has no other levels). Hence JPM is always 0–500 %.',
    },
  ],
  examples: [
    {
      title: { id: 'Administrator Σ27, capaian Σ25: Optimal', en: 'Administrator Σ27, achieved Σ25: Optimal' },
      source: 'docs/sources/competency.md TV-JPM-1',
      input: {
        standar: {
          INTEGRITAS: 3,
          KERJASAMA: 3,
          KOMUNIKASI: 3,
          ORIENTASI_PADA_HASIL: 3,
          PELAYANAN_PUBLIK: 3,
          PENGEMBANGAN_DIRI_DAN_ORANG_LAIN: 3,
          MENGELOLA_PERUBAHAN: 3,
          PENGAMBILAN_KEPUTUSAN: 3,
          PEREKAT_BANGSA: 3,
        },
        aktual: {
          INTEGRITAS: 3,
          KERJASAMA: 3,
          KOMUNIKASI: 2,
          ORIENTASI_PADA_HASIL: 3,
          PELAYANAN_PUBLIK: 3,
          PENGEMBANGAN_DIRI_DAN_ORANG_LAIN: 2,
          MENGELOLA_PERUBAHAN: 3,
          PENGAMBILAN_KEPUTUSAN: 3,
          PEREKAT_BANGSA: 3,
        },
      },
      expected: {
        persen: '92.59',
        kategori: 'OPTIMAL',
        skema: 'PEMETAAN',
        jumlahAktual: 25,
        jumlahStandar: 27,
        gap: [
          { kompetensi: 'INTEGRITAS', kelompok: 'MANAJERIAL', standar: 3, aktual: 3, selisih: 0 },
          { kompetensi: 'KERJASAMA', kelompok: 'MANAJERIAL', standar: 3, aktual: 3, selisih: 0 },
          { kompetensi: 'KOMUNIKASI', kelompok: 'MANAJERIAL', standar: 3, aktual: 2, selisih: -1 },
          { kompetensi: 'ORIENTASI_PADA_HASIL', kelompok: 'MANAJERIAL', standar: 3, aktual: 3, selisih: 0 },
          { kompetensi: 'PELAYANAN_PUBLIK', kelompok: 'MANAJERIAL', standar: 3, aktual: 3, selisih: 0 },
          { kompetensi: 'PENGEMBANGAN_DIRI_DAN_ORANG_LAIN', kelompok: 'MANAJERIAL', standar: 3, aktual: 2, selisih: -1 },
          { kompetensi: 'MENGELOLA_PERUBAHAN', kelompok: 'MANAJERIAL', standar: 3, aktual: 3, selisih: 0 },
          { kompetensi: 'PENGAMBILAN_KEPUTUSAN', kelompok: 'MANAJERIAL', standar: 3, aktual: 3, selisih: 0 },
          { kompetensi: 'PEREKAT_BANGSA', kelompok: 'SOSIAL_KULTURAL', standar: 3, aktual: 3, selisih: 0 },
        ],
        kekurangan: ['KOMUNIKASI', 'PENGEMBANGAN_DIRI_DAN_ORANG_LAIN'],
        kelebihan: [],
        rekomendasiPengembangan: [
          {
            kompetensi: 'KOMUNIKASI',
            kelompok: 'MANAJERIAL',
            dariLevel: 2,
            keLevel: 3,
            targetPerilaku: KAMUS_KOMPETENSI.KOMUNIKASI.level[3],
          },
          {
            kompetensi: 'PENGEMBANGAN_DIRI_DAN_ORANG_LAIN',
            kelompok: 'MANAJERIAL',
            dariLevel: 2,
            keLevel: 3,
            targetPerilaku: KAMUS_KOMPETENSI.PENGEMBANGAN_DIRI_DAN_ORANG_LAIN.level[3],
          },
        ],
      },
    },
    {
      title: { id: 'Kesenjangan: standar [3,3,3], capaian [4,2,3]', en: 'Gaps: standard [3,3,3], achieved [4,2,3]' },
      source: 'docs/sources/competency.md TV-JPM-8',
      input: {
        standar: { INTEGRITAS: 3, KERJASAMA: 3, 'TEKNIS.ANGGARAN': 3 },
        aktual: { INTEGRITAS: 4, KERJASAMA: 2, 'TEKNIS.ANGGARAN': 3 },
      },
      options: { skema: 'PENGISIAN_JABATAN' },
      expected: {
        persen: '100.00',
        kategori: 'MEMENUHI_SYARAT',
        skema: 'PENGISIAN_JABATAN',
        jumlahAktual: 9,
        jumlahStandar: 9,
        gap: [
          { kompetensi: 'INTEGRITAS', kelompok: 'MANAJERIAL', standar: 3, aktual: 4, selisih: 1 },
          { kompetensi: 'KERJASAMA', kelompok: 'MANAJERIAL', standar: 3, aktual: 2, selisih: -1 },
          { kompetensi: 'TEKNIS.ANGGARAN', kelompok: 'TEKNIS', standar: 3, aktual: 3, selisih: 0 },
        ],
        kekurangan: ['KERJASAMA'],
        kelebihan: ['INTEGRITAS'],
        rekomendasiPengembangan: [
          {
            kompetensi: 'KERJASAMA',
            kelompok: 'MANAJERIAL',
            dariLevel: 2,
            keLevel: 3,
            targetPerilaku: KAMUS_KOMPETENSI.KERJASAMA.level[3],
          },
        ],
      },
    },
  ],
  evaluate(input, options) {
    const { skema, settings } = options;
    const core = hitungJpm(input.standar, input.aktual, settings);
    const kategori = kategoriJpm(core.persenEksak, skema);
    const band = findBand(BAND_JPM[skema], core.persenEksak)!;
    const persen = formatFixed(core.persenEksak, 2);
    const reasons: Reason[] = [];
    const rid = JOB_PERSON_MATCH_RULE_ID;

    for (const g of core.gap) {
      const outcome = g.selisih < 0 ? 'FAIL' : 'PASS';
      const cites = g.kelompok === 'TEKNIS' ? CITE_STANDAR : [KAMUS_CITATION];
      reasons.push(
        reason(rid, `${rid}.kompetensi`, outcome, cites, {
          kompetensi: namaKompetensi(g.kompetensi),
          kelompok: g.kelompok,
          standar: g.standar,
          aktual: g.aktual,
          selisih: g.selisih,
        }),
      );
    }
    const ignored = Object.keys(input.aktual)
      .filter((k) => !Object.hasOwn(input.standar, k))
      .sort();
    if (ignored.length > 0) {
      reasons.push(reason(rid, `${rid}.diabaikan`, 'INFO', CITE_STANDAR, { kompetensi: ignored.join(', ') }));
    }
    reasons.push(
      reason(rid, `${rid}.rumus`, 'INFO', CITE_RUMUS, {
        jumlahAktual: core.jumlahAktual,
        jumlahStandar: core.jumlahStandar,
        // The formula's own result; under finalCap the next reason caps it (30 ÷ 27 reads 111.11, not 100.00).
        persen: formatFixed(core.persenTercapai, 2),
        perItemCap: settings.perItemCap,
      }),
    );
    if (settings.finalCap && core.persenTercapai.greaterThan(100)) {
      reasons.push(reason(rid, `${rid}.batasAkhir`, 'INFO', CITE_RUMUS, { persenMentah: formatFixed(core.persenTercapai, 2) }));
    }
    reasons.push(reason(rid, `${rid}.kategori`, 'INFO', CITE_KATEGORI[skema], { persen, rentang: formatBand(band), skema, kategori }));

    const kekurangan = core.gap
      .filter((g) => g.selisih < 0)
      .sort((a, b) => a.selisih - b.selisih)
      .map((g) => g.kompetensi);
    const kelebihan = core.gap.filter((g) => g.selisih > 0).map((g) => g.kompetensi);
    return decision<JobPersonMatch>(
      {
        persen,
        kategori,
        skema,
        jumlahAktual: core.jumlahAktual,
        jumlahStandar: core.jumlahStandar,
        gap: core.gap,
        kekurangan,
        kelebihan,
        rekomendasiPengembangan: rekomendasi(core.gap),
      },
      reasons,
    );
  },
});

/**
 * Job Person Match: JPM = Σ achieved levels ÷ Σ standard levels × 100, its category under the chosen
 * scheme, the gap per competency and development recommendations.
 *
 * @example
 * jobPersonMatch({ standar: standarKompetensiPreset('ADMINISTRATOR'), aktual }, { skema: 'PENGISIAN_JABATAN' }).value.kategori
 * @throws MeritInputError when a level is outside 1–5 (standard) / 0–5 (achieved) or an achieved level is missing.
 */
export const jobPersonMatch = jobPersonMatchRule.run;

/** The value of {@link jobPersonMatch}'s decision. */
export type JobPersonMatchOutput = RuleOutputOf<typeof jobPersonMatchRule>;
