import * as z from 'zod/mini';
import { addMonths, daysInMonth, type IsoDate, startOfMonth } from '../core/calendar.js';
import { Decimal, decimalSchema, roundHalfUp, roundDown, roundUp, toPlainString } from '../core/decimal.js';
import { type Citation, decision, type Reason, reason } from '../core/decision.js';
import { safeParseWithMessages } from '../core/parse.js';
import { decimalOutputSchema } from '../core/output.js';
import { describeInputAs } from '../core/json-schema-stand-in.js';
import { deepFreeze } from '../core/freeze.js';
import { defineRule, type RuleOptionsOf, type RuleOutputOf } from '../core/rule.js';
import { contradiction, refineParsed, superRefineParsed } from '../core/refine.js';
import { unknownKeys } from '../core/unknown-keys.js';
import { RIWAYAT_HUKUMAN_MAKS, riwayatHukumanSchema } from '../discipline/riwayat-hukuman.js';
import { HUKUMAN, JENIS_HUKUMAN, type JenisHukuman, modeHukumanSedangSchema } from '../discipline/types.js';
import { PREDIKAT, type Predikat } from '../performance/types.js';

export const POTONGAN_TUKIN_RULE_ID = 'rewards.potonganTukin';

const persen = () => decimalSchema({ min: 0, max: 100 });
const citationSchema = z.object({
  regulation: z.string().check(z.minLength(1)),
  article: z.optional(z.string()),
  annex: z.optional(z.string()),
});

/** One step of a lateness ladder: applies when the minutes exceed `lebihDariMenit`. */
const anakTanggaSchema = z.object({ lebihDariMenit: z.int().check(z.minimum(0), z.maximum(1440)), persen: persen() });
const tanggaSchema = z._default(z.array(anakTanggaSchema).check(z.maxLength(20)), []).check(
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
    .nullable(z.int().check(z.minimum(1), z.maximum(120)))
    .check(z.describe('Months of the cut; null = for as long as it lasts (PDHTAPS)')),
});

/**
 * An instansi's tukin/TPP deduction schedule (jadwal potongan). Percentages are of the monthly tukin; the
 * month's cuts are summed and capped (batasBulanan).
 */
