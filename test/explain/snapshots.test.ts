import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { explain, MeritInputError, RuleNotInForceError, type Decision } from '../../src/index.js';
import { validInput, validOptions } from '../../src/testing/index.js';
import { genericRuns, RULES_UNDER_TEST } from '../rules-under-test.js';
import { proseProblems } from './prose.js';

/**
 * The rendered text of one decision of every rule (its first example), in both languages, kept beside this
 * test (`snapshots/<rule id>.txt`) so a change of wording is seen and reviewed as text. Every line of every
 * example, and of generated decisions, is also read for what an officer cannot read: interval notation
 * (`[11, 14)`), ISO dates in prose (`2023-04-01`), bare enumeration codes (`TEGURAN_LISAN`, `BAIK`).
 */
describe('explain: the text of one decision of every rule, in both languages (snapshots/)', () => {
  for (const rule of RULES_UNDER_TEST) {
    it(rule.id, async () => {
      const ex = rule.examples[0]!;
      const d = rule.run(ex.input, ex.options);
      const text = (['id', 'en'] as const)
        .map((locale) => [`# ${rule.id} — ${ex.title[locale]} [${locale}]`, '', ...explain(d, locale), ''].join('\n'))
        .join('\n');
      await expect(text).toMatchFileSnapshot(`./snapshots/${rule.id}.txt`);
    });
  }
});

/** The strings of an input: names and notes a caller typed may hold anything, even a word that looks like a code. */
const stringsOf = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(stringsOf) : [];

const problemsOf = (d: Decision<unknown>, input: unknown = {}): string[] =>
  (['id', 'en'] as const).flatMap((locale) =>
    explain(d, locale).flatMap((line) => proseProblems(line, locale, stringsOf(input)).map((p) => `${locale}: ${p} in "${line}"`)),
  );

function decided(run: () => Decision<unknown>): Decision<unknown> | undefined {
  try {
    return run();
  } catch (e) {
    if (MeritInputError.is(e) || e instanceof RuleNotInForceError) return undefined;
    throw e;
  }
}

describe('explain: no interval notation, no ISO date in prose, no bare enumeration code', () => {
  for (const rule of RULES_UNDER_TEST) {
    it(`${rule.id}: every example`, () => {
      for (const ex of rule.examples) expect(problemsOf(rule.run(ex.input, ex.options)), ex.title.en).toEqual([]);
    });
    it(`${rule.id}: generated decisions`, () => {
      fc.assert(
        fc.property(validInput(rule), validOptions(rule), (input, options) => {
          const d = decided(() => rule.run(input, options));
          if (d) expect(problemsOf(d, input)).toEqual([]);
        }),
        { numRuns: genericRuns(30) },
      );
    });
  }
});

describe('the prose checks see what they look for (so they cannot pass by seeing nothing)', () => {
  it.each([
    ['✗ 3 hari kerja … berada pada rentang [3, 4): teguran lisan', 'interval notation [3, 4)'],
    ['JPM 92,59 % berada pada rentang [90, +∞)', 'interval notation [90, +∞)'],
    ['Nilai SKP 88,67 berada pada rentang (75, 90]', 'interval notation (75, 90]'],
    ['Masa dalam pangkat sejak 2019-04-01', 'ISO date 2019-04-01'],
    ['bulan 2013-05: jumlah potongan 7%', 'ISO date 2013-05'],
    ['Hukuman TEGURAN_LISAN', 'code TEGURAN_LISAN'],
    ['Predikat BAIK', 'code BAIK'],
  ])('%s → %s', (line, problem) => {
    expect(proseProblems(line, 'id')).toContain(problem);
  });

  it('reads words, numbers with a decimal comma, citation numbers and labels that hold their code as fine', () => {
    for (const line of [
      'Berlaku: 11 hari kerja, dalam rentang 11 sampai dengan 13 hari kerja: hukuman disiplin sedang [1, 2]',
      'Catatan: IKM 100,00 mencapai batas bawah mutu A (88,31) [1]',
      'Terpenuhi: Ijazah Magister (S2) (minimal Sarjana (S1)) [1]',
      'Catatan: Periode kenaikan pangkat yang dinilai: 1 April 2025 [1]',
    ]) {
      expect(proseProblems(line, 'id'), line).toEqual([]);
    }
  });
});
