import * as z from 'zod/mini';
import { decimalSchema } from '../core/decimal.js';
import { type Decision } from '../core/decision.js';
import { type InputIssue, MeritInputError, ownIssue } from '../core/errors.js';
import { contradiction, refineParsed, superRefineParsed } from '../core/refine.js';
import { type DeepReadonly, defineRule, type RunConfig, type RuleOptionsOf, type RuleOutputOf } from '../core/rule.js';
import {
  bagianBersamaIkm,
  cekPopulasi,
  hitungIkm,
  ikmOptions,
  type IndeksKepuasanMasyarakat,
  MAKS_JAWABAN_RINGKASAN,
  pedomanSurvei,
  populasiSchema,
  type RingkasanTerhitung,
  unsurAsing,
} from './ikm.js';
import { dariDesimal, rasional } from './rasional.js';
import { UNSUR_IKM_2004, UNSUR_PELAYANAN, UNSUR_SKM_2017, type UnsurPelayanan } from './types.js';

export const INDEKS_KEPUASAN_MASYARAKAT_RULE_ID = 'pelayanan.indeksKepuasanMasyarakat';

const jumlah = (description: string) => z.int().check(z.minimum(0), z.maximum(MAKS_JAWABAN_RINGKASAN), z.describe(description));

/** One unsur's answers in one of three forms: the distribution of answers, the sum and count, or the NRR. */
export const ringkasanUnsurSchema = z
  .object({
    sebaran: z.optional(
      z
        .object({
          '1': z._default(jumlah('Answers scored 1'), 0),
          '2': z._default(jumlah('Answers scored 2'), 0),
          '3': z._default(jumlah('Answers scored 3'), 0),
          '4': z._default(jumlah('Answers scored 4'), 0),
        })
        .check(z.describe('How many respondents gave each answer, 1 (worst) to 4 (best)')),
    ),
    jumlahNilai: z.optional(jumlah('Sum of the scores of this unsur (with jumlahJawaban)')),
    jumlahJawaban: z.optional(
      z
        .int()
        .check(
          z.minimum(1),
          z.maximum(MAKS_JAWABAN_RINGKASAN),
          z.describe('Number of answers to this unsur (respondents who answered it)'),
        ),
    ),
    nrr: z.optional(decimalSchema({ min: 1, max: 4, description: 'Nilai rata-rata (NRR) of this unsur, 1–4, as published' })),
  })
  .check(
    z.describe('Give sebaran, or jumlahNilai with jumlahJawaban, or nrr (optionally with jumlahJawaban)'),
    superRefineParsed((r, ctx) => {
      const forms = [r.sebaran !== undefined, r.jumlahNilai !== undefined, r.nrr !== undefined].filter(Boolean).length;
      if (forms === 0) {
        ctx.addIssue(
          contradiction({
            en: 'gives no answers: give sebaran, or jumlahNilai with jumlahJawaban, or nrr',
            id: 'tidak memuat jawaban: isikan sebaran, atau jumlahNilai dengan jumlahJawaban, atau nrr',
          }),
        );
        return;
      }
      if (forms > 1) {
        ctx.addIssue(
          contradiction({
            en: 'gives the answers in more than one form (sebaran, jumlahNilai, nrr): give one, so they cannot disagree',
            id: 'memuat jawaban dalam lebih dari satu bentuk (sebaran, jumlahNilai, nrr): isikan satu saja agar tidak saling bertentangan',
          }),
        );
        return;
      }
      if (r.sebaran) {
        const total = r.sebaran['1'] + r.sebaran['2'] + r.sebaran['3'] + r.sebaran['4'];
        if (total === 0)
          ctx.addIssue(contradiction({ en: 'counts no answer at all', id: 'tidak menghitung satu jawaban pun' }, ['sebaran']));
        else if (r.jumlahJawaban !== undefined && r.jumlahJawaban !== total)
          ctx.addIssue(
            contradiction(
              {
                en: `says ${r.jumlahJawaban} answers but the distribution counts ${total}`,
                id: `menyebut ${r.jumlahJawaban} jawaban tetapi sebarannya berjumlah ${total}`,
              },
              ['jumlahJawaban'],
            ),
          );
      }
      if (r.jumlahNilai !== undefined) {
        if (r.jumlahJawaban === undefined)
          ctx.addIssue(
            contradiction(
              {
                en: 'a sum of scores needs the number of answers it adds up',
                id: 'jumlah nilai memerlukan jumlah jawaban yang dijumlahkannya',
              },
              ['jumlahJawaban'],
            ),
          );
        else if (r.jumlahNilai < r.jumlahJawaban || r.jumlahNilai > 4 * r.jumlahJawaban)
          ctx.addIssue(
            contradiction(
              {
                en: `${r.jumlahJawaban} answers scored 1 to 4 add up to ${r.jumlahJawaban}–${4 * r.jumlahJawaban}, not ${r.jumlahNilai}`,
                id: `${r.jumlahJawaban} jawaban bernilai 1 sampai 4 berjumlah ${r.jumlahJawaban}–${4 * r.jumlahJawaban}, bukan ${r.jumlahNilai}`,
              },
              ['jumlahNilai'],
            ),
          );
      }
    }),
  );

