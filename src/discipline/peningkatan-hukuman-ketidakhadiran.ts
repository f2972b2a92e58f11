import * as z from 'zod/mini';
import type { Bilingual } from '../core/explain.js';
import { decision } from '../core/decision.js';
import { reasonsOf } from '../core/messages.js';
import { defineRule, type RuleInputOf, type RuleOptionsOf, type RuleOutputOf } from '../core/rule.js';
import { contradiction, superRefineParsed } from '../core/refine.js';
import { formulaTable } from '../core/tables.js';
import {
  berturutTurutDalamKumulatif,
  CITATIONS_BERTURUT_TURUT,
  hari,
  HARI_BERTURUT_TURUT_PDHTAPS,
  HARI_SETAHUN_MAKS,
  hukumanKetidakhadiranDari,
  hukumanMenurutTabel,
  ketidakhadiranOptions,
  PASAL_15_AYAT_1,
  TABEL_KUMULATIF_HALAMAN,
} from './_bersama/ketidakhadiran.js';
import type { PENINGKATAN_HUKUMAN_KETIDAKHADIRAN_MESSAGES } from './peningkatan-hukuman-ketidakhadiran.messages.js';
import { type JenisHukuman, jenisHukumanSchema, lebihBerat } from './types.js';
import { assertInForce, VERSI_INFO_PP_94_2021, versiPadaAsOf } from './_bersama/versi.js';

export const PENINGKATAN_HUKUMAN_KETIDAKHADIRAN_RULE_ID = 'discipline.peningkatanHukumanKetidakhadiran';
const alasan = reasonsOf<typeof PENINGKATAN_HUKUMAN_KETIDAKHADIRAN_MESSAGES>(PENINGKATAN_HUKUMAN_KETIDAKHADIRAN_RULE_ID);

export const peningkatanHukumanKetidakhadiranInput = z
  .object({
    hukumanSebelumnya: z
      ._default(z.nullable(jenisHukumanSchema), null)
      .check(
        z.describe(
          'The heaviest hukuman already imposed for absence in this calendar year (null: none); never heavier than hariSebelumnya carries',
        ),
      ),
    hariSebelumnya: hari('Working days of absence already counted this year (when the earlier hukuman was set)'),
    hariBaru: hari('New working days of absence found since then'),
    hariBerturutTurut: z._default(
      hari('Longest run of consecutive working days of absence in the year (at most hariSebelumnya + hariBaru)'),
      0,
    ),
  })
  .check(
    superRefineParsed((v, ctx) => {
      const total = v.hariSebelumnya + v.hariBaru;
      if (total > HARI_SETAHUN_MAKS) {
        ctx.addIssue(
          contradiction(
            {
              en: `hariSebelumnya + hariBaru (${total}) must be at most ${HARI_SETAHUN_MAKS}: the days are counted within one calendar year`,
              id: `hariSebelumnya + hariBaru (${total}) paling banyak ${HARI_SETAHUN_MAKS}: hari dihitung dalam satu tahun kalender`,
            },
            ['hariBaru'],
          ),
        );
        return;
      }
      const berturut = berturutTurutDalamKumulatif(
        v.hariBerturutTurut,
        total,
        'hariBerturutTurut',
        'hariSebelumnya + hariBaru',
        'hariBerturutTurut',
      );
      if (berturut) ctx.addIssue(berturut);
      const sebelumnya = hukumanSebelumnyaTerlaluBerat(v.hukumanSebelumnya, v.hariSebelumnya);
      if (sebelumnya) ctx.addIssue(contradiction(sebelumnya, ['hukumanSebelumnya']));
    }),
  );

/**
 * A hukuman for absence is never heavier than its days carry (Pasal 15 ayat (1)): at most the table's for
 * `hariSebelumnya`, or PDHTAPS once 10 of them could have been consecutive (Pasal 11 ayat (2) huruf d angka 4).
 * A lighter one is possible: it was set at an earlier count (PerBKN 6/2022 contoh 4b: 14 days under a
 * 6-month cut), and the escalation then imposes what the new total carries.
 */
