import * as z from 'zod/mini';
import { addMonths, endOfMonth, type IsoDate, isoDate, isoDateSchema, monthOf, startOfMonth, yearOf } from '../core/calendar.js';
import { type Citation, decision } from '../core/decision.js';
import { dateOutputSchema } from '../core/output.js';
import { defineRule, type RuleInputOf, type RuleOptionsOf, type RuleOutputOf } from '../core/rule.js';
import { type RuleVersion, versionInForce } from '../core/versions.js';
import { deepFreeze } from '../core/freeze.js';
import { reasonsOf } from '../core/messages.js';
import { recordTable } from '../core/tables.js';
import { dalamKalender, TANGGAL_TERAKHIR, tolak } from './_bersama/invariants.js';
import type { PERIODE_KENAIKAN_PANGKAT_MESSAGES } from './periode-kenaikan-pangkat.messages.js';

export const PERIODE_KENAIKAN_PANGKAT_RULE_ID = 'promotion.periodeKenaikanPangkat';
const alasan = reasonsOf<typeof PERIODE_KENAIKAN_PANGKAT_MESSAGES>(PERIODE_KENAIKAN_PANGKAT_RULE_ID);

/** Which months hold a KP period (always on the 1st), per regime. */
export interface RezimPeriodeKp {
  /** Months (1–12) whose 1st day is a KP period. */
  bulan: readonly number[];
}

const APRIL_OKTOBER: Citation[] = deepFreeze([
  {
    regulation: 'PP_12_2002',
    unlocated:
      'PP 12/2002 set 1 April and 1 October, except anumerta and pengabdian (BKN KMS; BKN Kanreg I slides quote the sentence), amending PP 99/2000, whose original text on pasal.id reads 1 January, 1 April, 1 July and 1 October; the amended article number was not read.',
  },
]);
const ENAM_PERIODE: Citation[] = deepFreeze([{ regulation: 'PERBKN_4_2023', article: 'Pasal 2' }]);
/** The proposal windows are SIASN's operational schedule: Peraturan BKN 4/2023 Pasal 2 sets the periods only. */
const MASA_USUL: Citation[] = deepFreeze([
  {
    regulation: 'PERBKN_4_2023',
    unlocated:
      "The proposal windows are SIASN's operational schedule as BKN publishes it; Pasal 2 sets the period dates only, and no article setting the windows was found.",
  },
]);
const SETIAP_BULAN: Citation[] = deepFreeze([
  {
    regulation: 'PERBKN_4_2025',
    unlocated:
      'The 1st of every month from 1 October 2025 per the BKN press release 027/RILIS/BKN/IX/2025 (Humas BKN text) and Pemkab Jeneponto; no source quotes the article (Peraturan BKN 4/2023 had its periods in Pasal 2).',
  },
]);

/**
 * KP periods (except kenaikan pangkat anumerta and pengabdian), by regime. Half-open periods.
 * - 1 April and 1 October: PP 99/2000 jo. PP 12/2002 (the start of this table is the year of PP 99/2000;
 *   earlier dates are not covered).
 * - 1 Feb, Apr, Jun, Aug, Oct, Dec: Peraturan BKN 4/2023 Pasal 2, applied from January 2024.
 * - The 1st of every month: Peraturan BKN 4/2025, in force 1 October 2025.
 */
export const VERSI_PERIODE_KENAIKAN_PANGKAT: readonly RuleVersion<RezimPeriodeKp>[] = deepFreeze([
  { id: 'APRIL_OKTOBER', from: '2000-01-01', to: '2024-01-01', citations: APRIL_OKTOBER, value: { bulan: [4, 10] } },
  { id: 'ENAM_PERIODE', from: '2024-01-01', to: '2025-10-01', citations: ENAM_PERIODE, value: { bulan: [2, 4, 6, 8, 10, 12] } },
  { id: 'SETIAP_BULAN', from: '2025-10-01', citations: SETIAP_BULAN, value: { bulan: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] } },
]);