export const indeksKepuasanMasyarakatInput = z
  .object({
    unsur: z
      .object(
        Object.fromEntries(UNSUR_PELAYANAN.map((u) => [u, z.optional(ringkasanUnsurSchema)])) as Record<
          UnsurPelayanan,
          z.ZodMiniOptional<typeof ringkasanUnsurSchema>
        >,
      )
      .check(z.describe("The answers of each unsur, keyed by name: exactly the unsur of the survey period's pedoman")),
    jumlahResponden: z.optional(
      z
        .int()
        .check(
          z.minimum(1),
          z.maximum(MAKS_JAWABAN_RINGKASAN),
          z.describe('Respondents of the survey (else taken from the counts, when every unsur has one)'),
        ),
    ),
    populasi: z.optional(populasiSchema),
  })
  .check(
    superRefineParsed((input, ctx) => {
      if (input.jumlahResponden === undefined) return;
      for (const [u, r] of Object.entries(input.unsur)) {
        const j = jawabanOf(r);
        if (j !== null && j > input.jumlahResponden)
          ctx.addIssue(
            contradiction(
              {
                en: `counts ${j} answers, more than the ${input.jumlahResponden} respondents`,
                id: `menghitung ${j} jawaban, lebih dari ${input.jumlahResponden} responden`,
              },
              ['unsur', u],
            ),
          );
      }
    }),
  );
export type IndeksKepuasanMasyarakatInput = z.input<typeof indeksKepuasanMasyarakatInput>;
type Ringkasan = z.output<typeof ringkasanUnsurSchema>;

function jawabanOf(r: Ringkasan | undefined): number | null {
  if (!r) return null;
  if (r.sebaran) return r.sebaran['1'] + r.sebaran['2'] + r.sebaran['3'] + r.sebaran['4'];
  return r.jumlahJawaban ?? null;
}

function terhitung(unsur: UnsurPelayanan, r: Ringkasan): RingkasanTerhitung {
  if (r.sebaran) {
    const s = r.sebaran;
    const jumlahJawaban = s['1'] + s['2'] + s['3'] + s['4'];
    const jumlahNilai = s['1'] + 2 * s['2'] + 3 * s['3'] + 4 * s['4'];
    return { unsur, jumlahJawaban, jumlahNilai, nrr: rasional(jumlahNilai, jumlahJawaban) };
  }
  if (r.jumlahNilai !== undefined) {
    return { unsur, jumlahJawaban: r.jumlahJawaban!, jumlahNilai: r.jumlahNilai, nrr: rasional(r.jumlahNilai, r.jumlahJawaban!) };
  }
  return { unsur, jumlahJawaban: r.jumlahJawaban ?? null, jumlahNilai: null, nrr: dariDesimal(r.nrr!) };
}

