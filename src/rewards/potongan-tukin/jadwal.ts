import * as z from 'zod/mini';
import type { Citation } from '../../core/decision.js';
import { decimalSchema } from '../../core/decimal.js';
import { formatCitation, regulationShortName } from '../../core/explain.js';
import { deepFreeze } from '../../core/freeze.js';
import { refineParsed } from '../../core/refine.js';
import type { RegulationId } from '../../core/regulation-ids.js';
import { JENIS_HUKUMAN } from '../../discipline/types.js';
import { PREDIKAT } from '../../performance/types.js';
import { SEBAB_POTONGAN, STATUS_JADWAL } from './sebab.js';
import { issueHints } from '../../core/hints.js';

/** Minutes in a day: no one arrives late or leaves early by more. */
export const MENIT_SEHARI = 1440;
/** Days in the longest month: no count of days or occurrences within one month exceeds it. */
export const HARI_BULAN_TERPANJANG = 31;
/** Bounds of an instansi schedule against hostile input, far above any published one (the longest preset ladder has 4 steps). */
const ANAK_TANGGA_MAKS = 20;
const SUMBER_MAKS = 10;
const NAMA_MAKS = 200;
/** The longest hukuman-linked cut in months (10 years), a bound above every published one (12 months). */
const BULAN_POTONGAN_HUKUMAN_MAKS = 120;

const persen = () => decimalSchema({ min: 0, max: 100 });
/** Most characters of a citation's `unlocated` reason in an instansi schedule: a bound against hostile input. */
const KUTIPAN_MAKS = 500;

/** What a citation of an instansi schedule given without article, annex or reason says of itself. */
export const KUTIPAN_TANPA_PASAL = 'The schedule names this regulation without an article or annex, and gives no reason why (unlocated).';

/**
 * A schedule's citation as a text names it (the successor of a historical schedule): with its article or annex
 * when located, by the regulation's short name when not (the reason why stays on the citation).
 */
export function namaKutipan(c: Citation): string {
  return c.unlocated === undefined ? formatCitation(c) : regulationShortName(c.regulation);
}

/**
 * A citation in a schedule: a regulation with its article or annex, or why neither is given (`unlocated`). A
 * preset names a catalogue id; an instansi schedule may name its own regulation (a Perkada, say) under an id
 * of the same form. One given with neither article, annex nor reason is kept, marked as not located.
 */
const citationSchema = z.pipe(
  z
    .object({
      regulation: z.string().check(z.minLength(1)),
      article: z.optional(z.string()),
      annex: z.optional(z.string()),
      unlocated: z
        .optional(z.string().check(z.minLength(1), z.maxLength(KUTIPAN_MAKS)))
        .check(z.describe('Why no article or annex is given: what was searched, what is known')),
    })
    .check(
      refineParsed((c) => c.unlocated === undefined || (c.article === undefined && c.annex === undefined), {
        text: {
          en: 'unlocated says why a citation has no article or annex: give one or the other',
          id: 'unlocated menjelaskan mengapa kutipan tidak menyebut pasal atau lampiran: isi salah satunya saja',
        },
        path: ['unlocated'],
      }),
    ),
  z.transform((c): Citation => {
    // A schedule may cite a regulation outside the catalogue (an instansi's own): the id is kept as given.
    const regulation = c.regulation as RegulationId;
    if (c.article !== undefined)
      return c.annex === undefined ? { regulation, article: c.article } : { regulation, article: c.article, annex: c.annex };
    if (c.annex !== undefined) return { regulation, annex: c.annex };
    return { regulation, unlocated: c.unlocated ?? KUTIPAN_TANPA_PASAL };
  }),
);

/** One step of a lateness ladder: applies when the minutes exceed `lebihDariMenit`. */
const anakTanggaSchema = z.object({ lebihDariMenit: z.int().check(z.minimum(0), z.maximum(MENIT_SEHARI)), persen: persen() });
const tanggaSchema = z._default(z.array(anakTanggaSchema).check(z.maxLength(ANAK_TANGGA_MAKS)), []).check(
  refineParsed((t) => t.every((s, i) => i === 0 || s.lebihDariMenit > t[i - 1]!.lebihDariMenit), {
    text: {
      en: 'steps must be in strictly ascending lebihDariMenit order',
      id: 'anak tangga harus berurutan naik menurut lebihDariMenit, tanpa nilai yang sama',
    },
  }),
);

const hukumanCutSchema = z.object({
  persen: persen(),
  bulan: z
    .nullable(z.int().check(z.minimum(1), z.maximum(BULAN_POTONGAN_HUKUMAN_MAKS)))
    .check(z.describe('Months of the cut; null = for as long as it lasts (PDHTAPS)')),
});

const tahunAtauTanggal = z
  .string()
  .check(z.regex(/^\d{4}(-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01]))?$/, { message: 'must be a year YYYY or a date YYYY-MM-DD' }))
  .register(issueHints, {
    expected: { id: 'tahun YYYY atau tanggal YYYY-MM-DD, mis. 2022', en: 'a year YYYY or a date YYYY-MM-DD, e.g. 2022' },
  });

