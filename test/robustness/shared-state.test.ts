import { describe, expect, it } from 'vitest';
import { RULES_UNDER_TEST } from '../rules-under-test.js';
import * as library from '../../src/index.js';
import { explain, type AnyRule } from '../../src/index.js';

/** The whole catalogue's answers: every example of every rule, its decision and both explanations. */
function catalogueOutput(rules: readonly AnyRule[]): string {
  return JSON.stringify(
    rules.map((rule) =>
      rule.examples.map((ex) => {
        const d = rule.run(structuredClone(ex.input), structuredClone(ex.options));
        return [d, explain(d, 'id'), explain(d, 'en')];
      }),
    ),
  );
}

/** Tries every kind of write on every object reachable from `root`; returns how many writes were tried. */
function attack(root: unknown): number {
  let tries = 0;
  const seen = new Set<object>();
  const visit = (node: unknown): void => {
    if (node === null || typeof node !== 'object' || seen.has(node)) return;
    seen.add(node);
    if ('_zod' in node) return; // schemas are the rule's own machinery, reached through the descriptor
    const children = Reflect.ownKeys(node).map((k) => (node as Record<PropertyKey, unknown>)[k]);
    for (const child of children) visit(child);
    const write = (f: () => void) => {
      tries += 1;
      try {
        f(); // a write may throw (frozen) or succeed on an object the caller owns
      } catch (e) {
        expect(e).toBeInstanceOf(TypeError);
      }
    };
    const target = node as Record<PropertyKey, unknown>;
    for (const key of Reflect.ownKeys(node)) {
      if (key === 'length' && Array.isArray(node)) continue;
      write(() => {
        target[key] = 'HACKED';
      });
      write(() => {
        delete target[key];
      });
    }
    write(() => {
      target['injected'] = 'HACKED';
    });
    if (Array.isArray(node)) {
      write(() => {
        node.push('HACKED');
      });
      write(() => {
        node.length = 0;
      });
    }
    write(() => {
      Object.setPrototypeOf(node, { hacked: true });
    });
  };
  visit(root);
  return tries;
}

describe('shared state: no write to a decision or an exported table reaches the next decision', () => {
  it('every part of every example decision can be written by its owner without changing any later decision', () => {
    const before = catalogueOutput(RULES_UNDER_TEST);
    let tries = 0;
    for (const rule of RULES_UNDER_TEST) {
      for (const ex of rule.examples) tries += attack(rule.run(structuredClone(ex.input), structuredClone(ex.options)));
    }
    expect(tries).toBeGreaterThan(1000);
    expect(catalogueOutput(RULES_UNDER_TEST)).toBe(before);
  });

  it('every exported table, constant and rule descriptor is deeply frozen: writes throw and change nothing', () => {
    const before = catalogueOutput(RULES_UNDER_TEST);
    const notFrozen: string[] = [];
    const check = (name: string, node: unknown, seen: Set<object>): void => {
      if (node === null || typeof node !== 'object' || seen.has(node) || '_zod' in node) return;
      seen.add(node);
      if (!Object.isFrozen(node)) notFrozen.push(name);
      for (const key of Reflect.ownKeys(node)) check(`${name}.${String(key)}`, (node as Record<PropertyKey, unknown>)[key], seen);
    };
    for (const [name, value] of Object.entries(library)) check(name, value, new Set());
    expect(notFrozen).toEqual([]);
    for (const value of Object.values(library)) attack(value);
    expect(catalogueOutput(RULES_UNDER_TEST)).toBe(before);
  });
});
