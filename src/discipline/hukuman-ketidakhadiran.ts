import * as z from 'zod/mini';
import { type Band, findBand, formatBand } from '../core/bands.js';
import type { Bilingual } from '../core/explain.js';
import { type Citation, decision, type Reason, reason } from '../core/decision.js';
import { deepFreeze } from '../core/freeze.js';
import { defineRule, type RuleInputOf, type RuleOptionsOf, type RuleOutputOf } from '../core/rule.js';
import { contradiction, superRefineParsed } from '../core/refine.js';
import { HUKUMAN, type JenisHukuman, jenisHukumanSchema, lebihBerat } from './types.js';
import { asOfSchema, assertInForce as pastikanBerlaku, VERSI_INFO_PP_94_2021 } from './_bersama/versi.js';

export const HUKUMAN_KETIDAKHADIRAN_RULE_ID = 'discipline.hukumanKetidakhadiran';
export const PENINGKATAN_HUKUMAN_KETIDAKHADIRAN_RULE_ID = 'discipline.peningkatanHukumanKetidakhadiran';

/** Consecutive working days of unexcused absence that mean PDHTAPS (PP 94/2021 Pasal 11 ayat (2) huruf d angka 4). */
export const HARI_BERTURUT_TURUT_PDHTAPS = 10;

/** One row of the cumulative-absence table: the hukuman and the Pasal that sets it. */
export interface BarisKetidakhadiran {
  hukuman: JenisHukuman | null;
  citations: Citation[];
}

const pp94 = (article: string): Citation => ({ regulation: 'PP_94_2021', article });
const PASAL_15 = deepFreeze(pp94('Pasal 15 ayat (1)'));

/**
 * Unexcused absence (tidak masuk kerja tanpa alasan yang sah, kewajiban Pasal 4 huruf f) counted
 * cumulatively in working days per calendar year (Pasal 15 ayat (1)) → hukuman. The ayat/huruf of the
 * ringan and sedang rows are inferred from the transcription order [U]; the berat rows are [S].
 */
export const TABEL_KETIDAKHADIRAN: readonly Readonly<Band<BarisKetidakhadiran>>[] = deepFreeze([
  { value: { hukuman: null, citations: [PASAL_15] }, min: { at: 0, inclusive: true }, max: { at: 3, inclusive: false } },
  {
    value: { hukuman: 'TEGURAN_LISAN', citations: [pp94('Pasal 9 ayat (2) huruf b angka 1')] },
    min: { at: 3, inclusive: true },
    max: { at: 4, inclusive: false },
  },
  {
    value: { hukuman: 'TEGURAN_TERTULIS', citations: [pp94('Pasal 9 ayat (2) huruf b angka 2')] },
    min: { at: 4, inclusive: true },
    max: { at: 7, inclusive: false },
  },
  {
    value: { hukuman: 'PERNYATAAN_TIDAK_PUAS_TERTULIS', citations: [pp94('Pasal 9 ayat (2) huruf b angka 3')] },
    min: { at: 7, inclusive: true },
    max: { at: 11, inclusive: false },
  },
  {
    value: {
      hukuman: 'POTONGAN_TUKIN_6_BULAN',
      citations: [pp94('Pasal 10 ayat (2) huruf f angka 1'), { regulation: 'PERBKN_6_2022', article: 'Pasal 10' }],
    },
    min: { at: 11, inclusive: true },
    max: { at: 14, inclusive: false },
  },
  {
    value: {
      hukuman: 'POTONGAN_TUKIN_9_BULAN',
      citations: [pp94('Pasal 10 ayat (2) huruf f angka 2'), { regulation: 'PERBKN_6_2022', article: 'Pasal 10' }],
    },
    min: { at: 14, inclusive: true },
    max: { at: 17, inclusive: false },
  },
  {
    value: {
      hukuman: 'POTONGAN_TUKIN_12_BULAN',
      citations: [pp94('Pasal 10 ayat (2) huruf f angka 3'), { regulation: 'PERBKN_6_2022', article: 'Pasal 10' }],
    },
    min: { at: 17, inclusive: true },
    max: { at: 21, inclusive: false },
  },
  {
    value: { hukuman: 'PENURUNAN_JABATAN', citations: [pp94('Pasal 11 ayat (2) huruf d angka 1')] },
    min: { at: 21, inclusive: true },
    max: { at: 25, inclusive: false },
  },
  {
    value: { hukuman: 'PEMBEBASAN_DARI_JABATAN', citations: [pp94('Pasal 11 ayat (2) huruf d angka 2')] },
    min: { at: 25, inclusive: true },
    max: { at: 28, inclusive: false },
  },
  { value: { hukuman: 'PDHTAPS', citations: [pp94('Pasal 11 ayat (2) huruf d angka 3')] }, min: { at: 28, inclusive: true } },
]);

