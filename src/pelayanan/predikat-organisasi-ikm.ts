import * as z from 'zod/mini';
import { type Citation, decision } from '../core/decision.js';
import { MeritInputError, ownIssue } from '../core/errors.js';
import { deepFreeze } from '../core/freeze.js';
import { reasonsOf } from '../core/messages.js';
import { contradiction, superRefineParsed } from '../core/refine.js';
import { defineRule, type RuleOptionsOf, type RuleOutputOf } from '../core/rule.js';
import { recordTable } from '../core/tables.js';
import { PREDIKAT_ORGANISASI, type PredikatOrganisasi } from '../performance/types.js';
import type { PREDIKAT_ORGANISASI_IKM_MESSAGES } from './predikat-organisasi-ikm.messages.js';
import { type MutuPelayanan, mutuPelayananSchema } from './types.js';

export const PREDIKAT_ORGANISASI_IKM_RULE_ID = 'pelayanan.predikatOrganisasiIkm';
const alasan = reasonsOf<typeof PREDIKAT_ORGANISASI_IKM_MESSAGES>(PREDIKAT_ORGANISASI_IKM_RULE_ID);

const CITATIONS: Citation[] = deepFreeze([
  {
    regulation: 'PERMENPANRB_29_2022',
    unlocated:
      'KemenPANRB’s PEKPPP instrument (2022, p. 30) assesses the SKM under the component Kebijakan Pelayanan; the article or Lampiran ' +
      'of PermenPANRB 29/2022 that sets that indicator, its weight and its scoring was not read.',
  },
  { regulation: 'PERMENPANRB_6_2022', article: 'Pasal 24–25' },
]);

/**
 * An illustrative mapping, NOT a regulation's: mutu ranks aligned from the top with the organisation predikat of
 * PermenPANRB 6/2022 (A → Istimewa, B → Baik, C → Butuh Perbaikan, D → Kurang; Sangat Kurang left to the agency).
 */
export const PEMETAAN_PERINGKAT_SEJAJAR: Readonly<Record<MutuPelayanan, PredikatOrganisasi>> = deepFreeze({
  A: 'ISTIMEWA',
  B: 'BAIK',
  C: 'BUTUH_PERBAIKAN',
  D: 'KURANG',
});

const predikatOrganisasiSchema = z.enum(PREDIKAT_ORGANISASI);

export const predikatOrganisasiIkmInput = z.object({
  mutu: mutuPelayananSchema.check(z.describe('Mutu pelayanan of the unit (the value of indeksKepuasanMasyarakat)')),
});
export type PredikatOrganisasiIkmInput = z.input<typeof predikatOrganisasiIkmInput>;

export const predikatOrganisasiIkmOptions = z
  .object({
    pemetaan: z
      .prefault(z.enum(['TOLAK', 'PERINGKAT_SEJAJAR', 'INSTANSI']), 'TOLAK')
      .check(
        z.describe(
          "Setting: how mutu becomes the organisation predikat kurvaDistribusi takes. No regulation read sets it [U]: TOLAK (preset) refuses until the agency states its mapping; PERINGKAT_SEJAJAR is the library's illustrative rank-aligned mapping (A→ISTIMEWA, B→BAIK, C→BUTUH_PERBAIKAN, D→KURANG); INSTANSI uses pemetaanInstansi",
        ),
      ),
    pemetaanInstansi: z.optional(
      z
        .object({ A: predikatOrganisasiSchema, B: predikatOrganisasiSchema, C: predikatOrganisasiSchema, D: predikatOrganisasiSchema })
        .check(z.describe("Setting: the agency's own mapping of each mutu to an organisation predikat (with pemetaan INSTANSI)")),
    ),
  })
  .check(
    superRefineParsed((s, ctx) => {
      if (s.pemetaan === 'INSTANSI' && s.pemetaanInstansi === undefined)
        ctx.addIssue(
          contradiction(
            {
              en: 'pemetaan INSTANSI needs the agency mapping { A, B, C, D }',
              id: 'pemetaan INSTANSI memerlukan pemetaan instansi { A, B, C, D }',
            },
            ['pemetaanInstansi'],
          ),
        );
      if (s.pemetaan !== 'INSTANSI' && s.pemetaanInstansi !== undefined)
        ctx.addIssue(
          contradiction(
            {
              en: `an agency mapping is given but pemetaan is ${s.pemetaan}: set pemetaan INSTANSI to use it`,
              id: `pemetaan instansi diisi tetapi pemetaan ${s.pemetaan}: tetapkan pemetaan INSTANSI untuk memakainya`,
            },
            ['pemetaanInstansi'],
          ),
        );
    }),
  );

export const predikatOrganisasiIkmOutput = z.object({
  predikatOrganisasi: predikatOrganisasiSchema.check(z.describe('For kurvaDistribusi({ predikatOrganisasi, … })')),
  pemetaan: z.enum(['PERINGKAT_SEJAJAR', 'INSTANSI']).check(z.describe("Whose mapping: the library's illustrative one or the agency's")),
});

