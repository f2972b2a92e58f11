import * as z from 'zod/mini';
import { deepFreeze } from '../core/freeze.js';
import { type Citation, decision } from '../core/decision.js';
import { reasonsOf } from '../core/messages.js';
import { decimalOutputSchema } from '../core/output.js';
import { defineRule, type RuleInputOf, type RuleOptionsOf, type RuleOutputOf } from '../core/rule.js';
import { refineParsed } from '../core/refine.js';
import { recordTable } from '../core/tables.js';
import type { BENTUK_HUKUMAN_MESSAGES } from './bentuk-hukuman.messages.js';
import { HUKUMAN, JENIS_HUKUMAN, type JenisHukuman, jenisHukumanSchema, modeHukumanSedangSchema } from './types.js';

export const BENTUK_HUKUMAN_RULE_ID = 'discipline.bentukHukuman';
const alasan = reasonsOf<typeof BENTUK_HUKUMAN_MESSAGES>(BENTUK_HUKUMAN_RULE_ID);

/** Interim forms of a sedang hukuman (KMK 5/KMK.01/2022), each for 1 year. */
export const BENTUK_SEDANG_INTERIM = deepFreeze(['PENUNDAAN_KGB', 'PENUNDAAN_KP', 'PENURUNAN_PANGKAT'] as const);
export type BentukSedangInterim = (typeof BENTUK_SEDANG_INTERIM)[number];

/** How a hukuman is carried out: its own jenis, a 25 % tukin cut, or an interim form. */
export type BentukHukuman = JenisHukuman | 'POTONGAN_TUKIN_25_PERSEN' | BentukSedangInterim;

/** Every {@link BentukHukuman}, for the output schema. */
const BENTUK_HUKUMAN = [...JENIS_HUKUMAN, 'POTONGAN_TUKIN_25_PERSEN', ...BENTUK_SEDANG_INTERIM] as const satisfies readonly BentukHukuman[];

/** The tukin (or TPP) cut of every sedang hukuman, in percent (PP 94/2021 Pasal 8 ayat (3)). */
const PERSEN_POTONGAN_TUKIN_SEDANG = '25';

/** Preset of the setting pemetaanInterim: the order of KMK 5/KMK.01/2022's list against 6/9/12 months [U]. */
const PEMETAAN_INTERIM_PRESET = deepFreeze({
  POTONGAN_TUKIN_6_BULAN: 'PENUNDAAN_KGB',
  POTONGAN_TUKIN_9_BULAN: 'PENUNDAAN_KP',
  POTONGAN_TUKIN_12_BULAN: 'PENURUNAN_PANGKAT',
} as const satisfies Partial<Record<JenisHukuman, BentukSedangInterim>>);
type JenisSedang = keyof typeof PEMETAAN_INTERIM_PRESET;
const sedang = (jenis: JenisHukuman): jenis is JenisSedang => Object.hasOwn(PEMETAAN_INTERIM_PRESET, jenis);

/** Preset duration of an interim form: 1 year (KMK 5/KMK.01/2022). */
const DURASI_INTERIM_BULAN_PRESET = 12;
/** Longest interim duration the setting takes: 3 years, a bound against typos rather than a legal limit. */
const DURASI_INTERIM_BULAN_MAKS = 36;

/** Value of {@link bentukHukuman} as JSON. */
export const bentukHukumanOutput = z.object({
  jenis: jenisHukumanSchema,
  bentuk: z
    .enum(BENTUK_HUKUMAN)
    .check(
      z.describe(
        'How it is carried out: the jenis itself, POTONGAN_TUKIN_25_PERSEN (25 % tukin cut), or an interim form (PENUNDAAN_KGB, PENUNDAAN_KP, PENURUNAN_PANGKAT)',
      ),
    ),
  durasiBulan: z.nullable(z.int()).check(z.describe('Months it runs; null when served at once (ringan) or permanent (PDHTAPS)')),
  persenPotonganTukin: z
    .nullable(decimalOutputSchema)
    .check(z.describe('Percentage of the tunjangan kinerja (or TPP) cut while it runs, as a decimal string; null when none')),
});

/** How a hukuman is carried out: the value of {@link bentukHukuman}. */
export type PelaksanaanHukuman = z.output<typeof bentukHukumanOutput>;

