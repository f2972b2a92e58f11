/** Input, options (flat settings) and output of kurvaDistribusi. */
import * as z from 'zod/mini';
import { decimalSchema } from '../../core/decimal.js';
import { decimalOutputSchema } from '../../core/output.js';
import { contradiction, refineParsed, superRefineParsed } from '../../core/refine.js';
import { PREDIKAT, PREDIKAT_ORGANISASI, type Predikat, predikatSchema } from '../types.js';
import { DAFTAR_KURVA } from './daftar.js';
import { JENIS_BATAS, MINIMUM_SEBAGIAN_BESAR, PEMBULATAN_BATAS_ORANG } from './pola.js';

/** Most employees of one unit with one predikat: far above the whole civil service (about 4.7 million). */
const MAKS_PEGAWAI = 10_000_000;
const count = z.int().check(z.minimum(0), z.maximum(MAKS_PEGAWAI));

const TANPA_PEGAWAI = {
  en: 'a unit with no employees has no distribution to check: give at least one employee',
  id: 'unit tanpa pegawai tidak memiliki distribusi untuk diperiksa: isikan paling sedikit satu pegawai',
};

/** Employees per predikat (a predikat left out counts 0). */
const jumlahSchema = z
  .object(Object.fromEntries(PREDIKAT.map((p) => [p, z._default(count, 0)])) as Record<Predikat, z.ZodMiniDefault<typeof count>>)
  .check(
    z.describe('Number of employees with each predikat (at least one employee in all)'),
    // A unit without employees has no distribution: every share would be 0 / 0.
    refineParsed((j) => PREDIKAT.some((p) => j[p] > 0), { text: TANPA_PEGAWAI }),
  );

const SUMBER = ['jumlah', 'predikat', 'keputusan'] as const;

/**
 * The unit: its organisation predikat and its employees, given one of three ways (exactly one): counts per
 * predikat (`jumlah`), each employee's predikat (`predikat`), or each employee's predikatKinerja decision
 * (`keputusan`).
 */
export const kurvaDistribusiInput = z
  .object({
    predikatOrganisasi: z.enum(PREDIKAT_ORGANISASI).check(z.describe('Predikat kinerja organisasi (unit kerja)')),
    jumlah: z.optional(jumlahSchema),
    ...DAFTAR_KURVA,
  })
  .check(
    superRefineParsed((v, ctx) => {
      const given = SUMBER.filter((k) => v[k] !== undefined);
      if (given.length !== 1) {
        const list = given.length === 0 ? 'jumlah, predikat, keputusan' : given.join(', ');
        const text =
          given.length === 0
            ? { en: `give the employees one way: ${list}`, id: `isikan pegawai dengan satu cara: ${list}` }
            : {
                en: `give the employees one way only, not ${list} together`,
                id: `isikan pegawai dengan satu cara saja, bukan ${list} sekaligus`,
              };
        ctx.addIssue(contradiction(text, given.length === 0 ? [] : [given[1]!]));
      } else if (given[0] !== 'jumlah' && (v[given[0]!] as unknown[]).length === 0) ctx.addIssue(contradiction(TANPA_PEGAWAI, [given[0]!]));
    }),
  );
export type KurvaDistribusiInput = z.input<typeof kurvaDistribusiInput>;

const batasSchema = z.object({
  predikat: z.array(predikatSchema).check(
    z.minLength(1),
    z.maxLength(PREDIKAT.length),
    z.describe('The predikat whose counts are added up (each at most once)'),
    refineParsed((ps) => new Set(ps).size === ps.length, {
      text: {
        en: 'names a predikat twice: its employees would be counted twice',
        id: 'menyebut satu predikat dua kali: pegawainya akan terhitung dua kali',
      },
    }),
  ),
  jenis: z.enum(JENIS_BATAS).check(z.describe('MAKSIMUM (at most), MINIMUM (at least) or LEBIH_DARI (more than) the share')),
  persen: z.pipe(
    decimalSchema({ min: 0, max: 100 }),
    z.transform((d) => d.toString()),
  ),
  minimumOrang: z.optional(z.int().check(z.minimum(0), z.maximum(MAKS_PEGAWAI))),
});

export const kurvaDistribusiOptions = z.object({
  pola: z
    // A pattern has a few limits per organisation predikat (SE 3/2023: at most 3); 20 leaves room for an agency's own.
    .optional(z.partialRecord(z.enum(PREDIKAT_ORGANISASI), z.array(batasSchema).check(z.maxLength(20))))
    .check(
      z.describe(
        "Setting: distribution pattern per organisation predikat, for an agency's own (it replaces the SE's limits for that predikat, minimumSebagianBesar included); preset: SE MenPANRB 3/2023",
      ),
    ),
  minimumSebagianBesar: z
    ._default(z.enum(MINIMUM_SEBAGIAN_BESAR), 'TANPA_MINIMUM')
    .check(
      z.describe(
        'Setting: the minimum share "sebagian besar (maksimal 70%)" implies for the top predikat of ISTIMEWA and BAIK units. TANPA_MINIMUM (preset): only the 70% maximum, the reading the library always had; LEBIH_DARI_SEPARUH: also more than 50%, the literal sense of "sebagian besar" (a majority). SE MenPANRB 3/2023 wording graded S (two news copies), its intent U',
      ),
    ),
  pembulatanBatasOrang: z
    ._default(z.enum(PEMBULATAN_BATAS_ORANG), 'EKSAK')
    .check(
      z.describe(
        "Setting: how a share becomes a head-count limit, x = percent × employees / 100. EKSAK (preset): the share itself, so at most ⌊x⌋ and at least ⌈x⌉ people; SETENGAH_KE_ATAS: x rounded half up; LONGGAR: in the unit's favour, at most ⌈x⌉ and at least ⌊x⌋. The SE's calculator's rounding was not found (U)",
      ),
    ),
});

export const kurvaDistribusiOutput = z.object({
  dalamPola: z
    .boolean()
    .check(
      z.describe(
        'true when the unit is within every limit of the pattern. The pattern is guidance for the unit head (SE MenPANRB 3/2023: "pertimbangan bagi pimpinan"), not a condition: false is not a failure',
      ),
    ),
  total: z.int().check(z.describe('Number of employees in the unit')),
  batasTidakTerpenuhi: z
    .array(
      z.object({
        predikat: z.array(predikatSchema).check(z.describe('The predikat whose combined share is limited')),
        jenis: z.enum(JENIS_BATAS),
        persenBatas: decimalOutputSchema.check(z.describe('The limit, as a percentage of the unit')),
        persenAktual: decimalOutputSchema.check(z.describe("The unit's actual share, as a percentage with two decimals")),
        jumlah: z.int().check(z.describe('Employees with these predikat')),
        batasOrang: z.int().check(z.describe('Head-count limit: the most allowed (MAKSIMUM) or the fewest required (MINIMUM, LEBIH_DARI)')),
      }),
    )
    .check(z.describe('The limits of the pattern the unit is outside of (guidance, not breaches)')),
});
/** A unit's distribution compared with its pattern. */
export type KurvaDistribusi = z.output<typeof kurvaDistribusiOutput>;
/** One limit of the pattern the unit is outside of. */
export type BatasTidakTerpenuhi = KurvaDistribusi['batasTidakTerpenuhi'][number];
