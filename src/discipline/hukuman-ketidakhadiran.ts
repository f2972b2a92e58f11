import * as z from 'zod/mini';
import { decision } from '../core/decision.js';
import { defineRule, type RuleOptionsOf, type RuleOutputOf } from '../core/rule.js';
import { superRefineParsed } from '../core/refine.js';
import {
  berturutTurutDalamKumulatif,
  hari,
  HARI_BERTURUT_TURUT_PDHTAPS,
  HARI_KUMULATIF_HUKUMAN_PERTAMA,
  hukumanKetidakhadiranDari,
  ketidakhadiranOptions,
  PASAL_15_AYAT_1,
  PASAL_15_AYAT_2,
  pp94,
  TABEL_BERTURUT_TURUT_HALAMAN,
  TABEL_KUMULATIF_HALAMAN,
} from './_bersama/ketidakhadiran.js';
import type { HUKUMAN_KETIDAKHADIRAN_MESSAGES } from './hukuman-ketidakhadiran.messages.js';
import { jenisHukumanSchema } from './types.js';
import { assertInForce, VERSI_INFO_PP_94_2021, versiPadaAsOf } from './_bersama/versi.js';

export const HUKUMAN_KETIDAKHADIRAN_RULE_ID = 'discipline.hukumanKetidakhadiran';

export const hukumanKetidakhadiranInput = z
  .object({
    hariKumulatif: hari('Working days of unexcused absence in the calendar year so far (counted from 1 January)'),
    hariBerturutTurut: z._default(
      hari('Longest run of consecutive working days of unexcused absence among those days (at most hariKumulatif)'),
      0,
    ),
  })
  .check(
    superRefineParsed((v, ctx) => {
      const issue = berturutTurutDalamKumulatif(
        v.hariBerturutTurut,
        v.hariKumulatif,
        'hariBerturutTurut',
        'hariKumulatif',
        'hariBerturutTurut',
      );
      if (issue) ctx.addIssue(issue);
    }),
  );
export type HukumanKetidakhadiranInput = z.input<typeof hukumanKetidakhadiranInput>;

/** Value of {@link hukumanKetidakhadiran} as JSON. */
export const hukumanKetidakhadiranOutput = z
  .nullable(jenisHukumanSchema)
  .check(
    z.describe(`The jenis hukuman to impose; null when the absence is below the first threshold (${HARI_KUMULATIF_HUKUMAN_PERTAMA} days)`),
  );

