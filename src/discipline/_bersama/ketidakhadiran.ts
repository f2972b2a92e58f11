/**
 * Unexcused absence (tidak masuk kerja tanpa alasan yang sah, kewajiban PP 94/2021 Pasal 4 huruf f): the
 * two tables of Pasal 11 and 15 and the reasons read from them, shared by hukumanKetidakhadiran,
 * peningkatanHukumanKetidakhadiran, rekapKetidakhadiran and penyesuaianGajiKetidakhadiran. Not a rule.
 */
import * as z from 'zod/mini';
import { findBand, formatBand } from '../../core/bands.js';
import type { Citation, Reason } from '../../core/decision.js';
import { deepFreeze } from '../../core/freeze.js';
import { reasonsOf, type RuleMessages } from '../../core/messages.js';
import { contradiction } from '../../core/refine.js';
import type { RuleTable } from '../../core/rule.js';
import { scale, type ScaleBand, scaleTable } from '../../core/tables.js';
import { HUKUMAN, type JenisHukuman } from '../types.js';
import { asOfSchema } from './versi.js';
import type { TEKS_KETIDAKHADIRAN } from './teks-ketidakhadiran.js';

export const pp94 = (article: string): Citation => ({ regulation: 'PP_94_2021', article });
export const PASAL_15_AYAT_1: Citation = deepFreeze(pp94('Pasal 15 ayat (1)'));
export const PASAL_15_AYAT_2: Citation = deepFreeze(pp94('Pasal 15 ayat (2)'));
const PERBKN_PASAL_10: Citation = { regulation: 'PERBKN_6_2022', article: 'Pasal 10' };

/**
 * Unexcused absence counted cumulatively in working days per calendar year (Pasal 15 ayat (1)) → hukuman.
 * Ringan rows cite Pasal 9 only: their ayat/huruf (by the transcription's order, ayat (2) huruf b angka 1–3)
 * is not quoted by any source [U]. Sedang rows: Pasal 10 ayat (2) follows the letters of Pasal 4 (huruf a,
 * b and e are quoted), so huruf f is Pasal 4 huruf f [S + inference]; angka 1–3 by the transcription's
 * order. Berat rows: Pasal 11 ayat (2) huruf d angka 1–3 as news quote it [S]. Rows are half-open: `[3, 4)`
 * is 3 days.
 */
// prettier-ignore
export const TABEL_KETIDAKHADIRAN = scale<JenisHukuman | null>([
  // hari kumulatif  hukuman                            dasar
  ['[0, 3)',         null,                              PASAL_15_AYAT_1],
  ['[3, 4)',         'TEGURAN_LISAN',                   pp94('Pasal 9')],
  ['[4, 7)',         'TEGURAN_TERTULIS',                pp94('Pasal 9')],
  ['[7, 11)',        'PERNYATAAN_TIDAK_PUAS_TERTULIS',  pp94('Pasal 9')],
  ['[11, 14)',       'POTONGAN_TUKIN_6_BULAN',          [pp94('Pasal 10 ayat (2) huruf f angka 1'), PERBKN_PASAL_10]],
  ['[14, 17)',       'POTONGAN_TUKIN_9_BULAN',          [pp94('Pasal 10 ayat (2) huruf f angka 2'), PERBKN_PASAL_10]],
  ['[17, 21)',       'POTONGAN_TUKIN_12_BULAN',         [pp94('Pasal 10 ayat (2) huruf f angka 3'), PERBKN_PASAL_10]],
  ['[21, 25)',       'PENURUNAN_JABATAN',               pp94('Pasal 11 ayat (2) huruf d angka 1')],
  ['[25, 28)',       'PEMBEBASAN_DARI_JABATAN',         pp94('Pasal 11 ayat (2) huruf d angka 2')],
  ['[28, ∞)',        'PDHTAPS',                         pp94('Pasal 11 ayat (2) huruf d angka 3')],
]);

