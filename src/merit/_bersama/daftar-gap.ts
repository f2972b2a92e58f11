/**
 * The gap list `merit.kebutuhanPengembangan` reads: a `competency.jobPersonMatch` result's `value.gap`, checked
 * as jobPersonMatch would have written it, since every row becomes a planned development need: a competency
 * code, its group as the kamus gives it (a national code in another group, or a near miss of one, is refused
 * with the code meant), one row per competency, and selisih = aktual − standar.
 */
import * as z from 'zod/mini';
import { kelompokKompetensi } from '../../competency/_bersama/kamus-kompetensi.js';
import { KELOMPOK_KOMPETENSI, KOMPETENSI_MANSOSKUL, kodeKompetensiSchema } from '../../competency/types.js';
import { contradiction, superRefineParsed } from '../../core/refine.js';
import { closestName } from '../../core/suggest.js';

/** At most this many rows: a standard lists at most 100 competencies (competency/_bersama/profil.ts). */
const GAP_MAKS = 100;

const barisGapSchema = z
  .object({
    kompetensi: kodeKompetensiSchema.check(z.describe('Competency code')),
    kelompok: z.enum(KELOMPOK_KOMPETENSI).check(z.describe('Its group')),
    standar: z.int().check(z.minimum(1), z.maximum(5), z.describe('Required level 1–5')),
    aktual: z.int().check(z.minimum(0), z.maximum(5), z.describe('Achieved level 0–5')),
    selisih: z.int().check(z.minimum(-5), z.maximum(5), z.describe('aktual − standar')),
  })
  .check(
    superRefineParsed((g, ctx) => {
      if (g.selisih !== g.aktual - g.standar)
        ctx.addIssue(
          contradiction(
            {
              en: `selisih must be aktual − standar (${g.aktual - g.standar})`,
              id: `selisih harus aktual − standar (${g.aktual - g.standar})`,
            },
            ['selisih'],
          ),
        );
      const kamus = kelompokKompetensi(g.kompetensi);
      if (kamus !== g.kelompok) {
        // A code read as teknis but written as a national group is most likely a misspelt national code.
        const meant = kamus === 'TEKNIS' ? closestName(g.kompetensi, KOMPETENSI_MANSOSKUL) : undefined;
        ctx.addIssue(
          contradiction(
            meant
              ? {
                  en: `${g.kompetensi} is no ${g.kelompok} competency; did you mean "${meant}"?`,
                  id: `${g.kompetensi} bukan kompetensi ${g.kelompok}; mungkin maksudnya "${meant}"?`,
                }
              : {
                  en: `${g.kompetensi} is in group ${kamus} by the kamus, not ${g.kelompok}`,
                  id: `${g.kompetensi} termasuk kelompok ${kamus} menurut kamus, bukan ${g.kelompok}`,
                },
            [meant ? 'kompetensi' : 'kelompok'],
          ),
        );
      }
    }),
  );

export const daftarGapSchema = z.array(barisGapSchema).check(
  z.maxLength(GAP_MAKS),
  superRefineParsed((rows, ctx) => {
    const seen = new Map<string, number>();
    rows.forEach((g, i) => {
      const first = seen.get(g.kompetensi);
      if (first === undefined) seen.set(g.kompetensi, i);
      else
        ctx.addIssue(
          contradiction(
            {
              en: `${g.kompetensi} is listed twice (also at gap[${first}])`,
              id: `${g.kompetensi} tercantum dua kali (juga pada gap[${first}])`,
            },
            [i, 'kompetensi'],
          ),
        );
    });
  }),
  z.describe('The gap list of a competency.jobPersonMatch result (its value.gap), as it is'),
);
