import * as z from 'zod/mini';
import { daysInMonth } from '../../core/calendar.js';
import { describeInputAs } from '../../core/json-schema-stand-in.js';
import { decimalOutputSchema } from '../../core/output.js';
import { safeParseWithMessages } from '../../core/parse.js';
import { contradiction, refineParsed, superRefineParsed } from '../../core/refine.js';
import { unknownKeys } from '../../core/unknown-keys.js';
import { RIWAYAT_HUKUMAN_MAKS, riwayatHukumanSchema } from '../../discipline/_bersama/riwayat-hukuman.js';
import { modeHukumanSedangSchema } from '../../discipline/types.js';
import { PREDIKAT } from '../../performance/types.js';
import { HARI_BULAN_TERPANJANG, type JadwalPotongan, jadwalPotonganSchema, MENIT_SEHARI } from './jadwal.js';
import { NAMA_PRESET_JADWAL, type NamaPresetJadwal, PRESET_JADWAL_POTONGAN } from './presets.js';
import { SEBAB_POTONGAN, SIFAT_PELANGGARAN, UNSUR_PELANGGARAN } from './sebab.js';
import { issueHints } from '../../core/hints.js';

// The input, options and output of rewards.potonganTukin.

const bulanSchema = z
  .string()
  .check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'must be a month YYYY-MM' }), z.describe('The month the tukin is for'))
  .register(issueHints, { expected: { id: 'bulan YYYY-MM, mis. 2024-05', en: 'a month YYYY-MM, e.g. 2024-05' } });
/** Rp 1 trillion: a bound against hostile input, far above any monthly allowance. */
const TUKIN_MAKS = 1e12;

const menit = z.int().check(z.minimum(1), z.maximum(MENIT_SEHARI));
const count = (max: number) => z._default(z.int().check(z.minimum(0), z.maximum(max)), 0);

/** A hukuman in the record, with the nature of the violation behind it (read by schedules with hukumanMenurutSifat, KMK 5/KMK.01/2022). */
const hukumanTukinSchema = z.safeExtend(riwayatHukumanSchema, {
  sifatPelanggaran: z
    .optional(z.enum(SIFAT_PELANGGARAN))
    .check(
      z.describe(
        'Nature of the violation (KMK 5/KMK.01/2022): ADMINISTRATIF or NON_ADMINISTRATIF. Read only by a schedule with hukumanMenurutSifat; ' +
          'there a running hukuman without it (and without unsurPelanggaran) is refused unless potonganHukuman is SETIAP_HUKUMAN',
      ),
    ),
  unsurPelanggaran: z
    ._default(
      z.array(z.enum(UNSUR_PELANGGARAN)).check(
        z.maxLength(UNSUR_PELANGGARAN.length),
        refineParsed((u: string[]) => new Set(u).size === u.length, {
          text: { en: 'each unsur at most once', id: 'setiap unsur paling banyak sekali' },
        }),
      ),
      [],
    )
    .check(
      z.describe(
        'Elements of an administrative violation that make it cut tukin (KMK 5/KMK.01/2022: inisiatif pribadi, kesengajaan and/or berulang; any one suffices)',
      ),
    ),
});

