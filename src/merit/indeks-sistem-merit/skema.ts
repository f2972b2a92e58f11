import * as z from 'zod/mini';
import { isoDateSchema } from '../../core/calendar.js';
import { decimalSchema } from '../../core/decimal.js';
import { decimalOutputSchema } from '../../core/output.js';
import { contradiction, refineParsed, superRefineParsed } from '../../core/refine.js';
import { isInForce } from '../../core/versions.js';
import { ASPEK_SISTEM_MERIT_2018, aspekSistemMerit2018Schema, JENIS_NILAI, KATEGORI_NISM, KATEGORI_SISTEM_MERIT } from '../types.js';
import {
  BOBOT_MATURITAS_PRESET,
  INSTRUMEN_PRESET,
  SKEMA_SISTEM_MERIT,
  SKOR_MAKSIMUM_2018,
  SKOR_MINIMUM_2018,
  VERSI_INDEKS_SISTEM_MERIT,
} from './tabel.js';

/** Most indicators an instrument may hold: the instruments reported have 24 or 33; 200 leaves room for an agency's own. */
export const INDIKATOR_MAKS = 200;

const skorAspek = z
  .nullable(decimalSchema({ min: 0, max: SKOR_MAKSIMUM_2018 }))
  .check(z.describe('Score of the aspect, or null when it was not assessed'));
const indeks = (apa: string) =>
  z
    .optional(z.nullable(decimalSchema({ min: 0, max: 1 })))
    .check(z.describe(`${apa}, 0–1 (PermenPANRB 19/2025 only); null when not assessed`));

const skorAspekSchema = z
  .object(
    Object.fromEntries(ASPEK_SISTEM_MERIT_2018.map((a) => [a, skorAspek])) as Record<
      (typeof ASPEK_SISTEM_MERIT_2018)[number],
      typeof skorAspek
    >,
  )
  .check(z.describe('Score per aspect of PermenPANRB 40/2018, as the agency’s result shows it'));

const jawabanSchema = z
  .array(
    z.object({
      indikator: z.string().check(z.minLength(1), z.describe('Indicator code of the instrument (setting instrumen)')),
      level: z.nullable(z.int().check(z.minimum(0), z.maximum(100))).check(z.describe('Answer level chosen, or null when not assessed')),
    }),
  )
  .check(z.maxLength(INDIKATOR_MAKS), z.describe('Answer per indicator of the instrument (PermenPANRB 40/2018 only); one per indicator'));

const adaSkema = (tanggal: string) => VERSI_INDEKS_SISTEM_MERIT.find((v) => isInForce(v, tanggal))?.value;

export const indeksSistemMeritInput = z
  .object({
    tanggalPenilaian: isoDateSchema.check(z.describe('Date of the assessment (its round); decides the scheme in force')),
    jenisNilai: z
      ._default(z.enum(JENIS_NILAI), 'MANDIRI')
      .check(z.describe('MANDIRI (self-assessment) or VERIFIKASI (after verification): they may differ')),
    skorAspek: z.optional(skorAspekSchema),
    jawaban: z.optional(jawabanSchema),
    indeksMaturitas: indeks('Maturity of merit-system implementation'),
    indeksKepuasan: indeks('Employee satisfaction and engagement'),
  })
  .check(
    superRefineParsed((v, ctx) => {
      const skema = adaSkema(v.tanggalPenilaian);
      const lama = v.skorAspek !== undefined || v.jawaban !== undefined;
      const baru = v.indeksMaturitas !== undefined || v.indeksKepuasan !== undefined;
      if (skema === 'PERMENPANRB_40_2018') {
        if (v.skorAspek !== undefined && v.jawaban !== undefined)
          ctx.addIssue(
            contradiction({ en: 'give skorAspek or jawaban, not both', id: 'isi skorAspek atau jawaban, bukan keduanya' }, ['jawaban']),
          );
        if (!lama)
          ctx.addIssue(
            contradiction(
              {
                en: 'an assessment under PermenPANRB 40/2018 needs skorAspek or jawaban',
                id: 'penilaian menurut PermenPANRB 40/2018 memerlukan skorAspek atau jawaban',
              },
              ['skorAspek'],
            ),
          );
        if (baru)
          ctx.addIssue(
            contradiction(
              {
                en: 'indeksMaturitas and indeksKepuasan belong to PermenPANRB 19/2025; this date falls under PermenPANRB 40/2018',
                id: 'indeksMaturitas dan indeksKepuasan milik PermenPANRB 19/2025; tanggal ini masuk PermenPANRB 40/2018',
              },
              [v.indeksMaturitas !== undefined ? 'indeksMaturitas' : 'indeksKepuasan'],
            ),
          );
      }
      if (skema === 'PERMENPANRB_19_2025') {
        if (lama)
          ctx.addIssue(
            contradiction(
              {
                en: 'skorAspek and jawaban are PermenPANRB 40/2018 scores; the two schemes are never converted into each other',
                id: 'skorAspek dan jawaban adalah skor PermenPANRB 40/2018; kedua skema tidak pernah dikonversi satu ke lainnya',
              },
              [v.skorAspek !== undefined ? 'skorAspek' : 'jawaban'],
            ),
          );
        for (const k of ['indeksMaturitas', 'indeksKepuasan'] as const)
          if (v[k] === undefined)
            ctx.addIssue(
              contradiction(
                {
                  en: `${k} is needed under PermenPANRB 19/2025 (null when not assessed)`,
                  id: `${k} diperlukan menurut PermenPANRB 19/2025 (null bila tidak dinilai)`,
                },
                [k],
              ),
            );
      }
    }),
  );