function hukumanSebelumnyaTerlaluBerat(sebelumnya: JenisHukuman | null, hariSebelumnya: number): Bilingual | undefined {
  if (sebelumnya === null) return undefined;
  const batas = hukumanMenurutTabel(hariSebelumnya);
  if (batas !== null && !lebihBerat(sebelumnya, batas)) return undefined;
  const berturut = hariSebelumnya >= HARI_BERTURUT_TURUT_PDHTAPS;
  if (sebelumnya === 'PDHTAPS' && berturut) return undefined;
  const pdhtaps = berturut ? `, or PDHTAPS when ${HARI_BERTURUT_TURUT_PDHTAPS} of them were consecutive` : '';
  const pdhtapsId = berturut ? `, atau PDHTAPS bila ${HARI_BERTURUT_TURUT_PDHTAPS} di antaranya berturut-turut` : '';
  return {
    en: `${sebelumnya} is heavier than the ${hariSebelumnya} days of hariSebelumnya carry (at most ${batas ?? 'no hukuman'}${pdhtaps}; PP 94/2021 Pasal 15 ayat (1)): the two fields describe different records`,
    id: `${sebelumnya} lebih berat daripada hukuman untuk ${hariSebelumnya} hari pada hariSebelumnya (paling berat ${batas ?? 'tidak ada hukuman'}${pdhtapsId}; PP 94/2021 Pasal 15 ayat (1)): kedua isian itu menggambarkan catatan yang berbeda`,
  };
}

/** Value of {@link peningkatanHukumanKetidakhadiran} as JSON. */
export const peningkatanHukumanKetidakhadiranOutput = z
  .nullable(jenisHukumanSchema)
  .check(z.describe('The new hukuman to impose, heavier than hukumanSebelumnya; null when the running total does not reach a heavier one'));

