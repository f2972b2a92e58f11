import { expect } from 'vitest';
import { type Decision, explain, MESSAGES } from '../../src/index.js';

export const placeholders = (t: string) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** Every reason has a text, and every placeholder of the text is a fact of the reason. */
export function expectExplained(d: Decision<unknown>): void {
  for (const r of d.reasons) {
    const m = MESSAGES.messages[r.code];
    expect(m, r.code).toBeDefined();
    for (const p of placeholders(m!.id)) expect(Object.keys(r.facts), `${r.code} {${p}}`).toContain(p);
  }
  for (const locale of ['id', 'en'] as const) for (const line of explain(d, locale)) expect(line).not.toMatch(/\{\w+\}/);
}

