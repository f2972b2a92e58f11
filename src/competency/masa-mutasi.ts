import * as z from 'zod/mini';
import { addYears, isoDateSchema, wholeMonthsBetween } from '../core/calendar.js';
import { type Citation, decision } from '../core/decision.js';
import { MeritInputError, ownIssue } from '../core/errors.js';
import { deepFreeze } from '../core/freeze.js';
import { reasonsOf } from '../core/messages.js';
import { dateOutputSchema } from '../core/output.js';
import { defineRule, type RuleInputOf, type RuleOptionsOf, type RuleOutputOf } from '../core/rule.js';
import { formulaTable } from '../core/tables.js';
import { tmtJabatanMustahil } from './_bersama/invariants.js';
import type { MASA_MUTASI_MESSAGES } from './masa-mutasi.messages.js';

export const MASA_MUTASI_RULE_ID = 'competency.masaMutasi';
const alasan = reasonsOf<typeof MASA_MUTASI_MESSAGES>(MASA_MUTASI_RULE_ID);
const CITE: Citation[] = deepFreeze([{ regulation: 'PP_11_2017', article: 'Pasal 190 ayat (3)' }]);

/** PP 11/2017 Pasal 190 ayat (3): mutasi after at least 2 and at most 5 years in the jabatan. */
export const MASA_MUTASI = deepFreeze({ minimumTahun: 2, maksimumTahun: 5 } as const);

export const STATUS_MASA_MUTASI = deepFreeze(['BELUM_MEMENUHI', 'MEMENUHI', 'MELEWATI_BATAS'] as const);
export type StatusMasaMutasi = (typeof STATUS_MASA_MUTASI)[number];

export const masaMutasiInput = z.object({
  tmtJabatan: isoDateSchema.check(z.describe('Day the PNS took up the current jabatan (TMT jabatan)')),
});
export const masaMutasiOptions = z.object({ asOf: isoDateSchema.check(z.describe('Date of the assessment')) });

const { minimumTahun, maksimumTahun } = MASA_MUTASI;

/** {@link MasaMutasi} as JSON. */
export const masaMutasiOutput = z.object({
  status: z
    .enum(STATUS_MASA_MUTASI)
    .check(
      z.describe(
        `BELUM_MEMENUHI = under ${minimumTahun} years in the jabatan; MEMENUHI = within ${minimumTahun}–${maksimumTahun} years; MELEWATI_BATAS = beyond ${maksimumTahun} years`,
      ),
    ),
  bulanDalamJabatan: z.int().check(z.describe('Whole months in the jabatan on asOf')),
  tanggalPalingCepat: dateOutputSchema.check(z.describe(`First day a mutasi may take effect (TMT jabatan + ${minimumTahun} years)`)),
  tanggalPalingLambat: dateOutputSchema.check(
    z.describe(`Last day of the ${maksimumTahun}-year maximum (TMT jabatan + ${maksimumTahun} years)`),
  ),
});

/** The value of {@link masaMutasi}: the status on asOf and the window's first and last day. */
export type MasaMutasi = z.output<typeof masaMutasiOutput>;

export const masaMutasiRule = defineRule({
  id: MASA_MUTASI_RULE_ID,
  domain: 'competency',
  title: { id: 'Masa mutasi PNS (2–5 tahun dalam jabatan)', en: 'Civil-servant transfer window (2–5 years in post)' },
  description: {
    id: 'Menilai apakah PNS berada dalam rentang mutasi Pasal 190 ayat (3) PP 11/2017: paling singkat 2 tahun dan paling lama 5 tahun dalam jabatan.',
    en: 'Tells whether a civil servant is within the transfer window of PP 11/2017 Pasal 190 ayat (3): at least 2 and at most 5 years in the post.',
  },
  citations: CITE,
  tables: [
    formulaTable({ id: 'Rentang mutasi', en: 'Transfer window' }, [
      ['tanggalPalingCepat', `TMT jabatan + ${minimumTahun} tahun`, CITE],
      ['tanggalPalingLambat', `TMT jabatan + ${maksimumTahun} tahun`, CITE],
      ['BELUM_MEMENUHI', 'asOf < tanggalPalingCepat', CITE],
      ['MEMENUHI', 'tanggalPalingCepat ≤ asOf ≤ tanggalPalingLambat', CITE],
      ['MELEWATI_BATAS', 'asOf > tanggalPalingLambat', CITE],
    ]),
  ],
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
      expected: { status: 'BELUM_MEMENUHI', bulanDalamJabatan: 23, tanggalPalingCepat: '2024-01-01', tanggalPalingLambat: '2027-01-01' },
    },
    {
      title: { id: '61 bulan: melewati batas 5 tahun', en: '61 months: beyond the 5-year maximum' },
      source: 'docs/sources/competency.md TV-PLC-1',
      input: { tmtJabatan: '2019-01-01' },
      options: { asOf: '2024-02-01' },
      expected: { status: 'MELEWATI_BATAS', bulanDalamJabatan: 61, tanggalPalingCepat: '2021-01-01', tanggalPalingLambat: '2024-01-01' },
    },
  ],
  evaluate(input, options) {
    const mustahil = tmtJabatanMustahil(input.tmtJabatan, options.asOf);
    if (mustahil) throw new MeritInputError([ownIssue(['tmtJabatan'], mustahil)], MASA_MUTASI_RULE_ID);
    const tanggalPalingCepat = addYears(input.tmtJabatan, minimumTahun);
    const tanggalPalingLambat = addYears(input.tmtJabatan, maksimumTahun);
    const asOf = options.asOf;
    const status: StatusMasaMutasi =
      asOf < tanggalPalingCepat ? 'BELUM_MEMENUHI' : asOf <= tanggalPalingLambat ? 'MEMENUHI' : 'MELEWATI_BATAS';
    const bulanDalamJabatan = wholeMonthsBetween(input.tmtJabatan, asOf);
    const facts = { tmtJabatan: input.tmtJabatan, asOf, bulan: bulanDalamJabatan, tanggalPalingCepat, tanggalPalingLambat };
    const r =
      status === 'BELUM_MEMENUHI'
        ? alasan('belum', 'FAIL', CITE, facts)
        : status === 'MEMENUHI'
          ? alasan('memenuhi', 'PASS', CITE, facts)
          : alasan('melewati', 'INFO', CITE, facts);
    return decision<MasaMutasi>({ status, bulanDalamJabatan, tanggalPalingCepat, tanggalPalingLambat }, [r]);
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
