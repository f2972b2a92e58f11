import * as z from 'zod/mini';
import { formatFixed, roundHalfUp, toPlainString } from '../core/decimal.js';
import { decision } from '../core/decision.js';
import { reasonsOf } from '../core/messages.js';
import { decimalOutputSchema } from '../core/output.js';
import { defineRule, type RuleInputOf, type RuleOptionsOf, type RuleOutputOf } from '../core/rule.js';
import { formulaTable } from '../core/tables.js';
import { predikatSchema } from '../performance/types.js';
import { koefisienKeterampilanSchema, koefisienTahunan } from './_bersama/jenjang-jf.js';
import {
  akPerDuaBelas,
  BULAN_SETAHUN,
  CITATIONS_KONVERSI,
  DESIMAL_TAMPILAN_AK,
  PERSENTASE_PREDIKAT_AK,
  pembulatanPerPeriodeSchema,
  tabelKoefisienTahunan,
  tabelPersentasePredikat,
} from './_bersama/konversi-angka-kredit.js';
import type { ANGKA_KREDIT_KONVERSI_MESSAGES } from './angka-kredit-konversi.messages.js';
import { jenjangJfSchema } from './types.js';

export const ANGKA_KREDIT_KONVERSI_RULE_ID = 'promotion.angkaKreditKonversi';
const alasan = reasonsOf<typeof ANGKA_KREDIT_KONVERSI_MESSAGES>(ANGKA_KREDIT_KONVERSI_RULE_ID);

export const angkaKreditKonversiOptions = z.object({
  koefisienKeterampilan: koefisienKeterampilanSchema,
  pembulatanPerPeriode: pembulatanPerPeriodeSchema,
});

/** Schema of {@link NilaiAngkaKredit} as JSON. */
export const angkaKreditKonversiOutput = z.object({
  angkaKredit: decimalOutputSchema.check(z.describe('Angka kredit at full precision (no rounding unless pembulatanPerPeriode)')),
  angkaKreditDisplay: decimalOutputSchema.check(z.describe('angkaKredit rounded half up to exactly 2 decimals, for display')),
});
/** Angka kredit with the value at full precision and as shown. */
export type NilaiAngkaKredit = z.output<typeof angkaKreditKonversiOutput>;

export const angkaKreditKonversiInput = z.object({
  jenjang: jenjangJfSchema.check(z.describe('Jenjang jabatan fungsional during the period')),
  predikat: predikatSchema.check(z.describe('Predikat kinerja of the period')),
  bulan: z
    ._default(z.int().check(z.minimum(1), z.maximum(BULAN_SETAHUN)), BULAN_SETAHUN)
    .check(z.describe('Months appraised (12 for an annual appraisal)')),
});

