import { addYears, type IsoDate, MAX_YEAR, yearOf } from '../../core/calendar.js';
import type { Citation } from '../../core/decision.js';
import { type InputIssue, MeritInputError, ownIssue } from '../../core/errors.js';
import { deepFreeze } from '../../core/freeze.js';
import { BATAS_MASA_KERJA_PNS } from '../../core/masa-kerja-pns.js';
import type { Bilingual } from '../../core/explain.js';

/**
 * What a real record of a PNS can never be, shared by the promotion rules: a CPNS is appointed at 18 at
 * the earliest, serves at most a working life, and a record is read on `asOf` (nothing in it lies after).
 */

/** The youngest age at appointment (PP 11/2017 Pasal 23 ayat (1) huruf a), cited where a refusal rests on it. */
export const CITATION_USIA_MINIMAL_PENGANGKATAN: readonly Citation[] = deepFreeze([BATAS_MASA_KERJA_PNS.citations[0]!]);

/** Annual appraisals in one working life: one per calendar year it touches. */
export const MAKS_RIWAYAT_PENILAIAN = BATAS_MASA_KERJA_PNS.tahunMaksimum + 1;
/** Jabatan held in one career: far more than a working life holds (each is held for months at least). */
export const MAKS_RIWAYAT_JABATAN = 100;
/** Angka-kredit appraisal periods: each is at least one whole month and they do not overlap, within a working life. */
export const MAKS_PERIODE_ANGKA_KREDIT = BATAS_MASA_KERJA_PNS.tahunMaksimum * 12;

/** The last date the library accepts as input: a result after it could not be passed on to another rule. */
export const TANGGAL_TERAKHIR: IsoDate = `${MAX_YEAR}-12-31`;

type Path = (string | number)[];

/** Throws the issues found (if any) as one MeritInputError of `ruleId`. */
export function tolak(ruleId: string, issues: readonly (InputIssue | null | undefined)[]): void {
  const found = issues.filter((i): i is InputIssue => i != null);
  if (found.length > 0) throw new MeritInputError(found, ruleId);
}

const issue = (path: Path, text: Bilingual) => ownIssue(path, text);

/** A date of the record (a TMT) on or before `asOf`: the record is read on `asOf`. */
export function tidakSetelahAsOf(path: Path, tanggal: IsoDate, asOf: IsoDate): InputIssue | null {
  return tanggal <= asOf
    ? null
    : issue(path, {
        en: `${tanggal} is after asOf (${asOf}): a record read on asOf holds no later date`,
        id: `${tanggal} setelah asOf (${asOf}): riwayat yang dibaca pada asOf tidak memuat tanggal sesudahnya`,
      });
}

/** A date of the record within one working life before `asOf`. */
export function dalamMasaKerja(path: Path, tanggal: IsoDate, asOf: IsoDate): InputIssue | null {
  return addYears(tanggal, BATAS_MASA_KERJA_PNS.tahunMaksimum) >= asOf
    ? null
    : issue(path, {
        en: `${tanggal} is more than ${BATAS_MASA_KERJA_PNS.tahunMaksimum} years before asOf (${asOf}); no PNS serves longer (appointed at ${BATAS_MASA_KERJA_PNS.usiaPengangkatanMinimum} at the earliest, PP 11/2017 Pasal 23 ayat (1) huruf a, retired at ${BATAS_MASA_KERJA_PNS.usiaPensiunTertinggi} at the latest)`,
        id: `${tanggal} lebih dari ${BATAS_MASA_KERJA_PNS.tahunMaksimum} tahun sebelum asOf (${asOf}); tidak ada PNS yang mengabdi selama itu (diangkat paling rendah usia ${BATAS_MASA_KERJA_PNS.usiaPengangkatanMinimum} tahun, PP 11/2017 Pasal 23 ayat (1) huruf a, pensiun paling lambat usia ${BATAS_MASA_KERJA_PNS.usiaPensiunTertinggi} tahun)`,
      });
}

