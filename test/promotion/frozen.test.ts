import { describe, expect, it } from 'vitest';
import * as promotion from '../../src/promotion/index.js';
import { PROMOTION_RULES } from '../../src/promotion/index.js';

/** Every object reachable from `value` (zod schemas and functions left out: they are not data). */
function objectsIn(value: unknown, found = new Set<object>()): Set<object> {
  if (value === null || typeof value !== 'object' || found.has(value) || '_zod' in value) return found;
  found.add(value);
  for (const key of Reflect.ownKeys(value)) {
    const d = Reflect.getOwnPropertyDescriptor(value, key);
    if (d && 'value' in d) objectsIn(d.value, found);
  }
  return found;
}

/** Tries to overwrite, add and delete on every object reachable from `value`; writes to frozen ones throw and are ignored. */
function vandalise(value: unknown): void {
  for (const o of objectsIn(value)) {
    for (const key of Reflect.ownKeys(o)) {
      try {
        (o as Record<PropertyKey, unknown>)[key] = typeof (o as Record<PropertyKey, unknown>)[key] === 'number' ? -1 : 'HACKED';
      } catch {
        /* frozen */
      }
      try {
        delete (o as Record<PropertyKey, unknown>)[key];
      } catch {
        /* frozen */
      }
    }
    try {
      if (Array.isArray(o)) o.push('HACKED');
      else (o as Record<string, unknown>)['hacked'] = true;
    } catch {
      /* frozen */
    }
  }
}

const runExamples = () =>
  PROMOTION_RULES.flatMap((rule) =>
    rule.examples.map((ex) => JSON.stringify(rule.run(structuredClone(ex.input), structuredClone(ex.options)))),
  );

describe('promotion: frozen tables, owned results', () => {
  it('every exported table and constant is deep-frozen where it is defined', () => {
    const data = Object.entries(promotion).filter(([, v]) => v !== null && typeof v === 'object' && !('_zod' in v));
    expect(data.length).toBeGreaterThan(25);
    for (const [name, value] of data) {
      for (const o of objectsIn(value)) expect(Object.isFrozen(o), name).toBe(true);
    }
    // Writes to a table throw instead of changing the next decision (BUP_JABATAN.PELAKSANA = 1 gave "0NaN-NaN-NaN").
    expect(() => {
      (promotion.BUP_JABATAN as Record<string, unknown>)['PELAKSANA'] = 1;
    }).toThrow(TypeError);
    expect(() => {
      (promotion.IJAZAH_SARJANA_KE_ATAS as string[]).push('SD');
    }).toThrow(TypeError);
    expect(promotion.batasUsiaPensiun({ tanggalLahir: '1967-05-15', jabatan: 'PELAKSANA' }).value.tanggalBup).toBe('2025-05-15');
  });

  it('a decision shares only frozen objects: whatever two decisions have in common is frozen', () => {
    for (const rule of PROMOTION_RULES) {
      for (const ex of rule.examples) {
        const a = objectsIn(rule.run(ex.input, ex.options));
        const shared = [...objectsIn(rule.run(ex.input, ex.options))].filter((o) => a.has(o));
        for (const o of shared) expect(Object.isFrozen(o), `${rule.id}: ${JSON.stringify(o)}`).toBe(true);
      }
    }
  });

  it('mutating every part of every example decision leaves the next decisions of every rule unchanged', () => {
    const before = runExamples();
    for (const rule of PROMOTION_RULES) {
      for (const ex of rule.examples) vandalise(rule.run(ex.input, ex.options));
    }
    expect(runExamples()).toEqual(before);
    // The citation objects of a decision are the library's own, frozen: writing to one throws.
    const d = promotion.kenaikanPangkatReguler({ golongan: 'III/b', tmtPangkat: '2019-04-01', ijazah: 'S1' }, { asOf: '2023-01-15' });
    expect(() => {
      (d.reasons[1]!.citations[0] as { article?: string }).article = 'HACKED';
    }).toThrow(TypeError);
  });
});
