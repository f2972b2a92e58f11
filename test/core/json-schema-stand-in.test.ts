import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { describeInputAs } from '../../src/core/json-schema-stand-in.js';
import { potonganTukinRule } from '../../src/rewards/index.js';
import { jsonSchemaOf, toJsonSchemaWithStandIns } from '../../src/schema.js';

describe('describeInputAs: the JSON Schema of a transformed setting', () => {
  const preset = z.enum(['A', 'B']);
  const schedule = z.object({ nama: z.string() });
  const setting = describeInputAs(
    z
      .pipe(
        z._default(z.union([z.string(), z.record(z.string(), z.unknown())]), 'A'),
        z.transform((v) => v),
      )
      .check(z.describe('A preset or a schedule')),
    z.union([preset, schedule]),
  );

  it('shows the stand-in, keeping the description and the default of the setting', () => {
    const json = toJsonSchemaWithStandIns(z.object({ s: setting }), 'input') as { properties: { s: Record<string, unknown> } };
    expect(json.properties.s).toEqual({
      anyOf: [
        { type: 'string', enum: ['A', 'B'] },
        { type: 'object', properties: { nama: { type: 'string' } }, required: ['nama'], additionalProperties: false },
      ],
      description: 'A preset or a schedule',
      default: 'A',
    });
  });

  it('leaves the output side and parsing as they were', () => {
    const plain = toJsonSchemaWithStandIns(z.object({ s: setting }), 'output') as { properties: { s: Record<string, unknown> } };
    expect(plain.properties.s).not.toHaveProperty('anyOf');
    expect(setting.parse({ anything: 1 })).toEqual({ anything: 1 });
  });
});

it('potonganTukin documents the fields of an instansi schedule in its options schema', () => {
  const jadwal = (jsonSchemaOf(potonganTukinRule, 'options') as { properties: { jadwal: { anyOf: Record<string, any>[] } } }).properties
    .jadwal;
  expect(jadwal.anyOf[0]!.enum).toContain('PP_94_2021');
  expect(Object.keys(jadwal.anyOf[1]!.properties)).toEqual(
    expect.arrayContaining(['nama', 'terlambat', 'pulangCepat', 'tidakMasukPerHari', 'hukuman', 'predikat', 'batasBulanan']),
  );
});
