import * as z from 'zod/mini';
import { Decimal, decimalSchema, toPlainString } from '../core/decimal.js';
import { type Citation, decision, type Reason, reason } from '../core/decision.js';
import { deepFreeze } from '../core/freeze.js';
import { defineRule, type RuleOutputOf } from '../core/rule.js';
import { refineParsed } from '../core/refine.js';
import { PREDIKAT, type Predikat } from '../performance/types.js';
import {
  type Kotak,
  TINGKAT_KINERJA,
  TINGKAT_POTENSIAL,
  type TingkatKinerja,
  tingkatKinerjaSchema,
  type TingkatPotensial,
  tingkatPotensialSchema,
} from './types.js';

export const KOTAK_TALENTA_RULE_ID = 'competency.kotakTalenta';

// Shared by every decision's reasons: frozen, so no caller can change what the next decision cites.
const CITE_SUMBU: Citation[] = deepFreeze([
  { regulation: 'PERMENPANRB_3_2020', article: 'Pasal 17 ayat (1)' },
  { regulation: 'PERMENPANRB_20_2025', article: 'angka 3 (Pasal 17)' },
]);
const CITE_KOTAK: Citation[] = deepFreeze([{ regulation: 'PERMENPANRB_3_2020', annex: 'Lampiran (sembilan kotak manajemen talenta)' }]);
const CITE_PREDIKAT: Citation[] = deepFreeze([
  { regulation: 'PERMENPANRB_3_2020', article: 'Pasal 17 ayat (2) huruf a' },
  { regulation: 'PERMENPANRB_6_2022' },
]);

/** Recommendations (rekomendasi) of the nine-box, as codes; labels in messages.ts. */
export const REKOMENDASI_TALENTA = deepFreeze([
  'DIPROMOSIKAN_DAN_DIPERTAHANKAN',
  'MASUK_KRS_INSTANSI_NASIONAL',
  'PENGHARGAAN',
  'DIPERTAHANKAN',
  'MASUK_KRS_INSTANSI',
  'ROTASI_PERLUASAN_JABATAN',
  'ROTASI_PENGAYAAN_JABATAN',
  'ROTASI',
  'TUGAS_BELAJAR',
  'PENEMPATAN_YANG_SESUAI',
  'BIMBINGAN_KINERJA',
  'KONSELING_KINERJA',
  'PENGEMBANGAN_KOMPETENSI',
  'DIPROSES_SESUAI_KETENTUAN',
] as const);
export type RekomendasiTalenta = (typeof REKOMENDASI_TALENTA)[number];

/** Numbering schemes of the nine boxes. */
export const PENOMORAN_KOTAK = deepFreeze(['PERMENPANRB_3_2020', 'KEMENKEU'] as const);
export type PenomoranKotak = (typeof PENOMORAN_KOTAK)[number];

type Grid<T> = Readonly<Record<TingkatKinerja, Readonly<Record<TingkatPotensial, T>>>>;

/**
 * Box numbers, rows kinerja × columns potensial. PERMENPANRB_3_2020: the numbering used by the national
 * manajemen talenta (Lampiran not read; ≥ 7 consistent implementations). KEMENKEU: the Ministry of
 * Finance variant (one implementation) — e.g. sesuai/tinggi is 7, not 8.
 */
export const NOMOR_KOTAK: Readonly<Record<PenomoranKotak, Grid<Kotak>>> = deepFreeze({
  PERMENPANRB_3_2020: {
    DI_ATAS_EKSPEKTASI: { RENDAH: 4, MENENGAH: 7, TINGGI: 9 },
    SESUAI_EKSPEKTASI: { RENDAH: 2, MENENGAH: 5, TINGGI: 8 },
    DI_BAWAH_EKSPEKTASI: { RENDAH: 1, MENENGAH: 3, TINGGI: 6 },
  },
  KEMENKEU: {
    DI_ATAS_EKSPEKTASI: { RENDAH: 5, MENENGAH: 8, TINGGI: 9 },
    SESUAI_EKSPEKTASI: { RENDAH: 4, MENENGAH: 6, TINGGI: 7 },
    DI_BAWAH_EKSPEKTASI: { RENDAH: 1, MENENGAH: 2, TINGGI: 3 },
  },
});