/** `tanggal` on or after `batas`, the date of `namaBatas` (e.g. a TMT pangkat on or after TMT CPNS). */
export function tidakSebelum(path: Path, tanggal: IsoDate, batas: IsoDate, namaBatas: string, alasan: Bilingual): InputIssue | null {
  return tanggal >= batas
    ? null
    : issue(path, {
        en: `${tanggal} is before ${namaBatas} (${batas}): ${alasan.en}`,
        id: `${tanggal} sebelum ${namaBatas} (${batas}): ${alasan.id}`,
      });
}

/** A computed date that must stay within the dates the library accepts (no year-3000 results). */
export function dalamKalender(path: Path, hasil: IsoDate, apa: Bilingual): InputIssue | null {
  return hasil <= TANGGAL_TERAKHIR
    ? null
    : issue(path, {
        en: `leads to ${apa.en} ${hasil}, after ${TANGGAL_TERAKHIR}, the last date this library accepts`,
        id: `menghasilkan ${apa.id} ${hasil}, setelah ${TANGGAL_TERAKHIR}, tanggal terakhir yang diterima pustaka ini`,
      });
}

/**
 * Appraisal years inside the service: not after the year of `asOf` and not before the first year of service
 * (`dari`, with the name of its source), one issue per offending row.
 */
export function tahunPenilaianDalamDinas(
  riwayat: readonly { tahun: number }[],
  asOf: IsoDate,
  dari: { tahun: number; asal: Bilingual },
  prefix: Path = ['riwayatPenilaian'],
): InputIssue[] {
  const akhir = yearOf(asOf);
  const issues: InputIssue[] = [];
  riwayat.forEach((p, i) => {
    if (p.tahun > akhir) {
      issues.push(
        issue([...prefix, i, 'tahun'], {
          en: `appraisal year ${p.tahun} is after the year of asOf (${asOf})`,
          id: `tahun penilaian ${p.tahun} setelah tahun asOf (${asOf})`,
        }),
      );
    } else if (p.tahun < dari.tahun) {
      issues.push(
        issue([...prefix, i, 'tahun'], {
          en: `appraisal year ${p.tahun} is before the service began (${dari.asal.en}: ${dari.tahun})`,
          id: `tahun penilaian ${p.tahun} sebelum masa dinas dimulai (${dari.asal.id}: ${dari.tahun})`,
        }),
      );
    }
  });
  return issues;
}

/** The earliest year of service a record read on `asOf` can hold: one working life before. */
export const tahunDinasPalingAwal = (asOf: IsoDate) => ({
  tahun: yearOf(asOf) - BATAS_MASA_KERJA_PNS.tahunMaksimum,
  asal: {
    en: `at most ${BATAS_MASA_KERJA_PNS.tahunMaksimum} years before asOf`,
    id: `paling lama ${BATAS_MASA_KERJA_PNS.tahunMaksimum} tahun sebelum asOf`,
  },
});

/** Hukuman disiplin of the record: not before the service began and within a working life of `asOf`. */
export function hukumanDalamDinas(
  riwayat: readonly { tmt: IsoDate }[],
  asOf: IsoDate,
  tmtCpns: IsoDate | undefined,
  prefix: Path = ['riwayatHukuman'],
): InputIssue[] {
  const issues: InputIssue[] = [];
  riwayat.forEach((h, i) => {
    const path = [...prefix, i, 'tmt'];
    const found =
      (tmtCpns === undefined
        ? null
        : tidakSebelum(path, h.tmt, tmtCpns, 'tmtCpns', {
            en: 'a hukuman disiplin is imposed on a (C)PNS, so not before the appointment',
            id: 'hukuman disiplin dijatuhkan kepada (C)PNS, jadi tidak sebelum pengangkatan',
          })) ?? dalamMasaKerja(path, h.tmt, asOf);
    if (found) issues.push(found);
  });
  return issues;
}