export const jadwalPotonganSchema = z.object({
  nama: z.string().check(z.minLength(1), z.maxLength(200)),
  sumber: z
    ._default(z.array(citationSchema).check(z.maxLength(10)), [])
    .check(z.describe('Regulations the schedule comes from (catalogue ids)')),
  terlambat: tanggaSchema.check(z.describe('Late arrival: cut per occurrence by minutes late')),
  pulangCepat: tanggaSchema.check(z.describe('Early leave: cut per occurrence by minutes early')),
  tanpaRekamMasuk: z.optional(persen()).check(z.describe('Cut per day without an arrival record (default: the top late step)')),
  tanpaRekamPulang: z.optional(persen()).check(z.describe('Cut per day without a leave record (default: the top early-leave step)')),
  tidakMasukPerHari: z.prefault(persen(), 0).check(z.describe('Cut per working day of unexcused absence')),
  berturutTurut: z
    .optional(z.object({ minimalHari: z.int().check(z.minimum(1), z.maximum(31)), persen: persen() }))
    .check(z.describe('Override: this cut for the month when the consecutive unexcused absence reaches minimalHari')),
  hukuman: z
    ._default(z.partialRecord(z.enum(JENIS_HUKUMAN), hukumanCutSchema), {})
    .check(z.describe('Instansi cut while a hukuman disiplin runs, and for how many months')),
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

/** Published schedules (digest §3.4), as presets. */
export const PRESET_JADWAL_POTONGAN = deepFreeze({
  /** PP 94/2021 Pasal 8 ayat (3) alone: the sedang hukuman are a 25 % tukin cut for 6/9/12 months. */
  PP_94_2021: {
    nama: 'PP 94/2021: hukuman disiplin sedang',
    sumber: [{ regulation: 'PP_94_2021', article: 'Pasal 8 ayat (3)' }],
    hukumanSedangPp94: true,
  },
  /** Permentan 68/2012 (complete table, via Balai Litbang Pertanian Banten) [S]. */
  PERMENTAN_68_2012: {
    nama: 'Permentan 68/2012',
    sumber: [{ regulation: 'PERMENTAN_68_2012' }],
    terlambat: [
      { lebihDariMenit: 0, persen: '0.5' },
      { lebihDariMenit: 30, persen: 1 },
      { lebihDariMenit: 60, persen: '1.5' },
      { lebihDariMenit: 90, persen: 2 },
    ],
    pulangCepat: [
      { lebihDariMenit: 0, persen: '0.5' },
      { lebihDariMenit: 30, persen: 1 },
      { lebihDariMenit: 60, persen: '1.5' },
      { lebihDariMenit: 90, persen: 2 },
    ],
    tidakMasukPerHari: 4,
    // Old PP 53/2010 types; sedang mapped to the PP 94 sedang jenis by the interim order 6 ↔ KGB, 9 ↔ KP, 12 ↔ pangkat [U].
    hukuman: {
      TEGURAN_LISAN: { persen: 20, bulan: 1 },
      TEGURAN_TERTULIS: { persen: 30, bulan: 2 },
      PERNYATAAN_TIDAK_PUAS_TERTULIS: { persen: 40, bulan: 3 },
      POTONGAN_TUKIN_6_BULAN: { persen: 40, bulan: 6 },
      POTONGAN_TUKIN_9_BULAN: { persen: 50, bulan: 8 },
      POTONGAN_TUKIN_12_BULAN: { persen: 60, bulan: 10 },
      PENURUNAN_JABATAN: { persen: 70, bulan: 12 },
      PEMBEBASAN_DARI_JABATAN: { persen: 80, bulan: 12 },
      PDHTAPS: { persen: 100, bulan: null },
    },
  },
  /** Permendikdasmen 14/2025 Pasal 19 [P]: 2.5 % per day; ≥ 10 consecutive working days → 100 %. */
  PERMENDIKDASMEN_14_2025: {
    nama: 'Permendikdasmen 14/2025',
    sumber: [{ regulation: 'PERMENDIKDASMEN_14_2025', article: 'Pasal 19' }],
    tidakMasukPerHari: '2.5',
    berturutTurut: { minimalHari: 10, persen: 100 },
    hukumanSedangPp94: true,
  },
  /** PerBan BGN 4/2025 Pasal 15 [P]: late "lebih 1 menit s.d. 60 menit" 0.5 %, "lebih dari 60 menit" 1 %. */
  PERBAN_BGN_4_2025: {
    nama: 'Peraturan BGN 4/2025',
    sumber: [{ regulation: 'PERBAN_BGN_4_2025', article: 'Pasal 15' }],
    terlambat: [
      { lebihDariMenit: 1, persen: '0.5' },
      { lebihDariMenit: 60, persen: 1 },
    ],
    hukumanSedangPp94: true,
  },
  /** KMK 5/KMK.01/2022 (Kemenkeu) cuts tied to a hukuman [S: transcription]. */
  KMK_5_2022: {
    nama: 'KMK 5/KMK.01/2022',
    sumber: [{ regulation: 'KMK_5_2022' }],
    hukuman: {
      TEGURAN_LISAN: { persen: 25, bulan: 2 },
      TEGURAN_TERTULIS: { persen: 25, bulan: 3 },
      PERNYATAAN_TIDAK_PUAS_TERTULIS: { persen: 25, bulan: 6 },
      POTONGAN_TUKIN_6_BULAN: { persen: 50, bulan: 6 },
      POTONGAN_TUKIN_9_BULAN: { persen: 50, bulan: 9 },
      POTONGAN_TUKIN_12_BULAN: { persen: 50, bulan: 12 },
      PENURUNAN_JABATAN: { persen: 85, bulan: 12 },
      PEMBEBASAN_DARI_JABATAN: { persen: 95, bulan: 12 },
      PDHTAPS: { persen: 100, bulan: null },
    },
  },
  /** PerBan Bakamla 1/2023 Pasal 11 [P]: monthly predikat sangat kurang 2 %, kurang 1 %. */
  PERBAN_BAKAMLA_1_2023: {
    nama: 'Peraturan Bakamla 1/2023',
    sumber: [{ regulation: 'PERBAN_BAKAMLA_1_2023', article: 'Pasal 11' }],
    predikat: { SANGAT_KURANG: 2, KURANG: 1 },
    hukumanSedangPp94: true,
  },
} as const satisfies Record<string, JadwalPotonganInput>);

export type NamaPresetJadwal = keyof typeof PRESET_JADWAL_POTONGAN;
export const NAMA_PRESET_JADWAL: readonly NamaPresetJadwal[] = deepFreeze(Object.keys(PRESET_JADWAL_POTONGAN) as NamaPresetJadwal[]);

const bulanSchema = z
  .string()
  .check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'must be a month YYYY-MM' }), z.describe('The month the tukin is for'));
