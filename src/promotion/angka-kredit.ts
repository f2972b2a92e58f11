import { BATAS_MASA_KERJA_PNS } from '../core/masa-kerja-pns.js';
import * as z from 'zod/mini';
import { addMonths, endOfMonth, type IsoDate, isoDateSchema, monthOf, yearOf } from '../core/calendar.js';
import { Decimal, decimalSchema, formatFixed, roundHalfUp, toPlainString } from '../core/decimal.js';
import { type Citation, decision, type Reason, reason } from '../core/decision.js';
import { dateOutputSchema, decimalOutputSchema } from '../core/output.js';
import { defineRule, type RuleInputOf, type RuleOptionsOf, type RuleOutputOf } from '../core/rule.js';
import { contradiction, superRefineParsed } from '../core/refine.js';
import { deepFreeze } from '../core/freeze.js';
import { addYears } from '../core/calendar.js';
import { MAKS_PERIODE_ANGKA_KREDIT, TANGGAL_TERAKHIR } from './_bersama/invariants.js';
import { type Predikat, predikatSchema } from '../performance/types.js';
import { JENJANG_JABATAN_FUNGSIONAL, koefisienKeterampilanSchema, koefisienTahunan } from './jenjang-jf.js';
import { golonganBerikutnya, golonganSchema, type JenjangJf, jenjangJfSchema } from './types.js';

export const ANGKA_KREDIT_KONVERSI_RULE_ID = 'promotion.angkaKreditKonversi';
export const AKUMULASI_ANGKA_KREDIT_RULE_ID = 'promotion.akumulasiAngkaKredit';

/** Share of the koefisien tahunan earned per predikat kinerja, in percent (PermenPANRB 1/2023; Peraturan BKN 3/2023). */
export const PERSENTASE_PREDIKAT_AK: Readonly<Record<Predikat, number>> = deepFreeze({
  SANGAT_BAIK: 150,
  BAIK: 100,
  BUTUH_PERBAIKAN: 75,
  KURANG: 50,
  SANGAT_KURANG: 25,
});

/** Decimals shown for angka kredit (the BKN example shows 2/12 × 12.5 as 2,08). */
export const DESIMAL_TAMPILAN_AK = 2;

const CITE_KONVERSI: Citation[] = deepFreeze([
  { regulation: 'PERMENPANRB_1_2023', article: 'Pasal 36–37' },
  { regulation: 'PERBKN_3_2023', annex: 'Lampiran I' },
]);
const CITE_AKK: Citation[] = deepFreeze([{ regulation: 'PERMENPANRB_1_2023', annex: 'Lampiran' }, { regulation: 'PERBKN_3_2023' }]);
/** The projection stops at a working life: appointed at 18 at the earliest (PP 11/2017 Pasal 23 ayat (1) huruf a). */
const CITE_MASA_KERJA: Citation[] = deepFreeze([{ regulation: 'PP_11_2017', article: 'Pasal 23 ayat (1) huruf a' }]);
/** Months of the longest working life: a shortfall that takes longer is never covered. */
const BULAN_MASA_KERJA_MAKSIMAL = BATAS_MASA_KERJA_PNS.tahunMaksimum * 12;

const pembulatanPerPeriodeSchema = z
  ._default(z.boolean(), false)
  .check(z.describe("Setting: round each period's AK to 2 decimals before adding (preset false: full precision, 2 decimals shown only)"));

export const angkaKreditKonversiOptions = z.object({
  koefisienKeterampilan: koefisienKeterampilanSchema,
  pembulatanPerPeriode: pembulatanPerPeriodeSchema,
});

/** AK of one period as a multiple of 1/12: bulan × persentase × koefisien / 100 (exact). */
function akPerDuaBelas(bulan: number, predikat: Predikat, koefisien: Decimal): Decimal {
  return new Decimal(bulan).times(PERSENTASE_PREDIKAT_AK[predikat]).times(koefisien).dividedBy(100);
}

/** Angka kredit with the value at full precision and as shown. */
export interface NilaiAngkaKredit {
  /** Full precision (plain decimal string). */
  angkaKredit: string;
  /** Rounded half up to two decimals, for display. */
  display: string;
}

/** Schema of {@link NilaiAngkaKredit} as JSON. */
export const angkaKreditKonversiOutput = z.object({
  angkaKredit: decimalOutputSchema.check(z.describe('Angka kredit at full precision (no rounding unless pembulatanPerPeriode)')),
  display: decimalOutputSchema.check(z.describe('Angka kredit rounded half up to exactly 2 decimals, for display')),
});