export const potonganTukinInput = z
  .object({
    bulan: bulanSchema,
    tukin: z
      .optional(z.int().check(z.minimum(0), z.maximum(TUKIN_MAKS)))
      .check(z.describe('Monthly tukin/TPP in whole rupiah, for the amounts')),
    terlambat: z
      ._default(z.array(menit).check(z.maxLength(HARI_BULAN_TERPANJANG)), [])
      .check(z.describe('Minutes late, one entry per occurrence')),
    pulangCepat: z
      ._default(z.array(menit).check(z.maxLength(HARI_BULAN_TERPANJANG)), [])
      .check(z.describe('Minutes left early, one entry per occurrence')),
    tanpaRekamMasuk: count(HARI_BULAN_TERPANJANG).check(z.describe('Days without an arrival record')),
    tanpaRekamPulang: count(HARI_BULAN_TERPANJANG).check(z.describe('Days without a leave record')),
    hariTidakMasuk: count(HARI_BULAN_TERPANJANG).check(z.describe('Working days of unexcused absence in the month')),
    hariBerturutTurut: count(HARI_BULAN_TERPANJANG).check(
      z.describe('Longest run of consecutive working days of unexcused absence in the month'),
    ),
    riwayatHukuman: z._default(z.array(hukumanTukinSchema).check(z.maxLength(RIWAYAT_HUKUMAN_MAKS)), []),
    predikat: z.optional(z.enum(PREDIKAT)).check(z.describe('Predikat kinerja of the period that decides this month')),
  })
  .check(
    superRefineParsed((v, ctx) => {
      if (v.hariBerturutTurut > v.hariTidakMasuk) {
        ctx.addIssue(
          contradiction(
            {
              en: 'hariBerturutTurut cannot exceed hariTidakMasuk',
              id: 'hariBerturutTurut tidak boleh melebihi hariTidakMasuk (hari berturut-turut termasuk hari tidak masuk)',
            },
            ['hariBerturutTurut'],
          ),
        );
      }
      // Each day of the month has at most one arrival and one leave: a day absent has neither, a day with a
      // late arrival has an arrival record. Calendar days bound the working days of any agency's calendar.
      const hari = daysInMonth(Number(v.bulan.slice(0, 4)), Number(v.bulan.slice(5, 7)));
      const sides = [
        { field: 'hariTidakMasuk', days: v.hariTidakMasuk, what: { en: 'days absent', id: 'hari tidak masuk' } },
        {
          field: v.terlambat.length > 0 ? 'terlambat' : 'tanpaRekamMasuk',
          days: v.hariTidakMasuk + v.terlambat.length + v.tanpaRekamMasuk,
          what: {
            en: 'days absent, late or without an arrival record',
            id: 'hari tidak masuk, terlambat atau tanpa rekam masuk',
          },
        },
        {
          field: v.pulangCepat.length > 0 ? 'pulangCepat' : 'tanpaRekamPulang',
          days: v.hariTidakMasuk + v.pulangCepat.length + v.tanpaRekamPulang,
          what: {
            en: 'days absent, left early or without a leave record',
            id: 'hari tidak masuk, pulang cepat atau tanpa rekam pulang',
          },
        },
      ];
      const over = sides.find((s) => s.days > hari);
      if (over) {
        ctx.addIssue(
          contradiction(
            {
              en: `${over.days} ${over.what.en} in ${v.bulan}, which has ${hari} days (each day counts once)`,
              id: `${over.days} ${over.what.id} pada ${v.bulan}, padahal bulan itu hanya ${hari} hari (setiap hari dihitung sekali)`,
            },
            [over.field],
          ),
        );
      }
    }),
  );
export type PotonganTukinInput = z.input<typeof potonganTukinInput>;

const presetSchema = z.enum(NAMA_PRESET_JADWAL as [NamaPresetJadwal, ...NamaPresetJadwal[]]);

/**
 * A preset name or an instansi schedule; errors inside a schedule keep their path (a plain union would
 * not). JSON Schema shows it as that union.
 */
const jadwalOptionSchema = describeInputAs(
  z
    .pipe(
      z._default(z.union([z.string(), z.record(z.string(), z.unknown())]), 'PP_94_2021'),
      z.transform((j, ctx): JadwalPotongan => {
        // An instansi schedule is parsed here, out of sight of the rule's own check for unknown settings.
        const unknown = typeof j === 'string' ? [] : unknownKeys(jadwalPotonganSchema, j, [], { kind: 'setting' });
        for (const issue of unknown) {
          ctx.issues.push({
            code: 'custom',
            message: issue.message,
            input: j,
            path: issue.path,
            params: { text: issue.text, code: issue.code },
          });
        }
        const parsed =
          typeof j === 'string'
            ? safeParseWithMessages(
                z.pipe(
                  presetSchema,
                  z.transform((name) => jadwalPotonganSchema.parse(PRESET_JADWAL_POTONGAN[name])),
                ),
                j,
              )
            : safeParseWithMessages(jadwalPotonganSchema, j);
        if (parsed.success && unknown.length === 0) return parsed.data;
        for (const issue of parsed.success ? [] : parsed.error.issues) {
          ctx.issues.push({
            code: 'custom',
            message: issue.message,
            input: j,
            path: issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
            // A check of the schedule's own (e.g. the ladder order) keeps its message in both languages.
            ...('params' in issue && issue.params ? { params: issue.params } : {}),
          });
        }
        return z.NEVER;
      }),
    )
    .check(z.describe('A preset name (PP_94_2021, PERMENTAN_68_2012, …) or an instansi schedule (jadwalPotonganSchema)')),
  z.union([presetSchema, jadwalPotonganSchema]),
);