/** Recommendations per cell (the wording of the national nine-box; docs/sources/competency.md §3.3). */
export const REKOMENDASI_KOTAK: Grid<readonly RekomendasiTalenta[]> = deepFreeze({
  DI_ATAS_EKSPEKTASI: {
    TINGGI: ['DIPROMOSIKAN_DAN_DIPERTAHANKAN', 'MASUK_KRS_INSTANSI_NASIONAL', 'PENGHARGAAN'],
    MENENGAH: ['DIPERTAHANKAN', 'MASUK_KRS_INSTANSI', 'ROTASI_PENGAYAAN_JABATAN', 'PENGEMBANGAN_KOMPETENSI', 'TUGAS_BELAJAR'],
    RENDAH: ['ROTASI', 'PENGEMBANGAN_KOMPETENSI'],
  },
  SESUAI_EKSPEKTASI: {
    TINGGI: ['DIPERTAHANKAN', 'MASUK_KRS_INSTANSI', 'ROTASI_PERLUASAN_JABATAN', 'BIMBINGAN_KINERJA'],
    MENENGAH: ['PENEMPATAN_YANG_SESUAI', 'BIMBINGAN_KINERJA', 'PENGEMBANGAN_KOMPETENSI'],
    RENDAH: ['BIMBINGAN_KINERJA', 'PENGEMBANGAN_KOMPETENSI', 'PENEMPATAN_YANG_SESUAI'],
  },
  DI_BAWAH_EKSPEKTASI: {
    TINGGI: ['PENEMPATAN_YANG_SESUAI', 'BIMBINGAN_KINERJA', 'KONSELING_KINERJA'],
    MENENGAH: ['BIMBINGAN_KINERJA', 'KONSELING_KINERJA', 'PENGEMBANGAN_KOMPETENSI', 'PENEMPATAN_YANG_SESUAI'],
    RENDAH: ['DIPROSES_SESUAI_KETENTUAN'],
  },
});

/** Cells whose talents enter the talent pool / kelompok rencana suksesi (national boxes 7, 8, 9). */
export function masukKelompokRencanaSuksesi(kinerja: TingkatKinerja, potensial: TingkatPotensial): boolean {
  return NOMOR_KOTAK.PERMENPANRB_3_2020[kinerja][potensial] >= 7;
}

/** The cell (kinerja, potensial) of a box number under a numbering. */
export function selKotak(
  kotak: Kotak,
  penomoran: PenomoranKotak = 'PERMENPANRB_3_2020',
): { kinerja: TingkatKinerja; potensial: TingkatPotensial } {
  for (const kinerja of TINGKAT_KINERJA) {
    for (const potensial of TINGKAT_POTENSIAL) {
      if (NOMOR_KOTAK[penomoran][kinerja][potensial] === kotak) return { kinerja, potensial };
    }
  }
  /* c8 ignore next */
  throw new RangeError(`no box ${kotak}`);
}

/** Preset mapping of predikat kinerja (PermenPANRB 6/2022) to the kinerja axis (an implementation convention). */
export const PEMETAAN_PREDIKAT_PRESET: Readonly<Record<Predikat, TingkatKinerja>> = deepFreeze({
  SANGAT_BAIK: 'DI_ATAS_EKSPEKTASI',
  BAIK: 'SESUAI_EKSPEKTASI',
  BUTUH_PERBAIKAN: 'DI_BAWAH_EKSPEKTASI',
  KURANG: 'DI_BAWAH_EKSPEKTASI',
  SANGAT_KURANG: 'DI_BAWAH_EKSPEKTASI',
});

const ambangKinerjaSchema = z
  .prefault(z.object({ atas: z.prefault(decimalSchema({ min: 0 }), 80), sesuai: z.prefault(decimalSchema({ min: 0 }), 60) }), {})
  .check(
    refineParsed((a) => a.atas.greaterThan(a.sesuai), {
      text: { en: 'atas must be greater than sesuai', id: 'atas harus lebih besar daripada sesuai' },
    }),
    z.describe(
      'Score thresholds of the kinerja axis: ≥ atas → di atas ekspektasi, ≥ sesuai → sesuai, else di bawah. Preset 80/60 (agency-defined; no national thresholds).',
    ),
  );