/**
 * Fewest cumulative days of absence in a year that carry a hukuman (3: teguran lisan, Pasal 9 ayat (2)
 * huruf b angka 1), read from {@link TABEL_KETIDAKHADIRAN}: where its first row with a hukuman starts.
 */
export const HARI_KUMULATIF_HUKUMAN_PERTAMA: number = Number(TABEL_KETIDAKHADIRAN.find((b) => b.value.hukuman !== null)!.min!.at);

/** A calendar year has at most 366 days, so no count of days of absence within one exceeds it (Pasal 15 ayat (1): counted per year). */
export const HARI_SETAHUN_MAKS = 366;

const CITATIONS_BERTURUT_TURUT: Citation[] = deepFreeze([
  pp94('Pasal 11 ayat (2) huruf d angka 4'),
  pp94('Pasal 15 ayat (2)'),
  { regulation: 'PERBKN_6_2022', article: 'Pasal 11 ayat (1) huruf e angka 4' },
  { regulation: 'PERBKN_6_2022', article: 'Pasal 12 ayat (1)–(2)' },
]);

const hari = (description: string) => z.int().check(z.minimum(0), z.maximum(HARI_SETAHUN_MAKS), z.describe(description));

/** The consecutive days are days of the year's count: a run longer than the count is impossible. */
const berturutTurutDalamKumulatif = (berturut: number, kumulatif: number, field: string, totalField: string, path: string) =>
  berturut <= kumulatif
    ? undefined
    : contradiction(
        {
          en: `${field} (${berturut}) cannot exceed ${totalField} (${kumulatif}): the consecutive days are days of the year's count (a run that began before 1 January is counted by rekapKetidakhadiran)`,
          id: `${field} (${berturut}) tidak boleh melebihi ${totalField} (${kumulatif}): hari berturut-turut termasuk dalam hitungan tahun berjalan (rangkaian yang dimulai sebelum 1 Januari dihitung oleh rekapKetidakhadiran)`,
        },
        [path],
      );

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

export const ketidakhadiranOptions = z.object({ asOf: asOfSchema });

/** Value of {@link hukumanKetidakhadiran} as JSON. */
export const hukumanKetidakhadiranOutput = z
  .nullable(jenisHukumanSchema)
  .check(
    z.describe(`The jenis hukuman to impose; null when the absence is below the first threshold (${HARI_KUMULATIF_HUKUMAN_PERTAMA} days)`),
  );

/** The hukuman for `hariKumulatif` days by the table, with the reason. Shared by the rules of this module. */
export function hukumanMenurutHariKumulatif(ruleId: string, hariKumulatif: number): { hukuman: JenisHukuman | null; reason: Reason } {
  const band = findBand(TABEL_KETIDAKHADIRAN, hariKumulatif)!; // the table covers [0, +∞)
  const { hukuman, citations } = band.value;
  const r = hukuman
    ? reason(ruleId, `${HUKUMAN_KETIDAKHADIRAN_RULE_ID}.kumulatif`, 'FAIL', citations, {
        hariKumulatif,
        rentang: formatBand(band),
        hukuman,
        tingkat: HUKUMAN[hukuman].tingkat,
      })
    : reason(ruleId, `${HUKUMAN_KETIDAKHADIRAN_RULE_ID}.dibawahBatas`, 'PASS', citations, {
        hariKumulatif,
        batas: HARI_KUMULATIF_HUKUMAN_PERTAMA,
      });
  return { hukuman, reason: r };
}