export const angkaKreditKonversiInput = z.object({
  jenjang: jenjangJfSchema.check(z.describe('Jenjang jabatan fungsional during the period')),
  predikat: predikatSchema.check(z.describe('Predikat kinerja of the period')),
  bulan: z._default(z.int().check(z.minimum(1), z.maximum(12)), 12).check(z.describe('Months appraised (12 for an annual appraisal)')),
});

export const angkaKreditKonversiRule = defineRule({
  id: ANGKA_KREDIT_KONVERSI_RULE_ID,
  domain: 'promotion',
  title: { id: 'Konversi predikat kinerja ke angka kredit', en: 'Conversion of a performance rating to credit points' },
  description: {
    id: 'Angka kredit jabatan fungsional dari predikat kinerja: bulan/12 × persentase predikat (150/100/75/50/25 %) × koefisien tahunan jenjang. Presisi penuh, ditampilkan dua desimal.',
    en: 'Functional-position credit points from a performance rating: months/12 × rating share (150/100/75/50/25 %) × the annual coefficient of the grade. Full precision, shown with two decimals.',
  },
  citations: CITE_KONVERSI,
  input: angkaKreditKonversiInput,
  options: angkaKreditKonversiOptions,
  output: angkaKreditKonversiOutput,
  examples: [
    {
      title: { id: 'Ahli Pertama, Jan–Des 2023, Sangat Baik', en: 'Ahli Pertama, Jan–Dec 2023, Very Good' },
      input: { jenjang: 'AHLI_PERTAMA', predikat: 'SANGAT_BAIK', bulan: 12 },
      expected: { angkaKredit: '18.75', display: '18.75' },
      source: 'BKN Direktorat Jabatan ASN, Peraturan BKN 3/2023 slides (digest §9 vector 1)',
    },
    {
      title: { id: 'Ahli Pertama, Jan–Feb 2024, Baik', en: 'Ahli Pertama, Jan–Feb 2024, Good' },
      input: { jenjang: 'AHLI_PERTAMA', predikat: 'BAIK', bulan: 2 },
      expected: { angkaKredit: '2.083333333333333333333333333333333333333', display: '2.08' },
      source: 'BKN Direktorat Jabatan ASN, Peraturan BKN 3/2023 slides (digest §9 vector 2)',
    },
    {
      title: { id: 'Guru Ahli Madya, 2023, Baik', en: 'Teacher Ahli Madya, 2023, Good' },
      input: { jenjang: 'AHLI_MADYA', predikat: 'BAIK' },
      expected: { angkaKredit: '37.5', display: '37.50' },
      source: 'PAK Konversi, SMAN 1 Labuhan Deli (digest §9 vector 3)',
    },
  ],
  notes: [
    {
      id: 'Pengaturan koefisienKeterampilan (preset Pemula 3,75; Terampil 5; Mahir 12,5; Penyelia 25): hanya dari sumber kode, bukan teks Lampiran.',
      en: 'Setting koefisienKeterampilan (preset Pemula 3.75, Terampil 5, Mahir 12.5, Penyelia 25): from code sources only, not the Lampiran text.',
    },
    {
      id: 'Pengaturan pembulatanPerPeriode (preset false): apakah AK periodik dibulatkan dua desimal per periode atau hanya saat ditampilkan belum dikonfirmasi.',
      en: 'Setting pembulatanPerPeriode (preset false): whether periodic AK is rounded to two decimals per period or only for display is unconfirmed.',
    },
    {
      id: 'Batas masukan: bulan 1–12 (satu periode paling lama satu tahun penilaian); tidak ada kombinasi kolom yang saling bertentangan.',
      en: 'Input bounds: bulan 1–12 (a period is at most one appraisal year); no combination of fields can contradict another.',
    },
  ],
  evaluate(input, o) {
    const koefisien = koefisienTahunan(input.jenjang, o.koefisienKeterampilan);
    let ak = akPerDuaBelas(input.bulan, input.predikat, koefisien).dividedBy(12);
    if (o.pembulatanPerPeriode) ak = roundHalfUp(ak, DESIMAL_TAMPILAN_AK);
    const value: NilaiAngkaKredit = { angkaKredit: toPlainString(ak), display: formatFixed(ak, DESIMAL_TAMPILAN_AK) };
    return decision(value, [
      reason(ANGKA_KREDIT_KONVERSI_RULE_ID, `${ANGKA_KREDIT_KONVERSI_RULE_ID}.rumus`, 'INFO', CITE_KONVERSI, {
        bulan: input.bulan,
        predikat: input.predikat,
        persentase: PERSENTASE_PREDIKAT_AK[input.predikat],
        jenjang: input.jenjang,
        koefisien: toPlainString(koefisien),
        angkaKredit: value.display,
      }),
    ]);
  },
});

