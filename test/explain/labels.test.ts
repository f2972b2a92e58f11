import { describe, expect, it } from 'vitest';
import { competencyMessages } from '../../src/competency/messages.js';
import { labelOf, type MessageCatalogue } from '../../src/core/explain.js';
import { disciplineMessages } from '../../src/discipline/messages.js';
import { MESSAGES, RULES } from '../../src/index.js';
import { meritMessages } from '../../src/merit/messages.js';
import { pelayananMessages } from '../../src/pelayanan/messages.js';
import { performanceMessages } from '../../src/performance/messages.js';
import { promotionMessages } from '../../src/promotion/messages.js';
import { rewardsMessages } from '../../src/rewards/messages.js';
import { outputEnumValues } from './schema-enums.js';

/** The catalogues each domain's explainer carries (src/<domain>/explain.ts). */
const CARRIED: Record<string, MessageCatalogue[]> = {
  performance: [performanceMessages],
  promotion: [performanceMessages, promotionMessages, disciplineMessages],
  discipline: [disciplineMessages],
  rewards: [performanceMessages, promotionMessages, disciplineMessages, rewardsMessages],
  competency: [performanceMessages, promotionMessages, disciplineMessages, competencyMessages],
  pelayanan: [pelayananMessages],
  merit: [performanceMessages, competencyMessages, meritMessages],
};

const ENUM_VALUES = outputEnumValues(RULES);

describe('every enumeration value of every output schema has a label in both languages', () => {
  it(`walks the output schemas: ${ENUM_VALUES.size} values`, () => {
    // A walk that found nothing would let every check below pass: the catalogue has well over a hundred.
    expect(ENUM_VALUES.size).toBeGreaterThan(100);
    for (const v of ['SANGAT_BAIK', 'TEGURAN_LISAN', 'KALAH_OPTIMAL', 'PERBAIKAN_KINERJA', 'III/a'])
      expect(ENUM_VALUES.has(v), v).toBe(true);
  });

  it('each has a non-empty id and en label in the root catalogue', () => {
    const missing = [...ENUM_VALUES].filter(
      ([v]) => !Object.hasOwn(MESSAGES.labels, v) || !MESSAGES.labels[v]!.id || !MESSAGES.labels[v]!.en,
    );
    expect(missing.map(([v, rules]) => `${v} (${rules.join(', ')})`)).toEqual([]);
  });

  it('each is labelled by the explainer of every domain whose rules return it (a domain page bundles only its own)', () => {
    const missing: string[] = [];
    for (const rule of RULES) {
      for (const [v, rules] of ENUM_VALUES) {
        if (!rules.includes(rule.id)) continue;
        if (!CARRIED[rule.domain]!.some((c) => Object.hasOwn(c.labels, v))) missing.push(`${rule.id}: ${v}`);
      }
    }
    expect(missing).toEqual([]);
  });
});

describe('labelOf: the label of a value for a screen, from a catalogue', () => {
  it('gives the Indonesian label by default, the English one when asked, and the value itself when it has none', () => {
    expect(labelOf(MESSAGES, 'SANGAT_BAIK')).toBe('Sangat Baik');
    expect(labelOf(MESSAGES, 'SANGAT_BAIK', 'en')).toBe('Very Good (Sangat Baik)');
    expect(labelOf(competencyMessages, 'KALAH_OPTIMAL', 'id')).toBe('formasi yang cocok lebih baik diisi kandidat lain');
    expect(labelOf(MESSAGES, 'NOT_A_VALUE', 'en')).toBe('NOT_A_VALUE');
    expect(labelOf(MESSAGES, 'constructor')).toBe('constructor');
  });
});
