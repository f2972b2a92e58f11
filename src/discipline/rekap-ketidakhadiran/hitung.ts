/** The pure steps of rekapKetidakhadiran: runs of working days, impossible records, lateness → days, salary stop. */
import { addMonths, addWorkingDays, type HolidayCalendar, type IsoDate, startOfMonth, yearOf } from '../../core/calendar.js';
import { type InputIssue, ownIssue } from '../../core/errors.js';
import { HARI_BERTURUT_TURUT_PDHTAPS } from '../_bersama/ketidakhadiran.js';
import { MENIT_SEHARI } from './skema.js';

/** A run of consecutive working days of absence. */
export interface Run {
  start: IsoDate;
  end: IsoDate;
  days: IsoDate[];
}

/** Runs of consecutive working days in sorted unique working-day dates. */
export function runsOf(dates: readonly IsoDate[], calendar: HolidayCalendar): Run[] {
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

/** The longest run (the first of equal ones), or null when there is none. */
export function rangkaianTerpanjang(runs: readonly Run[]): Run | null {
  return runs.reduce<Run | null>((best, r) => (best === null || r.days.length > best.days.length ? r : best), null);
}

/**
 * Salary stops from the first day of the month after the 10th consecutive working day of the first run
 * that reaches it (PP 94/2021 Pasal 15 ayat (2)); null when no run does.
 */
export function penghentianGaji(runs: readonly Run[]): { hariKe10: IsoDate; gajiDihentikanMulai: IsoDate } | null {
  const hariKe10 = runs.find((r) => r.days.length >= HARI_BERTURUT_TURUT_PDHTAPS)?.days[HARI_BERTURUT_TURUT_PDHTAPS - 1];
  return hariKe10 ? { hariKe10, gajiDihentikanMulai: startOfMonth(addMonths(startOfMonth(hariKe10), 1)) } : null;
}

/** How late minutes become days: the option `konversiKeterlambatan`. */
export interface KonversiKeterlambatan {
  aktif: boolean;
  menitPerHari: number;
  pembulatan: 'KE_BAWAH' | 'SETENGAH_KE_ATAS';
}

/**
 * Late arrival / early leave → whole days (KMK 5/KMK.01/2022): whole days of `menitPerHari`, one more
 * when rounding half up and the rest is at least half a day; the minutes left over are carried.
 */
export function hariDariMenit(menit: number, konversi: KonversiKeterlambatan): { hariDariKeterlambatan: number; sisaMenit: number } {
  const whole = Math.floor(menit / konversi.menitPerHari);
  const rest = menit - whole * konversi.menitPerHari;
  const hariDariKeterlambatan = konversi.pembulatan === 'SETENGAH_KE_ATAS' && rest * 2 >= konversi.menitPerHari ? whole + 1 : whole;
  return { hariDariKeterlambatan, sisaMenit: Math.max(0, menit - hariDariKeterlambatan * konversi.menitPerHari) };
}

/** A date no count of `tahun` can take, or a late arrival on a day that cannot have one; [] when the records hold together. */
export function tanggalTidakMungkin(
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