/**
 * Angka kredit from one period's predikat kinerja: `bulan/12 × persentase × koefisien`.
 *
 * @example
 * angkaKreditKonversi({ jenjang: 'AHLI_PERTAMA', predikat: 'SANGAT_BAIK', bulan: 12 }).value.display // '18.75'
 */
export const angkaKreditKonversi = angkaKreditKonversiRule.run;

/** Input of {@link angkaKreditKonversi}, as callers write it (a deeply readonly value is accepted too). */
export type AngkaKreditKonversiInput = RuleInputOf<typeof angkaKreditKonversiRule>;
/** Options of {@link angkaKreditKonversi}. */
export type AngkaKreditKonversiOptions = RuleOptionsOf<typeof angkaKreditKonversiRule>;
/** The value of {@link angkaKreditKonversi}'s decision. */
export type AngkaKreditKonversiOutput = RuleOutputOf<typeof angkaKreditKonversiRule>;

// ---------------------------------------------------------------------------------------------
// Akumulasi

/** One appraisal period: whole calendar months from the 1st of `dari`'s month to the last day of `sampai`'s. */
export const periodeAngkaKreditSchema = z
  .object({
    dari: isoDateSchema.check(z.describe('First day of the period (the 1st of a month)')),
    sampai: isoDateSchema.check(z.describe('Last day of the period (the last day of a month)')),
    predikat: predikatSchema,
    jenjang: z.optional(jenjangJfSchema).check(z.describe('Jenjang during the period; default: the current jenjang')),
  })
  .check(
    // Runs only once both dates parsed (superRefineParsed).
    superRefineParsed((p, ctx) => {
      if (p.dari.slice(8) !== '01') {
        ctx.addIssue(contradiction({ en: 'must be the first day of a month', id: 'harus tanggal 1 suatu bulan' }, ['dari']));
      }
      if (p.sampai !== endOfMonth(p.sampai)) {
        ctx.addIssue(contradiction({ en: 'must be the last day of a month', id: 'harus hari terakhir suatu bulan' }, ['sampai']));
      }
      if (p.sampai < p.dari) {
        ctx.addIssue(contradiction({ en: 'must not be before dari', id: 'tidak boleh sebelum dari' }, ['sampai']));
      }
    }),
  );
export type PeriodeAngkaKredit = z.output<typeof periodeAngkaKreditSchema>;

function jumlahBulan(p: { dari: IsoDate; sampai: IsoDate }): number {
  return (yearOf(p.sampai) - yearOf(p.dari)) * 12 + monthOf(p.sampai) - monthOf(p.dari) + 1;
}

const akSchema = (d: string) => z.prefault(decimalSchema({ min: 0 }), 0).check(z.describe(d));