const ambangPotensialSchema = z
  .prefault(z.object({ tinggi: z.prefault(decimalSchema({ min: 0 }), 80), menengah: z.prefault(decimalSchema({ min: 0 }), 60) }), {})
  .check(
    refineParsed((a) => a.tinggi.greaterThan(a.menengah), {
      text: { en: 'tinggi must be greater than menengah', id: 'tinggi harus lebih besar daripada menengah' },
    }),
    z.describe(
      'Score thresholds of the potensial axis: ≥ tinggi → tinggi, ≥ menengah → menengah, else rendah. Preset 80/60 (agency-defined).',
    ),
  );

export const kotakTalentaSettingsSchema = z.prefault(
  z.object({
    ambangKinerja: ambangKinerjaSchema,
    ambangPotensial: ambangPotensialSchema,
    penomoran: z
      ._default(z.enum(PENOMORAN_KOTAK), 'PERMENPANRB_3_2020')
      .check(z.describe("Box numbering: 'PERMENPANRB_3_2020' (national, preset) or 'KEMENKEU' (Ministry of Finance variant)")),
    pemetaanPredikat: z
      .prefault(
        z.object({
          SANGAT_BAIK: z._default(z.enum(TINGKAT_KINERJA), PEMETAAN_PREDIKAT_PRESET.SANGAT_BAIK),
          BAIK: z._default(z.enum(TINGKAT_KINERJA), PEMETAAN_PREDIKAT_PRESET.BAIK),
          BUTUH_PERBAIKAN: z._default(z.enum(TINGKAT_KINERJA), PEMETAAN_PREDIKAT_PRESET.BUTUH_PERBAIKAN),
          KURANG: z._default(z.enum(TINGKAT_KINERJA), PEMETAAN_PREDIKAT_PRESET.KURANG),
          SANGAT_KURANG: z._default(z.enum(TINGKAT_KINERJA), PEMETAAN_PREDIKAT_PRESET.SANGAT_KURANG),
        }),
        {},
      )
      .check(
        z.describe(
          'Predikat kinerja → kinerja axis. Preset Sangat Baik → di atas, Baik → sesuai, others → di bawah (implementation convention, unconfirmed).',
        ),
      ),
  }),
  {},
);

const skorSchema = decimalSchema({ min: 0, description: 'Numeric score on the agency scale (e.g. 0–100)' });

export const kotakTalentaInput = z.object({
  kinerja: z
    .union([z.enum(TINGKAT_KINERJA), z.enum(PREDIKAT), skorSchema])
    .check(z.describe('Kinerja: a status (DI_ATAS_EKSPEKTASI …), a predikat kinerja (SANGAT_BAIK …) or a numeric score')),
  potensial: z
    .union([z.enum(TINGKAT_POTENSIAL), skorSchema])
    .check(z.describe('Potensial: a level (TINGGI, MENENGAH, RENDAH) or a numeric score')),
});
export type KotakTalentaInput = z.input<typeof kotakTalentaInput>;

export const kotakTalentaOptions = z.object({ settings: kotakTalentaSettingsSchema });
export type KotakTalentaOptions = z.input<typeof kotakTalentaOptions>;
type Settings = z.output<typeof kotakTalentaSettingsSchema>;

export interface KotakTalenta {
  kotak: Kotak;
  kinerja: TingkatKinerja;
  potensial: TingkatPotensial;
  penomoran: PenomoranKotak;
  rekomendasi: RekomendasiTalenta[];
  kelompokRencanaSuksesi: boolean;
}

/** {@link KotakTalenta} as JSON. */
export const kotakTalentaOutput = z.object({
  kotak: z.int().check(z.minimum(1), z.maximum(9), z.describe('Box number of the nine-box grid under penomoran, 1 (lowest) … 9 (highest)')),
  kinerja: tingkatKinerjaSchema.check(z.describe('Kinerja axis (row), after mapping a predikat or score')),
  potensial: tingkatPotensialSchema.check(z.describe('Potensial axis (column), after mapping a score')),
  penomoran: z.enum(PENOMORAN_KOTAK).check(z.describe('Box numbering used for kotak')),
  rekomendasi: z.array(z.enum(REKOMENDASI_TALENTA)).check(z.describe('Recommendations of the box, as codes')),
  kelompokRencanaSuksesi: z
    .boolean()
    .check(z.describe('The talent enters the kelompok rencana suksesi (national boxes 7, 8, 9, whatever the numbering)')),
});