export const angkaKreditKonversiRule = defineRule({
  id: ANGKA_KREDIT_KONVERSI_RULE_ID,
  domain: 'promotion',
  title: { id: 'Konversi predikat kinerja ke angka kredit', en: 'Conversion of a performance rating to credit points' },
  description: {
    id: 'Angka kredit jabatan fungsional dari predikat kinerja: bulan/12 × persentase predikat (150/100/75/50/25 %) × koefisien tahunan jenjang. Presisi penuh, ditampilkan dua desimal.',
    en: 'Functional-position credit points from a performance rating: months/12 × rating share (150/100/75/50/25 %) × the annual coefficient of the grade. Full precision, shown with two decimals.',
  },
  citations: CITATIONS_KONVERSI,
  tables: [
    formulaTable({ id: 'Rumus konversi', en: 'Conversion formula' }, [
      ['angkaKredit', 'bulan / 12 × persentase predikat / 100 × koefisien tahunan jenjang', CITATIONS_KONVERSI],
      ['angkaKreditDisplay', 'angkaKredit dibulatkan setengah ke atas, 2 desimal', CITATIONS_KONVERSI],
    ]),
    tabelPersentasePredikat(),
    tabelKoefisienTahunan(),
  ],
  input: angkaKreditKonversiInput,
  options: angkaKreditKonversiOptions,
  output: angkaKreditKonversiOutput,
  examples: [
    {
      title: { id: 'Ahli Pertama, Jan–Des 2023, Sangat Baik', en: 'Ahli Pertama, Jan–Dec 2023, Very Good' },
      input: { jenjang: 'AHLI_PERTAMA', predikat: 'SANGAT_BAIK', bulan: 12 },
      expected: { angkaKredit: '18.75', angkaKreditDisplay: '18.75' },
      source: 'BKN Direktorat Jabatan ASN, slides "Pelaksanaan Teknis Peraturan BKN No. 3 Tahun 2023" (July 2023): 150% x 12,5 = 18,75',
    },
    {
      title: { id: 'Ahli Pertama, Jan–Feb 2024, Baik', en: 'Ahli Pertama, Jan–Feb 2024, Good' },
      input: { jenjang: 'AHLI_PERTAMA', predikat: 'BAIK', bulan: 2 },
      expected: { angkaKredit: '2.083333333333333333333333333333333333333', angkaKreditDisplay: '2.08' },
      source:
        'BKN Direktorat Jabatan ASN, slides "Pelaksanaan Teknis Peraturan BKN No. 3 Tahun 2023" (July 2023): 2/12 x 100% x 12,5 = 2,08',
    },
    {
      title: { id: 'Guru Ahli Madya, 2023, Baik', en: 'Teacher Ahli Madya, 2023, Good' },
      input: { jenjang: 'AHLI_MADYA', predikat: 'BAIK' },
      expected: { angkaKredit: '37.5', angkaKreditDisplay: '37.50' },
      source: 'PAK Konversi of a Guru Madya, SMAN 1 Labuhan Deli (scribd 707496387): Baik 100% x 37,5',
    },
  ],
  notes: [
    {
      id: 'Pengaturan koefisienKeterampilan (preset Pemula 3,75; Terampil 5; Mahir 12,5; Penyelia 25): hanya dari sumber kode, bukan teks Lampiran.',
      en: 'Setting koefisienKeterampilan (preset Pemula 3.75, Terampil 5, Mahir 12.5, Penyelia 25): from code sources only, not the Lampiran text.',
    },
    {
      id: 'Pembulatan tidak ditemukan: PermenPANRB 1/2023 Pasal 37 ayat (4) dan Peraturan BKN 3/2023 Pasal 13 ayat (1) hanya menyatakan AK periode kurang dari setahun "dihitung secara proporsional"; contoh BKN menampilkan 2/12 × 12,5 sebagai 2,08. Karena itu angkaKredit tetap eksak (hasil bagi dengan 40 digit bermakna bila tidak habis dibagi, mis. 2,083333…) dan hanya angkaKreditDisplay dibulatkan dua desimal (setengah ke atas).',
      en: 'No rounding located: PermenPANRB 1/2023 Pasal 37 ayat (4) and Peraturan BKN 3/2023 Pasal 13 ayat (1) only say a part-year period is "dihitung secara proporsional"; the BKN example shows 2/12 × 12.5 as 2.08. So angkaKredit stays exact (a quotient to 40 significant digits when it does not terminate, e.g. 2.083333…) and only angkaKreditDisplay is rounded to two decimals (half up).',
    },
    {
      id: 'Pengaturan pembulatanPerPeriode (preset false; [U]): membulatkan AK setiap periode ke dua desimal sebelum dijumlahkan, bagi instansi yang PAK-nya demikian; sumber: contoh BKN (2,08), tidak ada pasal.',
      en: "Setting pembulatanPerPeriode (preset false; [U]): rounds each period's AK to two decimals before it is added, for an agency whose PAK does so; source: the BKN example (2.08), no article.",
    },
    {
      id: 'Batas masukan: bulan 1–12 (satu periode paling lama satu tahun penilaian); tidak ada kombinasi kolom yang saling bertentangan.',
      en: 'Input bounds: bulan 1–12 (a period is at most one appraisal year); no combination of fields can contradict another.',
    },
  ],
  evaluate(input, o) {
    const koefisien = koefisienTahunan(input.jenjang, o.koefisienKeterampilan);
    let ak = akPerDuaBelas(input.bulan, input.predikat, koefisien).dividedBy(BULAN_SETAHUN);
    if (o.pembulatanPerPeriode) ak = roundHalfUp(ak, DESIMAL_TAMPILAN_AK);
    const value: NilaiAngkaKredit = { angkaKredit: toPlainString(ak), angkaKreditDisplay: formatFixed(ak, DESIMAL_TAMPILAN_AK) };
    return decision(value, [
      alasan('rumus', 'INFO', CITATIONS_KONVERSI, {
        bulan: input.bulan,
        predikat: input.predikat,
        persentase: PERSENTASE_PREDIKAT_AK[input.predikat],
        jenjang: input.jenjang,
        koefisien: toPlainString(koefisien),
        angkaKredit: value.angkaKreditDisplay,
      }),
    ]);
  },
});

/**
 * Angka kredit from one period's predikat kinerja: `bulan/12 × persentase × koefisien`.
 *
 * @example
 * angkaKreditKonversi({ jenjang: 'AHLI_PERTAMA', predikat: 'SANGAT_BAIK', bulan: 12 }).value.angkaKreditDisplay // '18.75'
 */
export const angkaKreditKonversi = angkaKreditKonversiRule.run;

/** Input of {@link angkaKreditKonversi}, as callers write it (a deeply readonly value is accepted too). */
export type AngkaKreditKonversiInput = RuleInputOf<typeof angkaKreditKonversiRule>;
/** Options of {@link angkaKreditKonversi}. */
export type AngkaKreditKonversiOptions = RuleOptionsOf<typeof angkaKreditKonversiRule>;
/** The value of {@link angkaKreditKonversi}'s decision. */
export type AngkaKreditKonversiOutput = RuleOutputOf<typeof angkaKreditKonversiRule>;