/**
 * Fewest cumulative days of absence in a year that carry a hukuman (3: teguran lisan), read from
 * {@link TABEL_KETIDAKHADIRAN}: where its first row, the one without a hukuman, ends.
 */
export const HARI_KUMULATIF_HUKUMAN_PERTAMA: number = Number(TABEL_KETIDAKHADIRAN[0]!.max!.at);

/** The citations of a run of consecutive absence: PDHTAPS, and salary stopped from the next month. */
export const CITATIONS_BERTURUT_TURUT: readonly Citation[] = deepFreeze([
  pp94('Pasal 11 ayat (2) huruf d angka 4'),
  PASAL_15_AYAT_2,
  { regulation: 'PERBKN_6_2022', article: 'Pasal 11 ayat (1) huruf e angka 4' },
  { regulation: 'PERBKN_6_2022', article: 'Pasal 12 ayat (1)–(2)' },
]);

/**
 * The longest run of consecutive working days of absence → PDHTAPS from 10 days (Pasal 11 ayat (2) huruf d
 * angka 4), with salary stopped from the next month (Pasal 15 ayat (2)). Rows are half-open.
 */
// prettier-ignore
export const TABEL_BERTURUT_TURUT = scale<'PDHTAPS' | null>([
  // hari berturut-turut  hukuman     dasar
  ['[0, 10)',             null,       pp94('Pasal 11 ayat (2) huruf d angka 4')],
  ['[10, ∞)',             'PDHTAPS',  CITATIONS_BERTURUT_TURUT],
]);

/** Consecutive working days of unexcused absence that mean PDHTAPS: where {@link TABEL_BERTURUT_TURUT}'s first row ends. */
export const HARI_BERTURUT_TURUT_PDHTAPS: number = Number(TABEL_BERTURUT_TURUT[0]!.max!.at);

/** A calendar year has at most 366 days, so no count of days of absence within one exceeds it (Pasal 15 ayat (1): counted per year). */
export const HARI_SETAHUN_MAKS = 366;

/** {@link TABEL_KETIDAKHADIRAN} on a rule's page. */
export const TABEL_KUMULATIF_HALAMAN: RuleTable = scaleTable(
  { id: 'Hari kerja tidak masuk kumulatif dalam setahun → hukuman', en: 'Cumulative working days of absence in the year → penalty' },
  TABEL_KETIDAKHADIRAN,
  { range: 'hari kumulatif', values: ['hukuman', 'tingkat'] },
  (hukuman) => [hukuman, hukuman && HUKUMAN[hukuman].tingkat],
);

/** {@link TABEL_BERTURUT_TURUT} on a rule's page. */
export const TABEL_BERTURUT_TURUT_HALAMAN: RuleTable = scaleTable(
  { id: 'Hari kerja tidak masuk berturut-turut → hukuman', en: 'Consecutive working days of absence → penalty' },
  TABEL_BERTURUT_TURUT,
  { range: 'hari berturut-turut', values: ['hukuman'] },
);

/** Options of the rules that take day counts: the reference date only. */
export const ketidakhadiranOptions = z.object({ asOf: asOfSchema });

/** A count of days within one calendar year. */
export const hari = (description: string) => z.int().check(z.minimum(0), z.maximum(HARI_SETAHUN_MAKS), z.describe(description));

/** The consecutive days are days of the year's count: a run longer than the count is impossible. */
export const berturutTurutDalamKumulatif = (berturut: number, kumulatif: number, field: string, totalField: string, path: string) =>
  berturut <= kumulatif
    ? undefined
    : contradiction(
        {
          en: `${field} (${berturut}) cannot exceed ${totalField} (${kumulatif}): the consecutive days are days of the year's count (a run that began before 1 January is counted by rekapKetidakhadiran)`,
          id: `${field} (${berturut}) tidak boleh melebihi ${totalField} (${kumulatif}): hari berturut-turut termasuk dalam hitungan tahun berjalan (rangkaian yang dimulai sebelum 1 Januari dihitung oleh rekapKetidakhadiran)`,
        },
        [path],
      );

