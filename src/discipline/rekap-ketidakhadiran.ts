import * as z from 'zod/mini';
import {
  addMonths,
  addWorkingDays,
  type HolidayCalendar,
  type IsoDate,
  isoDateSchema,
  isWorkingDay,
  startOfMonth,
  yearOf,
} from '../core/calendar.js';
import { type Citation, decision, type Reason, reason } from '../core/decision.js';
import { type InputIssue, MeritInputError, ownIssue } from '../core/errors.js';
import { deepFreeze } from '../core/freeze.js';
import { dateOutputSchema } from '../core/output.js';
import { defineRule, type RuleOptionsOf, type RuleOutputOf } from '../core/rule.js';
import {
  alasanBerturutTurut,
  HARI_BERTURUT_TURUT_PDHTAPS,
  HARI_SETAHUN_MAKS,
  hukumanMenurutHariKumulatif,
} from './hukuman-ketidakhadiran.js';
import { kalenderKerjaSchema } from './kalender.js';
import { type JenisHukuman, jenisHukumanSchema } from './types.js';
import { assertInForce as pastikanBerlaku, VERSI_INFO_PP_94_2021 } from './_bersama/versi.js';

export const REKAP_KETIDAKHADIRAN_RULE_ID = 'discipline.rekapKetidakhadiran';

/** Minutes of late arrival / early leave that make one day of absence under KMK 5/KMK.01/2022 (7 jam 30 menit). */
export const MENIT_PER_HARI_KMK_5_2022 = 450;

/** Minutes in a day: no day holds more late arrival and early leave than this. */
export const MENIT_SEHARI = 1440;

/**
 * Most dates of absence one count takes: a year has at most 366 days; duplicates (counted once) and the
 * days of a run across 1 January or 31 December leave the rest of the room.
 */
export const TANGGAL_TIDAK_MASUK_MAKS = 1_000;
/** Most late-arrival / early-leave records one count takes: two a day over 366 days is 732; the rest is room for split records. */
export const KETERLAMBATAN_MAKS = 5_000;

const PASAL_15: Citation = deepFreeze({ regulation: 'PP_94_2021', article: 'Pasal 15 ayat (1)' });
const KONVERSI: Citation = deepFreeze({ regulation: 'KMK_5_2022', annex: 'Lampiran (jam kerja)' });

export const rekapKetidakhadiranInput = z.object({
  tahun: z.int().check(z.minimum(1800), z.maximum(2999), z.describe('Calendar year counted (the count resets each 1 January)')),
  tidakMasuk: z
    ._default(z.array(isoDateSchema).check(z.maxLength(TANGGAL_TIDAK_MASUK_MAKS)), [])
    .check(
      z.describe(
        'Dates of unexcused absence (tidak masuk kerja tanpa alasan yang sah) in the year, at most 1,000 (a year has 366 days); duplicates count once. A date of another year is refused unless it belongs to a run of consecutive working days of absence that reaches into the year (setting berturutTurutLintasTahun).',
      ),
    ),
  keterlambatan: z
    ._default(
      z
        .array(
          z.object({
            tanggal: isoDateSchema,
            menit: z.int().check(z.minimum(1), z.maximum(MENIT_SEHARI), z.describe('Minutes late or minutes left early on that day')),
          }),
        )
        .check(z.maxLength(KETERLAMBATAN_MAKS)),
      [],
    )
    .check(
      z.describe(
        'Late arrivals and early leaves without a valid reason, in minutes, on days of the year (at most 5,000 records: two a day is 732); a day’s minutes add up to at most 1440, and a day of absence has none',
      ),
    ),
});
export type RekapKetidakhadiranInput = z.input<typeof rekapKetidakhadiranInput>;