const SEDANG_TUKIN: Citation[] = deepFreeze([
  { regulation: 'PP_94_2021', article: 'Pasal 8 ayat (3)' },
  { regulation: 'PERBKN_6_2022', article: 'Pasal 10' },
]);
const SEDANG_INTERIM: Citation[] = deepFreeze([{ regulation: 'KMK_5_2022', annex: 'Lampiran (hukuman disiplin sedang)' }]);
const pasal8 = (jenis: JenisHukuman): Citation => ({ regulation: 'PP_94_2021', article: HUKUMAN[jenis].ayat });

export const bentukHukumanInput = z.object({ jenis: jenisHukumanSchema });

export const bentukHukumanOptions = z.object({
  sedangMode: z
    ._default(modeHukumanSedangSchema, 'TUKIN')
    .check(
      z.describe(
        'Setting [U]: TUKIN = the PP 94/2021 Pasal 8 ayat (3) tukin cut (or TPP for regional PNS); INTERIM_KGB_KP_PANGKAT = penundaan KGB / penundaan KP / penurunan pangkat for 1 year, as in KMK 5/KMK.01/2022 and BKN 2023 slides ("berlaku setelah PP Gaji dan Tunjangan berlaku").',
      ),
    ),
  pemetaanInterim: z
    .prefault(
      z
        .object({
          POTONGAN_TUKIN_6_BULAN: z._default(z.enum(BENTUK_SEDANG_INTERIM), PEMETAAN_INTERIM_PRESET.POTONGAN_TUKIN_6_BULAN),
          POTONGAN_TUKIN_9_BULAN: z._default(z.enum(BENTUK_SEDANG_INTERIM), PEMETAAN_INTERIM_PRESET.POTONGAN_TUKIN_9_BULAN),
          POTONGAN_TUKIN_12_BULAN: z._default(z.enum(BENTUK_SEDANG_INTERIM), PEMETAAN_INTERIM_PRESET.POTONGAN_TUKIN_12_BULAN),
        })
        .check(
          refineParsed((m) => new Set(Object.values(m)).size === BENTUK_SEDANG_INTERIM.length, {
            text: {
              en: 'gives two sedang hukuman the same interim form: the three forms of KMK 5/KMK.01/2022 stand for the three sedang hukuman, one each, so a heavier one is never carried out as a lighter one',
              id: 'memberi dua hukuman sedang bentuk peralihan yang sama: tiga bentuk dalam KMK 5/KMK.01/2022 masing-masing mewakili satu dari tiga hukuman sedang, sehingga hukuman yang lebih berat tidak dilaksanakan seperti yang lebih ringan',
            },
          }),
        ),
      {},
    )
    .check(
      z.describe(
        'Setting [U]: which interim form stands for each sedang jenis, one form each (preset 6 ↔ KGB, 9 ↔ KP, 12 ↔ pangkat; order unverified).',
      ),
    ),
  durasiInterimBulan: z
    ._default(z.int().check(z.minimum(1), z.maximum(DURASI_INTERIM_BULAN_MAKS)), DURASI_INTERIM_BULAN_PRESET)
    .check(z.describe('Setting [U]: duration of an interim form (preset 1 year)')),
});

/** PP 94/2021 Pasal 8 with the two ways a sedang hukuman is carried out, on the rule's page. */
const TABEL_BENTUK_HUKUMAN = recordTable(
  {
    id: 'Jenis hukuman dan bentuk pelaksanaannya (pengaturan sedangMode)',
    en: 'Penalty types and how they are carried out (setting sedangMode)',
  },
  HUKUMAN,
  ['jenis', 'tingkat', 'durasiBulan', 'TUKIN', 'INTERIM_KGB_KP_PANGKAT (preset)'],
  (info, jenis) =>
    sedang(jenis)
      ? [
          info.tingkat,
          info.durasiBulan,
          `POTONGAN_TUKIN_25_PERSEN, ${PERSEN_POTONGAN_TUKIN_SEDANG}% selama ${info.durasiBulan} bulan`,
          `${PEMETAAN_INTERIM_PRESET[jenis]} selama ${DURASI_INTERIM_BULAN_PRESET} bulan`,
        ]
      : [info.tingkat, info.permanen ? 'tetap' : info.durasiBulan, jenis, jenis],
  (info, jenis) => (sedang(jenis) ? [pasal8(jenis), ...SEDANG_TUKIN, ...SEDANG_INTERIM] : pasal8(jenis)),
);