/** The hukuman {@link TABEL_KETIDAKHADIRAN} gives `hariKumulatif` days (the table covers [0, +∞)). */
export function hukumanMenurutTabel(hariKumulatif: number): JenisHukuman | null {
  return findBand(TABEL_KETIDAKHADIRAN, hariKumulatif)!.value;
}

/** The reason builder of a rule whose messages take {@link TEKS_KETIDAKHADIRAN} under its own prefix. */
const alasanKetidakhadiran = (ruleId: string) => reasonsOf<RuleMessages<typeof TEKS_KETIDAKHADIRAN>>(ruleId);

/** The hukuman for `hariKumulatif` days by the table, with the reason `<ruleId>.kumulatif` or `<ruleId>.dibawahBatas`. */
function alasanKumulatif(ruleId: string, hariKumulatif: number): { hukuman: JenisHukuman | null; reason: Reason } {
  const alasan = alasanKetidakhadiran(ruleId);
  // findBand returns the table's own row, so it carries its dasar.
  const band = findBand(TABEL_KETIDAKHADIRAN, hariKumulatif) as ScaleBand<JenisHukuman | null>;
  const hukuman = band.value;
  const reason = hukuman
    ? alasan('kumulatif', 'APPLIES', band.dasar, { hariKumulatif, rentang: formatBand(band), hukuman, tingkat: HUKUMAN[hukuman].tingkat })
    : alasan('dibawahBatas', 'APPLIES', band.dasar, { hariKumulatif, batas: HARI_KUMULATIF_HUKUMAN_PERTAMA });
  return { hukuman, reason };
}

/** PDHTAPS for a run of consecutive absence (`<ruleId>.berturutTurut`), or the PASS reason when the run is shorter. */
function alasanBerturutTurut(ruleId: string, hariBerturutTurut: number): { pdhtaps: boolean; reason: Reason } {
  const alasan = alasanKetidakhadiran(ruleId);
  const facts = { hariBerturutTurut, batas: HARI_BERTURUT_TURUT_PDHTAPS };
  const pdhtaps = findBand(TABEL_BERTURUT_TURUT, hariBerturutTurut)!.value === 'PDHTAPS';
  return {
    pdhtaps,
    reason: pdhtaps
      ? alasan('berturutTurut', 'APPLIES', CITATIONS_BERTURUT_TURUT, facts)
      : alasan('tidakBerturutTurut', 'PASS', CITATIONS_BERTURUT_TURUT, facts),
  };
}

/** The messages of a rule that gives the absence reasons: its texts include {@link TEKS_KETIDAKHADIRAN}. */
export type DenganTeksKetidakhadiran = RuleMessages<typeof TEKS_KETIDAKHADIRAN>;

/**
 * The hukuman for a year's absence: by the cumulative table, or PDHTAPS for 10 consecutive days; with the
 * two reasons (cumulative, consecutive) under the rule's own prefix. `M` is the type of the rule's
 * messages: the compiler refuses a rule whose messages lack the shared texts, or another rule's id.
 */
export function hukumanKetidakhadiranDari<M extends DenganTeksKetidakhadiran>(
  ruleId: M['rule'],
  hariKumulatif: number,
  hariBerturutTurut: number,
): { hukuman: JenisHukuman | null; pdhtapsBerturutTurut: boolean; reasons: [Reason, Reason] } {
  const kumulatif = alasanKumulatif(ruleId, hariKumulatif);
  const berturut = alasanBerturutTurut(ruleId, hariBerturutTurut);
  return {
    hukuman: berturut.pdhtaps ? 'PDHTAPS' : kumulatif.hukuman,
    pdhtapsBerturutTurut: berturut.pdhtaps,
    reasons: [kumulatif.reason, berturut.reason],
  };
}
