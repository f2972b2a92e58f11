import type * as z4 from 'zod/v4/core';
import { addYears, type IsoDate, wholeYearsBetween } from '../../core/calendar.js';
import type { Citation } from '../../core/decision.js';
import type { Bilingual } from '../../core/explain.js';
import { deepFreeze } from '../../core/freeze.js';
import { BATAS_MASA_KERJA_PNS } from '../../core/masa-kerja-pns.js';
import { contradiction } from '../../core/refine.js';
import type { ProfilKompetensi } from './kamus-kompetensi.js';

/**
 * What a real record can never be, shared by the competency rules: an unassessed profile, and dates
 * outside a PNS's service. Internal to the domain (not exported by its index).
 */

const SUMBER_USIA_MINIMUM = 'PP 11/2017 Pasal 23 ayat (1) huruf a';
const SUMBER_USIA_TERTINGGI = 'PP 11/2017 Pasal 239–240';

/** The day a person born on `tanggalLahir` turns 18: the earliest day they can be a PNS. */
export function awalMasaDinas(tanggalLahir: IsoDate): IsoDate {
  return addYears(tanggalLahir, BATAS_MASA_KERJA_PNS.usiaPengangkatanMinimum);
}

/** A date of the service (TMT jabatan, TMT hukuman) before the 18th birthday. */
export function sebelumUsiaMinimum(tanggalLahir: IsoDate): Bilingual {
  const hari = awalMasaDinas(tanggalLahir);
  return {
    en: `must be on or after the 18th birthday (${hari}, from tanggalLahir): a PNS is appointed at 18 or older (${SUMBER_USIA_MINIMUM})`,
    id: `harus pada atau setelah ulang tahun ke-18 (${hari}, dari tanggalLahir): PNS diangkat paling rendah berusia 18 tahun (${SUMBER_USIA_MINIMUM})`,
  };
}

/** The age on asOf of a serving PNS outside 18–75, or `undefined` when it is possible. */
export function usiaMustahil(tanggalLahir: IsoDate, asOf: IsoDate): Bilingual | undefined {
  const usia = wholeYearsBetween(tanggalLahir, asOf);
  if (tanggalLahir > asOf) return { en: `must not be after asOf (${asOf})`, id: `tidak boleh setelah asOf (${asOf})` };
  if (usia < BATAS_MASA_KERJA_PNS.usiaPengangkatanMinimum)
    return {
      en: `gives an age of ${usia} on asOf (${asOf}); a PNS is at least 18 (${SUMBER_USIA_MINIMUM})`,
      id: `berarti berusia ${usia} tahun pada asOf (${asOf}); PNS paling rendah berusia 18 tahun (${SUMBER_USIA_MINIMUM})`,
    };
  if (usia > BATAS_MASA_KERJA_PNS.usiaPensiunTertinggi)
    return {
      en: `gives an age of ${usia} on asOf (${asOf}); no PNS serves past ${BATAS_MASA_KERJA_PNS.usiaPensiunTertinggi}, the highest batas usia pensiun (${SUMBER_USIA_TERTINGGI})`,
      id: `berarti berusia ${usia} tahun pada asOf (${asOf}); tidak ada PNS yang masih bertugas setelah berusia ${BATAS_MASA_KERJA_PNS.usiaPensiunTertinggi} tahun, batas usia pensiun tertinggi (${SUMBER_USIA_TERTINGGI})`,
    };
  return undefined;
}

/** A TMT jabatan after asOf, or more than a working life (57 years) before it; `undefined` when it is possible. */
export function tmtJabatanMustahil(tmtJabatan: IsoDate, asOf: IsoDate): Bilingual | undefined {
  if (tmtJabatan > asOf) return { en: `must not be after asOf (${asOf})`, id: `tidak boleh setelah asOf (${asOf})` };
  if (addYears(tmtJabatan, BATAS_MASA_KERJA_PNS.tahunMaksimum) < asOf)
    return {
      en: `is more than ${BATAS_MASA_KERJA_PNS.tahunMaksimum} years before asOf (${asOf}); no PNS serves longer (appointed at 18 at the earliest, ${SUMBER_USIA_MINIMUM}; retired at ${BATAS_MASA_KERJA_PNS.usiaPensiunTertinggi} at the latest, ${SUMBER_USIA_TERTINGGI})`,
      id: `lebih dari ${BATAS_MASA_KERJA_PNS.tahunMaksimum} tahun sebelum asOf (${asOf}); tidak ada PNS yang bertugas selama itu (diangkat paling cepat pada usia 18, ${SUMBER_USIA_MINIMUM}; pensiun paling lambat pada usia ${BATAS_MASA_KERJA_PNS.usiaPensiunTertinggi}, ${SUMBER_USIA_TERTINGGI})`,
    };
  return undefined;
}

/** At most this many contradictions are collected by one check: the error keeps 50, a hostile input must not cost more. */
export const BATAS_ISU = 1000;

/**
 * `ctx.addIssue` for bilingual contradictions, stopping after {@link BATAS_ISU} so that a bounded but
 * large input (10,000 candidates each missing 1,000 competencies) cannot build millions of issues.
 */
export function pencatatIsu(ctx: z4.$RefinementCtx<unknown>): (text: Bilingual, path: PropertyKey[]) => boolean {
  let count = 0;
  return (text, path) => {
    if (count >= BATAS_ISU) return false;
    count++;
    ctx.addIssue(contradiction(text, path));
    return true;
  };
}

/** Why a profile without any achieved level cannot be matched (refused where it would decide a fit). */
export const PROFIL_KOSONG: Bilingual = deepFreeze({
  en: 'is empty: no competency was assessed, so there is no JPM to match on (give the levels achieved, 0 where a competency was not shown)',
  id: 'kosong: tidak ada kompetensi yang dinilai, sehingga tidak ada JPM untuk dicocokkan (isi level yang dicapai, 0 bila kompetensi tidak ditunjukkan)',
});

/** Why an achieved level is required: the standard names the competency (PermenPANRB 38/2017). */
export const KOMPETENSI_TIDAK_DINILAI: Bilingual = deepFreeze({
  en: 'missing: the standard requires this competency',
  id: 'tidak ada: standar jabatan mensyaratkan kompetensi ini',
});

/**
 * Adds an issue per competency of `standar` with no achieved level in `aktual` (paths under `path`), through
 * `add` (which may stop early). A level not shown is 0, given explicitly; a missing one was never assessed.
 */
export function periksaKelengkapan(
  standar: ProfilKompetensi,
  aktual: ProfilKompetensi,
  path: PropertyKey[],
  add: (text: Bilingual, path: PropertyKey[]) => boolean,
): void {
  for (const kode of Object.keys(standar)) {
    if (!Object.hasOwn(aktual, kode) && !add(KOMPETENSI_TIDAK_DINILAI, [...path, kode])) return;
  }
}
