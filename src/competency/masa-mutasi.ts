import * as z from 'zod/mini';
import { addYears, isoDateSchema, wholeMonthsBetween } from '../core/calendar.js';
import { type Citation, decision, reason } from '../core/decision.js';
import { dateOutputSchema } from '../core/output.js';
import { MeritInputError, ownIssue } from '../core/errors.js';
import { deepFreeze } from '../core/freeze.js';
import { defineRule, type RuleInputOf, type RuleOptionsOf, type RuleOutputOf } from '../core/rule.js';
import { tmtJabatanMustahil } from './invariants.js';

export const MASA_MUTASI_RULE_ID = 'competency.masaMutasi';
const CITE: Citation[] = deepFreeze([{ regulation: 'PP_11_2017', article: 'Pasal 190 ayat (3)' }]);

/** PP 11/2017 Pasal 190 ayat (3): mutasi after at least 2 and at most 5 years in the jabatan. */
export const MASA_MUTASI = deepFreeze({ minimumTahun: 2, maksimumTahun: 5 } as const);

export const STATUS_MASA_MUTASI = deepFreeze(['BELUM_MEMENUHI', 'MEMENUHI', 'MELEWATI_BATAS'] as const);
export type StatusMasaMutasi = (typeof STATUS_MASA_MUTASI)[number];

export const masaMutasiInput = z.object({
  tmtJabatan: isoDateSchema.check(z.describe('Day the PNS took up the current jabatan (TMT jabatan)')),
});
export const masaMutasiOptions = z.object({ asOf: isoDateSchema.check(z.describe('Date of the assessment')) });

export interface MasaMutasi {
  status: StatusMasaMutasi;
  /** Whole months in the jabatan on asOf. */
  bulanDalamJabatan: number;
  /** First day a mutasi may take effect. */
  palingCepat: string;
  /** Last day of the 5-year maximum. */
  palingLambat: string;
}

/** {@link MasaMutasi} as JSON. */
export const masaMutasiOutput = z.object({
  status: z
    .enum(STATUS_MASA_MUTASI)
    .check(z.describe('BELUM_MEMENUHI = under 2 years in the jabatan; MEMENUHI = within 2–5 years; MELEWATI_BATAS = beyond 5 years')),
  bulanDalamJabatan: z.int().check(z.describe('Whole months in the jabatan on asOf')),
  palingCepat: dateOutputSchema.check(z.describe('First day a mutasi may take effect (TMT jabatan + 2 years)')),
  palingLambat: dateOutputSchema.check(z.describe('Last day of the 5-year maximum (TMT jabatan + 5 years)')),
});

export const masaMutasiRule = defineRule({
  id: MASA_MUTASI_RULE_ID,
  domain: 'competency',
  title: { id: 'Masa mutasi PNS (2–5 tahun dalam jabatan)', en: 'Civil-servant transfer window (2–5 years in post)' },
  description: {
    id: 'Menilai apakah PNS berada dalam rentang mutasi Pasal 190 ayat (3) PP 11/2017: paling singkat 2 tahun dan paling lama 5 tahun dalam jabatan.',
    en: 'Tells whether a civil servant is within the transfer window of PP 11/2017 Pasal 190 ayat (3): at least 2 and at most 5 years in the post.',
  },
  citations: CITE,
  input: masaMutasiInput,
  options: masaMutasiOptions,
  output: masaMutasiOutput,
  notes: [
    {
      id: 'Tahun dihitung dengan kalender (2020-02-29 + 2 tahun = 2022-02-28). Tidak diperiksa apakah Pasal 190 berubah setelah UU 20/2023.',
      en: 'Years are calendar years (2020-02-29 + 2 years = 2022-02-28). Whether Pasal 190 changed after UU 20/2023 was not checked.',
    },
    {
      id: 'Ditolak sebagai masukan yang mustahil: tmtJabatan setelah asOf; tmtJabatan lebih dari 57 tahun sebelum asOf (PNS diangkat paling cepat pada usia 18 tahun, PP 11/2017 Pasal 23 ayat (1) huruf a, dan pensiun paling lambat pada usia 75 tahun, batas usia pensiun tertinggi menurut PP 11/2017 Pasal 239–240).',
      en: 'Refused as impossible input: tmtJabatan after asOf; tmtJabatan more than 57 years before asOf (a PNS is appointed at 18 at the earliest, PP 11/2017 Pasal 23 ayat (1) huruf a, and retires at 75 at the latest, the highest batas usia pensiun under PP 11/2017 Pasal 239–240).',
    },
  ],
  examples: [
    {
      title: { id: '23 bulan: belum memenuhi', en: '23 months: not yet' },
      source: 'docs/sources/competency.md TV-PLC-1',
      input: { tmtJabatan: '2022-01-01' },
      options: { asOf: '2023-12-01' },
      expected: { status: 'BELUM_MEMENUHI', bulanDalamJabatan: 23, palingCepat: '2024-01-01', palingLambat: '2027-01-01' },
    },
    {
      title: { id: '61 bulan: melewati batas 5 tahun', en: '61 months: beyond the 5-year maximum' },
      source: 'docs/sources/competency.md TV-PLC-1',
      input: { tmtJabatan: '2019-01-01' },
      options: { asOf: '2024-02-01' },
      expected: { status: 'MELEWATI_BATAS', bulanDalamJabatan: 61, palingCepat: '2021-01-01', palingLambat: '2024-01-01' },
    },
  ],
  evaluate(input, options) {
    const mustahil = tmtJabatanMustahil(input.tmtJabatan, options.asOf);
    if (mustahil) throw new MeritInputError([ownIssue(['tmtJabatan'], mustahil)], MASA_MUTASI_RULE_ID);
    const palingCepat = addYears(input.tmtJabatan, MASA_MUTASI.minimumTahun);
    const palingLambat = addYears(input.tmtJabatan, MASA_MUTASI.maksimumTahun);
    const asOf = options.asOf;
    const status: StatusMasaMutasi = asOf < palingCepat ? 'BELUM_MEMENUHI' : asOf <= palingLambat ? 'MEMENUHI' : 'MELEWATI_BATAS';
    const bulanDalamJabatan = wholeMonthsBetween(input.tmtJabatan, asOf);
    const facts = { tmtJabatan: input.tmtJabatan, asOf, bulan: bulanDalamJabatan, palingCepat, palingLambat };
    const rid = MASA_MUTASI_RULE_ID;
    const r =
      status === 'BELUM_MEMENUHI'
        ? reason(rid, `${rid}.belum`, 'FAIL', CITE, facts)
        : status === 'MEMENUHI'
          ? reason(rid, `${rid}.memenuhi`, 'PASS', CITE, facts)
          : reason(rid, `${rid}.melewati`, 'INFO', CITE, facts);
    return decision<MasaMutasi>({ status, bulanDalamJabatan, palingCepat, palingLambat }, [r]);
  },
});

/** Mutasi window of PP 11/2017 Pasal 190 ayat (3) on `asOf`. */
export const masaMutasi = masaMutasiRule.run;

/** Input of {@link masaMutasi}, as callers write it (a deeply readonly value is accepted too). */
export type MasaMutasiInput = RuleInputOf<typeof masaMutasiRule>;
/** Options of {@link masaMutasi}. */
export type MasaMutasiOptions = RuleOptionsOf<typeof masaMutasiRule>;
/** The value of {@link masaMutasi}'s decision. */
export type MasaMutasiOutput = RuleOutputOf<typeof masaMutasiRule>;