/** The PDHTAPS reason for a run of consecutive absence, or the PASS reason when the run is shorter. */
export function alasanBerturutTurut(ruleId: string, hariBerturutTurut: number): { pdhtaps: boolean; reason: Reason } {
  const pdhtaps = hariBerturutTurut >= HARI_BERTURUT_TURUT_PDHTAPS;
  return {
    pdhtaps,
    reason: reason(
      ruleId,
      `${HUKUMAN_KETIDAKHADIRAN_RULE_ID}.${pdhtaps ? 'berturutTurut' : 'tidakBerturutTurut'}`,
      pdhtaps ? 'FAIL' : 'PASS',
      CITATIONS_BERTURUT_TURUT,
      { hariBerturutTurut, batas: HARI_BERTURUT_TURUT_PDHTAPS },
    ),
  };
}

function evaluateKetidakhadiran(ruleId: string, hariKumulatif: number, hariBerturutTurut: number) {
  const kumulatif = hukumanMenurutHariKumulatif(ruleId, hariKumulatif);
  const berturut = alasanBerturutTurut(ruleId, hariBerturutTurut);
  const hukuman: JenisHukuman | null = berturut.pdhtaps ? 'PDHTAPS' : kumulatif.hukuman;
  return { hukuman, reasons: [kumulatif.reason, berturut.reason] };
}

