import { RIWAYAT_HUKUMAN_MAKS } from '../../discipline/_bersama/riwayat-hukuman.js';
import { BATAS_MASA_KERJA_PNS } from '../../core/masa-kerja-pns.js';
import * as z from 'zod/mini';
import { addYears, type IsoDate, isoDateSchema, wholeYearsBetween, yearOf } from '../../core/calendar.js';
import { type Citation, type Reason, reason } from '../../core/decision.js';
import { dateOutputSchema } from '../../core/output.js';
import { minPredikatSchema } from './penilaian.js';
import { tingkatHukumanMenghalangiSchema } from './hukuman.js';
import { pemeriksaanDisiplinMenghalangiSchema } from './pemeriksaan-disiplin.js';
import { rezimPeriodeKenaikanPangkat, tanggalPeriodeKenaikanPangkat } from '../periode-kenaikan-pangkat.js';
import { type GolonganPns, golonganSchema } from '../types.js';
import type { SyaratWaktu } from './tmt-paling-cepat.js';
import type { InputIssue } from '../../core/errors.js';
import type { Bilingual } from '../../core/explain.js';
import {
  MAKS_RIWAYAT_PENILAIAN,
  TANGGAL_TERAKHIR,
  dalamKalender,
  dalamMasaKerja,
  hukumanDalamDinas,
  tahunDinasPalingAwal,
  tahunPenilaianDalamDinas,
  tidakSebelum,
  tidakSetelahAsOf,
  tolak,
} from './invariants.js';

/** Schema of {@link KenaikanPangkatPilihan} as JSON, shared by the kenaikan pangkat pilihan rules. */
export const kenaikanPangkatPilihanOutput = z.object({
  memenuhiSyarat: z.boolean().check(z.describe('Every condition is met for the KP period evaluated')),
  golonganBaru: z.nullable(golonganSchema).check(z.describe('The golongan the PNS rises to; null when not eligible')),
  tmt: z.nullable(dateOutputSchema).check(z.describe('TMT of the new pangkat (the KP period); null when not eligible')),
  periode: dateOutputSchema.check(z.describe('The KP period evaluated: the first on or after asOf')),
  golonganTujuan: z
    .nullable(golonganSchema)
    .check(z.describe('The golongan the promotion leads to, given even when not eligible; null when there is none')),
});
/** Outcome of a kenaikan pangkat pilihan (penyesuaian ijazah, prestasi luar biasa; the base of fungsional and struktural). */
export type KenaikanPangkatPilihan = z.output<typeof kenaikanPangkatPilihanOutput>;

/** Options shared by the kenaikan pangkat pilihan rules. */
export const opsiKenaikanPangkatPilihan = {
  asOf: isoDateSchema.check(z.describe('Decision date: the KP period evaluated is the first one on or after it')),
  minPredikat: z
    ._default(minPredikatSchema, 'BAIK')
    .check(z.describe('Setting: lowest predikat that counts as "bernilai baik" (preset BAIK, agency practice)')),
  tingkatHukumanMenghalangi: tingkatHukumanMenghalangiSchema,
  pemeriksaanDisiplinMenghalangi: pemeriksaanDisiplinMenghalangiSchema,
};
export const opsiKenaikanPangkatPilihanSchema = z.object(opsiKenaikanPangkatPilihan);

/** The KP period for `asOf` and its INFO reason (code `<rule>.periode`). */
export function periodeKp(ruleId: string, asOf: IsoDate): { periode: IsoDate; reason: Reason } {
  const periode = tanggalPeriodeKenaikanPangkat(asOf);
  return {
    periode,
    reason: reason(ruleId, `${ruleId}.periode`, 'INFO', rezimPeriodeKenaikanPangkat(periode).citations, { asOf, periode }),
  };
}

/** The `n` calendar years before the year of the period, oldest first. */
export function tahunSebelumPeriode(periode: IsoDate, n: number): number[] {
  return Array.from({ length: n }, (_, i) => yearOf(periode) - n + i);
}

/** A minimum-whole-years condition as the earliest period reads it: met `minimum` years after `mulai`, the field `path`. */
export function syaratMasa(mulai: IsoDate, minimum: number, path: string): SyaratWaktu {
  return { tanggal: addYears(mulai, minimum), path: [path] };
}

/** A minimum-whole-years condition ending on the period (codes `<rule>.masaDalamPangkat` / `.masaDalamJabatan`). */
export function reasonMasa(
  ruleId: string,
  jenis: 'masaDalamPangkat' | 'masaDalamJabatan',
  mulai: IsoDate,
  periode: IsoDate,
  minimum: number,
  citations: Citation[],
): Reason {
  const tanggalPalingCepat = addYears(mulai, minimum);
  return reason(ruleId, `${ruleId}.${jenis}`, tanggalPalingCepat <= periode ? 'PASS' : 'FAIL', citations, {
    mulai,
    periode,
    tahun: wholeYearsBetween(mulai, periode),
    minimum,
    tanggalPalingCepat,
  });
}