export const predikatOrganisasiIkmRule = defineRule({
  id: PREDIKAT_ORGANISASI_IKM_RULE_ID,
  domain: 'pelayanan',
  title: {
    id: 'Predikat organisasi dari mutu pelayanan (pemetaan instansi, bukan ketentuan)',
    en: "Organisation predikat from the service mutu (an agency's mapping, not a regulation's rule)",
  },
  description: {
    id: 'Mengubah mutu pelayanan hasil SKM menjadi predikat kinerja organisasi yang dipakai kurvaDistribusi, menurut pemetaan yang ditetapkan instansi. Tidak ada peraturan yang dibaca yang mengaitkan IKM dengan predikat organisasi: pemetaan ini pengaturan, bukan aturan.',
    en: 'Turns the service mutu of an SKM into the organisation performance predikat kurvaDistribusi takes, by a mapping the agency sets. No regulation read ties the IKM to the organisation predikat: the mapping is a setting, not a rule.',
  },
  citations: CITATIONS,
  tables: [
    recordTable(
      {
        id: 'Pemetaan PERINGKAT_SEJAJAR (ilustrasi pustaka, bukan ketentuan)',
        en: "PERINGKAT_SEJAJAR mapping (the library's illustration, not a rule)",
      },
      PEMETAAN_PERINGKAT_SEJAJAR,
      ['mutu', 'predikatOrganisasi'],
      (predikat) => [predikat],
    ),
  ],
  input: predikatOrganisasiIkmInput,
  options: predikatOrganisasiIkmOptions,
  output: predikatOrganisasiIkmOutput,
  notes: [
    {
      id: 'Bukan ketentuan peraturan (U): SKM dinilai dalam PEKPPP (PermenPANRB 29/2022, komponen Kebijakan Pelayanan; bobot dan cara skor tidak dibaca) dan IKM lazim menjadi indikator kinerja instansi (B), tetapi tidak ada teks yang dibaca yang menetapkan predikat organisasi PermenPANRB 6/2022 dari IKM. Karena itu preset TOLAK menolak sampai instansi menyatakan pemetaannya.',
      en: "Not a regulation's rule (U): SKM is assessed in PEKPPP (PermenPANRB 29/2022, component Kebijakan Pelayanan; weight and scoring not read) and the IKM is commonly an agency performance indicator (B), but no text read sets the PermenPANRB 6/2022 organisation predikat from the IKM. So the preset TOLAK refuses until the agency states its mapping.",
    },
    {
      id: 'IKM adalah ukuran unit. Tidak ada ketentuan yang dibaca yang memasukkan SKM/IKM ke SKP individu (U): pustaka ini tidak menyediakan pemetaan ke predikat pegawai.',
      en: 'The IKM is a unit-level measure. No rule read puts SKM/IKM into an individual SKP (U): the library offers no mapping to an employee predikat.',
    },
  ],
  examples: [
    {
      title: { id: 'Mutu B dengan pemetaan ilustratif', en: 'Mutu B with the illustrative mapping' },
      input: { mutu: 'B' },
      options: { pemetaan: 'PERINGKAT_SEJAJAR' },
      expected: { predikatOrganisasi: 'BAIK', pemetaan: 'PERINGKAT_SEJAJAR' },
      source: 'library illustration, not a regulation',
    },
    {
      title: { id: 'Mutu A dengan pemetaan instansi sendiri', en: "Mutu A with the agency's own mapping" },
      input: { mutu: 'A' },
      options: { pemetaan: 'INSTANSI', pemetaanInstansi: { A: 'BAIK', B: 'BUTUH_PERBAIKAN', C: 'KURANG', D: 'SANGAT_KURANG' } },
      expected: { predikatOrganisasi: 'BAIK', pemetaan: 'INSTANSI' },
    },
  ],
  evaluate(input, options) {
    const pemetaan = options.pemetaan;
    if (pemetaan === 'TOLAK') {
      throw new MeritInputError(
        [
          ownIssue(
            ['options', 'pemetaan'],
            {
              en: "no regulation read maps the SKM mutu to the organisation predikat: state the agency's mapping (pemetaan INSTANSI with pemetaanInstansi { A, B, C, D }) or choose the library's illustrative PERINGKAT_SEJAJAR",
              id: 'tidak ada peraturan yang dibaca yang memetakan mutu SKM ke predikat organisasi: nyatakan pemetaan instansi (pemetaan INSTANSI dengan pemetaanInstansi { A, B, C, D }) atau pilih ilustrasi pustaka PERINGKAT_SEJAJAR',
            },
            'not_covered',
          ),
        ],
        PREDIKAT_ORGANISASI_IKM_RULE_ID,
      );
    }
    const table = pemetaan === 'PERINGKAT_SEJAJAR' ? PEMETAAN_PERINGKAT_SEJAJAR : options.pemetaanInstansi!;
    const sumber = pemetaan === 'PERINGKAT_SEJAJAR' ? 'PERINGKAT_SEJAJAR' : 'INSTANSI';
    const predikatOrganisasi = table[input.mutu];
    return decision({ predikatOrganisasi, pemetaan: sumber }, [
      alasan('pemetaan', 'INFO', CITATIONS, { mutu: input.mutu, predikatOrganisasi, pemetaan: sumber }),
    ]);
  },
});

/**
 * The organisation predikat for `kurvaDistribusi` from a unit's SKM mutu, by the agency's mapping
 * (`options.pemetaan`; the preset refuses: no regulation sets it).
 *
 * @example
 * predikatOrganisasiIkm({ mutu: 'A' }, { pemetaan: 'PERINGKAT_SEJAJAR' }).value.predikatOrganisasi // 'ISTIMEWA'
 */
export const predikatOrganisasiIkm = predikatOrganisasiIkmRule.run;

/** Options of {@link predikatOrganisasiIkm}. */
export type PredikatOrganisasiIkmOptions = RuleOptionsOf<typeof predikatOrganisasiIkmRule>;
/** The value of {@link predikatOrganisasiIkm}'s decision. */
export type PredikatOrganisasiIkmOutput = RuleOutputOf<typeof predikatOrganisasiIkmRule>;
