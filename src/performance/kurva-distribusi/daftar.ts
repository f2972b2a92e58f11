/**
 * The lists kurvaDistribusi also accepts in place of counts: each employee's predikat, or each employee's
 * predikatKinerja decision as the rule returned it. Both are folded into the counts the rule decides on.
 */
import * as z from 'zod/mini';
import { refineParsed } from '../../core/refine.js';
import { PREDIKAT, type Predikat, predikatSchema } from '../types.js';

const PREDIKAT_KINERJA_RULE_ID = 'performance.predikatKinerja';

/**
 * Most employees in one list: above the staff of the largest unit that sets predikat together (a ministry's
 * whole workforce is about 100 000); a larger population is given as counts (`jumlah`), which take up to 10 million.
 */
export const KURVA_DAFTAR_MAKS = 200_000;
/** Most reasons on one predikatKinerja decision (it gives two or three). */
const ALASAN_MAKS = 50;

/** A predikatKinerja decision as the rule returns it (`value` is the predikat); its reasons are carried, not read. */
export const keputusanPredikatKinerjaSchema = z.object({
  value: predikatSchema.check(z.describe('The predikat decided')),
  reasons: z.optional(z.array(z.unknown()).check(z.maxLength(ALASAN_MAKS), z.describe('Its reasons, carried along and not read'))),
  trace: z.optional(
    z.object({
      library: z.string(),
      // A string to the type (a decision's trace names any rule), checked to be predikatKinerja.
      rule: z.string().check(
        z.describe('Only predikatKinerja decisions are counted'),
        refineParsed((r) => r === PREDIKAT_KINERJA_RULE_ID, {
          text: {
            en: `is not a decision of ${PREDIKAT_KINERJA_RULE_ID}: only its predikat are counted`,
            id: `bukan keputusan ${PREDIKAT_KINERJA_RULE_ID}: hanya predikatnya yang dihitung`,
          },
        }),
      ),
      version: z.nullable(z.string()),
    }),
  ),
});

/** The list fields of kurvaDistribusi's input, each an alternative to `jumlah`. */
export const DAFTAR_KURVA = {
  predikat: z.optional(
    z
      .array(predikatSchema)
      .check(
        z.maxLength(KURVA_DAFTAR_MAKS),
        z.describe(`Each employee's predikat, one per employee (instead of jumlah; at most ${KURVA_DAFTAR_MAKS})`),
      ),
  ),
  keputusan: z.optional(
    z
      .array(keputusanPredikatKinerjaSchema)
      .check(
        z.maxLength(KURVA_DAFTAR_MAKS),
        z.describe(`Each employee's predikatKinerja decision, as the rule returned it (instead of jumlah; at most ${KURVA_DAFTAR_MAKS})`),
      ),
  ),
};

/** Employees per predikat, from a list of predikat. */
export function hitungPredikat(daftar: readonly Predikat[]): Record<Predikat, number> {
  const jumlah = Object.fromEntries(PREDIKAT.map((p) => [p, 0])) as Record<Predikat, number>;
  for (const p of daftar) jumlah[p] += 1;
  return jumlah;
}
