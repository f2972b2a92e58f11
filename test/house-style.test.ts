/**
 * The house style, held by tests (docs/contributing.md): one rule per file named by its id, its texts beside
 * it, its specification test mirroring it, a table or formula on every page, explicit domain exports,
 * tests through public entry points, no source file over 300 lines, and one vocabulary in every schema.
 * Each check runs per domain, so a failure names the rule and what to do.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES, type AnyRule } from '../src/index.js';
import { jsonSchemaOf, SCHEMA_PARTS } from '../src/schema.js';
import type { RuleMessages } from '../src/core/messages.js';
import { projectFile, ruleMessagesPath, ruleSourcePath, ruleTestPath } from '../scripts/docs/layout.js';

const ROOT = resolve(import.meta.dirname, '..');
const read = (path: string) => readFileSync(resolve(ROOT, path), 'utf8');
const listFiles = (dir: string): string[] =>
  readdirSync(resolve(ROOT, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(join(dir, e.name)) : [join(dir, e.name)],
  );

const DOMAINS = [...new Set(RULES.map((r) => r.domain))];
const rulesOf = (domain: string) => RULES.filter((r) => r.domain === domain).map((rule) => ({ id: rule.id, rule }));

/** Most lines in one source file: above it, a rule becomes a folder split along data / calculation / descriptor. */
const MAX_LINES = 300;

describe.each(DOMAINS)('house style: %s', (domain) => {
  it.each(rulesOf(domain))('$id lives in the file named by its id', ({ id }) => {
    const path = ruleSourcePath(id);
    expect(projectFile(path), `${id}: expected ${path}`).toBe(true);
    expect(read(path), `${path} does not define ${id}`).toContain(`'${id}'`);
  });

  it.each(rulesOf(domain))('$id has its specification test', ({ id }) => {
    const path = ruleTestPath(id);
    expect(projectFile(path), `${id}: expected ${path} (examples and boundaries of the rule)`).toBe(true);
  });

  it.each(rulesOf(domain))('$id shows a table or formula on its page', ({ id, rule }) => {
    expect(rule.tables?.length ?? 0, `${id}: declare tables (core/tables.ts builds them from the rule's data)`).toBeGreaterThan(0);
    for (const t of rule.tables ?? []) {
      expect(t.rows.length, `${id}: table '${t.title.en}' is empty`).toBeGreaterThan(0);
      for (const row of t.rows) expect(row.length, `${id}: '${t.title.en}' row ${row.join(' | ')}`).toBe(t.columns.length);
      if (t.dasar) expect(t.dasar.length, `${id}: '${t.title.en}' has a dasar per row`).toBe(t.rows.length);
    }
  });

  it.each(rulesOf(domain))('$id keeps its reason texts beside it', async ({ id }) => {
    const path = ruleMessagesPath(id);
    expect(projectFile(path), `${id}: expected ${path} (defineMessages)`).toBe(true);
    const module = (await import(resolve(ROOT, path))) as Record<string, unknown>;
    const own = Object.values(module).filter((v): v is RuleMessages => typeof v === 'object' && v !== null && 'texts' in v && 'rule' in v);
    expect(
      own.map((m) => m.rule),
      `${path} defines the texts of ${id}`,
    ).toContain(id);
  });

  it('index.ts names its exports (no export *)', () => {
    expect(read(`src/${domain}/index.ts`)).not.toMatch(/export \* from/);
  });

  it('tests reach the rules through public entry points', () => {
    const internal: string[] = [];
    for (const file of listFiles(`test/${domain}`)) {
      if (!file.endsWith('.ts') || file.includes('/_bersama/')) continue;
      for (const m of read(file).matchAll(/from '((?:\.\.\/)+src\/[^']+)'/g)) {
        const target = m[1]!.replace(/^(\.\.\/)+/, '');
        if (!/^src\/(index|catalogue|explain|schema)\.js$|^src\/[a-z]+\/index\.js$|^src\/core\/|^src\/testing\//.test(target)) {
          internal.push(`${file}: ${target}`);
        }
      }
    }
    expect(internal, 'import the domain index, or move the test of a shared part to test/<domain>/_bersama/').toEqual([]);
  });
});

describe('house style: the whole source', () => {
  it(`no source file is over ${MAX_LINES} lines`, () => {
    const long = listFiles('src')
      .filter((f) => f.endsWith('.ts'))
      .map((f) => ({ f, lines: read(f).split('\n').length - 1 }))
      .filter(({ lines }) => lines > MAX_LINES)
      .map(({ f, lines }) => `${f}: ${lines}`);
    expect(long).toEqual([]);
  });

  it('every src file is reachable by its name: rules, their texts, and shared parts in _bersama/', () => {
    // A file beside the rules that is not a rule, its texts, or the domain's fixed files is a shared part.
    const FIXED = new Set(['index.ts', 'rules.ts', 'messages.ts', 'regulations.ts', 'explain.ts', 'types.ts', 'labels.ts']);
    const ruleFiles = new Set(RULES.flatMap((r) => [ruleSourcePath(r.id), ruleMessagesPath(r.id)]));
    const stray: string[] = [];
    for (const domain of DOMAINS) {
      for (const entry of readdirSync(resolve(ROOT, 'src', domain))) {
        const path = `src/${domain}/${entry}`;
        if (statSync(resolve(ROOT, path)).isDirectory()) {
          if (entry !== '_bersama' && !RULES.some((r) => ruleSourcePath(r.id).startsWith(`${path}/`))) stray.push(path);
        } else if (!FIXED.has(entry) && !ruleFiles.has(path)) stray.push(path);
      }
    }
    expect(stray, 'move shared parts to src/<domain>/_bersama/').toEqual([]);
  });
});

