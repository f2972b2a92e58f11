import * as z from 'zod/mini';
import { decimalSchema, formatFixed, toPlainString } from '../core/decimal.js';
import { type Citation, decision } from '../core/decision.js';
import { deepFreeze } from '../core/freeze.js';
import { reasonsOf } from '../core/messages.js';
import { decimalOutputSchema } from '../core/output.js';
import { contradiction, superRefineParsed } from '../core/refine.js';
import { defineRule, type RuleInputOf, type RuleOptionsOf, type RuleOutputOf } from '../core/rule.js';
import { formulaTable, recordTable } from '../core/tables.js';
import { DESIMAL_TAMPILAN_AK } from './_bersama/konversi-angka-kredit.js';
import type { ANGKA_KREDIT_INTEGRASI_MESSAGES } from './angka-kredit-integrasi.messages.js';
import { type GolonganPns, golonganSchema } from './types.js';

export const ANGKA_KREDIT_INTEGRASI_RULE_ID = 'promotion.angkaKreditIntegrasi';
const alasan = reasonsOf<typeof ANGKA_KREDIT_INTEGRASI_MESSAGES>(ANGKA_KREDIT_INTEGRASI_RULE_ID);

/**
 * Nilai dasar per golongan (keahlian) for bridging conventional AK to the integrasi model
 * (PAK Konversi Guru, BKN "Teknis Penyesuaian AK dari Konvensional ke Integrasi").
 */
export const NILAI_DASAR_INTEGRASI: Readonly<Partial<Record<GolonganPns, number>>> = deepFreeze({
  'III/a': 100,
  'III/b': 100,
  'III/c': 200,
  'III/d': 200,
  'IV/a': 400,
  'IV/b': 400,
  'IV/c': 400,
  'IV/d': 850,
  'IV/e': 850,
});

/**
 * PermenPANRB 1/2023 Pasal 57: the adjustment of conventional AKK to the integrasi model (its ayat (2) leaves
 * the procedure to Peraturan BKN 3/2023, where the article giving the formula was not found).
 */
const CITE: Citation[] = deepFreeze([
  { regulation: 'PERMENPANRB_1_2023', article: 'Pasal 57' },
  {
    regulation: 'PERBKN_3_2023',
    unlocated:
      'AK integrasi = AK konvensional − nilai dasar, and the nilai dasar per golongan, come from the BKN slides "Teknis Penyesuaian AK dari Konvensional ke Integrasi" (citing Peraturan BKN 3/2023) and a PAK form; the article or Lampiran holding them was not read',
  },
]);

export const angkaKreditIntegrasiInput = z
  .object({
    golongan: golonganSchema.check(z.describe('Golongan (keahlian: III/a–IV/e)')),
    akKonvensional: decimalSchema({ min: 0 }).check(z.describe('Accumulated conventional AK (last PAK)')),
  })
  .check(
    superRefineParsed((x, ctx) => {
      if (NILAI_DASAR_INTEGRASI[x.golongan] === undefined) {
        ctx.addIssue(
          contradiction({ en: 'must be a keahlian golongan (III/a–IV/e)', id: 'harus golongan keahlian (III/a–IV/e)' }, ['golongan']),
        );
      }
    }),
  );

/** Schema of {@link AngkaKreditIntegrasi} as JSON. */
export const angkaKreditIntegrasiOutput = z.object({
  akIntegrasi: decimalOutputSchema.check(z.describe('AK integrasi = akKonvensional − nilaiDasar, full precision; may be negative')),
  nilaiDasar: z.int().check(z.describe('Nilai dasar of the golongan subtracted (100, 200, 400 or 850)')),
});
/** Outcome of {@link angkaKreditIntegrasi}. */
export type AngkaKreditIntegrasi = z.output<typeof angkaKreditIntegrasiOutput>;