export const akumulasiAngkaKreditInput = z
  .object({
    jenjang: jenjangJfSchema.check(z.describe('Current jenjang')),
    golongan: golonganSchema.check(z.describe('Current golongan (within the jenjang)')),
    periode: z
      ._default(z.array(periodeAngkaKreditSchema).check(z.maxLength(MAKS_PERIODE_ANGKA_KREDIT)), [])
      .check(
        z.describe(
          `Appraisal periods since the last PAK, non-overlapping, within one working life (at most ${MAKS_PERIODE_ANGKA_KREDIT}: whole months of ${BATAS_MASA_KERJA_PNS.tahunMaksimum} years)`,
        ),
      ),
    akDasar: akSchema('AK dasar (perpindahan/pengangkatan)'),
    akJfLama: akSchema('AK JF lama'),
    akPenyesuaian: akSchema('AK penyesuaian/penyetaraan'),
    akKelebihan: akSchema('Excess AK carried over from the previous KP in the same jenjang'),
    peningkatanPendidikan: z
      ._default(z.boolean(), false)
      .check(z.describe('A higher formal ijazah obtained: +25 % of the KP AKK of the jenjang, once')),
  })
  .check(
    superRefineParsed((x, ctx) => {
      const info = JENJANG_JABATAN_FUNGSIONAL[x.jenjang];
      if (!info.golongan.includes(x.golongan)) {
        ctx.addIssue(
          contradiction(
            {
              en: `must be within the jenjang's golongan (${info.golongan.join(', ')})`,
              id: `harus berada dalam golongan jenjang itu (${info.golongan.join(', ')})`,
            },
            ['golongan'],
          ),
        );
      }
      // Each period that starts before an earlier-starting one has ended (not only its neighbour: a long
      // period can overlap several later ones).
      const sorted = x.periode.map((p, i) => ({ ...p, i })).sort((a, b) => (a.dari < b.dari ? -1 : 1));
      let berakhir = '';
      for (const p of sorted) {
        if (p.dari <= berakhir) {
          ctx.addIssue(
            contradiction({ en: 'periods must not overlap', id: 'periode tidak boleh saling tumpang tindih' }, ['periode', p.i, 'dari']),
          );
        }
        if (p.sampai > berakhir) berakhir = p.sampai;
      }
      // The periods of one PNS lie within one working life.
      const pertama = sorted[0];
      const terakhir = sorted.find((p) => p.sampai === berakhir);
      if (pertama && terakhir && addYears(pertama.dari, BATAS_MASA_KERJA_PNS.tahunMaksimum) < berakhir) {
        ctx.addIssue(
          contradiction(
            {
              en: `ends more than ${BATAS_MASA_KERJA_PNS.tahunMaksimum} years after the first period starts (${pertama.dari}); no PNS serves longer`,
              id: `berakhir lebih dari ${BATAS_MASA_KERJA_PNS.tahunMaksimum} tahun setelah periode pertama dimulai (${pertama.dari}); tidak ada PNS yang mengabdi selama itu`,
            },
            ['periode', terakhir.i, 'sampai'],
          ),
        );
      }
    }),
  );
export type AkumulasiAngkaKreditInput = z.input<typeof akumulasiAngkaKreditInput>;

export const akumulasiAngkaKreditOptions = z.object({
  koefisienKeterampilan: koefisienKeterampilanSchema,
  pembulatanPerPeriode: pembulatanPerPeriodeSchema,
  predikatProyeksi: z
    .optional(predikatSchema)
    .check(z.describe("Predikat assumed for the months after the last period, for the earliest month; default: the last period's")),
});

export type KenaikanDidahulukan = 'KENAIKAN_JENJANG' | 'KENAIKAN_PANGKAT';

/** Outcome of {@link akumulasiAngkaKredit}. Decimals: full precision, with a two-decimal display of the AKK. */
export interface AkumulasiAngkaKredit {
  /** Angka kredit kumulatif (AKK) counted toward the next kenaikan pangkat. */
  akk: string;
  akkDisplay: string;
  /** The part of the AKK from predikat conversion. */
  akKonversi: string;
  /** AKK needed for the next KP; `null` at the top golongan of the top jenjang. */
  kebutuhanKenaikanPangkat: string | null;
  /** AKK in the jenjang needed for KJ; `null` at the top jenjang. */
  kebutuhanKenaikanJenjang: string | null;
  /** AKK counted in the jenjang (previous KPs in the jenjang at the KP threshold each, plus the AKK). */
  akkJenjang: string;
  memenuhiKenaikanPangkat: boolean;
  memenuhiKenaikanJenjang: boolean;
  /** Which step is taken first: KJ when both are met (then KP with the same AK). */
  didahulukan: KenaikanDidahulukan | null;
  /** AKK above the KP threshold, carried to the next KP in the same jenjang. */
  kelebihan: string | null;
  /** AKK still missing for the next KP. */
  kekurangan: string | null;
  /** Months needed at the projected predikat to cover the shortfall. */
  bulanKekurangan: number | null;
  /** Last day of the month in which the shortfall is covered at the projected predikat. */
  tanggalTerpenuhi: IsoDate | null;
}

