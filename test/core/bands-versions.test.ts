import { describe, expect, it } from 'vitest';
import { type Band, checkBandTable, findBand, formatBand } from '../../src/core/bands.js';
import { Decimal } from '../../src/core/decimal.js';
import { RuleNotInForceError } from '../../src/core/errors.js';
import { checkVersionTable, isInForce, versionInForce } from '../../src/core/versions.js';

const d = (x: string | number) => new Decimal(x);

describe('findBand: inclusive and exclusive bounds', () => {
  // (0, 50] and (50, 100): both lower bounds exclusive, so 0 and 100 are outside the scale.
  const bands: Band<string>[] = [
    { value: 'A', min: { at: 0, inclusive: false }, max: { at: 50, inclusive: true } },
    { value: 'B', min: { at: 50, inclusive: false }, max: { at: 100, inclusive: false } },
  ];

  it.each([
    ['-1', undefined],
    ['0', undefined],
    ['0.01', 'A'],
    ['50', 'A'],
    ['50.01', 'B'],
    ['99.99', 'B'],
    ['100', undefined],
  ])('%s → %s', (x, expected) => {
    expect(findBand(bands, d(x))?.value).toBe(expected);
  });

  it('an open band has no bound on that side', () => {
    const open: Band<string>[] = [{ value: 'ALL' }];
    expect(findBand(open, d('-1e9'))?.value).toBe('ALL');
    expect(findBand(open, d('1e9'))?.value).toBe('ALL');
  });
});

describe('formatBand', () => {
  it.each([
    [{ value: 0, min: { at: 0, inclusive: true }, max: { at: 50, inclusive: false } }, '[0, 50)'],
    [{ value: 0, min: { at: '89.99', inclusive: false }, max: { at: 120, inclusive: true } }, '(89.99, 120]'],
    [{ value: 0, max: { at: 50, inclusive: true } }, '(−∞, 50]'],
    [{ value: 0, min: { at: 50, inclusive: true } }, '[50, +∞)'],
    [{ value: 0 }, '(−∞, +∞)'],
  ] as [Band<number>, string][])('%j → %s', (band, text) => {
    expect(formatBand(band)).toBe(text);
  });
});

describe('checkBandTable', () => {
  const low: Band<string> = { value: 'LOW', min: { at: 0, inclusive: true }, max: { at: 50, inclusive: false } };
  const high: Band<string> = { value: 'HIGH', min: { at: 50, inclusive: true }, max: { at: 100, inclusive: true } };

  it('accepts a table covering the scale, and open ends on an open scale', () => {
    expect(checkBandTable([low, high], { min: 0, max: 100 })).toEqual([]);
    expect(checkBandTable([low, high], { min: '0.00', max: '100.0' })).toEqual([]);
    expect(
      checkBandTable([
        { value: 'X', max: { at: 5, inclusive: false } },
        { value: 'Y', min: { at: 5, inclusive: true } },
      ]),
    ).toEqual([]);
  });

  it('reports a lowest band that does not start at the scale minimum, naming both', () => {
    expect(checkBandTable([{ ...low, min: { at: 0, inclusive: false } }, high], { min: 0, max: 100 })).toEqual([
      'lowest band (0, 50) does not start at the scale minimum 0',
    ]);
    expect(checkBandTable([{ ...low, min: { at: 10, inclusive: true } }, high], { min: 0, max: 100 })).toEqual([
      'lowest band [10, 50) does not start at the scale minimum 0',
    ]);
    // a bounded first band on an unbounded scale, and an open first band on a bounded scale
    expect(checkBandTable([low, high], { max: 100 })).toEqual(['lowest band [0, 50) does not start at the scale minimum −∞']);
    expect(checkBandTable([{ value: 'LOW', max: low.max }, high], { min: 0, max: 100 })).toEqual([
      'lowest band (−∞, 50) does not start at the scale minimum 0',
    ]);
  });

  it('reports a highest band that does not end at the scale maximum', () => {
    expect(checkBandTable([low, { ...high, max: { at: 100, inclusive: false } }], { min: 0, max: 100 })).toEqual([
      'highest band [50, 100) does not end at the scale maximum 100',
    ]);
    expect(checkBandTable([low, high], { min: 0 })).toEqual(['highest band [50, 100] does not end at the scale maximum +∞']);
  });

  it('reports gaps and overlaps between neighbours', () => {
    const gap = { ...high, min: { at: 60, inclusive: true } };
    expect(checkBandTable([low, gap], { min: 0, max: 100 })).toEqual(['gap or overlap between [0, 50) and [60, 100]']);
    const openAbove = { value: 'LOW', min: low.min };
    expect(checkBandTable([openAbove, high], { min: 0, max: 100 })).toEqual(['gap or overlap between [0, +∞) and [50, 100]']);
    const openBelow = { value: 'HIGH', max: high.max };
    expect(checkBandTable([low, openBelow], { min: 0, max: 100 })).toEqual(['gap or overlap between [0, 50) and (−∞, 100]']);
    expect(checkBandTable([{ ...low, max: { at: 50, inclusive: true } }, high], { min: 0, max: 100 })).toEqual([
      'overlap at 50: both [0, 50] and [50, 100] include it',
    ]);
    expect(checkBandTable([low, { ...high, min: { at: 50, inclusive: false } }], { min: 0, max: 100 })).toEqual([
      'gap at 50: neither [0, 50) nor (50, 100] includes it',
    ]);
  });

  it('has nothing to check without bands', () => {
    expect(checkBandTable([], { min: 0, max: 100 })).toEqual(['no bands']);
  });
});

