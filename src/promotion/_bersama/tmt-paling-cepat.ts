import * as z from 'zod/mini';
import { type IsoDate, maxDate } from '../../core/calendar.js';
import { type Reason, reason } from '../../core/decision.js';
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

/** The conditions of the KP rules that time alone meets when they fail (reason keys): years served, the atasan limit's end, a hukuman's end. */
export const SYARAT_OLEH_WAKTU: ReadonlySet<string> = new Set([
  'masaKerja',
  'masaDalamPangkat',
  'masaDalamJabatan',
  'atasan',
  'hukumanBerjalan',
]);

/** A condition not met on the period evaluated: its reason code, and whether time alone meets it. */
export interface SyaratTidakTerpenuhi {
  code: string;
  olehWaktuSaja: boolean;
}

export const syaratTidakTerpenuhiOutput = z
  .array(z.object({ code: z.string(), olehWaktuSaja: z.boolean() }))
  .check(
    z.describe(
      'The conditions not met on periode, by reason code (the reason explains each); olehWaktuSaja: time alone meets it (years served, the end of the atasan limit or of a running hukuman). Empty when memenuhiSyarat',
    ),
  );

/**
 * The earliest TMT only when time alone meets every condition not met (`tmt` is then computed; otherwise it
 * is null and not computed), with those conditions listed: a date is never shown while an exam, an
 * appraisal, the angka kredit or a ceiling is still missing (it would be read as a promise). When a condition
 * is not met, a note is added to `reasons` saying by when (`tmtPalingCepat`) or that no date can be given
 * (`tmtPalingCepatTidakAda`), citing the KP periods (the `periode` reason's basis).
 */
export function palingCepatOlehWaktu(
  ruleId: string,
  reasons: Reason[],
  tmt: () => IsoDate | null,
  /** `false` where the rule stops at its first condition (the highest rank): a note would add nothing. */
  catatan = true,
): { tmtPalingCepat: IsoDate | null; syaratTidakTerpenuhi: SyaratTidakTerpenuhi[] } {
  const syaratTidakTerpenuhi = reasons
    .filter((r) => r.outcome === 'FAIL')
    .map((r) => ({ code: r.code, olehWaktuSaja: SYARAT_OLEH_WAKTU.has(r.code.slice(ruleId.length + 1)) }));
  const tmtPalingCepat = syaratTidakTerpenuhi.every((s) => s.olehWaktuSaja) ? tmt() : null;
  if (catatan && syaratTidakTerpenuhi.length > 0) {
    const periode = reasons.find((r) => r.code === `${ruleId}.periode`)?.citations ?? [];
    reasons.push(
      tmtPalingCepat === null
        ? reason(ruleId, `${ruleId}.tmtPalingCepatTidakAda`, 'INFO', periode, {})
        : reason(ruleId, `${ruleId}.tmtPalingCepat`, 'INFO', periode, { tmt: tmtPalingCepat }),
    );
  }
  return { tmtPalingCepat, syaratTidakTerpenuhi };
}
