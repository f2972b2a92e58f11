import { describe, expect, it } from 'vitest';
import { RULES_UNDER_TEST } from '../rules-under-test.js';
import { MeritInputError, type InputIssue } from '../../src/index.js';
import { jsonSchemaOf } from '../../src/schema.js';
import { replaceAt, strictObjectNodes } from './walk-input.js';

/** A likely typo of a key: the second-to-last letter dropped (`riwayatHukuman` → `riwayatHukman`), or the case changed for short keys. */
function typoOf(key: string, known: string[]): string | undefined {
  const typo = key.length >= 5 ? key.slice(0, -2) + key.slice(-1) : key.toUpperCase() === key ? key.toLowerCase() : key.toUpperCase();
  return known.includes(typo) ? undefined : typo;
}

function thrown(run: () => unknown): MeritInputError | undefined {
  try {
    run();
  } catch (e) {
    if (MeritInputError.is(e)) return e;
    throw e;
  }
  return undefined;
}

const samePath = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((x, i) => x === b[i]);

describe('typos at every depth: an unknown key is refused, naming its path and the key it most likely meant', () => {
  for (const rule of RULES_UNDER_TEST) {
    it(rule.id, () => {
      let tried = 0;
      for (const ex of rule.examples) {
        const nodes = strictObjectNodes(rule.input, ex.input);
        // A rule that hands its input on to another (penilaianKinerja → the regime's rule) is strict there.
        if (nodes.length === 0 && ex.input !== null && typeof ex.input === 'object' && !Array.isArray(ex.input)) {
          nodes.push({ path: [], value: ex.input as Record<string, unknown>, keys: Object.keys(ex.input) });
        }
        for (const node of nodes) {
          for (const key of Object.keys(node.value)) {
            const typo = typoOf(key, node.keys);
            if (typo === undefined) continue;
            const input = replaceAt(ex.input, node.path, (o) => {
              const { [key]: v, ...rest } = o;
              return { ...rest, [typo]: v };
            });
            const error = thrown(() => rule.run(input, ex.options));
            expect(error, `${rule.id}: ${[...node.path, typo].join('.')} was accepted`).toBeDefined();
            const issue = error!.issues.find((i: InputIssue) => samePath(i.path, [...node.path, typo]));
            expect(issue).toMatchObject({
              code: 'unknown_key',
              message: `is not a field of this input; did you mean "${key}"?`,
              text: { id: `bukan kolom masukan ini; mungkin maksudnya "${key}"?` },
            });
            tried += 1;
          }
          // A key like no other: refused without a suggestion; accepted only when the caller names it in ignoreKeys.
          const extra = replaceAt(ex.input, node.path, (o) => ({ ...o, nomorIndukPegawai: '199001012020121001' }));
          const error = thrown(() => rule.run(extra, ex.options));
          expect(error?.issues.find((i) => samePath(i.path, [...node.path, 'nomorIndukPegawai']))).toMatchObject({
            code: 'unknown_key',
            message: 'is not a field of this input',
          });
          expect(rule.run(extra, ex.options, { ignoreKeys: ['nomorIndukPegawai'] })).toEqual(rule.run(ex.input, ex.options));
          tried += 1;
        }
      }
      if (rule.examples.some((ex) => ex.input !== null && typeof ex.input === 'object')) expect(tried).toBeGreaterThan(0);
    });
  }
});

describe('typos in settings', () => {
  for (const rule of RULES_UNDER_TEST) {
    const withOptions = rule.examples.filter((ex) => ex.options !== undefined);
    if (withOptions.length === 0) continue;
    it(rule.id, () => {
      for (const ex of withOptions) {
        for (const node of strictObjectNodes(rule.options, ex.options)) {
          for (const key of Object.keys(node.value)) {
            const typo = typoOf(key, node.keys);
            if (typo === undefined) continue;
            const options = replaceAt(ex.options, node.path, (o) => {
              const { [key]: v, ...rest } = o;
              return { ...rest, [typo]: v };
            });
            const error = thrown(() => rule.run(ex.input, options));
            expect(error?.issues.find((i) => samePath(i.path, ['options', ...node.path, typo]))).toMatchObject({
              code: 'unknown_key',
              text: { en: `is not a setting of this rule; did you mean "${key}"?`, id: `bukan pengaturan aturan ini; mungkin maksudnya "${key}"?` },
            });
          }
        }
      }
    });
  }
});

describe('JSON Schemas say what the rules do: no other key (additionalProperties: false), lists bounded (maxItems)', () => {
  const objectsAndLists = (node: unknown, path: string, out: { path: string; node: Record<string, unknown> }[]) => {
    if (node === null || typeof node !== 'object') return out;
    const o = node as Record<string, unknown>;
    if (o['type'] === 'object' && o['properties'] !== undefined) out.push({ path, node: o });
    if (o['type'] === 'array') out.push({ path, node: o });
    for (const [k, v] of Object.entries(o)) objectsAndLists(v, `${path}/${k}`, out);
    return out;
  };
  for (const rule of RULES_UNDER_TEST) {
    it(rule.id, () => {
      for (const part of ['input', 'options'] as const) {
        const nodes = objectsAndLists(jsonSchemaOf(rule, part), part, []);
        for (const { path, node } of nodes) {
          if (node['type'] === 'array') expect(node['maxItems'], `${rule.id} ${path}`).toEqual(expect.any(Number));
          // penilaianKinerja's input is the regime's input: open at the top, checked by the regime's rule.
          else if (!(rule.id === 'performance.penilaianKinerja' && path === 'input'))
            expect(node['additionalProperties'], `${rule.id} ${path}`).toBe(false);
        }
      }
    });
  }
});