function sumbuKinerja(v: TingkatKinerja | Predikat | Decimal, s: Settings, reasons: Reason[]): TingkatKinerja {
  const rid = KOTAK_TALENTA_RULE_ID;
  if (v instanceof Decimal) {
    const t: TingkatKinerja = v.greaterThanOrEqualTo(s.ambangKinerja.atas)
      ? 'DI_ATAS_EKSPEKTASI'
      : v.greaterThanOrEqualTo(s.ambangKinerja.sesuai)
        ? 'SESUAI_EKSPEKTASI'
        : 'DI_BAWAH_EKSPEKTASI';
    reasons.push(
      reason(rid, `${rid}.skorKinerja`, 'INFO', CITE_SUMBU, {
        skor: toPlainString(v),
        ambangAtas: toPlainString(s.ambangKinerja.atas),
        ambangSesuai: toPlainString(s.ambangKinerja.sesuai),
        kinerja: t,
      }),
    );
    return t;
  }
  if ((TINGKAT_KINERJA as readonly string[]).includes(v)) return v as TingkatKinerja;
  const t = s.pemetaanPredikat[v as Predikat];
  reasons.push(reason(rid, `${rid}.predikat`, 'INFO', CITE_PREDIKAT, { predikat: v, kinerja: t }));
  return t;
}

function sumbuPotensial(v: TingkatPotensial | Decimal, s: Settings, reasons: Reason[]): TingkatPotensial {
  if (!(v instanceof Decimal)) return v;
  const t: TingkatPotensial = v.greaterThanOrEqualTo(s.ambangPotensial.tinggi)
    ? 'TINGGI'
    : v.greaterThanOrEqualTo(s.ambangPotensial.menengah)
      ? 'MENENGAH'
      : 'RENDAH';
  const rid = KOTAK_TALENTA_RULE_ID;
  reasons.push(
    reason(rid, `${rid}.skorPotensial`, 'INFO', CITE_SUMBU, {
      skor: toPlainString(v),
      ambangTinggi: toPlainString(s.ambangPotensial.tinggi),
      ambangMenengah: toPlainString(s.ambangPotensial.menengah),
      potensial: t,
    }),
  );
  return t;
}