/** Schema of {@link AkumulasiAngkaKredit} as JSON. */
export const akumulasiAngkaKreditOutput = z.object({
  akk: decimalOutputSchema.check(z.describe('Angka kredit kumulatif (AKK) counted toward the next kenaikan pangkat, full precision')),
  akkDisplay: decimalOutputSchema.check(z.describe('akk rounded half up to exactly 2 decimals, for display')),
  akKonversi: decimalOutputSchema.check(z.describe('The part of akk converted from the predikat of the periods')),
  kebutuhanKenaikanPangkat: z
    .nullable(decimalOutputSchema)
    .check(z.describe('AKK needed for the next kenaikan pangkat; null at the top golongan of the top jenjang')),
  kebutuhanKenaikanJenjang: z
    .nullable(decimalOutputSchema)
    .check(z.describe('AKK in the jenjang needed for kenaikan jenjang; null at the top jenjang')),
  akkJenjang: decimalOutputSchema.check(
    z.describe('AKK counted in the jenjang: previous KPs in the jenjang at the KP threshold each, plus akk'),
  ),
  memenuhiKenaikanPangkat: z.boolean().check(z.describe('akk reaches kebutuhanKenaikanPangkat')),
  memenuhiKenaikanJenjang: z.boolean().check(z.describe('akkJenjang reaches kebutuhanKenaikanJenjang')),
  didahulukan: z
    .nullable(z.enum(['KENAIKAN_JENJANG', 'KENAIKAN_PANGKAT']))
    .check(z.describe('Which step comes first: kenaikan jenjang when both are met (then KP with the same AK); null when neither')),
  kelebihan: z
    .nullable(decimalOutputSchema)
    .check(z.describe('AKK above the KP threshold, carried to the next KP in the same jenjang; null when the KP is not met')),
  kekurangan: z.nullable(decimalOutputSchema).check(z.describe('AKK still missing for the next KP; null when met or at the top')),
  bulanKekurangan: z
    .nullable(z.int())
    .check(
      z.describe('Months needed at the projected predikat to cover kekurangan; null when there is no shortfall or no predikat to project'),
    ),
  tanggalTerpenuhi: z
    .nullable(dateOutputSchema)
    .check(
      z.describe(
        'Last day of the month in which kekurangan is covered at the projected predikat; null when not projected from a period, or when it would take longer than a working life or fall after 2999-12-31',
      ),
    ),
});