export const rekapKetidakhadiranOptions = z.object({
  kalender: kalenderKerjaSchema,
  konversiKeterlambatan: z
    .prefault(
      z.object({
        aktif: z._default(z.boolean(), true),
        menitPerHari: z._default(z.int().check(z.minimum(1), z.maximum(MENIT_SEHARI)), MENIT_PER_HARI_KMK_5_2022),
        pembulatan: z._default(z.enum(['KE_BAWAH', 'SETENGAH_KE_ATAS']), 'KE_BAWAH'),
      }),
      {},
    )
    .check(
      z.describe(
        'Setting [U]: late arrival / early leave converted to days of absence. Preset from KMK 5/KMK.01/2022 (450 minutes = 1 day, whole days only, the remainder carried within the year); whether PerBKN 6/2022 sets this for every instansi is unconfirmed.',
      ),
    ),
  berturutTurutLintasTahun: z
    ._default(z.boolean(), true)
    .check(
      z.describe(
        'Setting (interpretation): a run of consecutive absence that started in December still counts in January. The cumulative count resets each 1 January either way.',
      ),
    ),
});

export interface RekapKetidakhadiran {
  tahun: number;
  /** Working days of unexcused absence in the year. */
  hariTidakMasuk: number;
  /** Minutes of late arrival / early leave in the year. */
  menitKeterlambatan: number;
  /** Whole days converted from those minutes. */
  hariDariKeterlambatan: number;
  /** Minutes not converted (carried within the year). */
  sisaMenit: number;
  /** hariTidakMasuk + hariDariKeterlambatan: the count for {@link hukumanKetidakhadiran}. */
  hariKumulatif: number;
  /** Longest run of consecutive working days of absence that includes a day of the year. */
  hariBerturutTurut: number;
  /** First and last day of that run (null when there is no absence). */
  awalBerturutTurut: IsoDate | null;
  akhirBerturutTurut: IsoDate | null;
  /** First day of the month after the 10th consecutive day: salary stops (Pasal 15 ayat (2)). */
  gajiDihentikanMulai: IsoDate | null;
  hukuman: JenisHukuman | null;
}

/** {@link RekapKetidakhadiran} as JSON. */
export const rekapKetidakhadiranOutput = z.object({
  tahun: z.int().check(z.describe('Calendar year counted')),
  hariTidakMasuk: z.int().check(z.describe('Working days of unexcused absence in the year')),
  menitKeterlambatan: z.int().check(z.describe('Minutes of late arrival / early leave in the year')),
  hariDariKeterlambatan: z.int().check(z.describe('Whole days converted from those minutes')),
  sisaMenit: z.int().check(z.describe('Minutes not converted into a day (carried within the year)')),
  hariKumulatif: z.int().check(z.describe('hariTidakMasuk + hariDariKeterlambatan (at most 366): the count the hukuman is set from')),
  hariBerturutTurut: z
    .int()
    .check(
      z.describe(
        'Longest run of consecutive working days of absence that includes a day of the year, counted whole (days of a run across 1 January or 31 December included)',
      ),
    ),
  awalBerturutTurut: z.nullable(dateOutputSchema).check(z.describe('First day of that run; null when there is no absence')),
  akhirBerturutTurut: z.nullable(dateOutputSchema).check(z.describe('Last day of that run; null when there is no absence')),
  gajiDihentikanMulai: z
    .nullable(dateOutputSchema)
    .check(z.describe('First day of the month after the 10th consecutive day of absence: salary stops; null when no run reaches 10 days')),
  hukuman: z.nullable(jenisHukumanSchema).check(z.describe('The jenis hukuman to impose; null when none')),
});

interface Run {
  start: IsoDate;
  end: IsoDate;
  days: IsoDate[];
}

/** Runs of consecutive working days in sorted unique working-day dates. */
function runsOf(dates: readonly IsoDate[], calendar: HolidayCalendar): Run[] {
  const runs: Run[] = [];
  for (const d of dates) {
    const last = runs[runs.length - 1];
    if (last && addWorkingDays(last.end, 1, calendar) === d) {
      last.end = d;
      last.days.push(d);
    } else {
      runs.push({ start: d, end: d, days: [d] });
    }
  }
  return runs;
}

