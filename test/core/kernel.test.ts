import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { type Band, checkBandTable, findBand } from '../../src/core/bands.js';
import { Decimal } from '../../src/core/decimal.js';
import { decision, reason } from '../../src/core/decision.js';
import { MeritInputError, RuleNotInForceError } from '../../src/core/errors.js';
import { createExplainer, formatCitation, regulationShortName, renderTemplate } from '../../src/core/explain.js';
import { defineRule } from '../../src/core/rule.js';
import { checkVersionTable, versionInForce } from '../../src/core/versions.js';

describe('band tables', () => {
  const good: Band<string>[] = [
    { value: 'LOW', min: { at: 0, inclusive: true }, max: { at: 50, inclusive: false } },
    { value: 'HIGH', min: { at: 50, inclusive: true }, max: { at: 100, inclusive: true } },
  ];
  it('finds the band of a value at and around boundaries', () => {
    expect(findBand(good, new Decimal('49.99'))?.value).toBe('LOW');
    expect(findBand(good, new Decimal(50))?.value).toBe('HIGH');
    expect(findBand(good, new Decimal('100.01'))).toBeUndefined();
  });
  it('accepts a sound table and reports gaps, overlaps and uncovered ends', () => {
    expect(checkBandTable(good, { min: 0, max: 100 })).toEqual([]);
    const overlap = [good[0]!, { ...good[1]!, min: { at: 50, inclusive: true } }].map((b, i) =>
      i === 0 ? { ...b, max: { at: 50, inclusive: true } } : b,
    );
    expect(checkBandTable(overlap, { min: 0, max: 100 })[0]).toMatch(/overlap at 50/);
    const gap = [good[0]!, { ...good[1]!, min: { at: 50, inclusive: false } }];
    expect(checkBandTable(gap, { min: 0, max: 100 })[0]).toMatch(/gap at 50/);
    expect(checkBandTable(good, { min: 0, max: 120 })[0]).toMatch(/highest band/);
    expect(checkBandTable([], {})).toEqual(['no bands']);
  });
});

describe('dated versions', () => {
  const versions = [
    { id: 'A', from: '2020-01-01', to: '2024-01-01', citations: [], value: 'a' },
    { id: 'B', from: '2024-01-01', citations: [], value: 'b' },
  ];
  it('picks the version in force (half-open periods)', () => {
    expect(versionInForce('x', versions, '2023-12-31').value).toBe('a');
    expect(versionInForce('x', versions, '2024-01-01').value).toBe('b');
    expect(versionInForce('x', versions, '2999-01-01').value).toBe('b');
  });
  it('throws RuleNotInForceError before every version', () => {
    expect(() => versionInForce('x', versions, '2019-12-31')).toThrow(RuleNotInForceError);
  });
  it('checks tables for gaps and overlaps', () => {
    expect(checkVersionTable(versions)).toEqual([]);
    expect(
      checkVersionTable([
        { id: 'A', from: '2020-01-01', to: '2023-01-01' },
        { id: 'B', from: '2024-01-01' },
      ])[0],
    ).toMatch(/gap/);
    expect(
      checkVersionTable([
        { id: 'A', from: '2020-01-01', to: '2025-01-01' },
        { id: 'B', from: '2024-01-01' },
      ])[0],
    ).toMatch(/overlap/);
    expect(
      checkVersionTable([
        { id: 'A', from: '2020-01-01' },
        { id: 'B', from: '2024-01-01' },
      ])[0],
    ).toMatch(/open-ended/);
  });
});

describe('explain', () => {
  const catalogue = {
    messages: { 'x.ok': { id: 'Nilai {nilai} adalah {p}', en: 'Score {nilai} is {p}' } },
    labels: { BAIK: { id: 'Baik', en: 'Good' } },
  };
  const explain = createExplainer(catalogue);
  const d = decision('BAIK', [
    reason('x', 'x.ok', 'PASS', [{ regulation: 'PP_30_2019', article: 'Pasal 41 ayat (5)' }], { nilai: '89.5', p: 'BAIK' }),
  ]);
  it('renders both languages with labels, decimal commas in Indonesian and citations', () => {
    expect(explain(d, 'id')).toEqual(['Terpenuhi: Nilai 89,5 adalah Baik [1]', 'Dasar hukum:', '[1] PP 30/2019 Pasal 41 ayat (5)']);
    expect(explain(d, 'en')).toEqual(['Met: Score 89.5 is Good [1]', 'Legal basis:', '[1] PP 30/2019 Pasal 41 ayat (5)']);
    expect(explain(d)).toEqual(explain(d, 'id'));
  });
  it("prefers a domain's own label for its reasons", () => {
    const a = { domain: 'a', messages: { 'a.m': { id: '{v}', en: '{v}' } }, labels: { X: { id: 'A-x', en: 'A-x' } } };
    const b = { domain: 'b', messages: { 'b.m': { id: '{v}', en: '{v}' } }, labels: { X: { id: 'B-x', en: 'B-x' } } };
    const ex = createExplainer(a, b);
    expect(ex(decision(1, [reason('a.r', 'a.m', 'INFO', [], { v: 'X' })]))).toEqual(['Catatan: A-x']);
    expect(ex(decision(1, [reason('b.r', 'b.m', 'INFO', [], { v: 'X' })]))).toEqual(['Catatan: B-x']);
  });

  it('falls back to the code and facts for an unknown code', () => {
    expect(explain(decision(1, [reason('x', 'x.unknown', 'INFO', [], { a: 1 })]))[0]).toBe('Catatan: x.unknown {"a":1}');
  });
  it('names regulations briefly', () => {
    expect(regulationShortName('PERMENPANRB_6_2022')).toBe('PermenPANRB 6/2022');
    expect(regulationShortName('PERBKN_4_2025')).toBe('Peraturan BKN 4/2025');
    expect(regulationShortName('PERBAN_BGN_4_2025')).toBe('Peraturan BGN 4/2025');
    expect(regulationShortName('PERMENTAN_68_2012')).toBe('Permentan 68/2012');
    expect(formatCitation({ regulation: 'PERKA_BKN_1_2013', annex: 'Lampiran' })).toBe('Perka BKN 1/2013 Lampiran');
    expect(renderTemplate('{a} {b} {c}', { a: true, b: null, c: 2.5 }, 'id')).toBe('ya — 2,5');
  });
});

describe('defineRule', () => {
  const rule = defineRule({
    id: 'performance.test',
    domain: 'performance',
    title: { id: 't', en: 't' },
    description: { id: 'd', en: 'd' },
    citations: [],
    input: z.object({ n: z.number().int().min(0) }),
    options: z.object({ k: z.number().default(2) }),
    output: z.number(),
    examples: [],
    evaluate: (input, options) => decision(input.n * options.k, []),
  });
  it('validates input and options, applying defaults', () => {
    expect(rule.run({ n: 3 }).value).toBe(6);
    expect(rule.run({ n: 3 }, { k: 3 }).value).toBe(9);
  });
  it('throws MeritInputError naming each bad field', () => {
    try {
      rule.run({ n: -1 } as never, { k: 'x' } as never);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(MeritInputError);
      const err = e as MeritInputError;
      expect(err.issues.map((i) => i.path)).toEqual([['n']]);
      expect(err.rule).toBe('performance.test');
      expect(err.message).toMatch(/^Invalid input for performance\.test: n: /);
    }
    expect(() => rule.run({ n: 1 }, { k: 'x' } as never)).toThrow(/options\.k/);
  });
});
