/** `npm run docs`: writes docs/rules/ from the rule catalogue and removes pages of rules that no longer exist. */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { citationCounts, docPages } from './render.js';

const root = resolve(import.meta.dirname, '../..');
const pages = docPages();
const listFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? listFiles(join(dir, e.name)) : [join(dir, e.name)]));

mkdirSync(join(root, 'docs/rules'), { recursive: true });
for (const file of listFiles(join(root, 'docs/rules'))) {
  if (!pages.has(relative(root, file))) rmSync(file);
}
for (const [path, content] of pages) {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), content);
}
const { located, unlocated } = citationCounts();
console.log(`docs: ${pages.size} pages written to docs/rules/; citations: ${located} located, ${unlocated} not located yet`);