export const hukumanKetidakhadiranRule = defineRule({
  id: HUKUMAN_KETIDAKHADIRAN_RULE_ID,
  domain: 'discipline',
  title: { id: 'Hukuman disiplin karena tidak masuk kerja', en: 'Disciplinary penalty for unexcused absence' },
  description: {
    id: 'Menetapkan hukuman disiplin atas pelanggaran kewajiban masuk kerja (Pasal 4 huruf f) dari jumlah hari kerja tidak masuk tanpa alasan yang sah, dihitung kumulatif sejak 1 Januari, atau 10 hari kerja berturut-turut (PDHTAPS dan penghentian gaji sejak bulan berikutnya).',
    en: 'Sets the disciplinary penalty for breaching the duty to come to work (Article 4(f)) from the working days of unexcused absence, counted cumulatively from 1 January, or 10 consecutive working days (PDHTAPS and salary stopped from the next month).',
  },
  citations: [pp94('Pasal 4 huruf f'), pp94('Pasal 9–11'), PASAL_15, pp94('Pasal 15 ayat (2)')],
  versions: VERSI_INFO_PP_94_2021,
  input: hukumanKetidakhadiranInput,
  options: ketidakhadiranOptions,
  output: hukumanKetidakhadiranOutput,
  notes: [
    {
      id: 'Nomor ayat/huruf untuk baris ringan dan sedang disimpulkan dari urutan transkripsi dan belum dikonfirmasi dengan salinan resmi.',
      en: 'The ayat/huruf numbers of the ringan and sedang rows are inferred from a transcription and not yet confirmed against the official text.',
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
    { title: { id: '2 hari: tidak ada hukuman', en: '2 days: no penalty' }, input: { hariKumulatif: 2 }, expected: null, source: 'TV-01' },
    {
      title: { id: '3 hari: teguran lisan', en: '3 days: oral reprimand' },
      input: { hariKumulatif: 3 },
      expected: 'TEGURAN_LISAN',
      source: 'TV-02',
    },
    {
      title: {
        id: '10 hari tidak berturut-turut: pernyataan tidak puas',
        en: '10 non-consecutive days: written statement of dissatisfaction',
      },
      input: { hariKumulatif: 10, hariBerturutTurut: 3 },
      expected: 'PERNYATAAN_TIDAK_PUAS_TERTULIS',
      source: 'TV-05',
    },
    {
      title: { id: '11 hari: potongan tukin 6 bulan', en: '11 days: tukin cut for 6 months' },
      input: { hariKumulatif: 11 },
      expected: 'POTONGAN_TUKIN_6_BULAN',
      source: 'TV-06',
    },
    {
      title: { id: '28 hari: PDHTAPS', en: '28 days: dismissal with honour' },
      input: { hariKumulatif: 28 },
      expected: 'PDHTAPS',
      source: 'TV-11',
    },
    {
      title: { id: '10 hari kerja berturut-turut: PDHTAPS', en: '10 consecutive working days: dismissal with honour' },
      input: { hariKumulatif: 10, hariBerturutTurut: 10 },
      expected: 'PDHTAPS',
      source: 'TV-18; PerBKN 6/2022 contoh 5d',
    },
  ],
  evaluate(input, options) {
    pastikanBerlaku(HUKUMAN_KETIDAKHADIRAN_RULE_ID, options.asOf);
    const { hukuman, reasons } = evaluateKetidakhadiran(HUKUMAN_KETIDAKHADIRAN_RULE_ID, input.hariKumulatif, input.hariBerturutTurut);
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
  const batas = findBand(TABEL_KETIDAKHADIRAN, hariSebelumnya)!.value.hukuman;
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
  citations: [PASAL_15, { regulation: 'PERBKN_6_2022', annex: 'Lampiran, contoh kasus 2–5' }],
  versions: VERSI_INFO_PP_94_2021,
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
      expected: 'TEGURAN_TERTULIS',
      source: 'PerBKN 6/2022 contoh 2b (TV-12)',
    },
    {
      title: { id: '20 hari + 3 hari', en: '20 days + 3 days' },
      input: { hukumanSebelumnya: 'POTONGAN_TUKIN_12_BULAN', hariSebelumnya: 20, hariBaru: 3 },
      expected: 'PENURUNAN_JABATAN',
      source: 'PerBKN 6/2022 contoh 5a (TV-17)',
    },
    {
      title: { id: '27 hari + 2 hari', en: '27 days + 2 days' },
      input: { hukumanSebelumnya: 'PEMBEBASAN_DARI_JABATAN', hariSebelumnya: 27, hariBaru: 2 },
      expected: 'PDHTAPS',
      source: 'PerBKN 6/2022 contoh 5c (TV-17)',
    },
    {
      title: { id: '4 hari (teguran tertulis) + 1 hari: tidak ada hukuman baru', en: '4 days (written reprimand) + 1 day: no new penalty' },
      input: { hukumanSebelumnya: 'TEGURAN_TERTULIS', hariSebelumnya: 4, hariBaru: 1 },
      expected: null,
      source: 'derived from Pasal 15 ayat (1)',
    },
  ],
  evaluate(input, options) {
    const id = PENINGKATAN_HUKUMAN_KETIDAKHADIRAN_RULE_ID;
    pastikanBerlaku(id, options.asOf);
    const hariKumulatif = input.hariSebelumnya + input.hariBaru;
    const { hukuman, reasons } = evaluateKetidakhadiran(id, hariKumulatif, input.hariBerturutTurut);
    const sebelumnya = input.hukumanSebelumnya;
    const total = reason(id, `${id}.total`, 'INFO', [PASAL_15], {
      hariSebelumnya: input.hariSebelumnya,
      hariBaru: input.hariBaru,
      hariKumulatif,
    });
    if (hukuman === null) return decision(null, [total, ...reasons]);
    if (sebelumnya === null || lebihBerat(hukuman, sebelumnya)) {
      return decision(hukuman, [
        total,
        ...reasons,
        reason(id, `${id}.ditingkatkan`, 'FAIL', [PASAL_15], { hukumanSebelumnya: sebelumnya, hukuman }),
      ]);
    }
    return decision(null, [total, ...reasons, reason(id, `${id}.tetap`, 'INFO', [PASAL_15], { hukumanSebelumnya: sebelumnya, hukuman })]);
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
