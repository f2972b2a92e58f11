import * as z from 'zod/mini';
import { addYears, type IsoDate, isoDateSchema, wholeYearsBetween, yearOf } from '../core/calendar.js';
import { type Citation, type Reason, reason } from '../core/decision.js';
import { dateOutputSchema } from '../core/output.js';
import { minPredikatSchema } from './penilaian.js';
import { tingkatHukumanMenghalangiSchema } from './hukuman.js';
import { rezimPeriodeKenaikanPangkat, tanggalPeriodeKenaikanPangkat } from './periode-kenaikan-pangkat.js';
import { type GolonganPns, golonganSchema } from './types.js';

/** Outcome of a kenaikan pangkat pilihan. */
export interface KenaikanPangkatPilihan {
  memenuhiSyarat: boolean;
  /** The golongan the PNS rises to; `null` when not eligible. */
  golonganBaru: GolonganPns | null;
  /** TMT of the new pangkat (the KP period); `null` when not eligible. */
  tmt: IsoDate | null;
  /** The KP period evaluated: the first on or after `asOf`. */
  periode: IsoDate;
  /** The golongan evaluated (`null` when there is none). */
  golonganTujuan: GolonganPns | null;
}

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

/** Options shared by the kenaikan pangkat pilihan rules. */
export const opsiKenaikanPangkatPilihan = {
  asOf: isoDateSchema.check(z.describe('Decision date: the KP period evaluated is the first one on or after it')),
  minPredikat: z
    ._default(minPredikatSchema, 'BAIK')
    .check(z.describe('Setting: lowest predikat that counts as "bernilai baik" (preset BAIK, agency practice)')),
  tingkatHukumanMenghalangi: tingkatHukumanMenghalangiSchema,
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

/** A minimum-whole-years condition ending on the period (codes `<rule>.masaDalamPangkat` / `.masaDalamJabatan`). */
export function reasonMasa(
  ruleId: string,
  jenis: 'masaDalamPangkat' | 'masaDalamJabatan',
  mulai: IsoDate,
  periode: IsoDate,
  minimum: number,
  citations: Citation[],
): Reason {
  const terpenuhi = addYears(mulai, minimum);
  return reason(ruleId, `${ruleId}.${jenis}`, terpenuhi <= periode ? 'PASS' : 'FAIL', citations, {
    mulai,
    periode,
    tahun: wholeYearsBetween(mulai, periode),
    minimum,
    tanggalTerpenuhi: terpenuhi,
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