export const potonganTukinOptions = z.object({
  jadwal: jadwalOptionSchema,
  sebabDiLuarCakupan: z
    ._default(z.enum(['TOLAK', 'CADANGAN']), 'TOLAK')
    .check(
      z.describe(
        'Setting: a cause asked about that the schedule does not cover (cakupan). TOLAK (preset): MeritInputError naming the field. ' +
          'CADANGAN: the schedule’s own values (no cut; no record on a side with a ladder: its top step, library default U), ' +
          'with a reason diLuarCakupan and the list diLuarCakupan',
      ),
    ),
  potonganHukuman: z
    ._default(z.enum(['MENURUT_SIFAT', 'SETIAP_HUKUMAN']), 'MENURUT_SIFAT')
    .check(
      z.describe(
        'Setting, for a schedule with hukumanMenurutSifat (KMK 5/KMK.01/2022): MENURUT_SIFAT (preset) cuts for a non-administrative violation ' +
          'or an administrative one with an unsur, refusing a running hukuman with neither; SETIAP_HUKUMAN cuts for every hukuman (the old behaviour)',
      ),
    ),
  sedangMode: z
    ._default(modeHukumanSedangSchema, 'TUKIN')
    .check(z.describe('Setting [U]: under INTERIM_KGB_KP_PANGKAT the sedang hukuman is not a tukin cut (see discipline.bentukHukuman)')),
  mulaiPotonganHukuman: z
    ._default(z.enum(['BULAN_TMT', 'BULAN_BERIKUTNYA']), 'BULAN_TMT')
    .check(z.describe('Setting [U]: whether a hukuman-linked cut starts in the month of the TMT or the month after.')),
  pembulatanRupiah: z
    ._default(z.enum(['SETENGAH_KE_ATAS', 'KE_BAWAH', 'KE_ATAS']), 'SETENGAH_KE_ATAS')
    .check(z.describe('Setting: rounding of the cut to whole rupiah (no regulation read states one; half up by default)')),
});

const persenOutput = (d: string) => decimalOutputSchema.check(z.describe(d));

/** Outcome of {@link potonganTukin}, as JSON. */
export const potonganTukinOutput = z.object({
  bulan: z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/), z.describe('The month the tukin is for, YYYY-MM')),
  persen: persenOutput('Total cut in percent of the monthly tukin, after the consecutive-absence override and the monthly cap'),
  rincian: z
    .object({
      terlambat: persenOutput('Cut in percent for late arrivals'),
      pulangCepat: persenOutput('Cut in percent for early leaves'),
      tanpaRekam: persenOutput('Cut in percent for days without an arrival or leave record'),
      tidakMasuk: persenOutput('Cut in percent for days of unexcused absence'),
      hukuman: persenOutput('Cut in percent for a running hukuman disiplin (the largest one)'),
      predikat: persenOutput('Cut in percent for the predikat kinerja'),
    })
    .check(z.describe('Cut per cause in percent, before the consecutive-absence override and the cap')),
  berturutTurut: z.boolean().check(z.describe('The consecutive-absence override was applied')),
  dibatasi: z.boolean().check(z.describe('The monthly cap (batasBulanan) was applied')),
  diLuarCakupan: z
    .array(z.enum(SEBAB_POTONGAN))
    .check(z.describe('Causes asked about that the schedule does not cover, decided by the library fallback (empty when none)')),
  potonganRupiah: z
    .nullable(decimalOutputSchema)
    .check(z.describe('Cut in whole rupiah, rounded by pembulatanRupiah; null when no tukin amount was given')),
  diterimaRupiah: z
    .nullable(decimalOutputSchema)
    .check(z.describe('tukin − potonganRupiah in rupiah; null when no tukin amount was given')),
});
/** Outcome of {@link potonganTukin}: the month's cut in percent, by cause, and in rupiah. */
export type PotonganTukin = z.output<typeof potonganTukinOutput>;