/** A date no count of `tahun` can take, or a late arrival on a day that cannot have one; [] when the records hold together. */
function tanggalTidakMungkin(
  input: { tahun: number; tidakMasuk: readonly IsoDate[]; keterlambatan: readonly { tanggal: IsoDate; menit: number }[] },
  runs: readonly Run[],
  lintasTahun: boolean,
): InputIssue[] {
  const { tahun } = input;
  const issues: InputIssue[] = [];
  // Only a run that touches the year and crosses 1 January or 31 December holds days of another year (at most two).
  const crossing = runs.filter((r) => yearOf(r.start) !== tahun || yearOf(r.end) !== tahun);
  input.tidakMasuk.forEach((d, i) => {
    if (yearOf(d) === tahun || crossing.some((r) => r.start <= d && d <= r.end)) return;
    issues.push(
      ownIssue(
        ['tidakMasuk', i],
        lintasTahun
          ? {
              en: `${d} is outside ${tahun} and not part of a run of consecutive working days of absence reaching into it: the count is per calendar year (PP 94/2021 Pasal 15 ayat (1))`,
              id: `${d} di luar tahun ${tahun} dan bukan bagian dari rangkaian hari kerja tidak masuk berturut-turut yang berlanjut ke tahun itu: penghitungan per tahun kalender (PP 94/2021 Pasal 15 ayat (1))`,
            }
          : {
              en: `${d} is outside ${tahun}: the count is per calendar year (PP 94/2021 Pasal 15 ayat (1)) and berturutTurutLintasTahun is off`,
              id: `${d} di luar tahun ${tahun}: penghitungan per tahun kalender (PP 94/2021 Pasal 15 ayat (1)) dan berturutTurutLintasTahun tidak aktif`,
            },
      ),
    );
  });
  const absent = new Set(input.tidakMasuk);
  const minutesOn = new Map<IsoDate, number>();
  input.keterlambatan.forEach((k, i) => {
    if (yearOf(k.tanggal) !== tahun) {
      issues.push(
        ownIssue(['keterlambatan', i, 'tanggal'], {
          en: `${k.tanggal} is outside ${tahun}: late arrival and early leave are counted within the calendar year (PP 94/2021 Pasal 15 ayat (1))`,
          id: `${k.tanggal} di luar tahun ${tahun}: keterlambatan dan pulang cepat dihitung dalam tahun kalender (PP 94/2021 Pasal 15 ayat (1))`,
        }),
      );
      return;
    }
    if (absent.has(k.tanggal)) {
      issues.push(
        ownIssue(['keterlambatan', i, 'tanggal'], {
          en: `${k.tanggal} is also listed in tidakMasuk: a day of absence has no late arrival or early leave`,
          id: `${k.tanggal} juga tercantum dalam tidakMasuk: hari tidak masuk kerja tidak mempunyai keterlambatan atau pulang cepat`,
        }),
      );
      return;
    }
    const total = (minutesOn.get(k.tanggal) ?? 0) + k.menit;
    minutesOn.set(k.tanggal, total);
    if (total > MENIT_SEHARI) {
      issues.push(
        ownIssue(['keterlambatan', i, 'menit'], {
          en: `the minutes recorded on ${k.tanggal} add up to ${total}, more than the ${MENIT_SEHARI} minutes of a day`,
          id: `menit yang dicatat pada ${k.tanggal} berjumlah ${total}, lebih dari ${MENIT_SEHARI} menit dalam sehari`,
        }),
      );
    }
  });
  return issues;
}