/** src/siasn is an adapter module (SIASN records → rule inputs), not a rule domain: it holds no rule, and stays pure. */
describe('house style: siasn (adapters, not a domain)', () => {
  it('holds no rule and is no domain of the catalogue', () => {
    expect(DOMAINS).not.toContain('siasn');
  });

  it('index.ts names its exports (no export *)', () => {
    expect(read('src/siasn/index.ts')).not.toMatch(/export \* from/);
  });

  it('imports neither Node, nor the CLI or the service, nor a framework', () => {
    const impure = listFiles('src/siasn').flatMap((file) =>
      [...read(file).matchAll(/from '([^']+)'/g)]
        .map((m) => m[1]!)
        .filter((target) => !target.startsWith('.') && target !== 'zod/mini')
        .concat([...read(file).matchAll(/from '((?:\.\.\/)+(?:cli|server)\/[^']*)'/g)].map((m) => m[1]!))
        .map((target) => `${file}: ${target}`),
    );
    expect(impure).toEqual([]);
  });

  it('tests reach it through public entry points', () => {
    const internal: string[] = [];
    for (const file of listFiles('test/siasn')) {
      for (const m of read(file).matchAll(/from '((?:\.\.\/)+src\/[^']+)'/g)) {
        const target = m[1]!.replace(/^(\.\.\/)+/, '');
        if (!/^src\/(index|catalogue|explain|schema)\.js$|^src\/[a-z]+\/index\.js$|^src\/core\//.test(target))
          internal.push(`${file}: ${target}`);
      }
    }
    expect(internal).toEqual([]);
  });
});

/** The glossary of docs/contributing.md: one name per concept in every input, options and output schema. */
const BANNED: Record<string, string> = {
  display: 'name the shown value after the exact one: <x> and <x>Display',
  settings: 'settings are flat fields of the options object',
  tanggalTerpenuhi: 'tanggalPalingCepat (tmtPalingCepat when it is a TMT)',
  palingCepat: 'tanggalPalingCepat (tmtPalingCepat when it is a TMT)',
  tanggalKelasBerikutnya: 'tanggalPalingCepat',
  'output:sesuai': 'memenuhiSyarat',
  tidakMemenuhiSyarat: 'syaratTidakTerpenuhi',
  perItemCap: 'an Indonesian setting name',
  finalCap: 'an Indonesian setting name',
};

function propertyNames(schema: unknown, out: Map<string, Set<string>> = new Map(), path = ''): Map<string, Set<string>> {
  if (typeof schema !== 'object' || schema === null) return out;
  const s = schema as Record<string, unknown>;
  const props = s.properties as Record<string, unknown> | undefined;
  if (props) {
    const siblings = new Set(Object.keys(props));
    for (const [k, v] of Object.entries(props)) {
      out.set(`${path}${k}`, siblings);
      propertyNames(v, out, `${path}${k}.`);
    }
  }
  for (const key of ['items', 'additionalProperties'] as const) propertyNames(s[key], out, `${path}[].`);
  for (const key of ['anyOf', 'oneOf', 'allOf'] as const)
    for (const alt of (s[key] as unknown[] | undefined) ?? []) propertyNames(alt, out, path);
  for (const def of Object.values((s.$defs as Record<string, unknown> | undefined) ?? {})) propertyNames(def, out, `${path}$defs.`);
  return out;
}

describe('house style: one vocabulary (glossary in docs/contributing.md)', () => {
  it.each(RULES.map((rule: AnyRule) => ({ id: rule.id, rule })))('$id uses the glossary names', ({ rule }) => {
    const slips: string[] = [];
    for (const part of SCHEMA_PARTS) {
      for (const [path, siblings] of propertyNames(jsonSchemaOf(rule, part))) {
        const name = path.slice(path.lastIndexOf('.') + 1);
        const banned = BANNED[name] ?? BANNED[`${part}:${name}`];
        if (banned) slips.push(`${part} ${path}: ${banned}`);
        if (name.endsWith('Display') && !siblings.has(name.slice(0, -'Display'.length))) {
          slips.push(`${part} ${path}: a shown value sits beside its exact value ${name.slice(0, -'Display'.length)}`);
        }
      }
    }
    expect(slips).toEqual([]);
  });
});

it('the layout helpers agree with the files they name', () => {
  expect(relative(ROOT, resolve(ROOT, ruleSourcePath('performance.predikatKinerja')))).toBe('src/performance/predikat-kinerja.ts');
});