const menit = z.int().check(z.minimum(1), z.maximum(1440));
const count = (max: number) => z._default(z.int().check(z.minimum(0), z.maximum(max)), 0);

export const potonganTukinInput = z
  .object({
    bulan: bulanSchema,
    tukin: z.optional(z.int().check(z.minimum(0), z.maximum(1e12))).check(z.describe('Monthly tukin/TPP in whole rupiah, for the amounts')),
    terlambat: z._default(z.array(menit).check(z.maxLength(31)), []).check(z.describe('Minutes late, one entry per occurrence')),
    pulangCepat: z._default(z.array(menit).check(z.maxLength(31)), []).check(z.describe('Minutes left early, one entry per occurrence')),
    tanpaRekamMasuk: count(31).check(z.describe('Days without an arrival record')),
    tanpaRekamPulang: count(31).check(z.describe('Days without a leave record')),
    hariTidakMasuk: count(31).check(z.describe('Working days of unexcused absence in the month')),
    hariBerturutTurut: count(31).check(z.describe('Longest run of consecutive working days of unexcused absence in the month')),
    riwayatHukuman: z._default(z.array(riwayatHukumanSchema).check(z.maxLength(RIWAYAT_HUKUMAN_MAKS)), []),
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
  sedangMode: z
    ._default(modeHukumanSedangSchema, 'TUKIN')
    .check(z.describe('Setting [U]: under INTERIM_KGB_KP_PANGKAT the sedang hukuman is not a tukin cut (see discipline.bentukHukuman)')),
  mulaiPotonganHukuman: z
    ._default(z.enum(['BULAN_TMT', 'BULAN_BERIKUTNYA']), 'BULAN_TMT')
    .check(z.describe('Setting [U]: whether a hukuman-linked cut starts in the month of the TMT or the month after.')),
  pembulatanRupiah: z
    ._default(z.enum(['SETENGAH_KE_ATAS', 'KE_BAWAH', 'KE_ATAS']), 'SETENGAH_KE_ATAS')
    .check(z.describe('Rounding of the cut to whole rupiah (no regulation read states one; half up by default)')),
});

export interface PotonganTukin {
  bulan: string;
  /** Total cut in percent, plain decimal string, capped. */
  persen: string;
  rincian: { terlambat: string; pulangCepat: string; tanpaRekam: string; tidakMasuk: string; hukuman: string; predikat: string };
  /** The consecutive-absence override applied. */
  berturutTurut: boolean;
  /** The monthly cap applied. */
  dibatasi: boolean;
  potonganRupiah: string | null;
  diterimaRupiah: string | null;
}

const persenOutput = (d: string) => decimalOutputSchema.check(z.describe(d));

/** Schema of {@link PotonganTukin} as JSON. */
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
  potonganRupiah: z
    .nullable(decimalOutputSchema)
    .check(z.describe('Cut in whole rupiah, rounded by pembulatanRupiah; null when no tukin amount was given')),
  diterimaRupiah: z
    .nullable(decimalOutputSchema)
    .check(z.describe('tukin − potonganRupiah in rupiah; null when no tukin amount was given')),
});

function anakTangga(tangga: JadwalPotongan['terlambat'], m: number): Decimal {
  let p = new Decimal(0);
  for (const s of tangga) if (m > s.lebihDariMenit) p = s.persen;
  return p;
}