/** Builds the outcome from the reasons: eligible when no reason failed. */
export function hasilKp(reasons: readonly Reason[], periode: IsoDate, tujuan: GolonganPns | null): KenaikanPangkatPilihan {
  const memenuhiSyarat = tujuan !== null && reasons.every((r) => r.outcome !== 'FAIL');
  return {
    memenuhiSyarat,
    golonganBaru: memenuhiSyarat ? tujuan : null,
    tmt: memenuhiSyarat ? periode : null,
    periode,
    golonganTujuan: tujuan,
  };
}

/** The record of a PNS as the kenaikan pangkat rules read it. */
export interface CatatanKp {
  /** TMTs of the record by field name (tmtPangkat, tmtJabatan), each on or before asOf and within a working life. */
  tmt: Readonly<Record<string, IsoDate>>;
  /** TMT CPNS when given: the record's TMTs, appraisals and hukuman are not before it. */
  tmtCpns?: IsoDate | undefined;
  riwayatPenilaian: readonly { tahun: number }[];
  riwayatHukuman: readonly { tmt: IsoDate }[];
}

/**
 * Refuses what a real record read on `asOf` can never be (PP 99/2000 and PP 11/2017): a TMT after asOf or
 * more than a working life before it, a TMT pangkat/jabatan before TMT CPNS, appraisal years after the year
 * of asOf or before the service, hukuman before the appointment, and a KP period after the calendar's end.
 */
export function periksaCatatanKp(ruleId: string, asOf: IsoDate, periode: IsoDate, c: CatatanKp): void {
  const issues: (InputIssue | null)[] = [
    dalamKalender(['options', 'asOf'], periode, { en: 'the promotion period', id: 'periode kenaikan pangkat' }),
  ];
  const tmt: [string, IsoDate][] = Object.entries(c.tmt);
  if (c.tmtCpns !== undefined) tmt.unshift(['tmtCpns', c.tmtCpns]);
  for (const [field, tanggal] of tmt) {
    issues.push(
      tidakSetelahAsOf([field], tanggal, asOf) ??
        dalamMasaKerja([field], tanggal, asOf) ??
        (c.tmtCpns === undefined || field === 'tmtCpns'
          ? null
          : tidakSebelum([field], tanggal, c.tmtCpns, 'tmtCpns', {
              en: 'a pangkat or jabatan of a PNS starts with or after the CPNS appointment',
              id: 'pangkat atau jabatan PNS dimulai bersamaan dengan atau setelah pengangkatan CPNS',
            })),
    );
  }
  const awal = c.tmtCpns === undefined ? tahunDinasPalingAwal(asOf) : { tahun: yearOf(c.tmtCpns), asal: { en: 'tmtCpns', id: 'tmtCpns' } };
  issues.push(...tahunPenilaianDalamDinas(c.riwayatPenilaian, asOf, awal), ...hukumanDalamDinas(c.riwayatHukuman, asOf, c.tmtCpns));
  tolak(ruleId, issues);
}

const M = BATAS_MASA_KERJA_PNS.tahunMaksimum;
const U = BATAS_MASA_KERJA_PNS.usiaPengangkatanMinimum;

/** The note listing what {@link periksaCatatanKp} refuses, for the rule's documentation. */
export function catatanInvarianKp(tmt: string): Bilingual {
  return {
    id: `Ditolak sebagai mustahil (MeritInputError yang menyebut kolomnya): ${tmt} setelah asOf atau lebih dari ${M} tahun sebelumnya (diangkat paling rendah usia ${U} tahun, PP 11/2017 Pasal 23 ayat (1) huruf a; BUP paling tinggi ${BATAS_MASA_KERJA_PNS.usiaPensiunTertinggi}); TMT pangkat/jabatan sebelum tmtCpns bila diberikan; tahun penilaian setelah tahun asOf atau sebelum masa dinas, atau dua kali; hukuman sebelum tmtCpns, lebih dari ${M} tahun sebelum asOf, atau selesai sebelum TMT-nya; periode setelah ${TANGGAL_TERAKHIR}. Paling banyak ${MAKS_RIWAYAT_PENILAIAN} penilaian (satu per tahun masa kerja) dan ${RIWAYAT_HUKUMAN_MAKS} hukuman.`,
    en: `Refused as impossible (a MeritInputError naming the field): ${tmt} after asOf or more than ${M} years before it (appointed at ${U} at the earliest, PP 11/2017 Pasal 23 ayat (1) huruf a; highest BUP ${BATAS_MASA_KERJA_PNS.usiaPensiunTertinggi}); a TMT pangkat/jabatan before tmtCpns when given; appraisal years after the year of asOf or before the service, or twice; a hukuman before tmtCpns, more than ${M} years before asOf, or ending before its TMT; a period after ${TANGGAL_TERAKHIR}. At most ${MAKS_RIWAYAT_PENILAIAN} appraisals (one per year of a working life) and ${RIWAYAT_HUKUMAN_MAKS} hukuman.`,
  };
}
