import * as z from 'zod/mini';
import { contradiction, superRefineParsed } from '../../core/refine.js';
import { deepFreeze } from '../../core/freeze.js';
import { type Citation, type Reason, reason } from '../../core/decision.js';
import { MAX_YEAR, MIN_YEAR } from '../../core/calendar.js';
import { PREDIKAT, type Predikat } from '../../performance/types.js';
import { MAKS_RIWAYAT_PENILAIAN } from './invariants.js';

/**
 * Predikat of an annual appraisal in any regime: PermenPANRB 6/2022 (SANGAT_BAIK … SANGAT_KURANG),
 * PP 30/2019 (… CUKUP …) and PP 46/2011 (… CUKUP, KURANG, BURUK).
 */
export const PREDIKAT_PENILAIAN = deepFreeze([
  'SANGAT_BAIK',
  'BAIK',
  'BUTUH_PERBAIKAN',
  'CUKUP',
  'KURANG',
  'SANGAT_KURANG',
  'BURUK',
] as const);
export type PredikatPenilaian = (typeof PREDIKAT_PENILAIAN)[number];
export const predikatPenilaianSchema = z.enum(PREDIKAT_PENILAIAN);

/**
 * Rank of each predikat on the PermenPANRB 6/2022 scale (0 = best). Interpretation: the older "Cukup"
 * sits where "Butuh Perbaikan" sits, "Buruk" where "Sangat Kurang" sits (third and fifth of five).
 */
const PERINGKAT: Readonly<Record<PredikatPenilaian, number>> = deepFreeze({
  SANGAT_BAIK: 0,
  BAIK: 1,
  BUTUH_PERBAIKAN: 2,
  CUKUP: 2,
  KURANG: 3,
  SANGAT_KURANG: 4,
  BURUK: 4,
});

/** `true` when predikat `p` (any regime) is `min` or better. */
export function predikatPenilaianAtLeast(p: PredikatPenilaian, min: Predikat): boolean {
  return PERINGKAT[p] <= PREDIKAT.indexOf(min);
}

/** One annual appraisal of a PNS. */
export const penilaianTahunanSchema = z.object({
  tahun: z.int().check(z.minimum(MIN_YEAR), z.maximum(MAX_YEAR), z.describe('Appraisal year')),
  predikat: predikatPenilaianSchema.check(z.describe('Predikat kinerja (or PP 46/2011 sebutan) of that year')),
});
export type PenilaianTahunan = z.output<typeof penilaianTahunanSchema>;

/** Annual appraisals, at most one per year, so at most one per year of a working life. */
export const riwayatPenilaianSchema = z.array(penilaianTahunanSchema).check(
  z.maxLength(MAKS_RIWAYAT_PENILAIAN),
  superRefineParsed((list, ctx) => {
    const seen = new Set<number>();
    list.forEach((p, i) => {
      if (seen.has(p.tahun)) {
        ctx.addIssue(
          contradiction({ en: `appraisal year ${p.tahun} appears twice`, id: `tahun penilaian ${p.tahun} muncul dua kali` }, [i, 'tahun']),
        );
      }
      seen.add(p.tahun);
    });
  }),
  z.describe(`Annual appraisals (one per year; at most ${MAKS_RIWAYAT_PENILAIAN}, the years of a working life)`),
);

export const minPredikatSchema = z.enum(PREDIKAT);

/**
 * One reason per required appraisal year: PASS when that year's predikat is at least `min`, FAIL when it is
 * lower or missing. Codes: `<prefix>.penilaian`, `<prefix>.penilaianTidakAda`.
 */
export function reasonsPenilaian(
  ruleId: string,
  riwayat: readonly PenilaianTahunan[],
  tahunDiperlukan: readonly number[],
  min: Predikat,
  citations: Citation[],
): Reason[] {
  return tahunDiperlukan.map((tahun) => {
    const p = riwayat.find((x) => x.tahun === tahun); // riwayat is bounded (MAKS_RIWAYAT_PENILAIAN)
    if (!p) return reason(ruleId, `${ruleId}.penilaianTidakAda`, 'FAIL', citations, { tahun, minimum: min });
    return reason(ruleId, `${ruleId}.penilaian`, predikatPenilaianAtLeast(p.predikat, min) ? 'PASS' : 'FAIL', citations, {
      tahun,
      predikat: p.predikat,
      minimum: min,
    });
  });
}