export const angkaKreditIntegrasiRule = defineRule({
  id: ANGKA_KREDIT_INTEGRASI_RULE_ID,
  domain: 'promotion',
  title: { id: 'Angka kredit integrasi dari AK konvensional', en: 'Integrated credit points from conventional credit points' },
  description: {
    id: 'Jembatan data historis: AK integrasi = akumulasi AK konvensional − nilai dasar golongan (III/a–III/b 100; III/c–III/d 200; IV/a–IV/c 400; IV/d–IV/e 850). Hasil negatif dilaporkan apa adanya.',
    en: "Bridge for historical data: integrated AK = accumulated conventional AK − the golongan's base value (III/a–III/b 100; III/c–III/d 200; IV/a–IV/c 400; IV/d–IV/e 850). A negative result is reported as is.",
  },
  citations: CITE,
  tables: [
    formulaTable({ id: 'Rumus', en: 'Formula' }, [['akIntegrasi', 'akKonvensional − nilai dasar golongan', CITE]]),
    recordTable(
      { id: 'Nilai dasar per golongan', en: 'Base value per golongan' },
      // Only the keahlian golongan have a row.
      NILAI_DASAR_INTEGRASI as Readonly<Record<string, number>>,
      ['golongan', 'nilai dasar'],
      (nilai) => [nilai],
      () => CITE,
    ),
  ],
  input: angkaKreditIntegrasiInput,
  output: angkaKreditIntegrasiOutput,
  examples: [
    {
      title: { id: 'IV/b, AK konvensional 550,63: AK integrasi 150,63', en: 'IV/b, conventional AK 550.63: integrated AK 150.63' },
      input: { golongan: 'IV/b', akKonvensional: '550.63' },
      expected: { akIntegrasi: '150.63', nilaiDasar: 400 },
      source: 'FORMULIR PAK INTEGRASI (scribd 670544451): IV/b, 550,63 − 400 = 150,63',
    },
  ],
  notes: [
    {
      id: 'Hanya untuk data lama (model integrasi 2022); tabel nilai dasar dari sumber sekunder.',
      en: 'For legacy data only (2022 integrasi model); base values from secondary sources.',
    },
    {
      id: 'Ditolak: golongan di luar III/a–IV/e (tanpa nilai dasar) dan AK konvensional negatif. AK integrasi negatif (AK di bawah nilai dasar) dilaporkan apa adanya, bukan dipotong ke 0: itulah yang dihasilkan rumus.',
      en: 'Refused: a golongan outside III/a–IV/e (no base value) and negative conventional AK. A negative integrated AK (AK below the base value) is reported as is, not clamped to 0: it is what the formula gives.',
    },
  ],
  evaluate(x) {
    const nilaiDasar = NILAI_DASAR_INTEGRASI[x.golongan]!;
    const ak = x.akKonvensional.minus(nilaiDasar);
    return decision<AngkaKreditIntegrasi>({ akIntegrasi: toPlainString(ak), nilaiDasar }, [
      alasan('rumus', 'INFO', CITE, {
        akKonvensional: formatFixed(x.akKonvensional, DESIMAL_TAMPILAN_AK),
        golongan: x.golongan,
        nilaiDasar,
        akIntegrasi: formatFixed(ak, DESIMAL_TAMPILAN_AK),
      }),
    ]);
  },
});

/** AK integrasi = AK konvensional − nilai dasar of the golongan (legacy data bridge). */
export const angkaKreditIntegrasi = angkaKreditIntegrasiRule.run;

/** Input of {@link angkaKreditIntegrasi}, as callers write it (a deeply readonly value is accepted too). */
export type AngkaKreditIntegrasiInput = RuleInputOf<typeof angkaKreditIntegrasiRule>;
/** Options of {@link angkaKreditIntegrasi}. */
export type AngkaKreditIntegrasiOptions = RuleOptionsOf<typeof angkaKreditIntegrasiRule>;
/** The value of {@link angkaKreditIntegrasi}'s decision. */
export type AngkaKreditIntegrasiOutput = RuleOutputOf<typeof angkaKreditIntegrasiRule>;