export type IndeksSistemMeritInput = z.input<typeof indeksSistemMeritInput>;

const instrumenSchema = z
  .object({
    levelMinimum: z
      ._default(z.int().check(z.minimum(0), z.maximum(100)), INSTRUMEN_PRESET.levelMinimum)
      .check(z.describe('Lowest answer level')),
    levelMaksimum: z
      ._default(z.int().check(z.minimum(1), z.maximum(100)), INSTRUMEN_PRESET.levelMaksimum)
      .check(z.describe('Highest answer level')),
    indikator: z
      .array(
        z.object({
          kode: z.string().check(z.minLength(1), z.describe('Indicator code')),
          aspek: aspekSistemMerit2018Schema.check(z.describe('Aspect the indicator belongs to')),
          bobot: decimalSchema({ min: 0, max: 400 }).check(z.describe('Points per answer level (score = bobot × level)')),
        }),
      )
      .check(z.minLength(1), z.maxLength(INDIKATOR_MAKS), z.describe('The indicators, each with its aspect and weight')),
  })
  .check(
    superRefineParsed((s, ctx) => {
      const say = (en: string, id: string, path: PropertyKey[]) => ctx.addIssue(contradiction({ en, id }, path));
      if (s.levelMaksimum <= s.levelMinimum)
        say('levelMaksimum must be above levelMinimum', 'levelMaksimum harus di atas levelMinimum', ['levelMaksimum']);
      const kode = new Set<string>();
      s.indikator.forEach((i, n) => {
        if (kode.has(i.kode))
          say(`indicator code ${i.kode} appears twice`, `kode indikator ${i.kode} muncul dua kali`, ['indikator', n, 'kode']);
        kode.add(i.kode);
        if (i.bobot.lessThanOrEqualTo(0))
          say('bobot must be greater than 0', 'bobot harus lebih besar daripada 0', ['indikator', n, 'bobot']);
      });
      for (const a of ASPEK_SISTEM_MERIT_2018)
        if (!s.indikator.some((i) => i.aspek === a))
          say(`aspect ${a} has no indicator`, `aspek ${a} tidak memiliki indikator`, ['indikator']);
      const jumlah = s.indikator.reduce((t, i) => t.plus(i.bobot), s.indikator[0]!.bobot.times(0));
      if (!jumlah.times(s.levelMinimum).equals(SKOR_MINIMUM_2018) || !jumlah.times(s.levelMaksimum).equals(SKOR_MAKSIMUM_2018))
        say(
          `the instrument spans ${jumlah.times(s.levelMinimum).toFixed()}–${jumlah.times(s.levelMaksimum).toFixed()}; the KASN bands are stated on ${SKOR_MINIMUM_2018}–${SKOR_MAKSIMUM_2018}`,
          `instrumen mencakup ${jumlah.times(s.levelMinimum).toFixed()}–${jumlah.times(s.levelMaksimum).toFixed()}; pita KASN dinyatakan pada ${SKOR_MINIMUM_2018}–${SKOR_MAKSIMUM_2018}`,
          ['indikator'],
        );
    }),
  );

