import * as z from 'zod/mini';
import { addMonths, daysInMonth, type IsoDate, startOfMonth } from '../../core/calendar.js';
import { Decimal, roundHalfUp, roundDown, roundUp, toPlainString } from '../../core/decimal.js';
import { type Citation, decision, type Reason, reason } from '../../core/decision.js';
import { MeritInputError, ownIssue, type InputIssue } from '../../core/errors.js';
import { formatCitation } from '../../core/explain.js';
import { safeParseWithMessages } from '../../core/parse.js';
import { decimalOutputSchema } from '../../core/output.js';
import { describeInputAs } from '../../core/json-schema-stand-in.js';
import { defineRule, type RuleOptionsOf, type RuleOutputOf } from '../../core/rule.js';
import { contradiction, refineParsed, superRefineParsed } from '../../core/refine.js';
import { unknownKeys } from '../../core/unknown-keys.js';
import { RIWAYAT_HUKUMAN_MAKS, riwayatHukumanSchema } from '../../discipline/_bersama/riwayat-hukuman.js';
import { HUKUMAN, modeHukumanSedangSchema } from '../../discipline/types.js';
import { PREDIKAT, type Predikat } from '../../performance/types.js';
import { cakupanJadwal, potonganTanpaRekam, SEBAB_HUKUMAN } from './cakupan.js';
import { type JadwalPotongan, jadwalPotonganSchema, POTONGAN_HUKUMAN_SEDANG_PP94 } from './jadwal.js';
import { NAMA_PRESET_JADWAL, type NamaPresetJadwal, PRESET_JADWAL_POTONGAN } from './presets.js';
import {
  type CadanganPotongan,
  LABEL_POTONGAN_TUKIN,
  SEBAB_POTONGAN,
  type SebabPotongan,
  SIFAT_PELANGGARAN,
  UNSUR_PELANGGARAN,
} from './sebab.js';
import { TABEL_POTONGAN_TUKIN } from './tables.js';

export const POTONGAN_TUKIN_RULE_ID = 'rewards.potonganTukin';

/** Where KMK 5/KMK.01/2022 limits the hukuman-linked cut to some violations (pedoman, transcription [S]). */
const KMK_SIFAT: Citation = {
  regulation: 'KMK_5_2022',
  annex: 'Lampiran (pemotongan tunjangan kinerja bagi PNS yang dijatuhi hukuman disiplin)',
};

const bulanSchema = z
  .string()
  .check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'must be a month YYYY-MM' }), z.describe('The month the tukin is for'));
const menit = z.int().check(z.minimum(1), z.maximum(1440));
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
        z.maxLength(3),
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
    tukin: z.optional(z.int().check(z.minimum(0), z.maximum(1e12))).check(z.describe('Monthly tukin/TPP in whole rupiah, for the amounts')),
    terlambat: z._default(z.array(menit).check(z.maxLength(31)), []).check(z.describe('Minutes late, one entry per occurrence')),
    pulangCepat: z._default(z.array(menit).check(z.maxLength(31)), []).check(z.describe('Minutes left early, one entry per occurrence')),
    tanpaRekamMasuk: count(31).check(z.describe('Days without an arrival record')),
    tanpaRekamPulang: count(31).check(z.describe('Days without a leave record')),
    hariTidakMasuk: count(31).check(z.describe('Working days of unexcused absence in the month')),
    hariBerturutTurut: count(31).check(z.describe('Longest run of consecutive working days of unexcused absence in the month')),
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
  /** Causes asked about that the schedule does not cover, decided by the fallback (sebabDiLuarCakupan: CADANGAN). */
  diLuarCakupan: SebabPotongan[];
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

const label = (v: string) => LABEL_POTONGAN_TUKIN[v] ?? { id: v, en: v };