describe('dated versions', () => {
  const versions = [
    { id: 'A', from: '2020-01-01', to: '2024-01-01', citations: [], value: 'a' },
    { id: 'B', from: '2024-01-01', citations: [], value: 'b' },
  ];

  it('a period is half-open: in force from its first day, no longer on its end day', () => {
    expect(isInForce(versions[0]!, '2019-12-31')).toBe(false);
    expect(isInForce(versions[0]!, '2020-01-01')).toBe(true);
    expect(isInForce(versions[0]!, '2023-12-31')).toBe(true);
    expect(isInForce(versions[0]!, '2024-01-01')).toBe(false);
    expect(isInForce(versions[1]!, '2999-12-31')).toBe(true);
  });

  it('RuleNotInForceError names the rule, the date and every period, open-ended ones without an end', () => {
    try {
      versionInForce('performance.x', versions, '2019-12-31');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(RuleNotInForceError);
      const err = e as RuleNotInForceError;
      expect(err.name).toBe('RuleNotInForceError');
      expect(err.rule).toBe('performance.x');
      expect(err.asOf).toBe('2019-12-31');
      expect(err.periods).toStrictEqual([{ from: '2020-01-01', to: '2024-01-01' }, { from: '2024-01-01' }]);
      expect(err.message).toBe('No version of performance.x is in force on 2019-12-31 (versions: 2020-01-01…2024-01-01, 2024-01-01…)');
    }
  });

  it('checkVersionTable reports an empty or reversed period', () => {
    expect(checkVersionTable([{ id: 'A', from: '2020-01-01', to: '2020-01-01' }])).toEqual(['A: empty period 2020-01-01…2020-01-01']);
    expect(checkVersionTable([{ id: 'A', from: '2020-01-01', to: '2019-01-01' }])).toEqual(['A: empty period 2020-01-01…2019-01-01']);
    expect(checkVersionTable([{ id: 'A', from: '2020-01-01', to: '2020-01-02' }])).toEqual([]);
  });

  it('checkVersionTable names the versions around a gap or an overlap', () => {
    expect(
      checkVersionTable([
        { id: 'A', from: '2020-01-01', to: '2023-01-01' },
        { id: 'B', from: '2024-01-01' },
      ]),
    ).toEqual(['gap between A and B: 2023-01-01…2024-01-01']);
    expect(
      checkVersionTable([
        { id: 'A', from: '2020-01-01', to: '2025-01-01' },
        { id: 'B', from: '2024-01-01' },
      ]),
    ).toEqual(['overlap between A and B']);
    expect(
      checkVersionTable([
        { id: 'A', from: '2020-01-01' },
        { id: 'B', from: '2024-01-01' },
      ]),
    ).toEqual(['A: open-ended but followed by B']);
  });
});

describe('findBand with a whole count', () => {
  it('finds the band a Decimal of the same count finds, at every bound and between', async () => {
    const { TABEL_KETIDAKHADIRAN } = await import('../../src/discipline/index.js');
    for (let n = 0; n <= 400; n++) expect(findBand(TABEL_KETIDAKHADIRAN, n)).toBe(findBand(TABEL_KETIDAKHADIRAN, new Decimal(n)));
  });

  it('refuses a number that is not a whole count (a score must be a Decimal)', () => {
    const bands = [{ value: 'A', min: { at: 0, inclusive: true } }];
    expect(() => findBand(bands, 0.5)).toThrow(RangeError);
    expect(findBand(bands, new Decimal('0.5'))?.value).toBe('A');
  });
});

describe('cachedScale', () => {
  it('builds a scale once per distinct setting, and the same bands as building it anew', async () => {
    const { cachedScale, scale } = await import('../../src/core/tables.js');
    let builds = 0;
    const build = (batas: number) => {
      builds++;
      return scale<string>([
        [`[0, ${batas})`, 'RENDAH', { regulation: 'PP_30_2019', article: 'Pasal 41' }],
        [`[${batas}, ∞)`, 'TINGGI', { regulation: 'PP_30_2019', article: 'Pasal 41' }],
      ]);
    };
    const cached = cachedScale(build, (batas: number) => String(batas));
    expect(cached(50)).toBe(cached(50));
    expect(builds).toBe(1);
    expect(cached(60)).toEqual(build(60));
    for (let i = 0; i < 200; i++) cached(i); // odd settings: the cache stays bounded and keeps answering right
    expect(cached(7)[0]!.max).toEqual({ at: 7, inclusive: false });
  });
});