/** The period regime in force on `date` (throws RuleNotInForceError before the table starts). */
export function rezimPeriodeKenaikanPangkat(date: IsoDate): RuleVersion<RezimPeriodeKp> {
  return versionInForce(PERIODE_KENAIKAN_PANGKAT_RULE_ID, VERSI_PERIODE_KENAIKAN_PANGKAT, date);
}

/** `true` when `date` is a KP period under the regime in force on that date. */
export function isPeriodeKenaikanPangkat(date: IsoDate): boolean {
  if (date.slice(8) !== '01') return false;
  const versi = versionInForce(PERIODE_KENAIKAN_PANGKAT_RULE_ID, VERSI_PERIODE_KENAIKAN_PANGKAT, date);
  return versi.value.bulan.includes(monthOf(date));
}

/** The 1sts looked at: the first and the 12 after it, since every regime has a period in any 12 months. */
const CALON_PERIODE_MAKS = 13;

/**
 * The first KP period on or after `date`, each candidate judged by the regime in force on the candidate
 * itself (so 2023-11-15 → 2024-02-01, the first period of Peraturan BKN 4/2023). Plain helper of the
 * rule {@link periodeKenaikanPangkat}; throws RuleNotInForceError before the table starts.
 */
export function tanggalPeriodeKenaikanPangkat(date: IsoDate): IsoDate {
  let candidate = date.slice(8) === '01' ? date : startOfMonth(addMonths(date, 1));
  for (let i = 0; i < CALON_PERIODE_MAKS; i++) {
    if (isPeriodeKenaikanPangkat(candidate)) return candidate;
    candidate = addMonths(candidate, 1);
  }
  /* c8 ignore next */
  throw new RangeError(`no KP period found after ${date}`);
}

/** The KP periods of a calendar year, each under the regime in force on its date. */
export function daftarPeriodeKenaikanPangkat(tahun: number): IsoDate[] {
  const result: IsoDate[] = [];
  for (let m = 1; m <= 12; m++) {
    const d = isoDate(tahun, m, 1);
    if (isPeriodeKenaikanPangkat(d)) result.push(d);
  }
  return result;
}

/** Window for submitting KP proposals for a period (operational, not a condition of eligibility). */
export interface MasaUsulKenaikanPangkat {
  /** First day proposals are received; `null` when the sources give only a deadline. */
  mulai: IsoDate | null;
  /** Last day proposals are received. */
  selesai: IsoDate;
}

/** Last day of the proposal window under the six-period regime, by period month (SIASN schedule). */
const HARI_TERAKHIR_USUL_ENAM_PERIODE: Readonly<Record<number, number>> = deepFreeze({ 4: 28, 6: 30, 8: 29, 10: 31, 12: 31 });

/**
 * The proposal window for a KP period, where the sources give one:
 * - April/October regime: proposals received by the end of February (April) / August (October).
 * - Six periods (SIASN): 1 Feb ← 15 Dec–15 Jan; 1 Apr ← 1–28 Feb; 1 Jun ← 1–30 Apr; 1 Aug ← 1–29 Jun;
 *   1 Oct ← 1–31 Aug; 1 Dec ← 1–31 Oct.
 * - Monthly periods: not known (`null`).
 */
export function masaUsulKenaikanPangkat(periode: IsoDate): MasaUsulKenaikanPangkat | null {
  if (!isPeriodeKenaikanPangkat(periode)) return null;
  const versi = versionInForce(PERIODE_KENAIKAN_PANGKAT_RULE_ID, VERSI_PERIODE_KENAIKAN_PANGKAT, periode);
  const y = yearOf(periode);
  const m = monthOf(periode);
  if (versi.id === 'APRIL_OKTOBER') {
    return { mulai: null, selesai: endOfMonth(isoDate(y, m - 2, 1)) };
  }
  if (versi.id === 'ENAM_PERIODE') {
    if (m === 2) return { mulai: isoDate(y - 1, 12, 15), selesai: isoDate(y, 1, 15) };
    // Window in the month two months before the period; the SIASN schedule closes on these days.
    // m is 4, 6, 8, 10 or 12 here (February is handled above).
    const hariTerakhir = HARI_TERAKHIR_USUL_ENAM_PERIODE[m]!;
    return { mulai: isoDate(y, m - 2, 1), selesai: isoDate(y, m - 2, hariTerakhir) };
  }
  return null;
}

