import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../src/index.js';
import { docPages } from '../scripts/docs/render.js';

const root = resolve(import.meta.dirname, '..');
const listFiles = (dir: string): string[] =>
  existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? listFiles(join(dir, e.name)) : [join(dir, e.name)])) : [];

describe('generated rule documentation (npm run docs)', () => {
  const pages = docPages();

  it('has a page for every rule and the index', () => {
    expect(pages.size).toBe(RULES.length + 1);
  });

  it.each([...pages.keys()])('%s is up to date', (path) => {
    const file = join(root, path);
    expect(existsSync(file), `${path} is missing: run npm run docs`).toBe(true);
    expect(readFileSync(file, 'utf8'), `${path} is stale: run npm run docs`).toBe(pages.get(path));
  });

  it('has no page for a rule that no longer exists', () => {
    const extra = listFiles(join(root, 'docs/rules'))
      .map((f) => relative(root, f))
      .filter((p) => !pages.has(p));
    expect(extra).toEqual([]);
  });
});
