import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { addDays } from '../../src/core/calendar.js';
import { MeritInputError } from '../../src/core/errors.js';
import { dateOutputSchema, decimalOutputSchema } from '../../src/core/output.js';
import { refineParsed } from '../../src/core/refine.js';
import { unknownKeys } from '../../src/core/unknown-keys.js';
import { capaianSkp } from '../../src/performance/index.js';

describe('output schemas of decimals and dates', () => {
  it.each([
    ['89.99', true],
    ['-0.5', true],
    ['120', true],
    ['8.999e1', false],
    ['x89.99', false],
    ['89.99x', false],
    ['89.', false],
  ])('decimal %s → %s', (value, ok) => {
    expect(decimalOutputSchema.safeParse(value).success).toBe(ok);
  });

  it.each([
    ['2024-02-29', true],
    ['3050-01-01', true],
    ['x2024-02-29', false],
    ['2024-02-29T00:00', false],
  ])('date %s → %s', (value, ok) => {
    expect(dateOutputSchema.safeParse(value).success).toBe(ok);
  });

  it('dates in a decision are declared as JSON Schema format "date"', () => {
    const json = JSON.stringify(z.toJSONSchema(z.object({ d: dateOutputSchema })));
    expect(json).toContain('"format":"date"');
  });
});

describe('refineParsed', () => {
  it('reports its message, given as text or with a path', () => {
    const s = z
      .object({ a: z.number(), b: z.number() })
      .check(refineParsed((v: { a: number; b: number }) => v.a <= v.b, 'a must not exceed b'));
    expect(s.safeParse({ a: 2, b: 1 }).error?.issues.map((i) => i.message)).toEqual(['a must not exceed b']);
    const p = z
      .object({ a: z.number(), b: z.number() })
      .check(refineParsed((v: { a: number; b: number }) => v.a <= v.b, { message: 'too big', path: ['a'] }));
    expect(p.safeParse({ a: 2, b: 1 }).error?.issues.map((i) => [i.path, i.message])).toEqual([[['a'], 'too big']]);
  });

  it('runs only on a cleanly parsed value', () => {
    const seen: unknown[] = [];
    const s = z.object({ a: z.string().check(z.minLength(2)) }).check(
      refineParsed((v: { a: string }) => {
        seen.push(v);
        return false;
      }, 'never'),
    );
    expect(s.safeParse({ a: 'x' }).error?.issues).toHaveLength(1);
    expect(seen).toEqual([]);
  });

  it('a rule reports a zero target with its own message', () => {
    const kegiatan = { kuantitas: { target: 0, realisasi: 1 }, kualitas: { realisasi: 90 }, waktu: { target: 12, realisasi: 12 } };
    try {
      capaianSkp({ kegiatan: [kegiatan] });
      expect.unreachable();
    } catch (e) {
      expect((e as MeritInputError).issues).toEqual([
        {
          path: ['kegiatan', 0, 'kuantitas', 'target'],
          message: 'target must be greater than 0',
          text: { en: 'target must be greater than 0', id: 'target harus lebih dari 0' },
          code: 'contradiction',
        },
      ]);
    }
  });
});

describe('unknownKeys: misspelt settings', () => {
  it('finds keys a plain or strict object does not know, at any depth and in arrays', () => {
    const s = z.object({ a: z.object({ b: z.number() }), list: z.array(z.object({ c: z.number() })) });
    const lines = (issues: { path: unknown; message: string }[]) => issues.map(({ path, message }) => ({ path, message }));
    expect(lines(unknownKeys(s, { a: { b: 1, x: 2 }, list: [{ c: 1 }, { c: 1, y: 1 }], z: 0 }))).toEqual([
      { path: ['a', 'x'], message: 'is not a setting of this rule' },
      { path: ['list', 1, 'y'], message: 'is not a setting of this rule' },
      { path: ['z'], message: 'is not a setting of this rule' },
    ]);
    expect(lines(unknownKeys(z.strictObject({ a: z.number() }), { a: 1, b: 2 }, ['options']))).toEqual([
      { path: ['options', 'b'], message: 'is not a setting of this rule' },
    ]);
  });

  it('accepts any key in loose objects and records, and looks through wrappers', () => {
    expect(unknownKeys(z.looseObject({ a: z.number() }), { a: 1, b: 2 })).toEqual([]);
    expect(unknownKeys(z.record(z.string(), z.number()), { a: 1 })).toEqual([]);
    expect(unknownKeys(z.nullable(z.object({ a: z.number() })), null)).toEqual([]);
    const lines = (issues: { path: unknown; message: string }[]) => issues.map(({ path, message }) => ({ path, message }));
    expect(lines(unknownKeys(z.optional(z.object({ a: z.number() })), { b: 1 }))).toEqual([
      { path: ['b'], message: 'is not a setting of this rule' },
    ]);
    const piped = z.pipe(
      z.object({ a: z.number() }),
      z.transform((v) => v.a),
    );
    expect(lines(unknownKeys(piped, { a: 1, b: 1 }))).toEqual([{ path: ['b'], message: 'is not a setting of this rule' }]);
  });

  it('a rule refuses a misspelt setting inside a transformed group of settings', () => {
    try {
      capaianSkp(
        { kegiatan: [{ kuantitas: { target: 1, realisasi: 1 }, kualitas: { realisasi: 90 }, waktu: { target: 12, realisasi: 12 } }] },
        { nilaiKreativitas: { UNIT_KERJA: 3, ORGANISASI: 6, NEGARA: 12, DAERAH: 4 } } as never,
      );
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(MeritInputError);
      expect((e as MeritInputError).issues.map((i) => i.path)).toEqual([['options', 'nilaiKreativitas', 'DAERAH']]);
    }
  });
});

describe('dates before year 1000', () => {
  it('keep four digits', () => {
    expect(addDays('1000-01-01', -1)).toBe('0999-12-31');
  });
});