export const indeksSistemMeritOptions = z.object({
  instrumen: z
    .prefault(instrumenSchema, INSTRUMEN_PRESET as z.input<typeof instrumenSchema>)
    .check(
      z.describe(
        'Setting: the self-assessment instrument of PermenPANRB 40/2018 (indicators, answer levels, weights; total = Σ bobot × level, spanning 100–400). Preset: one indicator per aspect, weights 6/6/20/10/20/15/4/19 over levels 1–4, from one unofficial implementation [I-weak]; the Lampiran was not read [U]',
      ),
    ),
  skorAntaraPita: z
    ._default(z.enum(['BATAS_BAWAH', 'BULATKAN', 'TOLAK']), 'BATAS_BAWAH')
    .check(
      z.describe(
        'Setting: a total between printed bands (174.5; 0.405). BATAS_BAWAH (preset): the highest band whose lower bound it reaches (174.5 → BURUK); BULATKAN: rounded half up to the printed precision first (174.5 → KURANG); TOLAK: refused. No source states it [U]',
      ),
    ),
  skema2025: z
    ._default(z.enum(['TOLAK', 'PAPARAN_KEMENPANRB_2025']), 'TOLAK')
    .check(
      z.describe(
        'Setting: how an assessment under PermenPANRB 19/2025 is scored. TOLAK (preset): refused, its Lampiran was not read [U]; PAPARAN_KEMENPANRB_2025: index = bobotMaturitas × maturity + the rest × satisfaction, NISM bands DASAR/LANJUTAN/MENENGAH/TINGGI/MAJU, as a KemenPANRB presentation of 28 Aug 2025 gave them [S-weak]',
      ),
    ),
  bobotMaturitas: z.prefault(decimalSchema({ min: 0, max: 100 }), BOBOT_MATURITAS_PRESET).check(
    refineParsed((b) => b.greaterThan(0) && b.lessThan(100), {
      text: { en: 'bobotMaturitas must be above 0 and below 100', id: 'bobotMaturitas harus di atas 0 dan di bawah 100' },
    }),
    z.describe(
      `Setting: weight of maturity in the PermenPANRB 19/2025 index, in percent; satisfaction takes the rest. Preset ${BOBOT_MATURITAS_PRESET} [S-weak]`,
    ),
  ),
});
export type IndeksSistemMeritOptions = z.input<typeof indeksSistemMeritOptions>;

const kategoriOutput = z.enum([...KATEGORI_SISTEM_MERIT, ...KATEGORI_NISM]);

export const indeksSistemMeritOutput = z.object({
  skema: z.enum(SKEMA_SISTEM_MERIT).check(z.describe('The scheme in force on tanggalPenilaian')),
  jenisNilai: z.enum(JENIS_NILAI).check(z.describe('Self-assessment or verified score, as given')),
  status: z
    .enum(['DINILAI', 'TIDAK_DINILAI'])
    .check(z.describe('TIDAK_DINILAI when an aspect or component was not assessed: no total, no category (never a score of 0)')),
  tidakDinilai: z.array(z.string()).check(z.describe('Aspects or components not assessed')),
  skor: z.nullable(decimalOutputSchema).check(z.describe('Exact total (40/2018: 100–400) or index (19/2025: 0–1); null when not assessed')),
  kategori: z.nullable(kategoriOutput).check(z.describe('Category of the total; null when not assessed')),
  kategoriBerikutnya: z.nullable(kategoriOutput).check(z.describe('The next category up; null at the top or when not assessed')),
  kekuranganKeKategoriBerikutnya: z
    .nullable(decimalOutputSchema)
    .check(z.describe('Points of the total still missing to reach the next category')),
  kesenjangan: z
    .array(
      z.object({
        komponen: z.string().check(z.describe('Aspect (40/2018) or component (19/2025)')),
        skor: decimalOutputSchema.check(z.describe('Its score')),
        maksimum: decimalOutputSchema.check(z.describe('Its highest possible score')),
        poinTertinggal: decimalOutputSchema.check(z.describe('Points of the total it is below its maximum (what holds the category down)')),
        kenaikanDiperlukan: z
          .nullable(decimalOutputSchema)
          .check(z.describe('How much its score alone would have to rise to reach the next category')),
        cukupSendiri: z.nullable(z.boolean()).check(z.describe('Whether that rise fits under its maximum')),
      }),
    )
    .check(z.describe('Per aspect or component, most points left behind first; empty when not assessed')),
});

/** The value of merit.indeksSistemMerit: total, category and gaps. */
export type IndeksSistemMeritValue = z.output<typeof indeksSistemMeritOutput>;