export const indeksKepuasanMasyarakatRule = defineRule({
  id: INDEKS_KEPUASAN_MASYARAKAT_RULE_ID,
  domain: 'pelayanan',
  title: {
    id: 'Indeks Kepuasan Masyarakat (IKM) dari ringkasan jawaban per unsur',
    en: 'Public Satisfaction Index (IKM) from per-unsur answer summaries',
  },
  description: {
    id: 'Menghitung NRR per unsur, nilai indeks (1–4), IKM (25–100), mutu dan kinerja unit pelayanan, prioritas perbaikan dan kecukupan sampel dari sebaran, jumlah nilai atau NRR tiap unsur, menurut pedoman yang berlaku pada periode survei (KepmenPAN 25/2004, PermenPANRB 16/2014, PermenPANRB 14/2017).',
    en: "Computes each unsur's NRR, the index (1–4), the IKM (25–100), the service quality (mutu) and unit performance, the improvement priorities and the sample check from each unsur's answer distribution, sum of scores or NRR, under the pedoman in force for the survey period (KepmenPAN 25/2004, PermenPANRB 16/2014, PermenPANRB 14/2017).",
  },
  ...bagianBersamaIkm(),
  input: indeksKepuasanMasyarakatInput,
  examples: [
    {
      title: {
        id: 'Survei sempurna (semua jawaban 4), bobot eksak 1/9: IKM 100,00',
        en: 'A perfect survey (every answer 4), exact weight 1/9: IKM 100.00',
      },
      input: {
        unsur: Object.fromEntries(UNSUR_SKM_2017.map((u) => [u, { sebaran: { '4': 50 } }])),
      },
      options: { asOf: '2024-12-31' },
      expected: perfect('1/9', '4.0000', '100.00'),
      source: 'Tulang Bawang Barat e-SMILE portal reports 100 for an all-4 survey (it prints 0,111 but computes 1/9)',
    },
    {
      title: {
        id: 'Survei sempurna dengan bobot tercetak 0,111: IKM 99,90',
        en: 'A perfect survey with the printed weight 0.111: IKM 99.90',
      },
      input: {
        unsur: Object.fromEntries(UNSUR_SKM_2017.map((u) => [u, { sebaran: { '4': 50 } }])),
      },
      options: { asOf: '2024-12-31', settings: { bobotUnsur: 'TERCETAK' } },
      expected: perfect('0.111', '3.9960', '99.90'),
      source: 'PermenPANRB 14/2017 Lampiran as agencies print it: 4 × 0,111 × 9 × 25 = 99,90',
    },
    {
      title: { id: 'Unit 2012 dengan IKM 76,47: B menurut KepmenPAN 25/2004', en: 'A 2012 unit at IKM 76.47: B under KepmenPAN 25/2004' },
      input: {
        unsur: Object.fromEntries(UNSUR_IKM_2004.map((u) => [u, { nrr: '3.0588' }])),
      },
      options: { asOf: '2012-12-31' },
      expected: {
        pedoman: 'KEPMENPAN_25_2004',
        bobot: '1/14',
        unsur: UNSUR_IKM_2004.map((unsur) => ({
          unsur,
          jumlahJawaban: null,
          jumlahNilai: null,
          nrr: '3.0588',
          nrrTertimbang: '0.2185',
        })),
        nilaiIndeks: '3.0588',
        ikm: '76.47',
        mutu: 'B',
        kinerjaUnit: 'BAIK',
        prioritasPerbaikan: [...UNSUR_IKM_2004],
        jumlahResponden: null,
        sampel: null,
      },
      source: 'A 2012 unit at IKM 76,47, B in 2004 terms and C in 2017 terms (2012 puskesmas report); NRR derived as 76,47 ÷ 25',
    },
  ],
  evaluate(input, options) {
    const { version, peralihan } = pedomanSurvei(INDEKS_KEPUASAN_MASYARAKAT_RULE_ID, options.asOf, options.pedoman);
    const pedoman = version.value;
    const given = Object.entries(input.unsur).filter(([, r]) => r !== undefined) as [UnsurPelayanan, Ringkasan][];
    const issues: InputIssue[] = unsurAsing(
      INDEKS_KEPUASAN_MASYARAKAT_RULE_ID,
      pedoman,
      given.map(([u]) => u),
      ['unsur'],
    );
    for (const u of pedoman.unsur) {
      if (!input.unsur[u])
        issues.push(
          ownIssue(['unsur', u], {
            en: `is an unsur of a survey under ${pedoman.pedoman} and has no answers`,
            id: `adalah unsur survei menurut ${pedoman.pedoman} dan tidak memuat jawaban`,
          }),
        );
    }
    if (issues.length === 0 && options.settings.jawabanKosong === 'TOLAK') {
      const counts = pedoman.unsur.map((u) => jawabanOf(input.unsur[u]));
      const known = counts.filter((c): c is number => c !== null);
      const expected = input.jumlahResponden ?? known[0];
      pedoman.unsur.forEach((u, i) => {
        const c = counts[i];
        if (c !== null && c !== undefined && expected !== undefined && c !== expected)
          issues.push(
            ownIssue(['unsur', u], {
              en: `counts ${c} answers where the survey has ${expected}${input.jumlahResponden === undefined ? ` (the count of ${pedoman.unsur[counts.indexOf(expected)]})` : ' respondents'}: with jawabanKosong TOLAK every respondent answers every unsur (ABAIKAN accepts missing answers)`,
              id: `menghitung ${c} jawaban padahal survei memuat ${expected}${input.jumlahResponden === undefined ? ` (jumlah pada ${pedoman.unsur[counts.indexOf(expected)]})` : ' responden'}: dengan jawabanKosong TOLAK setiap responden menjawab setiap unsur (ABAIKAN menerima jawaban kosong)`,
            }),
          );
      });
    }
    if (issues.length > 0) throw new MeritInputError(issues, INDEKS_KEPUASAN_MASYARAKAT_RULE_ID);
    const ringkasan = pedoman.unsur.map((u) => terhitung(u, input.unsur[u]!));
    const counts = ringkasan.map((r) => r.jumlahJawaban);
    const jumlahResponden = input.jumlahResponden ?? (counts.every((c) => c !== null) ? Math.max(...(counts as number[])) : null);
    cekPopulasi(
      INDEKS_KEPUASAN_MASYARAKAT_RULE_ID,
      jumlahResponden,
      input.populasi,
      input.jumlahResponden === undefined ? ['populasi'] : ['jumlahResponden'],
    );
    return hitungIkm(
      INDEKS_KEPUASAN_MASYARAKAT_RULE_ID,
      version,
      peralihan,
      options.asOf,
      ringkasan,
      jumlahResponden,
      input.populasi,
      options.settings,
    );
  },
});