export const akumulasiAngkaKreditRule = defineRule({
  id: AKUMULASI_ANGKA_KREDIT_RULE_ID,
  domain: 'promotion',
  title: { id: 'Akumulasi angka kredit jabatan fungsional', en: 'Accumulated credit points of a functional position' },
  description: {
    id: 'Angka kredit kumulatif dari periode penilaian (konversi predikat) ditambah AK dasar, AK JF lama, AK penyesuaian, kelebihan AK dan AK peningkatan pendidikan (25 % AKK kenaikan pangkat, sekali); dibandingkan dengan AKK kenaikan pangkat dan kenaikan jenjang; kenaikan jenjang didahulukan bila keduanya terpenuhi; kekurangan dan bulan paling cepat terpenuhi.',
    en: 'Cumulative credit points from appraisal periods (rating conversion) plus base, legacy, adjustment, carried-over and education credit (25 % of the promotion AKK, once); compared with the AKK for promotion and for grade advancement; grade advancement first when both are met; the shortfall and the earliest month it is covered.',
  },
  citations: CITE_AKK,
  input: akumulasiAngkaKreditInput,
  options: akumulasiAngkaKreditOptions,
  output: akumulasiAngkaKreditOutput,
  examples: [
    {
      title: {
        id: 'Ahli Pertama: 18,75 (2023, Sangat Baik) + 2,08 (Jan–Feb 2024, Baik) = 20,83',
        en: 'Ahli Pertama: 18.75 (2023, Very Good) + 2.08 (Jan–Feb 2024, Good) = 20.83',
      },
      input: {
        jenjang: 'AHLI_PERTAMA',
        golongan: 'III/a',
        periode: [
          { dari: '2023-01-01', sampai: '2023-12-31', predikat: 'SANGAT_BAIK' },
          { dari: '2024-01-01', sampai: '2024-02-29', predikat: 'BAIK' },
        ],
      },
      expected: {
        akk: '20.83333333333333333333333333333333333333',
        akkDisplay: '20.83',
        akKonversi: '20.83333333333333333333333333333333333333',
        kebutuhanKenaikanPangkat: '50',
        kebutuhanKenaikanJenjang: '100',
        akkJenjang: '20.83333333333333333333333333333333333333',
        memenuhiKenaikanPangkat: false,
        memenuhiKenaikanJenjang: false,
        didahulukan: null,
        kelebihan: null,
        kekurangan: '29.16666666666666666666666666666666666667',
        bulanKekurangan: 28,
        tanggalTerpenuhi: '2026-06-30',
      },
      source: 'BKN Direktorat Jabatan ASN, Peraturan BKN 3/2023 slides (digest §9 vectors 1–2)',
    },
    {
      title: {
        id: 'Ahli Pertama III/a, Sangat Baik dua tahun: kurang 12,5, terpenuhi 8 bulan kemudian',
        en: 'Ahli Pertama III/a, Very Good for two years: 12.5 short, met 8 months later',
      },
      input: {
        jenjang: 'AHLI_PERTAMA',
        golongan: 'III/a',
        periode: [
          { dari: '2023-01-01', sampai: '2023-12-31', predikat: 'SANGAT_BAIK' },
          { dari: '2024-01-01', sampai: '2024-12-31', predikat: 'SANGAT_BAIK' },
        ],
      },
      expected: {
        akk: '37.5',
        akkDisplay: '37.50',
        akKonversi: '37.5',
        kebutuhanKenaikanPangkat: '50',
        kebutuhanKenaikanJenjang: '100',
        akkJenjang: '37.5',
        memenuhiKenaikanPangkat: false,
        memenuhiKenaikanJenjang: false,
        didahulukan: null,
        kelebihan: null,
        kekurangan: '12.5',
        bulanKekurangan: 8,
        tanggalTerpenuhi: '2025-08-31',
      },
      source: 'digest §9 vector 8 (derived)',
    },
  ],
  notes: [
    {
      id: 'AKK kenaikan jenjang dihitung sebagai: jumlah golongan yang telah dilalui dalam jenjang × AKK kenaikan pangkat, ditambah AKK saat ini (setiap KP dalam jenjang memakai tepat AKK kenaikan pangkat). Golongan harus berada dalam rentang jenjang.',
      en: "The AKK for grade advancement is counted as: golongan already passed in the grade × the promotion AKK, plus the current AKK (each KP in the grade used exactly the promotion AKK). The golongan must be within the grade's range.",
    },
    {
      id: 'Kelebihan AKK dibawa ke KP berikutnya dalam jenjang yang sama. Kenaikan jenjang juga mensyaratkan uji kompetensi, lowongan, predikat ≥ Baik dan ≥ 1 tahun dalam jenjang: tidak dinilai di sini.',
      en: 'Excess AKK carries over to the next KP in the same grade. Grade advancement also needs a competency test, a vacancy, predikat ≥ Baik and ≥ 1 year in the grade: not judged here.',
    },
    {
      id: `Ditolak sebagai mustahil: golongan di luar jenjang; periode yang tidak dimulai tanggal 1 atau tidak berakhir pada akhir bulan, berakhir sebelum dimulai, saling tumpang tindih, atau terbentang lebih dari ${BATAS_MASA_KERJA_PNS.tahunMaksimum} tahun (satu masa kerja: diangkat paling rendah usia 18, PP 11/2017 Pasal 23 ayat (1) huruf a); AK bernilai negatif; lebih dari ${MAKS_PERIODE_ANGKA_KREDIT} periode. Proyeksi yang memerlukan lebih dari ${BATAS_MASA_KERJA_PNS.tahunMaksimum * 12} bulan atau jatuh setelah ${TANGGAL_TERAKHIR} tidak diberi tanggal (tanggalTerpenuhi null, dengan alasannya).`,
      en: `Refused as impossible: a golongan outside the jenjang; periods not starting on the 1st or not ending on a month end, ending before they start, overlapping, or spanning more than ${BATAS_MASA_KERJA_PNS.tahunMaksimum} years (one working life: appointed at 18 at the earliest, PP 11/2017 Pasal 23 ayat (1) huruf a); negative AK; more than ${MAKS_PERIODE_ANGKA_KREDIT} periods. A projection that needs more than ${BATAS_MASA_KERJA_PNS.tahunMaksimum * 12} months or falls after ${TANGGAL_TERAKHIR} gets no date (tanggalTerpenuhi null, with its reason).`,
    },
  ],
  evaluate(x, o) {
    const ID = AKUMULASI_ANGKA_KREDIT_RULE_ID;
    const info = JENJANG_JABATAN_FUNGSIONAL[x.jenjang];
    const reasons: Reason[] = [];
    const periode = [...x.periode].sort((a, b) => (a.dari < b.dari ? -1 : 1));

    // Conversion: sum exact twelfths, divide once (or round per period when the setting says so).
    let duaBelas = new Decimal(0);
    let dibulatkan = new Decimal(0);
    for (const p of periode) {
      const jenjang: JenjangJf = p.jenjang ?? x.jenjang;
      const bulan = jumlahBulan(p);
      const koefisien = koefisienTahunan(jenjang, o.koefisienKeterampilan);
      const t = akPerDuaBelas(bulan, p.predikat, koefisien);
      duaBelas = duaBelas.plus(t);
      const akPeriode = t.dividedBy(12);
      dibulatkan = dibulatkan.plus(roundHalfUp(akPeriode, DESIMAL_TAMPILAN_AK));
      reasons.push(
        reason(ID, `${ID}.periode`, 'INFO', CITE_KONVERSI, {
          dari: p.dari,
          sampai: p.sampai,
          bulan,
          predikat: p.predikat,
          persentase: PERSENTASE_PREDIKAT_AK[p.predikat],
          jenjang,
          koefisien: toPlainString(koefisien),
          angkaKredit: formatFixed(akPeriode, DESIMAL_TAMPILAN_AK),
        }),
      );
    }
    // Everything is compared in twelfths, so thresholds and shortfalls are exact.
    const akKonversi12 = o.pembulatanPerPeriode ? dibulatkan.times(12) : duaBelas;
    const akKonversi = akKonversi12.dividedBy(12);
    const akkKp = new Decimal(info.akkKenaikanPangkat);
    const akPendidikan = x.peningkatanPendidikan ? akkKp.times(25).dividedBy(100) : new Decimal(0);
    const akLain = x.akDasar.plus(x.akJfLama).plus(x.akPenyesuaian).plus(x.akKelebihan).plus(akPendidikan);
    const akk12 = akLain.times(12).plus(akKonversi12);
    const akk = akk12.dividedBy(12);
    reasons.push(
      reason(ID, `${ID}.jumlah`, 'INFO', CITE_AKK, {
        akDasar: toPlainString(x.akDasar),
        akJfLama: toPlainString(x.akJfLama),
        akPenyesuaian: toPlainString(x.akPenyesuaian),
        akKelebihan: toPlainString(x.akKelebihan),
        akPendidikan: formatFixed(akPendidikan, DESIMAL_TAMPILAN_AK),
        akKonversi: formatFixed(akKonversi, DESIMAL_TAMPILAN_AK),
        akk: formatFixed(akk, DESIMAL_TAMPILAN_AK),
      }),
    );

    // Kenaikan pangkat: possible unless at the top golongan of the top jenjang.
    const posisi = info.golongan.indexOf(x.golongan);
    const puncak = info.jenjangBerikutnya === null && posisi === info.golongan.length - 1;
    const memenuhiKp = !puncak && akk12.greaterThanOrEqualTo(akkKp.times(12));
    if (puncak) {
      reasons.push(reason(ID, `${ID}.pangkatPuncakJenjang`, 'INFO', CITE_AKK, { jenjang: x.jenjang, golongan: x.golongan }));
    } else {
      reasons.push(
        reason(ID, `${ID}.kenaikanPangkat`, memenuhiKp ? 'PASS' : 'FAIL', CITE_AKK, {
          golongan: x.golongan,
          golonganTujuan: golonganBerikutnya(x.golongan),
          akk: formatFixed(akk, DESIMAL_TAMPILAN_AK),
          kebutuhan: toPlainString(akkKp),
        }),
      );
    }

    // Kenaikan jenjang: AKK in the jenjang = golongan passed × KP threshold + AKK.
    const akkJenjang12 = akkKp.times(posisi).times(12).plus(akk12);
    const akkJenjang = akkJenjang12.dividedBy(12);
    const akkKj = info.akkKenaikanJenjang === null ? null : new Decimal(info.akkKenaikanJenjang);
    const memenuhiKj = akkKj !== null && akkJenjang12.greaterThanOrEqualTo(akkKj.times(12));
    if (akkKj === null) {
      reasons.push(reason(ID, `${ID}.jenjangPuncak`, 'INFO', CITE_AKK, { jenjang: x.jenjang }));
    } else {
      reasons.push(
        reason(ID, `${ID}.kenaikanJenjang`, memenuhiKj ? 'PASS' : 'FAIL', CITE_AKK, {
          jenjang: x.jenjang,
          jenjangBerikutnya: info.jenjangBerikutnya,
          akkJenjang: formatFixed(akkJenjang, DESIMAL_TAMPILAN_AK),
          kebutuhan: toPlainString(akkKj),
        }),
      );
    }
    const didahulukan: KenaikanDidahulukan | null = memenuhiKj ? 'KENAIKAN_JENJANG' : memenuhiKp ? 'KENAIKAN_PANGKAT' : null;
    if (memenuhiKj && memenuhiKp) reasons.push(reason(ID, `${ID}.jenjangDidahulukan`, 'INFO', CITE_AKK, { jenjang: x.jenjang }));

    // Excess or shortfall, and the earliest month at the projected predikat.
    let kelebihan: Decimal | null = null;
    let kekurangan: Decimal | null = null;
    let bulanKekurangan: number | null = null;
    let tanggalTerpenuhi: IsoDate | null = null;
    if (memenuhiKp) {
      kelebihan = akk12.minus(akkKp.times(12)).dividedBy(12);
      reasons.push(reason(ID, `${ID}.kelebihan`, 'INFO', CITE_AKK, { kelebihan: formatFixed(kelebihan, DESIMAL_TAMPILAN_AK) }));
    } else if (!puncak) {
      const kekurangan12 = akkKp.times(12).minus(akk12);
      kekurangan = kekurangan12.dividedBy(12);
      const terakhir = periode[periode.length - 1];
      const predikat = o.predikatProyeksi ?? terakhir?.predikat;
      if (predikat !== undefined) {
        const perBulanDuaBelas = akPerDuaBelas(1, predikat, koefisienTahunan(x.jenjang, o.koefisienKeterampilan));
        bulanKekurangan = kekurangan12.dividedBy(perBulanDuaBelas).ceil().toNumber();
        // `sampai` is a month's last day: adding months clamps to a month end, and endOfMonth settles the rest.
        const proyeksi = terakhir ? endOfMonth(addMonths(terakhir.sampai, bulanKekurangan)) : null;
        const shown = { kekurangan: formatFixed(kekurangan, DESIMAL_TAMPILAN_AK), predikat, bulan: bulanKekurangan };
        if (bulanKekurangan > BULAN_MASA_KERJA_MAKSIMAL) {
          // Clamped: no PNS serves long enough to cover it at this predikat, so no date is projected.
          reasons.push(
            reason(ID, `${ID}.kekuranganMelampauiMasaKerja`, 'INFO', CITE_MASA_KERJA, { ...shown, maksimal: BULAN_MASA_KERJA_MAKSIMAL }),
          );
        } else if (proyeksi !== null && proyeksi > TANGGAL_TERAKHIR) {
          reasons.push(reason(ID, `${ID}.kekuranganMelampauiKalender`, 'INFO', CITE_KONVERSI, { ...shown, batas: TANGGAL_TERAKHIR }));
        } else {
          tanggalTerpenuhi = proyeksi;
          reasons.push(reason(ID, `${ID}.kekurangan`, 'INFO', CITE_KONVERSI, { ...shown, tanggal: tanggalTerpenuhi ?? '—' }));
        }
      } else {
        reasons.push(
          reason(ID, `${ID}.kekuranganTanpaProyeksi`, 'INFO', CITE_AKK, { kekurangan: formatFixed(kekurangan, DESIMAL_TAMPILAN_AK) }),
        );
      }
    }

    const value: AkumulasiAngkaKredit = {
      akk: toPlainString(akk),
      akkDisplay: formatFixed(akk, DESIMAL_TAMPILAN_AK),
      akKonversi: toPlainString(akKonversi),
      kebutuhanKenaikanPangkat: puncak ? null : toPlainString(akkKp),
      kebutuhanKenaikanJenjang: akkKj === null ? null : toPlainString(akkKj),
      akkJenjang: toPlainString(akkJenjang),
      memenuhiKenaikanPangkat: memenuhiKp,
      memenuhiKenaikanJenjang: memenuhiKj,
      didahulukan,
      kelebihan: kelebihan === null ? null : toPlainString(kelebihan),
      kekurangan: kekurangan === null ? null : toPlainString(kekurangan),
      bulanKekurangan,
      tanggalTerpenuhi,
    };
    return decision(value, reasons);
  },
});

/**
 * Angka kredit kumulatif of a PNS in a jabatan fungsional (PermenPANRB 1/2023; Peraturan BKN 3/2023), with
 * the KP and KJ thresholds, the carried-over excess and the remaining shortfall.
 *
 * @example
 * akumulasiAngkaKredit({ jenjang: 'AHLI_PERTAMA', golongan: 'III/a', periode: [
 *   { dari: '2023-01-01', sampai: '2023-12-31', predikat: 'SANGAT_BAIK' },
 *   { dari: '2024-01-01', sampai: '2024-02-29', predikat: 'BAIK' } ] }).value.akkDisplay // '20.83'
 */
export const akumulasiAngkaKredit = akumulasiAngkaKreditRule.run;

/** Options of {@link akumulasiAngkaKredit}. */
export type AkumulasiAngkaKreditOptions = RuleOptionsOf<typeof akumulasiAngkaKreditRule>;
/** The value of {@link akumulasiAngkaKredit}'s decision. */
export type AkumulasiAngkaKreditOutput = RuleOutputOf<typeof akumulasiAngkaKreditRule>;
