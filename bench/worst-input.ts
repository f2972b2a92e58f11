/**
 * The worst inputs we can build, timed per rule: every list of an example filled to its bound (rows
 * copied from the example, ids made unique), hand-built worst valid records (worst-input-cases.ts), a
 * million rows in each list (refused by length), and hostile values (a Proxy whose every trap throws).
 * Each must decide or refuse within 100 ms.
 * `npm run bench:worst` prints the slowest case per rule and saves bench/results/worst-input.json.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import type * as z4 from 'zod/v4/core';
import { maxItemsOf, DEFAULT_MAX_ITEMS } from '../src/core/input-bounds.js';
import { unwrapSchema } from '../src/core/unknown-keys.js';
import { MeritInputError, RULES, RuleNotInForceError, type AnyRule } from '../src/index.js';
import { WORST_CASES } from './worst-input-cases.js';

const LIMIT_MS = 100;

/**
 * Rules whose largest valid input is a workforce, not a record: their bound is set by what an agency
 * decides in one call, and their time grows with it. Each budget is the measured time of the largest
 * accepted input with room for a shared machine; a hostile or oversized input is still refused in well
 * under LIMIT_MS.
 */
const WORKFORCE_BUDGET_MS: Record<string, { ms: number; why: string }> = {
  'competency.peringkatKandidat': { ms: 1_500, why: '10,000 candidates, each JPM over up to 100 competencies' },
  'competency.penempatanOptimal': { ms: 15_000, why: 'an exact assignment of up to 2,000 × 2,000 (Hungarian, O(n³))' },
};

type Def = { type: string; shape?: Record<string, z4.$ZodType>; element?: z4.$ZodType };
const defOf = (s: z4.$ZodType) => unwrapSchema(s)._zod.def as unknown as Def;

/** Copies of `row` made distinct where a row names itself (`id`, `nip`, `kode`, `tahun`, `nama`). */
function distinct(row: unknown, i: number): unknown {
  if (row === null || typeof row !== 'object' || Array.isArray(row)) return row;
  const copy: Record<string, unknown> = { ...row };
  for (const key of ['id', 'nip', 'nama']) if (typeof copy[key] === 'string') copy[key] = `${copy[key] as string}-${i}`;
  return copy;
}

/** The example with each list replaced by `fill(list, bound)`, one list at a time. */
function variants(schema: z4.$ZodType, value: unknown, fill: (list: unknown[], max: number) => unknown[]): unknown[] {
  const def = defOf(schema);
  if (def.type === 'array' && Array.isArray(value)) {
    const inner = def.element
      ? value.flatMap((v, i) => variants(def.element!, v, fill).map((nv) => value.map((x, j) => (j === i ? nv : x))))
      : [];
    return [fill(value, maxItemsOf(unwrapSchema(schema)) ?? DEFAULT_MAX_ITEMS), ...inner];
  }
  if (def.type === 'object' && def.shape && value !== null && typeof value === 'object') {
    return Object.entries(def.shape).flatMap(([key, field]) =>
      Object.hasOwn(value, key)
        ? variants(field, (value as Record<string, unknown>)[key], fill).map((nv) => ({ ...value, [key]: nv }))
        : [],
    );
  }
  return [];
}

function time(rule: AnyRule, input: unknown, options: unknown): { ms: number; outcome: string } {
  const start = performance.now();
  let outcome = 'decided';
  try {
    rule.run(input, options);
  } catch (e) {
    if (MeritInputError.is(e)) outcome = `refused (${e.issues[0]?.code ?? 'invalid'})`;
    else if (e instanceof RuleNotInForceError) outcome = 'not in force';
    else outcome = `UNTYPED ERROR ${(e as Error).name}`;
  }
  return { ms: performance.now() - start, outcome };
}

const hostile = new Proxy(
  {},
  {
    ownKeys: () => {
      throw new Error('hostile');
    },
    get: () => {
      throw new Error('hostile');
    },
  },
);

const rows: { rule: string; case: string; ms: string; outcome: string }[] = [];
let failures = 0;
for (const rule of RULES) {
  const cases: [string, unknown, unknown][] = [];
  for (const ex of rule.examples) {
    for (const v of variants(rule.input, ex.input, (list, max) =>
      Array.from({ length: max }, (_, i) => distinct(list[i % Math.max(1, list.length)] ?? {}, i)),
    ))
      cases.push(['lists at their bound', v, ex.options]);
    for (const v of variants(rule.input, ex.input, () => Array.from({ length: 1_000_000 }, () => ({}))))
      cases.push(['a million rows', v, ex.options]);
  }
  cases.push(['hostile Proxy', hostile, rule.examples[0]?.options], ...(WORST_CASES[rule.id] ?? []));
  let worst = { name: '', ms: 0, outcome: '' };
  for (const [name, input, options] of cases) {
    time(rule, input, options); // warm
    const t = time(rule, input, options);
    if (t.ms >= worst.ms) worst = { name, ...t };
    if (t.outcome.startsWith('UNTYPED')) failures += 1;
  }
  const budget = WORKFORCE_BUDGET_MS[rule.id];
  const limit = budget?.ms ?? LIMIT_MS;
  if (worst.ms > limit) failures += 1;
  rows.push({
    rule: rule.id,
    case: worst.name,
    ms: worst.ms.toFixed(1),
    outcome: worst.outcome + (worst.ms > limit ? `  ⚠ over ${limit} ms` : budget ? `  (workforce budget ${limit} ms: ${budget.why})` : ''),
  });
}
console.table(rows);
writeFileSync(
  resolve(import.meta.dirname, 'results/worst-input.json'),
  JSON.stringify(
    { date: new Date().toISOString().slice(0, 10), limitMs: LIMIT_MS, workforceBudgetMs: WORKFORCE_BUDGET_MS, rows },
    null,
    2,
  ) + '\n',
);
if (failures > 0) {
  console.error(`${failures} rule(s) over their time limit (${LIMIT_MS} ms, or a workforce budget) or with an untyped error`);
  process.exitCode = 1;
}
