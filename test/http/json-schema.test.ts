import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { findRule, RULES } from '../../src/catalogue.js';
import { MeritInputError } from '../../src/core/errors.js';
import { ISO_DATE_PATTERN, jsonSchemaOf } from '../../src/schema.js';

// An external validator (ajv, formats not enabled: `format: date` is ignored, as by many validators)
// must agree with the library on what it refuses for the reasons JSON Schema can express.
const ajv = new Ajv2020({ strict: false, validateFormats: false });
const validatorOf = (id: string) => ajv.compile(jsonSchemaOf(findRule(id)!, 'input'));
const refuses = (id: string, input: unknown) => {
  try {
    findRule(id)!.run(input);
    return false;
  } catch (e) {
    return MeritInputError.is(e);
  }
};

describe('JSON Schemas for external validators', () => {
  it('accept every rule example', () => {
    for (const rule of RULES) {
      const valid = ajv.compile(jsonSchemaOf(rule, 'input'));
      for (const example of rule.examples) expect(valid(example.input), `${rule.id}: ${JSON.stringify(valid.errors)}`).toBe(true);
    }
  });

  it('refuse a misspelt key where the library does (additionalProperties: false)', () => {
    const id = 'performance.predikatKinerja';
    const input = { hasilKrja: 'SESUAI_EKSPEKTASI', perilakuKerja: 'SESUAI_EKSPEKTASI' };
    expect(validatorOf(id)(input)).toBe(false);
    expect(refuses(id, input)).toBe(true);
  });

  it('refuse a date not written YYYY-MM-DD even without format checks (pattern)', () => {
    const rule = findRule('promotion.kenaikanPangkatReguler')!;
    const example = rule.examples[0]!.input as Record<string, unknown>;
    const valid = validatorOf(rule.id);
    for (const tmtPangkat of ['1/4/2020', '2020-4-1', '20-04-01', '2020-04-01T00:00:00Z', '1799-12-31', '2020-13-01']) {
      const input = { ...example, tmtPangkat };
      expect(valid(input), tmtPangkat).toBe(false);
      expect(refuses(rule.id, input), tmtPangkat).toBe(true);
    }
    expect(new RegExp(ISO_DATE_PATTERN).test('2024-02-29')).toBe(true);
  });

  it('give every date of every input schema its pattern', () => {
    const dates: string[] = [];
    const walk = (node: unknown) => {
      if (Array.isArray(node)) return node.forEach(walk);
      if (node === null || typeof node !== 'object') return;
      const o = node as Record<string, unknown>;
      if (o.format === 'date') dates.push(String(o.pattern));
      Object.values(o).forEach(walk);
    };
    for (const rule of RULES) walk(jsonSchemaOf(rule, 'input'));
    expect(dates.length).toBeGreaterThan(10);
    expect(new Set(dates)).toEqual(new Set([ISO_DATE_PATTERN]));
  });
});