/** The input field a cause is read from (the first hukuman of the tingkat for a hukuman cause). */
const FIELD: Record<Exclude<SebabPotongan, `HUKUMAN_${string}`>, string> = {
  TERLAMBAT: 'terlambat',
  PULANG_CEPAT: 'pulangCepat',
  TANPA_REKAM_MASUK: 'tanpaRekamMasuk',
  TANPA_REKAM_PULANG: 'tanpaRekamPulang',
  TIDAK_MASUK: 'hariTidakMasuk',
  BERTURUT_TURUT: 'hariBerturutTurut',
  PREDIKAT: 'predikat',
};

export const potonganTukinRule = defineRule({
  id: POTONGAN_TUKIN_RULE_ID,
  domain: 'rewards',
  title: { id: 'Potongan tunjangan kinerja bulanan', en: 'Monthly performance-allowance deduction' },
  description: {
    id: 'Menghitung potongan tunjangan kinerja/TPP satu bulan dari jadwal potongan instansi: keterlambatan dan pulang cepat per kejadian menurut menit, tidak masuk per hari, tidak masuk berturut-turut, hukuman disiplin yang sedang berjalan, dan predikat kinerja; dijumlahkan dan dibatasi 100%. Sebab yang tidak dicakup jadwal ditolak atau diberi cadangan yang dinyatakan, tidak pernah 0% diam-diam.',
    en: 'Computes one month’s performance-allowance/TPP deduction from an agency schedule: late arrival and early leave per occurrence by minutes, unexcused absence per day, consecutive absence, running disciplinary penalties and the performance rating; summed and capped at 100%. A cause the schedule does not cover is refused or given a stated fallback, never a silent 0%.',
  },
  citations: [
    { regulation: 'PP_94_2021', article: 'Pasal 8 ayat (3)' },
    { regulation: 'PERMENTAN_68_2012' },
    { regulation: 'PERMENDIKDASMEN_14_2025', article: 'Pasal 19' },
    { regulation: 'PERBAN_BGN_4_2025', article: 'Pasal 15' },
    KMK_SIFAT,
    { regulation: 'PERBAN_BAKAMLA_1_2023', article: 'Pasal 11' },
  ],
  tables: TABEL_POTONGAN_TUKIN,
  input: potonganTukinInput,
  options: potonganTukinOptions,
  output: potonganTukinOutput,
  notes: [
    {
      id: 'Tidak ada tabel nasional; setiap instansi menetapkan jadwal sendiri. Bila beberapa hukuman berjalan bersamaan, dipakai potongan terbesar.',
      en: 'There is no national table; each agency sets its own schedule. When several penalties run at once, the largest cut applies.',
    },
    {
      id: 'Cakupan: setiap jadwal bawaan menyatakan sebab yang dicakupnya dengan pasalnya (tabel di atas). Sebab ditanyakan bila masukannya ada (tidak masuk berturut-turut: 2 hari atau lebih; hukuman: selama masa potongannya, atau masa PP 94/2021-nya — ringan 1 bulan — mencakup bulan itu). Sebab di luar cakupan, pengaturan sebabDiLuarCakupan: TOLAK (preset; MeritInputError yang menyebut kolomnya), karena 0% adalah jawaban yang tidak diberikan peraturan yang terbaca; CADANGAN memakai nilai jadwal (tanpa potongan; hari tanpa rekam pada sisi yang punya anak tangga: anak tangga teratas, bawaan pustaka U) dengan alasan diLuarCakupan.',
      en: 'Coverage: each preset states the causes it covers with their article (table above). A cause is asked about when its input is present (consecutive absence: 2 days or more; a hukuman: while its cut period, or its PP 94/2021 period — ringan 1 month — covers the month). A cause outside the coverage, setting sebabDiLuarCakupan: TOLAK (preset; MeritInputError naming the field), because 0 % is an answer the regulation read does not give; CADANGAN applies the schedule’s values (no cut; a day without a record on a side with a ladder: its top step, a library default, U) with a reason diLuarCakupan.',
    },
    {
      id: 'KMK 5/KMK.01/2022 memotong tunjangan karena hukuman hanya untuk pelanggaran non-administratif dan administratif dengan unsur inisiatif pribadi, kesengajaan dan/atau berulang: masukan per hukuman sifatPelanggaran dan unsurPelanggaran (satu unsur cukup). Tanpa keduanya, hukuman yang potongannya berjalan ditolak (tidak ditebak); potonganHukuman: SETIAP_HUKUMAN memotong setiap hukuman seperti sebelumnya. Potongan sedang PP 94/2021 tidak bergantung pada sifat.',
      en: 'KMK 5/KMK.01/2022 cuts tukin for a hukuman only for non-administrative violations and administrative ones on own initiative, on purpose and/or repeated: input per hukuman sifatPelanggaran and unsurPelanggaran (one unsur suffices). With neither, a hukuman whose cut runs is refused (not guessed); potonganHukuman: SETIAP_HUKUMAN cuts for every hukuman as before. The PP 94/2021 sedang cut does not depend on the nature.',
    },
    {
      id: 'Permentan 68/2012 adalah jadwal historis (era PP 53/2010; diterbitkan kembali sebagai Permentan 45/Permentan/OT.140/4/2014), untuk bulan lampau dan audit; pemetaan jenis PP 53 ke PP 94 tidak terkonfirmasi (U).',
      en: 'Permentan 68/2012 is a historical schedule (PP 53/2010 era; re-issued as Permentan 45/Permentan/OT.140/4/2014), for past months and audits; the mapping of PP 53 types to PP 94 jenis is unconfirmed (U).',
    },
    {
      id: 'Ditolak sebagai masukan yang mustahil: hariBerturutTurut melebihi hariTidakMasuk; lebih banyak hari tidak masuk, terlambat atau tanpa rekam masuk (atau tidak masuk, pulang cepat atau tanpa rekam pulang) daripada jumlah hari bulan itu; kolom atau pengaturan yang salah eja, juga di dalam jadwal instansi; anak tangga yang tidak berurutan naik; unsur pelanggaran yang berulang; masa berlaku yang berakhir sebelum mulai.',
      en: 'Refused as impossible input: hariBerturutTurut above hariTidakMasuk; more days absent, late or without an arrival record (or absent, leaving early or without a leave record) than the month has days; a misspelt field or setting, also inside an instansi schedule; ladder steps out of ascending order; an unsur listed twice; a period in force that ends before it starts.',
    },
    {
      id: 'Peraturan BGN 4/2025: "lebih 1 menit" dibaca harfiah, sehingga terlambat tepat 1 menit tidak dipotong. Permentan 68/2012: tepat 91 menit masuk TL4 (teksnya "< 91" untuk TL3 dan "> 91" untuk TL4; hanya pembacaan ini yang tidak berlubang).',
      en: 'BGN 4/2025: "lebih 1 menit" is read literally, so being exactly 1 minute late is not cut. Permentan 68/2012: exactly 91 minutes is TL4 (the text says "< 91" for TL3 and "> 91" for TL4; the only reading without a hole).',
    },
  ],
  examples: [
    {
      title: {
        id: 'Permentan 68/2012 (historis): terlambat 45 menit, pulang cepat 100 menit, 1 hari tidak masuk',
        en: 'Permentan 68/2012 (historical): 45 min late, left 100 min early, 1 day absent',
      },
      input: { bulan: '2013-05', tukin: 5_000_000, terlambat: [45], pulangCepat: [100], hariTidakMasuk: 1 },
      options: { jadwal: 'PERMENTAN_68_2012' },
      expected: {
        bulan: '2013-05',
        persen: '7',
        rincian: { terlambat: '1', pulangCepat: '2', tanpaRekam: '0', tidakMasuk: '4', hukuman: '0', predikat: '0' },
        berturutTurut: false,
        dibatasi: false,
        diLuarCakupan: [],
        potonganRupiah: '350000',
        diterimaRupiah: '4650000',
      },
      source: 'TV-28',
    },
    {
      title: {
        id: 'Permendikdasmen 14/2025 Pasal 19: 10 hari kerja berturut-turut tidak masuk → 100%',
        en: 'Permendikdasmen 14/2025 Pasal 19: 10 consecutive working days absent → 100%',
      },
      input: { bulan: '2025-09', hariTidakMasuk: 10, hariBerturutTurut: 10 },
      options: { jadwal: 'PERMENDIKDASMEN_14_2025' },
      expected: {
        bulan: '2025-09',
        persen: '100',
        rincian: { terlambat: '0', pulangCepat: '0', tanpaRekam: '0', tidakMasuk: '25', hukuman: '0', predikat: '0' },
        berturutTurut: true,
        dibatasi: false,
        diLuarCakupan: [],
        potonganRupiah: null,
        diterimaRupiah: null,
      },
      source: 'TV-29',
    },
    {
      title: {
        id: 'Peraturan BGN 4/2025 dengan cadangan: terlambat 61 menit (Pasal 15: 1%) dan 1 hari tanpa rekam masuk (di luar cakupan: anak tangga teratas 1%, bawaan pustaka U)',
        en: 'Peraturan BGN 4/2025 with the fallback: 61 min late (Pasal 15: 1%) and 1 day without an arrival record (not covered: top step 1%, library default U)',
      },
      input: { bulan: '2025-09', terlambat: [61], tanpaRekamMasuk: 1 },
      options: { jadwal: 'PERBAN_BGN_4_2025', sebabDiLuarCakupan: 'CADANGAN' },
      expected: {
        bulan: '2025-09',
        persen: '2',
        rincian: { terlambat: '1', pulangCepat: '0', tanpaRekam: '1', tidakMasuk: '0', hukuman: '0', predikat: '0' },
        berturutTurut: false,
        dibatasi: false,
        diLuarCakupan: ['TANPA_REKAM_MASUK'],
        potonganRupiah: null,
        diterimaRupiah: null,
      },
      source: 'derived (Peraturan BGN 4/2025 Pasal 15)',
    },
    {
      title: {
        id: 'KMK 5/KMK.01/2022: teguran tertulis atas pelanggaran administratif yang disengaja → 25% selama 3 bulan',
        en: 'KMK 5/KMK.01/2022: written reprimand for an administrative violation done on purpose → 25% for 3 months',
      },
      input: {
        bulan: '2024-02',
        riwayatHukuman: [
          { jenis: 'TEGURAN_TERTULIS', tmt: '2024-01-10', sifatPelanggaran: 'ADMINISTRATIF', unsurPelanggaran: ['KESENGAJAAN'] },
        ],
      },
      options: { jadwal: 'KMK_5_2022' },
      expected: {
        bulan: '2024-02',
        persen: '25',
        rincian: { terlambat: '0', pulangCepat: '0', tanpaRekam: '0', tidakMasuk: '0', hukuman: '25', predikat: '0' },
        berturutTurut: false,
        dibatasi: false,
        diLuarCakupan: [],
        potonganRupiah: null,
        diterimaRupiah: null,
      },
      source: 'derived (KMK 5/KMK.01/2022 pedoman)',
    },
    {
      title: {
        id: 'KMK 5/KMK.01/2022: teguran tertulis atas pelanggaran administratif tanpa unsur → tanpa potongan',
        en: 'KMK 5/KMK.01/2022: written reprimand for an administrative violation without an unsur → no cut',
      },
      input: { bulan: '2024-02', riwayatHukuman: [{ jenis: 'TEGURAN_TERTULIS', tmt: '2024-01-10', sifatPelanggaran: 'ADMINISTRATIF' }] },
      options: { jadwal: 'KMK_5_2022' },
      expected: {
        bulan: '2024-02',
        persen: '0',
        rincian: { terlambat: '0', pulangCepat: '0', tanpaRekam: '0', tidakMasuk: '0', hukuman: '0', predikat: '0' },
        berturutTurut: false,
        dibatasi: false,
        diLuarCakupan: [],
        potonganRupiah: null,
        diterimaRupiah: null,
      },
      source: 'derived (KMK 5/KMK.01/2022 pedoman)',
    },
  ],
  evaluate(input, options) {
    const id = POTONGAN_TUKIN_RULE_ID;
    const j = options.jadwal;
    const sumber: Citation[] = j.sumber;
    const month = `${input.bulan}-01`;
    const reasons: Reason[] = [];
    const zero = new Decimal(0);
    const cakupan = cakupanJadwal(j);
    const cadangan = options.sebabDiLuarCakupan === 'CADANGAN';
    const refusals: InputIssue[] = [];
    const outside: { sebab: SebabPotongan; persen: Decimal; dari: CadanganPotongan }[] = [];

    /** A cause asked about: nothing to do when covered; refused or recorded for the fallback otherwise. */
    const asked = (sebab: SebabPotongan, path: (string | number)[], persen: Decimal, dari?: CadanganPotongan) => {
      if (cakupan[sebab]) return;
      if (outside.some((o) => o.sebab === sebab)) {
        const o = outside.find((x) => x.sebab === sebab)!;
        if (persen.greaterThan(o.persen)) o.persen = persen;
      } else outside.push({ sebab, persen, dari: dari ?? (persen.isZero() ? 'TANPA_POTONGAN' : 'NILAI_JADWAL') });
      if (cadangan) return;
      const covered = SEBAB_POTONGAN.filter((s) => cakupan[s]);
      const list = (l: 'id' | 'en') =>
        covered.length > 0 ? covered.map((s) => label(s)[l]).join(', ') : l === 'id' ? 'tidak ada' : 'nothing';
      refusals.push(
        ownIssue(
          path,
          {
            en: `the schedule ${j.nama} does not cover ${label(sebab).en} (it covers: ${list('en')}), so no cut for it can be read from it; pass a schedule that covers it, or set sebabDiLuarCakupan: 'CADANGAN' for the library fallback with a reason`,
            id: `jadwal ${j.nama} tidak mencakup ${label(sebab).id} (yang dicakup: ${list('id')}), sehingga potongannya tidak dapat dibaca dari jadwal itu; gunakan jadwal yang mencakupnya, atau pengaturan sebabDiLuarCakupan: 'CADANGAN' untuk cadangan pustaka dengan alasannya`,
          },
          'not_covered',
        ),
      );
    };

    if (j.masaBerlaku?.status === 'HISTORIS') {
      const m = j.masaBerlaku;
      reasons.push(
        reason(id, `${id}.historis`, 'INFO', m.pengganti ? [...sumber, m.pengganti] : sumber, {
          jadwal: j.nama,
          sampai: m.sampai ?? null,
          pengganti: m.pengganti ? formatCitation(m.pengganti) : null,
        }),
      );
    }

    const sum = (xs: Decimal[]) => xs.reduce((a, b) => a.plus(b), zero);
    const terlambat = sum(input.terlambat.map((m) => anakTangga(j.terlambat, m)));
    const pulangCepat = sum(input.pulangCepat.map((m) => anakTangga(j.pulangCepat, m)));
    const rekamMasuk = potonganTanpaRekam(j.tanpaRekamMasuk, j.terlambat);
    const rekamPulang = potonganTanpaRekam(j.tanpaRekamPulang, j.pulangCepat);
    const tanpaRekamMasuk = rekamMasuk.persen.times(input.tanpaRekamMasuk);
    const tanpaRekamPulang = rekamPulang.persen.times(input.tanpaRekamPulang);
    const tanpaRekam = tanpaRekamMasuk.plus(tanpaRekamPulang);
    const tidakMasuk = j.tidakMasukPerHari.times(input.hariTidakMasuk);
    if (input.terlambat.length > 0) asked('TERLAMBAT', ['terlambat'], terlambat);
    if (input.pulangCepat.length > 0) asked('PULANG_CEPAT', ['pulangCepat'], pulangCepat);
    if (input.tanpaRekamMasuk > 0) asked('TANPA_REKAM_MASUK', ['tanpaRekamMasuk'], tanpaRekamMasuk, rekamMasuk.dari);
    if (input.tanpaRekamPulang > 0) asked('TANPA_REKAM_PULANG', ['tanpaRekamPulang'], tanpaRekamPulang, rekamPulang.dari);
    if (input.hariTidakMasuk > 0) asked('TIDAK_MASUK', [FIELD.TIDAK_MASUK], tidakMasuk);
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
        reason(id, `${id}.tidakMasuk`, 'INFO', cakupan.TIDAK_MASUK ?? sumber, {
          hariTidakMasuk: input.hariTidakMasuk,
          persenPerHari: toPlainString(j.tidakMasukPerHari),
          persen: toPlainString(tidakMasuk),
        }),
      );
    }

    // Hukuman-linked cut: the largest cut among the hukuman covering the month.
    let hukuman = zero;
    let hukumanJenis: string | null = null;
    let hukumanCut: { persen: Decimal; bulan: number | null } | null = null;
    const pp94 = j.hukumanSedangPp94 && options.sedangMode === 'TUKIN';
    const menurutSifat = j.hukumanMenurutSifat && options.potonganHukuman === 'MENURUT_SIFAT';
    input.riwayatHukuman.forEach((h, i) => {
      const info = HUKUMAN[h.jenis];
      const own = j.hukuman[h.jenis];
      const ownCovers = own !== undefined && covers(h.tmt, h.selesai, own.bulan, month, options.mulaiPotonganHukuman);
      let ownCut = ownCovers ? own : undefined;
      if (ownCovers && j.hukumanMenurutSifat) {
        const facts = {
          hukuman: h.jenis,
          sifat: h.sifatPelanggaran ?? null,
          unsur: h.unsurPelanggaran.length > 0 ? h.unsurPelanggaran.join(', ') : null,
        };
        if (!menurutSifat) {
          reasons.push(reason(id, `${id}.setiapHukuman`, 'INFO', [KMK_SIFAT], { hukuman: h.jenis }));
        } else if (h.sifatPelanggaran === undefined && h.unsurPelanggaran.length === 0) {
          ownCut = undefined;
          refusals.push(
            ownIssue(
              ['riwayatHukuman', i, 'sifatPelanggaran'],
              {
                en: `the schedule ${j.nama} cuts tukin for ${h.jenis} only for a non-administrative violation or an administrative one with an unsur (inisiatif pribadi, kesengajaan, berulang), and this hukuman states neither; give sifatPelanggaran (and unsurPelanggaran), or set potonganHukuman: 'SETIAP_HUKUMAN' to cut for every hukuman`,
                id: `jadwal ${j.nama} memotong tunjangan karena ${h.jenis} hanya untuk pelanggaran non-administratif atau administratif yang memenuhi unsur (inisiatif pribadi, kesengajaan, berulang), dan hukuman ini tidak menyebut keduanya; isi sifatPelanggaran (dan unsurPelanggaran), atau pengaturan potonganHukuman: 'SETIAP_HUKUMAN' untuk memotong setiap hukuman`,
              },
              'missing_nature',
            ),
          );
        } else if (h.sifatPelanggaran === 'ADMINISTRATIF' && h.unsurPelanggaran.length === 0) {
          ownCut = undefined;
          reasons.push(reason(id, `${id}.sifatTanpaPotongan`, 'INFO', [KMK_SIFAT], facts));
        } else {
          reasons.push(reason(id, `${id}.sifatDipotong`, 'INFO', [KMK_SIFAT], facts));
        }
      }
      const candidates = [
        ownCut,
        pp94 && info.tingkat === 'SEDANG'
          ? { persen: new Decimal(POTONGAN_HUKUMAN_SEDANG_PP94.persen), bulan: info.durasiBulan }
          : undefined,
      ];
      let best = zero;
      for (const cut of candidates) {
        if (!cut || !covers(h.tmt, h.selesai, cut.bulan, month, options.mulaiPotonganHukuman)) continue;
        if (cut.persen.greaterThan(best)) best = cut.persen;
        if (cut.persen.greaterThan(hukuman)) {
          hukuman = cut.persen;
          hukumanJenis = h.jenis;
          hukumanCut = cut;
        }
      }
      // In question this month: the schedule's own period for the jenis, else the PP 94/2021 period (ringan: 1 month).
      const sebab = SEBAB_HUKUMAN[info.tingkat];
      const period = own ? own.bulan : info.tingkat === 'RINGAN' ? 1 : info.durasiBulan;
      if (!cakupan[sebab] && covers(h.tmt, h.selesai, period, month, options.mulaiPotonganHukuman)) {
        asked(sebab, ['riwayatHukuman', i], best);
      }
    });
    if (hukumanJenis && hukumanCut) {
      const cut: { persen: Decimal; bulan: number | null } = hukumanCut;
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
    if (input.predikat) asked('PREDIKAT', [FIELD.PREDIKAT], predikatCut);
    if (input.predikat && predikatCut.greaterThan(0)) {
      reasons.push(
        reason(id, `${id}.predikat`, 'INFO', cakupan.PREDIKAT ?? sumber, { predikat: input.predikat, persen: toPlainString(predikatCut) }),
      );
    }

    const override = j.berturutTurut !== undefined && input.hariBerturutTurut >= j.berturutTurut.minimalHari;
    if (input.hariBerturutTurut >= 2) asked('BERTURUT_TURUT', [FIELD.BERTURUT_TURUT], override ? j.berturutTurut!.persen : zero);

    if (refusals.length > 0) throw new MeritInputError(refusals, id);
    const order = (s: SebabPotongan) => SEBAB_POTONGAN.indexOf(s);
    outside.sort((a, b) => order(a.sebab) - order(b.sebab));
    for (const o of outside) {
      reasons.push(
        reason(id, `${id}.diLuarCakupan`, 'INFO', sumber, {
          jadwal: j.nama,
          sebab: o.sebab,
          cadangan: o.dari,
          persen: toPlainString(o.persen),
        }),
      );
    }

    let total = sum([terlambat, pulangCepat, tanpaRekam, tidakMasuk, hukuman, predikatCut]);
    if (override) {
      total = Decimal.max(total, j.berturutTurut!.persen);
      reasons.push(
        reason(id, `${id}.berturutTurut`, 'FAIL', cakupan.BERTURUT_TURUT ?? sumber, {
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
        diLuarCakupan: outside.map((o) => o.sebab),
        potonganRupiah,
        diterimaRupiah,
      },
      reasons,
    );
  },
});

/**
 * Tukin/TPP deduction for one month from a schedule (a preset such as `'PERMENDIKDASMEN_14_2025'` or an
 * instansi's own, validated by zod): lateness bands, per-day absence, consecutive-absence override,
 * hukuman-linked cuts, predikat cuts, capped at 100 %; amounts in whole rupiah (half up unless set
 * otherwise). A cause the schedule does not cover is refused (`sebabDiLuarCakupan: 'TOLAK'`, the preset)
 * or decided by the stated fallback (`'CADANGAN'`), never cut 0 % in silence.
 *
 * @throws MeritInputError for bad input, a cause outside the schedule under TOLAK, or a running KMK-style
 * hukuman without the nature of its violation under `potonganHukuman: 'MENURUT_SIFAT'`.
 */
export const potonganTukin = potonganTukinRule.run;

/** Options of {@link potonganTukin}. */
export type PotonganTukinOptions = RuleOptionsOf<typeof potonganTukinRule>;
/** The value of {@link potonganTukin}'s decision. */
export type PotonganTukinOutput = RuleOutputOf<typeof potonganTukinRule>;
