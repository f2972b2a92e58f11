import { type IsoDate, maxDate } from '../../core/calendar.js';
import type { RiwayatHukuman } from '../../discipline/_bersama/riwayat-hukuman.js';
import type { TingkatHukuman } from '../../discipline/types.js';
import { tanggalPeriodeKenaikanPangkat } from '../periode-kenaikan-pangkat.js';
import { type CekHukuman, cekHukumanBerjalan } from './hukuman.js';
import { dalamKalender, tolak } from './invariants.js';

/** A condition that time alone cures: the first day it is met, and the input field that day comes from. */
export interface SyaratWaktu {
  tanggal: IsoDate;
  /** Named by the refusal when this condition puts the earliest period after the calendar's end. */
  path: readonly (string | number)[];
}

/** The hukuman condition as a KP rule checked it on asOf and on the period. */
export interface HukumanKp {
  cek: CekHukuman;
  riwayat: readonly RiwayatHukuman[];
  tingkat: readonly TingkatHukuman[];
}

/**
 * `tmtPalingCepat` of the kenaikan pangkat rules: the first KP period on or after `asOf` on which every
 * condition that time alone cures is met (each of `syarat`, and no blocking hukuman running on the period),
 * each period judged as if asked on its own date. `null` when a blocking hukuman never ends (PDHTAPS). The
 * caller passes `null` for `syarat` when a condition time cannot cure fails. Refuses (MeritInputError of
 * `ruleId`, naming the field that put it there) an earliest period after the last date the library accepts.
 */
export function tmtPalingCepatKp(ruleId: string, asOf: IsoDate, syarat: readonly SyaratWaktu[] | null, hukuman: HukumanKp): IsoDate | null {
  if (syarat === null || hukuman.cek.selesai === null) return null;
  const dariSyarat = syarat.reduce((d, s) => maxDate(d, s.tanggal), asOf);
  let tmt: IsoDate | null = tanggalPeriodeKenaikanPangkat(maxDate(dariSyarat, hukuman.cek.selesai));
  // A hukuman in the record may start later and run on that period: move past it. Each step leaves every
  // hukuman running on the candidate behind for good (the next candidate is after its end), so one step per
  // hukuman of the record plus the step that finds none running suffice (at most RIWAYAT_HUKUMAN_MAKS + 1).
  const langkahMaks = hukuman.riwayat.length + 1;
  for (let langkah = 0; langkah < langkahMaks && tmt !== null; langkah++) {
    const nanti = cekHukumanBerjalan(ruleId, hukuman.riwayat, [tmt], hukuman.tingkat);
    if (nanti.berjalan.length === 0) break;
    tmt = nanti.selesai === null ? null : tanggalPeriodeKenaikanPangkat(maxDate(tmt, nanti.selesai));
  }
  if (tmt !== null) {
    // The latest condition put it there, unless a hukuman pushed it past that condition's period.
    const terakhir = syarat.reduce<SyaratWaktu | undefined>((a, s) => (a === undefined || s.tanggal > a.tanggal ? s : a), undefined);
    const path = terakhir === undefined || tmt > tanggalPeriodeKenaikanPangkat(dariSyarat) ? ['riwayatHukuman'] : [...terakhir.path];
    tolak(ruleId, [dalamKalender(path, tmt, { en: 'the earliest promotion period', id: 'periode kenaikan pangkat paling cepat' })]);
  }
  return tmt;
}