/** `true` when a cut of `bulan` months for a hukuman with this TMT (and optional early end) covers `month`. */
function covers(
  tmt: IsoDate,
  selesai: IsoDate | undefined,
  bulan: number | null,
  month: IsoDate,
  start: 'BULAN_TMT' | 'BULAN_BERIKUTNYA',
): boolean {
  const first = start === 'BULAN_TMT' ? startOfMonth(tmt) : addMonths(startOfMonth(tmt), 1);
  if (month < first) return false;
  if (bulan !== null && month >= addMonths(first, bulan)) return false;
  return selesai === undefined || month < selesai;
}

export const potonganTukinRule = defineRule({
  id: POTONGAN_TUKIN_RULE_ID,
  domain: 'rewards',
  title: { id: 'Potongan tunjangan kinerja bulanan', en: 'Monthly performance-allowance deduction' },
  description: {
    id: 'Menghitung potongan tunjangan kinerja/TPP satu bulan dari jadwal potongan instansi: keterlambatan dan pulang cepat per kejadian menurut menit, tidak masuk per hari, tidak masuk berturut-turut, hukuman disiplin yang sedang berjalan, dan predikat kinerja; dijumlahkan dan dibatasi 100%.',
    en: 'Computes one month’s performance-allowance/TPP deduction from an agency schedule: late arrival and early leave per occurrence by minutes, unexcused absence per day, consecutive absence, running disciplinary penalties and the performance rating; summed and capped at 100%.',
  },
  citations: [
    { regulation: 'PP_94_2021', article: 'Pasal 8 ayat (3)' },
    { regulation: 'PERMENTAN_68_2012' },
    { regulation: 'PERMENDIKDASMEN_14_2025', article: 'Pasal 19' },
  ],
  input: potonganTukinInput,
  options: potonganTukinOptions,
  output: potonganTukinOutput,
  notes: [
    {
      id: 'Tidak ada tabel nasional; setiap instansi menetapkan jadwal sendiri. Bila beberapa hukuman berjalan bersamaan, dipakai potongan terbesar.',
      en: 'There is no national table; each agency sets its own schedule. When several penalties run at once, the largest cut applies.',
    },
    {
      id: 'Ditolak sebagai masukan yang mustahil: hariBerturutTurut melebihi hariTidakMasuk; lebih banyak hari tidak masuk, terlambat atau tanpa rekam masuk (atau tidak masuk, pulang cepat atau tanpa rekam pulang) daripada jumlah hari bulan itu; kolom atau pengaturan yang salah eja, juga di dalam jadwal instansi; anak tangga yang tidak berurutan naik.',
      en: 'Refused as impossible input: hariBerturutTurut above hariTidakMasuk; more days absent, late or without an arrival record (or absent, leaving early or without a leave record) than the month has days; a misspelt field or setting, also inside an instansi schedule; ladder steps out of ascending order.',
    },
    {
      id: 'Peraturan BGN 4/2025: "lebih 1 menit" dibaca harfiah, sehingga terlambat tepat 1 menit tidak dipotong.',
      en: 'BGN 4/2025: "lebih 1 menit" is read literally, so being exactly 1 minute late is not cut.',
    },
  ],
  examples: [
    {
      title: {
        id: 'Permentan 68/2012: terlambat 45 menit, pulang cepat 100 menit, 1 hari tidak masuk',
        en: 'Permentan 68/2012: 45 min late, left 100 min early, 1 day absent',
      },
      input: { bulan: '2024-05', tukin: 5_000_000, terlambat: [45], pulangCepat: [100], hariTidakMasuk: 1 },
      options: { jadwal: 'PERMENTAN_68_2012' },
      expected: {
        bulan: '2024-05',
        persen: '7',
        rincian: { terlambat: '1', pulangCepat: '2', tanpaRekam: '0', tidakMasuk: '4', hukuman: '0', predikat: '0' },
        berturutTurut: false,
        dibatasi: false,
        potonganRupiah: '350000',
        diterimaRupiah: '4650000',
      },
      source: 'TV-28',
    },
    {
      title: { id: 'Permendikdasmen 14/2025: 3 hari tidak masuk', en: 'Permendikdasmen 14/2025: 3 days absent' },
      input: { bulan: '2025-09', hariTidakMasuk: 3 },
      options: { jadwal: 'PERMENDIKDASMEN_14_2025' },
      expected: {
        bulan: '2025-09',
        persen: '7.5',
        rincian: { terlambat: '0', pulangCepat: '0', tanpaRekam: '0', tidakMasuk: '7.5', hukuman: '0', predikat: '0' },
        berturutTurut: false,
        dibatasi: false,
        potonganRupiah: null,
        diterimaRupiah: null,
      },
      source: 'TV-29',
    },
  ],
  evaluate(input, options) {
    const id = POTONGAN_TUKIN_RULE_ID;
    const j = options.jadwal;
    const sumber: Citation[] = j.sumber;
    const month = `${input.bulan}-01`;
    const reasons: Reason[] = [];
    const zero = new Decimal(0);

    const sum = (xs: Decimal[]) => xs.reduce((a, b) => a.plus(b), zero);
    const terlambat = sum(input.terlambat.map((m) => anakTangga(j.terlambat, m)));
    const pulangCepat = sum(input.pulangCepat.map((m) => anakTangga(j.pulangCepat, m)));
    const topLate = j.terlambat[j.terlambat.length - 1]?.persen ?? zero;
    const topEarly = j.pulangCepat[j.pulangCepat.length - 1]?.persen ?? zero;
    const tanpaRekam = (j.tanpaRekamMasuk ?? topLate)
      .times(input.tanpaRekamMasuk)
      .plus((j.tanpaRekamPulang ?? topEarly).times(input.tanpaRekamPulang));
    const tidakMasuk = j.tidakMasukPerHari.times(input.hariTidakMasuk);
    if (input.terlambat.length + input.pulangCepat.length + input.tanpaRekamMasuk + input.tanpaRekamPulang > 0) {
      reasons.push(
        reason(id, `${id}.jamKerja`, 'INFO', sumber, {
          jumlahTerlambat: input.terlambat.length,
          persenTerlambat: toPlainString(terlambat),
          jumlahPulangCepat: input.pulangCepat.length,
          persenPulangCepat: toPlainString(pulangCepat),
          hariTanpaRekam: input.tanpaRekamMasuk + input.tanpaRekamPulang,
          persenTanpaRekam: toPlainString(tanpaRekam),
        }),
      );
    }
    if (input.hariTidakMasuk > 0) {
      reasons.push(
        reason(id, `${id}.tidakMasuk`, 'INFO', sumber, {
          hariTidakMasuk: input.hariTidakMasuk,
          persenPerHari: toPlainString(j.tidakMasukPerHari),
          persen: toPlainString(tidakMasuk),
        }),
      );
    }

    // Hukuman-linked cut: the largest cut among the hukuman covering the month.
    let hukuman = zero;
    let hukumanJenis: JenisHukuman | null = null;
    let hukumanCut: { persen: Decimal; bulan: number | null } | null = null;
    const pp94 = j.hukumanSedangPp94 && options.sedangMode === 'TUKIN';
    for (const h of input.riwayatHukuman) {
      const info = HUKUMAN[h.jenis];
      const candidates = [
        j.hukuman[h.jenis],
        pp94 && info.tingkat === 'SEDANG'
          ? { persen: new Decimal(POTONGAN_HUKUMAN_SEDANG_PP94.persen), bulan: info.durasiBulan }
          : undefined,
      ];
      for (const cut of candidates) {
        if (!cut || !covers(h.tmt, h.selesai, cut.bulan, month, options.mulaiPotonganHukuman)) continue;
        if (cut.persen.greaterThan(hukuman)) {
          hukuman = cut.persen;
          hukumanJenis = h.jenis;
          hukumanCut = cut;
        }
      }
    }
    if (hukumanJenis && hukumanCut) {
      const cut = hukumanCut;
      reasons.push(
        cut.bulan === null
          ? reason(id, `${id}.hukumanTetap`, 'INFO', [...sumber, { regulation: 'PP_94_2021', article: 'Pasal 8' }], {
              hukuman: hukumanJenis,
              persen: toPlainString(hukuman),
            })
          : reason(id, `${id}.hukuman`, 'INFO', [...sumber, { regulation: 'PP_94_2021', article: 'Pasal 8' }], {
              hukuman: hukumanJenis,
              persen: toPlainString(hukuman),
              bulan: cut.bulan,
              mulai: options.mulaiPotonganHukuman,
            }),
      );
    }

    const predikatCut: Decimal = input.predikat ? (j.predikat[input.predikat as Predikat] ?? zero) : zero;
    if (input.predikat && predikatCut.greaterThan(0)) {
      reasons.push(reason(id, `${id}.predikat`, 'INFO', sumber, { predikat: input.predikat, persen: toPlainString(predikatCut) }));
    }

    let total = sum([terlambat, pulangCepat, tanpaRekam, tidakMasuk, hukuman, predikatCut]);
    const override = j.berturutTurut !== undefined && input.hariBerturutTurut >= j.berturutTurut.minimalHari;
    if (override) {
      total = Decimal.max(total, j.berturutTurut!.persen);
      reasons.push(
        reason(id, `${id}.berturutTurut`, 'FAIL', sumber, {
          hariBerturutTurut: input.hariBerturutTurut,
          minimalHari: j.berturutTurut!.minimalHari,
          persen: toPlainString(j.berturutTurut!.persen),
        }),
      );
    }
    const cap = Decimal.min(j.batasBulanan, 100);
    const dibatasi = total.greaterThan(cap);
    if (dibatasi) total = cap;
    reasons.push(
      reason(id, dibatasi ? `${id}.dibatasi` : `${id}.total`, 'INFO', sumber, {
        jadwal: j.nama,
        bulan: input.bulan,
        persen: toPlainString(total),
        batas: toPlainString(cap),
      }),
    );

    let potonganRupiah: string | null = null;
    let diterimaRupiah: string | null = null;
    if (input.tukin !== undefined) {
      const raw = new Decimal(input.tukin).times(total).dividedBy(100);
      const round = { SETENGAH_KE_ATAS: roundHalfUp, KE_BAWAH: roundDown, KE_ATAS: roundUp }[options.pembulatanRupiah];
      const potongan = round(raw, 0);
      potonganRupiah = toPlainString(potongan);
      diterimaRupiah = toPlainString(new Decimal(input.tukin).minus(potongan));
      reasons.push(
        reason(id, `${id}.rupiah`, 'INFO', sumber, {
          tukin: input.tukin,
          persen: toPlainString(total),
          potonganRupiah,
          diterimaRupiah,
          pembulatan: options.pembulatanRupiah,
        }),
      );
    }

    return decision<PotonganTukin>(
      {
        bulan: input.bulan,
        persen: toPlainString(total),
        rincian: {
          terlambat: toPlainString(terlambat),
          pulangCepat: toPlainString(pulangCepat),
          tanpaRekam: toPlainString(tanpaRekam),
          tidakMasuk: toPlainString(tidakMasuk),
          hukuman: toPlainString(hukuman),
          predikat: toPlainString(predikatCut),
        },
        berturutTurut: override,
        dibatasi,
        potonganRupiah,
        diterimaRupiah,
      },
      reasons,
    );
  },
});

/**
 * Tukin/TPP deduction for one month from a schedule (a preset such as `'PERMENTAN_68_2012'` or an instansi's
 * own, validated by zod): lateness bands, per-day absence, consecutive-absence override, hukuman-linked cuts,
 * predikat cuts, capped at 100 %; amounts in whole rupiah (half up unless set otherwise).
 */
export const potonganTukin = potonganTukinRule.run;

/** Options of {@link potonganTukin}. */
export type PotonganTukinOptions = RuleOptionsOf<typeof potonganTukinRule>;
/** The value of {@link potonganTukin}'s decision. */
export type PotonganTukinOutput = RuleOutputOf<typeof potonganTukinRule>;
