/**
 * Where a rule lives: one rule, one file named by its id (`src/<domain>/<kebab-id>.ts`, or a folder with
 * `index.ts` when it needs parts), and its specification test beside the domain's tests. The docs link
 * these paths and test/layout.test.ts holds every rule to them.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

/** `'kenaikanPangkatReguler'` → `'kenaikan-pangkat-reguler'`; `'nilaiKinerjaPp30'` → `'nilai-kinerja-pp30'`. */
export const kebab = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();

function parts(ruleId: string) {
  const dot = ruleId.indexOf('.');
  return { domain: ruleId.slice(0, dot), file: kebab(ruleId.slice(dot + 1)) };
}

/** The rule's source file, relative to the project root: the file, or the folder's `index.ts`. */
export function ruleSourcePath(ruleId: string): string {
  const { domain, file } = parts(ruleId);
  const single = `src/${domain}/${file}.ts`;
  return existsSync(resolve(ROOT, single)) ? single : `src/${domain}/${file}/index.ts`;
}

/** The rule's specification test, relative to the project root. */
export function ruleTestPath(ruleId: string): string {
  const { domain, file } = parts(ruleId);
  return `test/${domain}/${file}.test.ts`;
}

/** The rule's reason texts, beside it. */
export function ruleMessagesPath(ruleId: string): string {
  const { domain, file } = parts(ruleId);
  const single = `src/${domain}/${file}.messages.ts`;
  return existsSync(resolve(ROOT, single)) ? single : `src/${domain}/${file}/messages.ts`;
}

export const projectFile = (path: string) => existsSync(resolve(ROOT, path));
