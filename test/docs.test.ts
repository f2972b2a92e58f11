import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES_UNDER_TEST } from './rules-under-test.js';
import { RULES } from '../src/index.js';
import { functionName, renderIndex, renderRulePage } from '../scripts/docs/render.js';

const root = resolve(import.meta.dirname, '..');
const listFiles = (dir: string): string[] =>
  existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? listFiles(join(dir, e.name)) : [join(dir, e.name)])) : [];

// Each page is rendered inside its own test (not while the tests are collected), so a test failure
// names the page, and mutation testing can tell which rule's code each page exercises.
const rulePages = RULES_UNDER_TEST.map((rule) => ({ path: `docs/rules/${rule.domain}/${functionName(rule)}.md`, rule }));

function expectUpToDate(path: string, rendered: string) {
  const file = join(root, path);
  expect(existsSync(file), `${path} is missing: run npm run docs`).toBe(true);
  expect(readFileSync(file, 'utf8'), `${path} is stale: run npm run docs`).toBe(rendered);
}

describe('generated rule documentation (npm run docs)', () => {
  it('docs/rules/README.md is up to date', () => {
    expectUpToDate('docs/rules/README.md', renderIndex());
  });

  it.each(rulePages)('$path is up to date', ({ path, rule }) => {
    expectUpToDate(path, renderRulePage(rule));
  });

  it('has a page for every rule and the index, and no page for a rule that no longer exists', () => {
    const expected = ['docs/rules/README.md', ...RULES.map((rule) => `docs/rules/${rule.domain}/${functionName(rule)}.md`)];
    expect(new Set(expected).size).toBe(RULES.length + 1);
    const actual = listFiles(join(root, 'docs/rules')).map((f) => relative(root, f));
    expect(actual.sort()).toEqual(expected.sort());
  });
});