export const periodeKenaikanPangkatInput = isoDateSchema.check(
  z.describe('The date from which the next KP period is sought (e.g. the day a PNS meets the conditions)'),
);

/** Result of {@link periodeKenaikanPangkat}: the period date. */
export type PeriodeKenaikanPangkat = IsoDate;

/** Schema of {@link PeriodeKenaikanPangkat} as JSON. */
export const periodeKenaikanPangkatOutput = dateOutputSchema.check(
  z.describe('The first KP period (always the 1st of a month) on or after the input date'),
);

export const periodeKenaikanPangkatRule = defineRule({
  id: PERIODE_KENAIKAN_PANGKAT_RULE_ID,
  domain: 'promotion',
  title: { id: 'Periode kenaikan pangkat', en: 'Promotion (kenaikan pangkat) period' },
  description: {
    id: 'Periode kenaikan pangkat pertama pada atau setelah suatu tanggal, menurut rezim periode yang berlaku pada tanggal periode itu: 1 April dan 1 Oktober; enam periode setahun sejak 2024 (Peraturan BKN 4/2023); setiap tanggal 1 sejak 1 Oktober 2025 (Peraturan BKN 4/2025). Tidak berlaku untuk kenaikan pangkat anumerta dan pengabdian.',
    en: 'The first promotion period on or after a date, under the period regime in force on that period date: 1 April and 1 October; six periods a year from 2024 (BKN Regulation 4/2023); the 1st of every month from 1 October 2025 (BKN Regulation 4/2025). Does not apply to posthumous (anumerta) or service (pengabdian) promotions.',
  },
  citations: [...APRIL_OKTOBER, ...ENAM_PERIODE, ...SETIAP_BULAN],
  versions: VERSI_PERIODE_KENAIKAN_PANGKAT.map(({ id, from, to, citations }) =>
    to ? { id, from, to, citations } : { id, from, citations },
  ),
  // The regime in force on the period found decides (each candidate date is judged by its own regime).
  versionOn: (_date, _options, periode: IsoDate) => periode,
  tables: [
    recordTable(
      { id: 'Rezim periode kenaikan pangkat (setiap periode tanggal 1)', en: 'Promotion period regimes (each period on the 1st)' },
      Object.fromEntries(VERSI_PERIODE_KENAIKAN_PANGKAT.map((v) => [v.id, v])),
      ['rezim', 'berlaku', 'bulan periode'],
      (v) => [`[${v.from}, ${v.to ?? '∞'})`, v.value.bulan.join(', ')],
      (v) => v.citations,
    ),
  ],
  input: periodeKenaikanPangkatInput,
  output: periodeKenaikanPangkatOutput,
  examples: [
    {
      title: { id: 'Rezim April/Oktober (2023)', en: 'April/October regime (2023)' },
      input: '2023-05-10',
      expected: '2023-10-01',
      source: 'promotion digest §9 vector 10 (derived)',
    },
    {
      title: { id: 'Enam periode (2024)', en: 'Six periods (2024)' },
      input: '2024-02-15',
      expected: '2024-04-01',
      source: 'promotion digest §9 vector 10 (Peraturan BKN 4/2023 Pasal 2)',
    },
    {
      title: { id: 'Setiap bulan (sejak 1 Oktober 2025)', en: 'Monthly (from 1 October 2025)' },
      input: '2025-10-02',
      expected: '2025-11-01',
      source: 'promotion digest §9 vector 10 (Peraturan BKN 4/2025)',
    },
  ],
  notes: [
    {
      id: 'Awal tabel (2000-01-01) adalah tahun PP 99/2000; tanggal tepat berlakunya tidak dikonfirmasi. Teks asli PP 99/2000 (pasal.id) menetapkan 1 Januari, 1 April, 1 Juli dan 1 Oktober; 1 April dan 1 Oktober berasal dari PP 12/2002. Tabel ini memakai 1 April dan 1 Oktober sejak 2000, jadi periode sebelum PP 12/2002 tidak dimodelkan menurut teks aslinya. Setiap calon tanggal dinilai dengan rezim yang berlaku pada tanggal itu sendiri (versionOn: periode yang ditemukan).',
      en: 'The table starts at the year of PP 99/2000 (2000-01-01); its exact commencement is unconfirmed. The original PP 99/2000 text (pasal.id) sets 1 January, 1 April, 1 July and 1 October; 1 April and 1 October come from PP 12/2002. The table applies 1 April and 1 October from 2000, so periods before PP 12/2002 are not modelled as the original text reads. Each candidate date is judged by the regime in force on that date itself (versionOn: the period found).',
    },
    {
      id: 'Masa usul (masaUsulKenaikanPangkat) bersifat operasional (SIASN), bukan syarat; untuk periode bulanan tidak tersedia.',
      en: 'Proposal windows (masaUsulKenaikanPangkat) are operational (SIASN), not conditions; none is known for monthly periods.',
    },
    {
      id: `Ditolak: tanggal yang periodenya jatuh setelah ${TANGGAL_TERAKHIR} (tanggal terakhir yang diterima pustaka ini), agar hasil selalu dapat diteruskan ke aturan lain.`,
      en: `Refused: a date whose period would fall after ${TANGGAL_TERAKHIR} (the last date this library accepts), so a result can always be passed on to another rule.`,
    },
  ],
  evaluate(date) {
    const periode = tanggalPeriodeKenaikanPangkat(date);
    tolak(PERIODE_KENAIKAN_PANGKAT_RULE_ID, [dalamKalender([], periode, { en: 'the promotion period', id: 'periode kenaikan pangkat' })]);
    const versi = versionInForce(PERIODE_KENAIKAN_PANGKAT_RULE_ID, VERSI_PERIODE_KENAIKAN_PANGKAT, periode);
    const usul = masaUsulKenaikanPangkat(periode);
    return decision(periode, [
      alasan('periode', 'INFO', versi.citations, { tanggal: date, periode, rezim: versi.id }),
      usul
        ? alasan('masaUsul', 'INFO', MASA_USUL, { periode, mulai: usul.mulai ?? '—', selesai: usul.selesai })
        : alasan('masaUsulTidakDiketahui', 'INFO', [], { periode }),
    ]);
  },
});

/**
 * The first kenaikan pangkat period on or after `date`, under the regime in force on that period date.
 *
 * @example
 * periodeKenaikanPangkat('2024-02-15').value // '2024-04-01'
 * @throws MeritInputError when `date` is not a calendar date; RuleNotInForceError before 2000.
 */
export const periodeKenaikanPangkat = periodeKenaikanPangkatRule.run;

/** Input of {@link periodeKenaikanPangkat}, as callers write it (a deeply readonly value is accepted too). */
export type PeriodeKenaikanPangkatInput = RuleInputOf<typeof periodeKenaikanPangkatRule>;
/** Options of {@link periodeKenaikanPangkat}. */
export type PeriodeKenaikanPangkatOptions = RuleOptionsOf<typeof periodeKenaikanPangkatRule>;
/** The value of {@link periodeKenaikanPangkat}'s decision. */
export type PeriodeKenaikanPangkatOutput = RuleOutputOf<typeof periodeKenaikanPangkatRule>;