function perfect(bobot: string, nilaiIndeks: string, ikm: string): IndeksKepuasanMasyarakat {
  const tertimbang = bobot === '1/9' ? '0.4444' : '0.4440';
  const unsur = UNSUR_SKM_2017;
  return {
    pedoman: 'PERMENPANRB_14_2017',
    bobot,
    unsur: unsur.map((u) => ({ unsur: u, jumlahJawaban: 50, jumlahNilai: 200, nrr: '4.0000', nrrTertimbang: tertimbang })),
    nilaiIndeks,
    ikm,
    mutu: 'A',
    kinerjaUnit: 'SANGAT_BAIK',
    prioritasPerbaikan: [...unsur],
    jumlahResponden: 50,
    sampel: null,
  };
}

/**
 * IKM of a service unit from per-unsur summaries (answer distribution, sum and count, or NRR), under the
 * pedoman of the survey period.
 *
 * @example
 * indeksKepuasanMasyarakat({ unsur: { PERSYARATAN: { sebaran: { '3': 40, '4': 60 } }, … } }, { asOf: '2024-12-31' }).value.mutu
 * @throws RuleNotInForceError for a survey period before 2004; MeritInputError for counts that do not add up or a wrong unsur set.
 */
export const indeksKepuasanMasyarakat: (
  input: DeepReadonly<IndeksKepuasanMasyarakatInput>,
  options: DeepReadonly<z.input<typeof ikmOptions>>,
  config?: RunConfig,
) => Decision<IndeksKepuasanMasyarakat> = indeksKepuasanMasyarakatRule.run;

/** Options of {@link indeksKepuasanMasyarakat}. */
export type IndeksKepuasanMasyarakatOptions = RuleOptionsOf<typeof indeksKepuasanMasyarakatRule>;
/** The value of {@link indeksKepuasanMasyarakat}'s decision. */
export type IndeksKepuasanMasyarakatOutput = RuleOutputOf<typeof indeksKepuasanMasyarakatRule>;
