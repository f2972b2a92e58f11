import { describe, expect, it } from 'vitest';
import { MeritError, MeritInputError, ownIssue, RuleNotInForceError } from '../../src/core/errors.js';
import { penilaianKinerja } from '../../src/performance/index.js';
import { satyalancanaKaryaSatya } from '../../src/rewards/index.js';

describe('MeritInputError', () => {
  it('lists every issue with its path, for a rule', () => {
    const e = new MeritInputError(
      [
        ownIssue(['riwayat', 0, 'tmt'], { id: 'harus tanggal', en: 'must be a date' }, 'date_format'),
        ownIssue(['nilai'], { id: 'paling banyak 120', en: 'must be at most 120' }, 'out_of_range'),
      ],
      'performance.x',
    );
    expect(e).toBeInstanceOf(MeritError);
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe('MeritInputError');
    expect(e.rule).toBe('performance.x');
    expect(e.message).toBe('Invalid input for performance.x: riwayat[0].tmt: must be a date; nilai: must be at most 120');
  });

  it('names the whole input when the path is empty, and works without a rule', () => {
    const e = new MeritInputError([ownIssue([], { id: 'harus objek', en: 'expected object' }, 'wrong_type')]);
    expect(e.rule).toBeUndefined();
    expect(e.message).toBe('Invalid input: (input): expected object');
    expect(new MeritInputError([ownIssue([0, 'a'], { id: 'y', en: 'x' })]).message).toBe('Invalid input: [0].a: x');
  });

  it('converts zod issues, prefixing their paths and naming symbol keys; never shows zod’s message', () => {
    const k = Symbol('k');
    const e = MeritInputError.fromZod({ issues: [{ path: ['a', 1, k], message: 'bad' }] }, 'rewards.y', ['options']);
    expect(e.issues).toStrictEqual([
      {
        path: ['options', 'a', 1, 'Symbol(k)'],
        code: 'invalid',
        text: { id: 'tidak diterima; tulis nilai yang sah', en: 'is not accepted; write a valid value' },
        message: 'is not accepted; write a valid value',
      },
    ]);
    expect(e.rule).toBe('rewards.y');
    // An issue the library made keeps its code, both texts and suggestion.
    const text = { id: 'bukan pilihan', en: 'not an option' };
    const own = MeritInputError.fromZod({
      issues: [{ path: ['b'], message: 'm', params: { text, code: 'not_an_option', suggestion: 'X' } }],
    });
    expect(own.issues).toStrictEqual([{ path: ['b'], code: 'not_an_option', text, message: 'not an option', suggestion: 'X' }]);
    // A code outside the closed set is not passed on.
    const odd = MeritInputError.fromZod({ issues: [{ path: [], message: 'm', params: { text, code: 'made_up' } }] });
    expect(odd.issues[0]!.code).toBe('contradiction');
  });

  it('a missing required option is reported under options (here: asOf of satyalancanaKaryaSatya)', () => {
    try {
      satyalancanaKaryaSatya({ tmtCpns: '2014-03-01' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(MeritInputError);
      expect((e as MeritInputError).issues.map((i) => i.path)).toEqual([['options', 'asOf']]);
      expect((e as MeritInputError).message).toMatch(/^Invalid input for rewards\.satyalancanaKaryaSatya: options\.asOf: /);
    }
  });
});

describe('MeritError', () => {
  it('is the base of the library’s errors, with its own name', () => {
    expect(new MeritError('x').name).toBe('MeritError');
    expect(new RuleNotInForceError('r', '2000-01-01', [])).toBeInstanceOf(MeritError);
  });

  it('a date before every appraisal regime is a RuleNotInForceError naming the periods', () => {
    try {
      penilaianKinerja({ metode: 'PP_46_2011' } as never, { asOf: '2013-12-31' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(RuleNotInForceError);
      expect((e as RuleNotInForceError).periods).toStrictEqual([
        { from: '2014-01-01', to: '2021-07-01' },
        { from: '2021-07-01', to: '2022-01-01' },
        { from: '2022-01-01' },
      ]);
    }
  });
});