export const rekapKetidakhadiranRule = defineRule({
  id: REKAP_KETIDAKHADIRAN_RULE_ID,
  domain: 'discipline',
  title: { id: 'Rekap hari tidak masuk kerja dalam setahun', en: 'Yearly count of days of unexcused absence' },
  description: {
    id: 'Menghitung hari kerja tidak masuk tanpa alasan yang sah dalam satu tahun kalender dari daftar tanggal (hari libur dan akhir pekan tidak dihitung), mengonversi keterlambatan dan pulang cepat menjadi hari, mencari rangkaian hari kerja berturut-turut terpanjang, lalu menetapkan hukumannya.',
    en: 'Counts the working days of unexcused absence in one calendar year from a list of dates (holidays and weekends are not counted), converts late arrival and early leave into days, finds the longest run of consecutive working days, then sets the penalty.',
  },
  citations: [PASAL_15, { regulation: 'PP_94_2021', article: 'Pasal 15 ayat (2)' }, KONVERSI],
  versions: VERSI_INFO_PP_94_2021,
  input: rekapKetidakhadiranInput,
  options: rekapKetidakhadiranOptions,
  output: rekapKetidakhadiranOutput,
  notes: [
    {
      id: 'Konversi 7,5 jam keterlambatan/pulang cepat = 1 hari berasal dari KMK 5/KMK.01/2022 (Kemenkeu); keberlakuannya secara nasional dan cara pembulatannya belum dikonfirmasi, sehingga menjadi pengaturan.',
      en: 'The 7.5-hour lateness/early-leave = 1 day conversion comes from KMK 5/KMK.01/2022 (Ministry of Finance); whether it applies nationally and how partial days are rounded are unconfirmed, so it is a setting.',
    },
    {
      id: 'Masukan yang ditolak: tanggal tidak masuk di luar tahun, kecuali bagian dari rangkaian hari kerja berturut-turut yang berlanjut ke tahun itu (pengaturan berturutTurutLintasTahun); keterlambatan di luar tahun; keterlambatan pada tanggal yang juga tercantum sebagai tidak masuk; keterlambatan satu tanggal yang jumlahnya lebih dari 1440 menit (sehari). Tanggal yang bukan hari kerja tetap diterima dan disebut dalam alasan, tetapi tidak dihitung.',
      en: 'Refused input: dates of absence outside the year, unless part of a run of consecutive working days that reaches into it (setting berturutTurutLintasTahun); late arrivals outside the year; a late arrival on a date also listed as absent; one date’s late minutes adding up to more than 1440 (a day). Non-working dates are accepted and named in the reasons, but not counted.',
    },
  ],
  examples: [
    {
      title: { id: 'Tidak masuk setiap hari kerja 1–14 Oktober 2022', en: 'Absent every working day 1–14 October 2022' },
      input: {
        tahun: 2022,
        tidakMasuk: [
          '2022-10-03',
          '2022-10-04',
          '2022-10-05',
          '2022-10-06',
          '2022-10-07',
          '2022-10-10',
          '2022-10-11',
          '2022-10-12',
          '2022-10-13',
          '2022-10-14',
        ],
      },
      expected: {
        tahun: 2022,
        hariTidakMasuk: 10,
        menitKeterlambatan: 0,
        hariDariKeterlambatan: 0,
        sisaMenit: 0,
        hariKumulatif: 10,
        hariBerturutTurut: 10,
        awalBerturutTurut: '2022-10-03',
        akhirBerturutTurut: '2022-10-14',
        gajiDihentikanMulai: '2022-11-01',
        hukuman: 'PDHTAPS',
      },
      source: 'PerBKN 6/2022 contoh 5d and 23 (TV-18)',
    },
  ],
  evaluate(input, options) {
    const id = REKAP_KETIDAKHADIRAN_RULE_ID;
    pastikanBerlaku(id, `${input.tahun}-12-31`); // the year's count is decided under the rules in force at its end
    const cal = options.kalender;
    const unique = [...new Set(input.tidakMasuk)].sort();
    const working = unique.filter((d) => isWorkingDay(d, cal));
    const inYear = working.filter((d) => yearOf(d) === input.tahun);
    // Consecutive working days: runs over all dates (or the year's only), kept when they touch the year.
    const runs = runsOf(options.berturutTurutLintasTahun ? working : inYear, cal).filter((r) =>
      r.days.some((d) => yearOf(d) === input.tahun),
    );
    const issues = tanggalTidakMungkin(input, runs, options.berturutTurutLintasTahun);
    if (issues.length > 0) throw new MeritInputError(issues, id);
    const reasons: Reason[] = [
      reason(id, `${id}.hariTidakMasuk`, 'INFO', [PASAL_15], {
        tahun: input.tahun,
        hariTidakMasuk: inYear.length,
        bukanHariKerja: unique.length - working.length,
        diluarTahun: working.length - inYear.length,
      }),
    ];

    // Late arrival / early leave → whole days (KMK 5/KMK.01/2022), within the year only.
    const conv = options.konversiKeterlambatan;
    const menit = input.keterlambatan.reduce((s, k) => s + k.menit, 0);
    let hariDariKeterlambatan = 0;
    let sisaMenit = menit;
    if (conv.aktif) {
      const whole = Math.floor(menit / conv.menitPerHari);
      const rest = menit - whole * conv.menitPerHari;
      hariDariKeterlambatan = conv.pembulatan === 'SETENGAH_KE_ATAS' && rest * 2 >= conv.menitPerHari ? whole + 1 : whole;
      sisaMenit = Math.max(0, menit - hariDariKeterlambatan * conv.menitPerHari);
      reasons.push(
        reason(id, `${id}.konversi`, 'INFO', [KONVERSI], {
          menitKeterlambatan: menit,
          menitPerHari: conv.menitPerHari,
          pembulatan: conv.pembulatan,
          hariDariKeterlambatan,
          sisaMenit,
        }),
      );
    } else {
      reasons.push(reason(id, `${id}.tanpaKonversi`, 'INFO', [KONVERSI], { menitKeterlambatan: menit }));
    }
    // A year's count never passes 366 (Pasal 15 ayat (1)); only days converted from lateness under a small menitPerHari could.
    const hariKumulatif = Math.min(inYear.length + hariDariKeterlambatan, HARI_SETAHUN_MAKS);

    const longest = runs.reduce<Run | null>((best, r) => (best === null || r.days.length > best.days.length ? r : best), null);
    // The whole run, days of another year included (at most the 1,000 dates listed): never cut short.
    const hariBerturutTurut = longest?.days.length ?? 0;
    const firstLongEnough = runs.find((r) => r.days.length >= HARI_BERTURUT_TURUT_PDHTAPS);
    const tenth = firstLongEnough?.days[HARI_BERTURUT_TURUT_PDHTAPS - 1];
    const gajiDihentikanMulai = tenth ? startOfMonth(addMonths(startOfMonth(tenth), 1)) : null;
    reasons.push(
      reason(id, `${id}.berturutTurut`, 'INFO', [PASAL_15], {
        hariBerturutTurut,
        awal: longest?.start ?? null,
        akhir: longest?.end ?? null,
        lintasTahun: options.berturutTurutLintasTahun,
      }),
    );

    const kumulatif = hukumanMenurutHariKumulatif(id, hariKumulatif);
    const berturut = alasanBerturutTurut(id, hariBerturutTurut);
    reasons.push(kumulatif.reason, berturut.reason);
    if (gajiDihentikanMulai) {
      reasons.push(
        reason(
          id,
          `${id}.gajiDihentikan`,
          'FAIL',
          [
            { regulation: 'PP_94_2021', article: 'Pasal 15 ayat (2)' },
            { regulation: 'PERBKN_6_2022', article: 'Pasal 12 ayat (1)–(2)' },
          ],
          { hariKe10: tenth!, gajiDihentikanMulai },
        ),
      );
    }
    const value: RekapKetidakhadiran = {
      tahun: input.tahun,
      hariTidakMasuk: inYear.length,
      menitKeterlambatan: menit,
      hariDariKeterlambatan,
      sisaMenit,
      hariKumulatif,
      hariBerturutTurut,
      awalBerturutTurut: longest?.start ?? null,
      akhirBerturutTurut: longest?.end ?? null,
      gajiDihentikanMulai,
      hukuman: berturut.pdhtaps ? 'PDHTAPS' : kumulatif.hukuman,
    };
    return decision(value, reasons);
  },
});

/**
 * Counts a year's unexcused absence from dated records: working days only (holiday calendar injectable),
 * reset each 1 January, late arrival / early leave converted to days (7.5 hours = 1 day preset), the
 * longest consecutive run, the salary-stop date, and the resulting hukuman.
 */
export const rekapKetidakhadiran = rekapKetidakhadiranRule.run;

/** Options of {@link rekapKetidakhadiran}. */
export type RekapKetidakhadiranOptions = RuleOptionsOf<typeof rekapKetidakhadiranRule>;
/** The value of {@link rekapKetidakhadiran}'s decision. */
export type RekapKetidakhadiranOutput = RuleOutputOf<typeof rekapKetidakhadiranRule>;