export const peningkatanHukumanKetidakhadiranRule = defineRule({
  id: PENINGKATAN_HUKUMAN_KETIDAKHADIRAN_RULE_ID,
  domain: 'discipline',
  title: { id: 'Peningkatan hukuman disiplin ketidakhadiran dalam tahun berjalan', en: 'Escalating an absence penalty within the year' },
  description: {
    id: 'Hari tidak masuk kerja baru ditambahkan ke jumlah kumulatif tahun berjalan; bila jumlahnya mencapai batas hukuman yang lebih berat dari hukuman yang sudah dijatuhkan, hukuman ditingkatkan, bila tidak, tidak ada hukuman baru.',
    en: 'New days of absence are added to the running total of the year; when the total reaches the threshold of a penalty heavier than the one already imposed, the penalty is raised, otherwise there is no new penalty.',
  },
  citations: [PASAL_15_AYAT_1, { regulation: 'PERBKN_6_2022', annex: 'Lampiran, contoh kasus 2–5' }],
  versions: VERSI_INFO_PP_94_2021,
  versionOn: versiPadaAsOf,
  tables: [
    formulaTable({ id: 'Langkah peningkatan hukuman', en: 'Escalation steps' }, [
      ['hariKumulatif', `hariSebelumnya + hariBaru (paling banyak ${HARI_SETAHUN_MAKS})`, PASAL_15_AYAT_1],
      [
        'hukuman',
        `tabel kumulatif (hariKumulatif), atau PDHTAPS bila hariBerturutTurut ≥ ${HARI_BERTURUT_TURUT_PDHTAPS}`,
        [PASAL_15_AYAT_1, ...CITATIONS_BERTURUT_TURUT],
      ],
      ['nilai', 'hukuman bila lebih berat dari hukumanSebelumnya (atau belum ada), selain itu null', PASAL_15_AYAT_1],
    ]),
    TABEL_KUMULATIF_HALAMAN,
  ],
  input: peningkatanHukumanKetidakhadiranInput,
  options: ketidakhadiranOptions,
  output: peningkatanHukumanKetidakhadiranOutput,
  notes: [
    {
      id: 'Pemberatan karena pengulangan (hukuman lebih berat dari hukuman terakhir) tidak diterapkan pada ketidakhadiran: penghitungan dimulai lagi setiap 1 Januari (seed mengutip PerBKN 6/2022 Pasal 46 ayat (7); belum diverifikasi).',
      en: 'The repeat-offence aggravation (heavier than the last penalty) is not applied to absence: the count restarts each 1 January (a seed cites PerBKN 6/2022 Article 46(7); unverified).',
    },
    {
      id: 'Masukan yang ditolak: hariSebelumnya + hariBaru lebih dari 366 (satu tahun kalender); hariBerturutTurut lebih dari jumlah itu; hukumanSebelumnya yang lebih berat daripada hukuman untuk hariSebelumnya menurut tabel Pasal 15 ayat (1) (PDHTAPS diterima bila hariSebelumnya paling sedikit 10, karena 10 hari berturut-turut), sebab kedua isian itu lalu menggambarkan catatan yang berbeda. Hukuman yang lebih ringan diterima: hukuman itu dijatuhkan pada hitungan sebelumnya (PerBKN 6/2022 contoh 4b).',
      en: 'Refused input: hariSebelumnya + hariBaru above 366 (one calendar year); hariBerturutTurut above that total; a hukumanSebelumnya heavier than what hariSebelumnya carries by the Pasal 15 ayat (1) table (PDHTAPS is accepted from 10 days, for 10 consecutive days), since the two fields would then describe different records. A lighter one is accepted: it was set at an earlier count (PerBKN 6/2022 contoh 4b).',
    },
  ],
  examples: [
    {
      title: { id: '3 hari (teguran lisan) + 2 hari', en: '3 days (oral reprimand) + 2 days' },
      input: { hukumanSebelumnya: 'TEGURAN_LISAN', hariSebelumnya: 3, hariBaru: 2 },
      options: { asOf: '2022-12-31' },
      expected: 'TEGURAN_TERTULIS',
      source: 'PerBKN 6/2022 contoh 2b (TV-12)',
    },
    {
      title: { id: '20 hari + 3 hari', en: '20 days + 3 days' },
      input: { hukumanSebelumnya: 'POTONGAN_TUKIN_12_BULAN', hariSebelumnya: 20, hariBaru: 3 },
      options: { asOf: '2022-12-31' },
      expected: 'PENURUNAN_JABATAN',
      source: 'PerBKN 6/2022 contoh 5a (TV-17)',
    },
    {
      title: { id: '27 hari + 2 hari', en: '27 days + 2 days' },
      input: { hukumanSebelumnya: 'PEMBEBASAN_DARI_JABATAN', hariSebelumnya: 27, hariBaru: 2 },
      options: { asOf: '2022-12-31' },
      expected: 'PDHTAPS',
      source: 'PerBKN 6/2022 contoh 5c (TV-17)',
    },
    {
      title: { id: '4 hari (teguran tertulis) + 1 hari: tidak ada hukuman baru', en: '4 days (written reprimand) + 1 day: no new penalty' },
      input: { hukumanSebelumnya: 'TEGURAN_TERTULIS', hariSebelumnya: 4, hariBaru: 1 },
      options: { asOf: '2022-12-31' },
      expected: null,
      source: 'derived from Pasal 15 ayat (1)',
    },
  ],
  evaluate(input, options) {
    const id = PENINGKATAN_HUKUMAN_KETIDAKHADIRAN_RULE_ID;
    assertInForce(id, options.asOf);
    const hariKumulatif = input.hariSebelumnya + input.hariBaru;
    const { hukuman, reasons } = hukumanKetidakhadiranDari<typeof PENINGKATAN_HUKUMAN_KETIDAKHADIRAN_MESSAGES>(
      id,
      hariKumulatif,
      input.hariBerturutTurut,
    );
    const sebelumnya = input.hukumanSebelumnya;
    const total = alasan('total', 'INFO', [PASAL_15_AYAT_1], {
      hariSebelumnya: input.hariSebelumnya,
      hariBaru: input.hariBaru,
      hariKumulatif,
    });
    if (hukuman === null) return decision(null, [total, ...reasons]);
    if (sebelumnya === null || lebihBerat(hukuman, sebelumnya)) {
      return decision(hukuman, [
        total,
        ...reasons,
        alasan('ditingkatkan', 'APPLIES', [PASAL_15_AYAT_1], { hukumanSebelumnya: sebelumnya, hukuman }),
      ]);
    }
    return decision(null, [total, ...reasons, alasan('tetap', 'INFO', [PASAL_15_AYAT_1], { hukumanSebelumnya: sebelumnya, hukuman })]);
  },
});

/**
 * Escalation within a calendar year: the hukuman already imposed for absence and the new days → the
 * new, heavier hukuman to impose, or `null` when the running total has not reached a heavier one.
 *
 * @example peningkatanHukumanKetidakhadiran({ hukumanSebelumnya: 'TEGURAN_LISAN', hariSebelumnya: 3, hariBaru: 2 }).value // 'TEGURAN_TERTULIS'
 */
export const peningkatanHukumanKetidakhadiran = peningkatanHukumanKetidakhadiranRule.run;

/** Input of {@link peningkatanHukumanKetidakhadiran}, as callers write it (a deeply readonly value is accepted too). */
export type PeningkatanHukumanKetidakhadiranInput = RuleInputOf<typeof peningkatanHukumanKetidakhadiranRule>;
/** Options of {@link peningkatanHukumanKetidakhadiran}. */
export type PeningkatanHukumanKetidakhadiranOptions = RuleOptionsOf<typeof peningkatanHukumanKetidakhadiranRule>;
/** The value of {@link peningkatanHukumanKetidakhadiran}'s decision. */
export type PeningkatanHukumanKetidakhadiranOutput = RuleOutputOf<typeof peningkatanHukumanKetidakhadiranRule>;