export const hukumanKetidakhadiranRule = defineRule({
  id: HUKUMAN_KETIDAKHADIRAN_RULE_ID,
  domain: 'discipline',
  title: { id: 'Hukuman disiplin karena tidak masuk kerja', en: 'Disciplinary penalty for unexcused absence' },
  description: {
    id: `Menetapkan hukuman disiplin atas pelanggaran kewajiban masuk kerja (Pasal 4 huruf f) dari jumlah hari kerja tidak masuk tanpa alasan yang sah, dihitung kumulatif sejak 1 Januari, atau ${HARI_BERTURUT_TURUT_PDHTAPS} hari kerja berturut-turut (PDHTAPS dan penghentian gaji sejak bulan berikutnya).`,
    en: `Sets the disciplinary penalty for breaching the duty to come to work (Article 4(f)) from the working days of unexcused absence, counted cumulatively from 1 January, or ${HARI_BERTURUT_TURUT_PDHTAPS} consecutive working days (PDHTAPS and salary stopped from the next month).`,
  },
  citations: [pp94('Pasal 4 huruf f'), pp94('Pasal 9–11'), PASAL_15_AYAT_1, PASAL_15_AYAT_2],
  versions: VERSI_INFO_PP_94_2021,
  versionOn: versiPadaAsOf,
  tables: [TABEL_KUMULATIF_HALAMAN, TABEL_BERTURUT_TURUT_HALAMAN],
  input: hukumanKetidakhadiranInput,
  options: ketidakhadiranOptions,
  output: hukumanKetidakhadiranOutput,
  notes: [
    {
      id: 'Baris ringan mengutip Pasal 9 saja: ayat/hurufnya (menurut urutan transkripsi ayat (2) huruf b angka 1–3) tidak dikutip sumber mana pun. Baris sedang mengutip Pasal 10 ayat (2) huruf f: huruf dalam Pasal 10 ayat (2) mengikuti huruf Pasal 4 (huruf a, b dan e dikutip sumber), angka 1–3 menurut urutan transkripsi. Baris berat: Pasal 11 ayat (2) huruf d angka 1–4 sebagaimana dikutip berita. Salinan resmi belum dibaca.',
      en: 'The ringan rows cite Pasal 9 only: their ayat/huruf (by the transcription’s order, ayat (2) huruf b angka 1–3) is quoted by no source. The sedang rows cite Pasal 10 ayat (2) huruf f: the letters of Pasal 10 ayat (2) follow those of Pasal 4 (huruf a, b and e are quoted), angka 1–3 by the transcription’s order. The berat rows: Pasal 11 ayat (2) huruf d angka 1–4 as the news quote them. The official text has not been read.',
    },
    {
      id: 'Nilai berupa jenis hukuman PP 94/2021; bentuk pelaksanaan hukuman sedang (potongan tukin atau penundaan KGB/KP/penurunan pangkat) ditentukan oleh bentukHukuman.',
      en: 'The value is the PP 94/2021 jenis hukuman; how a sedang one is carried out (tukin cut or KGB/KP/pangkat postponement) is decided by bentukHukuman.',
    },
    {
      id: 'Masukan yang ditolak: hari di luar 0–366 (satu tahun kalender, Pasal 15 ayat (1)); hariBerturutTurut lebih dari hariKumulatif (hari berturut-turut adalah bagian dari hitungan tahun itu; rangkaian yang melewati 1 Januari dihitung oleh rekapKetidakhadiran dari tanggalnya).',
      en: 'Refused input: days outside 0–366 (one calendar year, Pasal 15 ayat (1)); hariBerturutTurut above hariKumulatif (the consecutive days are part of that year’s count; a run across 1 January is counted by rekapKetidakhadiran from its dates).',
    },
  ],
  examples: [
    {
      title: { id: '2 hari: tidak ada hukuman', en: '2 days: no penalty' },
      input: { hariKumulatif: 2 },
      options: { asOf: '2022-12-31' },
      expected: null,
      source: 'TV-01',
    },
    {
      title: { id: '3 hari: teguran lisan', en: '3 days: oral reprimand' },
      input: { hariKumulatif: 3 },
      options: { asOf: '2022-12-31' },
      expected: 'TEGURAN_LISAN',
      source: 'TV-02',
    },
    {
      title: {
        id: '10 hari tidak berturut-turut: pernyataan tidak puas',
        en: '10 non-consecutive days: written statement of dissatisfaction',
      },
      input: { hariKumulatif: 10, hariBerturutTurut: 3 },
      options: { asOf: '2022-12-31' },
      expected: 'PERNYATAAN_TIDAK_PUAS_TERTULIS',
      source: 'TV-05',
    },
    {
      title: { id: '11 hari: potongan tukin 6 bulan', en: '11 days: tukin cut for 6 months' },
      input: { hariKumulatif: 11 },
      options: { asOf: '2022-12-31' },
      expected: 'POTONGAN_TUKIN_6_BULAN',
      source: 'TV-06',
    },
    {
      title: { id: '28 hari: PDHTAPS', en: '28 days: dismissal with honour' },
      input: { hariKumulatif: 28 },
      options: { asOf: '2022-12-31' },
      expected: 'PDHTAPS',
      source: 'TV-11',
    },
    {
      title: { id: '10 hari kerja berturut-turut: PDHTAPS', en: '10 consecutive working days: dismissal with honour' },
      input: { hariKumulatif: 10, hariBerturutTurut: 10 },
      options: { asOf: '2022-12-31' },
      expected: 'PDHTAPS',
      source: 'TV-18; PerBKN 6/2022 contoh 5d',
    },
  ],
  evaluate(input, options) {
    assertInForce(HUKUMAN_KETIDAKHADIRAN_RULE_ID, options.asOf);
    const { hukuman, reasons } = hukumanKetidakhadiranDari<typeof HUKUMAN_KETIDAKHADIRAN_MESSAGES>(
      HUKUMAN_KETIDAKHADIRAN_RULE_ID,
      input.hariKumulatif,
      input.hariBerturutTurut,
    );
    return decision(hukuman, reasons);
  },
});

/**
 * Hukuman disiplin for unexcused absence (PP 94/2021 Pasal 9–11, 15): working days counted cumulatively
 * in the calendar year, or 10 consecutive working days → PDHTAPS.
 *
 * @example hukumanKetidakhadiran({ hariKumulatif: 12 }).value // 'POTONGAN_TUKIN_6_BULAN'
 * @throws MeritInputError when a count is not a whole number between 0 and 366, or hariBerturutTurut exceeds hariKumulatif.
 */
export const hukumanKetidakhadiran = hukumanKetidakhadiranRule.run;

/** Options of {@link hukumanKetidakhadiran}. */
export type HukumanKetidakhadiranOptions = RuleOptionsOf<typeof hukumanKetidakhadiranRule>;
/** The value of {@link hukumanKetidakhadiran}'s decision. */
export type HukumanKetidakhadiranOutput = RuleOutputOf<typeof hukumanKetidakhadiranRule>;