export const kotakTalentaRule = defineRule({
  id: KOTAK_TALENTA_RULE_ID,
  domain: 'competency',
  title: { id: 'Kotak manajemen talenta (sembilan kotak)', en: 'Talent-management box (nine-box grid)' },
  description: {
    id: 'Memetakan pegawai pada sembilan kotak manajemen talenta ASN dari pemeringkatan kinerja dan tingkatan potensial, dengan rekomendasi per kotak dan penanda kelompok rencana suksesi (kotak 7, 8, 9).',
    en: 'Places an employee in the nine-box grid of ASN talent management from the performance ranking and the potential level, with the recommendations of the box and the succession-pool flag (boxes 7, 8, 9).',
  },
  citations: [...CITE_SUMBU, ...CITE_KOTAK],
  input: kotakTalentaInput,
  options: kotakTalentaOptions,
  output: kotakTalentaOutput,
  notes: [
    {
      id: 'Penomoran kotak dan rekomendasi berasal dari implementasi yang konsisten (≥ 7); Lampiran PermenPANRB 3/2020 tidak terbaca. Ambang skor 80/60 dan pemetaan predikat adalah preset (settings), bukan ketentuan nasional.',
      en: 'The box numbering and recommendations come from consistent implementations (≥ 7); the Lampiran of PermenPANRB 3/2020 was not read. The 80/60 score thresholds and the predikat mapping are presets (settings), not national rules.',
    },
    {
      id: 'Ditolak sebagai masukan yang mustahil: skor kinerja atau potensial di bawah 0; ambang yang tidak berurutan (atas harus lebih besar daripada sesuai, tinggi lebih besar daripada menengah), karena satu skor tidak dapat sekaligus di atas dan di bawah ekspektasi.',
      en: 'Refused as impossible input: a performance or potential score below 0; thresholds out of order (atas must be greater than sesuai, tinggi greater than menengah), since one score cannot be both above and below expectations.',
    },
  ],
  examples: [
    {
      title: { id: 'Di atas ekspektasi, potensial tinggi: kotak 9', en: 'Above expectations, high potential: box 9' },
      source: 'docs/sources/competency.md TV-TAL-1/2',
      input: { kinerja: 'DI_ATAS_EKSPEKTASI', potensial: 'TINGGI' },
      expected: {
        kotak: 9,
        kinerja: 'DI_ATAS_EKSPEKTASI',
        potensial: 'TINGGI',
        penomoran: 'PERMENPANRB_3_2020',
        rekomendasi: ['DIPROMOSIKAN_DAN_DIPERTAHANKAN', 'MASUK_KRS_INSTANSI_NASIONAL', 'PENGHARGAAN'],
        kelompokRencanaSuksesi: true,
      },
    },
    {
      title: { id: 'Skor kinerja 80, potensial 79,99: kotak 7', en: 'Performance score 80, potential 79.99: box 7' },
      source: 'docs/sources/competency.md TV-TAL-3',
      input: { kinerja: 80, potensial: '79.99' },
      expected: {
        kotak: 7,
        kinerja: 'DI_ATAS_EKSPEKTASI',
        potensial: 'MENENGAH',
        penomoran: 'PERMENPANRB_3_2020',
        rekomendasi: ['DIPERTAHANKAN', 'MASUK_KRS_INSTANSI', 'ROTASI_PENGAYAAN_JABATAN', 'PENGEMBANGAN_KOMPETENSI', 'TUGAS_BELAJAR'],
        kelompokRencanaSuksesi: true,
      },
    },
    {
      title: {
        id: 'Penomoran Kemenkeu: predikat Baik, potensial tinggi → kotak 7',
        en: 'Kemenkeu numbering: predikat Baik, high potential → box 7',
      },
      source: 'docs/sources/competency.md TV-TAL-4',
      input: { kinerja: 'BAIK', potensial: 'TINGGI' },
      options: { settings: { penomoran: 'KEMENKEU' } },
      expected: {
        kotak: 7,
        kinerja: 'SESUAI_EKSPEKTASI',
        potensial: 'TINGGI',
        penomoran: 'KEMENKEU',
        rekomendasi: ['DIPERTAHANKAN', 'MASUK_KRS_INSTANSI', 'ROTASI_PERLUASAN_JABATAN', 'BIMBINGAN_KINERJA'],
        kelompokRencanaSuksesi: true,
      },
    },
  ],
  evaluate(input, options) {
    const s = options.settings;
    const reasons: Reason[] = [];
    const kinerja = sumbuKinerja(input.kinerja, s, reasons);
    const potensial = sumbuPotensial(input.potensial, s, reasons);
    const kotak = NOMOR_KOTAK[s.penomoran][kinerja][potensial];
    const rekomendasi = [...REKOMENDASI_KOTAK[kinerja][potensial]];
    const krs = masukKelompokRencanaSuksesi(kinerja, potensial);
    const rid = KOTAK_TALENTA_RULE_ID;
    reasons.push(reason(rid, `${rid}.kotak`, 'INFO', CITE_KOTAK, { kinerja, potensial, kotak, penomoran: s.penomoran }));
    reasons.push(reason(rid, `${rid}.rekomendasi`, 'INFO', CITE_KOTAK, { kotak, rekomendasi: rekomendasi.join(', ') }));
    reasons.push(reason(rid, krs ? `${rid}.talenta` : `${rid}.bukanTalenta`, krs ? 'PASS' : 'FAIL', CITE_KOTAK, { kotak }));
    return decision<KotakTalenta>({ kotak, kinerja, potensial, penomoran: s.penomoran, rekomendasi, kelompokRencanaSuksesi: krs }, reasons);
  },
});

/**
 * The nine-box of ASN talent management: `{ kotak, rekomendasi, kelompokRencanaSuksesi }` from kinerja
 * (status, predikat or score) and potensial (level or score).
 *
 * @example
 * kotakTalenta({ kinerja: 'SESUAI_EKSPEKTASI', potensial: 'TINGGI' }).value.kotak // 8
 */
export const kotakTalenta = kotakTalentaRule.run;

/** The value of {@link kotakTalenta}'s decision. */
export type KotakTalentaOutput = RuleOutputOf<typeof kotakTalentaRule>;