const masaBerlakuSchema = z
  .object({
    status: z
      .enum(STATUS_JADWAL)
      .check(z.describe('BERLAKU: in force as far as the sources read show; HISTORIS: replaced, kept for past months and audits')),
    mulai: tahunAtauTanggal.check(z.describe('First year (or day) in force')),
    sampai: z.optional(tahunAtauTanggal).check(z.describe('Last year (or day) in force, for a historical schedule')),
    pengganti: z.optional(citationSchema).check(z.describe('The regulation that replaced it (catalogue id)')),
  })
  .check(
    refineParsed((m) => m.sampai === undefined || m.sampai.slice(0, 4) >= m.mulai.slice(0, 4), {
      text: { en: 'sampai cannot be before mulai', id: 'sampai tidak boleh sebelum mulai' },
      path: ['sampai'],
    }),
    refineParsed((m) => m.status === 'BERLAKU' || m.sampai !== undefined, {
      text: {
        en: 'a historical schedule states until when it was in force (sampai)',
        id: 'jadwal historis menyebut sampai kapan berlaku (sampai)',
      },
      path: ['sampai'],
    }),
  );

/**
 * An instansi's tukin/TPP deduction schedule (jadwal potongan). Percentages are of the monthly tukin; the
 * month's cuts are summed and capped (batasBulanan). `cakupan` says which causes the schedule covers and
 * where; a cause asked about that it does not cover is refused or falls back by the rule's setting
 * `sebabDiLuarCakupan`, never cut 0 % in silence.
 */
export const jadwalPotonganSchema = z.object({
  nama: z.string().check(z.minLength(1), z.maxLength(NAMA_MAKS)),
  sumber: z
    ._default(z.array(citationSchema).check(z.maxLength(SUMBER_MAKS)), [])
    .check(z.describe('Regulations the schedule comes from (catalogue ids)')),
  masaBerlaku: z.optional(masaBerlakuSchema).check(z.describe('Period in force and status; a historical schedule is reported as such')),
  cakupan: z
    .optional(z.partialRecord(z.enum(SEBAB_POTONGAN), citationSchema))
    .check(
      z.describe(
        'Causes the schedule covers, each with the article that sets it; a cause not listed is not covered (even when its cut would be 0 %). ' +
          'Absent: the causes the schedule names a cut for (a ladder, a per-day cut, an override, a hukuman of that tingkat or the PP 94 sedang cut, a predikat; ' +
          'no record on a side with a ladder), cited by sumber',
      ),
    ),
  terlambat: tanggaSchema.check(z.describe('Late arrival: cut per occurrence by minutes late')),
  pulangCepat: tanggaSchema.check(z.describe('Early leave: cut per occurrence by minutes early')),
  tanpaRekamMasuk: z.optional(persen()).check(z.describe('Cut per day without an arrival record (default: the top late step)')),
  tanpaRekamPulang: z.optional(persen()).check(z.describe('Cut per day without a leave record (default: the top early-leave step)')),
  tidakMasukPerHari: z.prefault(persen(), 0).check(z.describe('Cut per working day of unexcused absence')),
  berturutTurut: z
    .optional(z.object({ minimalHari: z.int().check(z.minimum(1), z.maximum(HARI_BULAN_TERPANJANG)), persen: persen() }))
    .check(z.describe('Override: this cut for the month when the consecutive unexcused absence reaches minimalHari')),
  hukuman: z
    ._default(z.partialRecord(z.enum(JENIS_HUKUMAN), hukumanCutSchema), {})
    .check(z.describe('Instansi cut while a hukuman disiplin runs, and for how many months')),
  hukumanMenurutSifat: z
    ._default(z.boolean(), false)
    .check(
      z.describe(
        'The instansi hukuman cut applies only to non-administrative violations and administrative ones with inisiatif pribadi, ' +
          'kesengajaan or pengulangan (KMK 5/KMK.01/2022); read from each hukuman’s sifatPelanggaran/unsurPelanggaran (setting potonganHukuman)',
      ),
    ),
  hukumanSedangPp94: z
    ._default(z.boolean(), false)
    .check(
      z.describe('Apply the sedang hukuman itself (PP 94/2021 Pasal 8 ayat (3): 25 % for 6/9/12 months) unless sedangMode is interim'),
    ),
  predikat: z._default(z.partialRecord(z.enum(PREDIKAT), persen()), {}).check(z.describe('Cut by the predikat kinerja of the period')),
  batasBulanan: z.prefault(persen(), 100).check(z.describe('Monthly cap')),
});
export type JadwalPotonganInput = z.input<typeof jadwalPotonganSchema>;
export type JadwalPotongan = z.output<typeof jadwalPotonganSchema>;

/** The sedang hukuman of PP 94/2021 Pasal 8 ayat (3): a 25 % cut for the duration of the jenis. */
export const POTONGAN_HUKUMAN_SEDANG_PP94 = deepFreeze({ persen: '25' } as const);