export const bentukHukumanRule = defineRule({
  id: BENTUK_HUKUMAN_RULE_ID,
  domain: 'discipline',
  title: { id: 'Bentuk pelaksanaan hukuman disiplin', en: 'How a disciplinary penalty is carried out' },
  description: {
    id: 'Hukuman disiplin sedang dilaksanakan sebagai pemotongan tunjangan kinerja 25% selama 6, 9 atau 12 bulan, atau—selama masa peralihan—sebagai penundaan KGB, penundaan KP atau penurunan pangkat selama 1 tahun, menurut pengaturan sedangMode.',
    en: 'A sedang penalty is carried out as a 25% performance-allowance cut for 6, 9 or 12 months, or—during the transition—as a postponed salary step, postponed promotion or demotion in rank for 1 year, per the sedangMode setting.',
  },
  citations: [{ regulation: 'PP_94_2021', article: 'Pasal 8' }],
  tables: [TABEL_BENTUK_HUKUMAN],
  input: bentukHukumanInput,
  options: bentukHukumanOptions,
  output: bentukHukumanOutput,
  notes: [
    {
      id: 'Pasal peralihan yang mengganti potongan tukin dengan penundaan KGB/KP/penurunan pangkat belum ditemukan dalam teks resmi; hanya salindia BKN 2023 dan KMK 5/KMK.01/2022 yang terbaca.',
      en: 'The transitional article replacing the tukin cut with KGB/KP/pangkat postponements was not found in an official text; only BKN 2023 slides and KMK 5/KMK.01/2022 were read.',
    },
    {
      id: 'Pengaturan yang ditolak: pemetaanInterim yang memberi dua hukuman sedang bentuk peralihan yang sama (ketiga bentuk masing-masing mewakili satu hukuman sedang).',
      en: 'Refused settings: a pemetaanInterim that gives two sedang hukuman the same interim form (each of the three forms stands for one sedang hukuman).',
    },
  ],
  examples: [
    {
      title: { id: 'Potongan tukin 9 bulan, mode tukin', en: '9-month tukin cut, tukin mode' },
      input: { jenis: 'POTONGAN_TUKIN_9_BULAN' },
      expected: { jenis: 'POTONGAN_TUKIN_9_BULAN', bentuk: 'POTONGAN_TUKIN_25_PERSEN', durasiBulan: 9, persenPotonganTukin: '25' },
    },
    {
      title: { id: 'Potongan tukin 6 bulan, mode peralihan', en: '6-month tukin cut, interim mode' },
      input: { jenis: 'POTONGAN_TUKIN_6_BULAN' },
      options: { sedangMode: 'INTERIM_KGB_KP_PANGKAT' },
      expected: { jenis: 'POTONGAN_TUKIN_6_BULAN', bentuk: 'PENUNDAAN_KGB', durasiBulan: 12, persenPotonganTukin: null },
    },
  ],
  evaluate(input, options) {
    const j = input.jenis;
    const info = HUKUMAN[j];
    if (!sedang(j)) {
      return decision<PelaksanaanHukuman>({ jenis: j, bentuk: j, durasiBulan: info.durasiBulan, persenPotonganTukin: null }, [
        alasan('sendiri', 'INFO', [pasal8(j)], { jenis: j, tingkat: info.tingkat }),
      ]);
    }
    if (options.sedangMode === 'TUKIN') {
      const persen = PERSEN_POTONGAN_TUKIN_SEDANG;
      return decision<PelaksanaanHukuman>(
        { jenis: j, bentuk: 'POTONGAN_TUKIN_25_PERSEN', durasiBulan: info.durasiBulan, persenPotonganTukin: persen },
        [alasan('tukin', 'INFO', [pasal8(j), ...SEDANG_TUKIN], { jenis: j, durasiBulan: info.durasiBulan, persen })],
      );
    }
    const bentuk = options.pemetaanInterim[j];
    return decision<PelaksanaanHukuman>({ jenis: j, bentuk, durasiBulan: options.durasiInterimBulan, persenPotonganTukin: null }, [
      alasan('interim', 'INFO', SEDANG_INTERIM, { jenis: j, bentuk, durasiBulan: options.durasiInterimBulan }),
    ]);
  },
});

/** How a hukuman is carried out under the sedang mode setting (tukin cut or interim KGB/KP/pangkat forms). */
export const bentukHukuman = bentukHukumanRule.run;

/** Input of {@link bentukHukuman}, as callers write it (a deeply readonly value is accepted too). */
export type BentukHukumanInput = RuleInputOf<typeof bentukHukumanRule>;
/** Options of {@link bentukHukuman}. */
export type BentukHukumanOptions = RuleOptionsOf<typeof bentukHukumanRule>;
/** The value of {@link bentukHukuman}'s decision. */
export type BentukHukumanOutput = RuleOutputOf<typeof bentukHukumanRule>;
