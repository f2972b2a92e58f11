import * as z from 'zod/mini';
import { type Citation, decision } from '../core/decision.js';
import { deepFreeze } from '../core/freeze.js';
import { reasonsOf } from '../core/messages.js';
import { defineRule, type RuleInputOf, type RuleOptionsOf, type RuleOutputOf, type RuleTable } from '../core/rule.js';
import type { HUKUMAN_ATASAN_LALAI_MESSAGES } from './hukuman-atasan-lalai.messages.js';
import { hukumanLebihBeratBerikutnya, JENIS_HUKUMAN, type JenisHukuman, jenisHukumanSchema, tingkatHukuman } from './types.js';

export const HUKUMAN_ATASAN_LALAI_RULE_ID = 'discipline.hukumanAtasanLalai';
const alasan = reasonsOf<typeof HUKUMAN_ATASAN_LALAI_MESSAGES>(HUKUMAN_ATASAN_LALAI_RULE_ID);

/**
 * The atasan langsung who does not summon, examine or report: PP 94/2021 Pasal 28. The PyBM who does not
 * impose the due hukuman: the same consequence, from a provision whose Pasal no source gives.
 */
const DASAR: Citation[] = deepFreeze([
  { regulation: 'PP_94_2021', article: 'Pasal 28' },
  {
    regulation: 'PP_94_2021',
    unlocated:
      'A PyBM who does not impose the due hukuman receives a heavier one (jpnn on PP 94/2021; transcription in wawannug/disiplin-pns); the Pasal is not quoted by any source read (Pasal 28 is the atasan langsung case).',
  },
]);

/** PP 94/2021 Pasal 28: the hukuman for the atasan, one jenis heavier than the subordinate's; PDHTAPS, the heaviest, stays PDHTAPS. */
function hukumanAtasan(hukumanSeharusnya: JenisHukuman): JenisHukuman {
  return hukumanLebihBeratBerikutnya(hukumanSeharusnya) ?? 'PDHTAPS';
}

/** The rule as a table: each hukuman the subordinate should have received → the atasan's hukuman. */
export const TABEL_HUKUMAN_ATASAN_LALAI: RuleTable = deepFreeze({
  title: {
    id: 'Hukuman atasan yang tidak menjatuhkan hukuman: satu jenis lebih berat dari hukuman yang seharusnya',
    en: 'Penalty of a superior who failed to act: one type heavier than the due penalty',
  },
  columns: ['hukuman seharusnya (bawahan)', 'hukuman atasan', 'tingkat'],
  rows: JENIS_HUKUMAN.map((j) => [j, hukumanAtasan(j), tingkatHukuman(hukumanAtasan(j))]),
  dasar: JENIS_HUKUMAN.map(() => DASAR),
});

export const hukumanAtasanLalaiInput = z.object({
  hukumanSeharusnya: jenisHukumanSchema.check(z.describe('The hukuman the subordinate should have received')),
});

/** Value of {@link hukumanAtasanLalai} as JSON. */
export const hukumanAtasanLalaiOutput = jenisHukumanSchema.check(
  z.describe('The hukuman for the superior: one jenis heavier than hukumanSeharusnya (PDHTAPS stays PDHTAPS)'),
);

export const hukumanAtasanLalaiRule = defineRule({
  id: HUKUMAN_ATASAN_LALAI_RULE_ID,
  domain: 'discipline',
  title: { id: 'Hukuman bagi atasan yang tidak menjatuhkan hukuman', en: 'Penalty for a superior who fails to act' },
  description: {
    id: 'Atasan langsung yang tidak memanggil, memeriksa atau melaporkan, atau PyBM yang tidak menjatuhkan hukuman, dijatuhi hukuman yang lebih berat (satu jenis) dari hukuman yang seharusnya dijatuhkan kepada bawahannya; atasannya juga menjatuhkan hukuman yang seharusnya kepada PNS itu.',
    en: 'A direct superior who does not summon, examine or report, or a PyBM who does not impose a penalty, receives a penalty one type heavier than the one the subordinate should have received; their superior also imposes the due penalty on the civil servant.',
  },
  citations: [...DASAR, { regulation: 'PERBKN_6_2022', annex: 'Lampiran, contoh kasus 7' }],
  tables: [TABEL_HUKUMAN_ATASAN_LALAI],
  input: hukumanAtasanLalaiInput,
  output: hukumanAtasanLalaiOutput,
  examples: [
    {
      title: { id: 'Seharusnya teguran tertulis', en: 'Should have been a written reprimand' },
      input: { hukumanSeharusnya: 'TEGURAN_TERTULIS' },
      expected: 'PERNYATAAN_TIDAK_PUAS_TERTULIS',
      source: 'PerBKN 6/2022 contoh 7 (TV-25)',
    },
  ],
  evaluate(input) {
    const next = hukumanAtasan(input.hukumanSeharusnya);
    return decision(next, [
      alasan('lebihBerat', 'APPLIES', DASAR, { hukumanSeharusnya: input.hukumanSeharusnya, hukuman: next, tingkat: tingkatHukuman(next) }),
    ]);
  },
});

/** The hukuman for a superior who failed to act: one step heavier than the subordinate’s due hukuman. */
export const hukumanAtasanLalai = hukumanAtasanLalaiRule.run;

/** Input of {@link hukumanAtasanLalai}, as callers write it (a deeply readonly value is accepted too). */
export type HukumanAtasanLalaiInput = RuleInputOf<typeof hukumanAtasanLalaiRule>;
/** Options of {@link hukumanAtasanLalai}. */
export type HukumanAtasanLalaiOptions = RuleOptionsOf<typeof hukumanAtasanLalaiRule>;
/** The value of {@link hukumanAtasanLalai}'s decision. */
export type HukumanAtasanLalaiOutput = RuleOutputOf<typeof hukumanAtasanLalaiRule>;
