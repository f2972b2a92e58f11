/**
 * Renders the auditor documentation (docs/rules/) from the rule catalogue, so it cannot drift from the code:
 * one page per rule and an index by regulation. Examples are evaluated while rendering.
 */
import * as z4 from 'zod/v4/core';
import { toJsonSchemaWithStandIns } from '../../src/schema.js';
import {
  citationsOf,
  describeDecision,
  formatCitation,
  MESSAGES,
  outcomeHeading,
  REGULATIONS,
  regulationShortName,
  RULES,
} from '../../src/index.js';
import type { AnyRule, Citation, Decision, Locale, Regulation, RuleTable } from '../../src/index.js';
import { ruleSourcePath, ruleTestPath } from './layout.js';

type JsonSchema = {
  type?: string | string[];
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  enum?: unknown[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  items?: JsonSchema;
  additionalProperties?: JsonSchema | boolean;
  propertyNames?: JsonSchema;
  default?: unknown;
  minimum?: number;
  maximum?: number;
  const?: unknown;
  pattern?: string;
  format?: string;
};

const esc = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

const DECIMAL_OUTPUT_PATTERN = String(/^-?\d+(?:\.\d+)?$/.source);

function typeOf(s: JsonSchema): string {
  if (s.enum) return s.enum.map((e) => `\`${String(e)}\``).join(' | ');
  if (s.const !== undefined) return `\`${String(s.const)}\``;
  const alts = s.anyOf ?? s.oneOf;
  if (alts) return [...new Set(alts.map(typeOf))].join(' or ');
  if (s.type === 'array') return `array of ${s.items ? typeOf(s.items) : 'items'}`;
  if (s.type === 'string' && s.format === 'date') return 'date `YYYY-MM-DD`';
  if (s.type === 'string' && s.pattern === DECIMAL_OUTPUT_PATTERN) return 'decimal (exact, as a string)';
  const t = Array.isArray(s.type) ? s.type.join(' or ') : (s.type ?? 'any');
  const range = [s.minimum !== undefined ? `≥ ${s.minimum}` : '', s.maximum !== undefined ? `≤ ${s.maximum}` : '']
    .filter(Boolean)
    .join(', ');
  return range ? `${t} (${range})` : t;
}

/** How deep nested settings are listed (jadwal → hukuman → <jenis> → bulan). */
const MAX_DEPTH = 5;

/** The object alternatives of a union (e.g. a preset name or an instansi's own schedule). */
const objectAlternatives = (s: JsonSchema) => (s.anyOf ?? s.oneOf ?? []).filter((alt) => alt.properties);

/** The value schema of a record (`{ [key]: value }`), when its values are described. */
const recordValues = (s: JsonSchema) => (typeof s.additionalProperties === 'object' && !s.properties ? s.additionalProperties : undefined);

/**
 * Rows of a field table: one per property, nested objects flattened with dotted names, the object
 * alternatives of a union listed under the same name, record values as `name.<key>`.
 */
function fieldRows(schema: JsonSchema, prefix = '', depth = 0, withDefault = true): string[] {
  const rows: string[] = [];
  const row = (path: string, prop: JsonSchema, required: string) => {
    const def = prop.default !== undefined ? `\`${JSON.stringify(prop.default)}\`` : '';
    rows.push(`| \`${path}\` | ${esc(typeOf(prop))} | ${required} | ${withDefault ? `${def} | ` : ''}${esc(prop.description ?? '')} |`);
  };
  const nested = (path: string, prop: JsonSchema) => {
    if (depth + 1 >= MAX_DEPTH) return;
    if (prop.properties) rows.push(...fieldRows(prop, path, depth + 1, withDefault));
    for (const alt of objectAlternatives(prop)) rows.push(...fieldRows(alt, path, depth + 1, withDefault));
    if (prop.type === 'array' && prop.items) nested(`${path}[]`, prop.items);
    const values = recordValues(prop);
    if (values) {
      const keys = prop.propertyNames?.enum ? prop.propertyNames.enum.map(String).join(' \\| ') : 'key';
      row(`${path}.<${keys.length > 60 ? 'key' : keys}>`, values, 'no');
      nested(`${path}.<key>`, values);
    }
  };
  for (const [name, prop] of Object.entries(schema.properties ?? {})) {
    const path = prefix ? `${prefix}.${name}` : name;
    row(path, prop, schema.required?.includes(name) ? 'yes' : 'no');
    nested(path, prop);
  }
  return rows;
}

/** The fields of an input or options object; a single value (a rule whose input is one date, say) as one row. */
function fieldTable(schema: z4.$ZodType): string[] {
  const json = toJsonSchemaWithStandIns(schema, 'input') as JsonSchema;
  const header = ['| field | type | required | default | description |', '|---|---|---|---|---|'];
  const rows = fieldRows(json);
  if (rows.length > 0) return [...header, ...rows];
  if (json.type === 'object' && !recordValues(json) && objectAlternatives(json).length === 0) return ['(none)'];
  return [...header, `| (the input) | ${esc(typeOf(json))} | yes | | ${esc(json.description ?? '')} |`];
}

/** The decision value's fields (as JSON), or its single type when it is not an object. */
function outputTable(schema: z4.$ZodType): string[] {
  const json = toJsonSchemaWithStandIns(schema, 'output') as JsonSchema;
  const rows = fieldRows(json, '', 0, false);
  const header = ['| field | type | always present | description |', '|---|---|---|---|'];
  if (rows.length === 0) return [...header, `| (value) | ${esc(typeOf(json))} | yes | ${esc(json.description ?? '')} |`];
  return [...header, ...rows];
}

function citationLine(c: Citation): string {
  const reg: Regulation | undefined = REGULATIONS[c.regulation];
  const title = reg ? ` — ${reg.url ? `[${reg.judul}](${reg.url})` : reg.judul}` : '';
  if (c.unlocated !== undefined)
    return `- ${regulationShortName(c.regulation)}${title} — **pasal belum ditemukan / article not located**: ${esc(c.unlocated)}`;
  return `- ${formatCitation(c)}${title}`;
}

/** Each reason code of the worked examples with the citations it gives: the legal basis condition by condition. */
function basisPerCondition(rule: AnyRule): string[] {
  const byCode = new Map<string, Set<string>>();
  for (const use of citationsOf(rule)) {
    if (use.where !== 'reason' || use.code === undefined) continue;
    const set = byCode.get(use.code) ?? new Set<string>();
    set.add(formatCitation(use.citation));
    byCode.set(use.code, set);
  }
  if (byCode.size === 0) return [];
  const text = (code: string) => MESSAGES.messages[code]?.id ?? '';
  return [
    '## Dasar per ketentuan / Legal basis per condition',
    '',
    'Setiap alasan yang diberikan contoh-contoh di bawah, dengan dasarnya. / Each reason the worked examples below give, with its basis.',
    '',
    '| kode alasan / reason code | teks / text | dasar / basis |',
    '|---|---|---|',
    ...[...byCode].map(
      ([code, cites]) => `| \`${code.slice(rule.id.length + 1) || code}\` | ${esc(text(code))} | ${esc([...cites].join('; '))} |`,
    ),
    '',
  ];
}

function tableLines(t: RuleTable): string[] {
  const columns = t.dasar ? [...t.columns, 'dasar'] : t.columns;
  const cells = (r: string[], i: number) => (t.dasar ? [...r, (t.dasar[i] ?? []).map((c) => formatCitation(c)).join('; ') || '—'] : r);
  return [
    `**${t.title.id}** / *${t.title.en}*`,
    '',
    `| ${columns.map(esc).join(' | ')} |`,
    `|${columns.map(() => '---').join('|')}|`,
    ...t.rows.map(
      (r, i) =>
        `| ${cells(r, i)
          .map((c) => esc(c))
          .join(' | ')} |`,
    ),
    '',
  ];
}

export const functionName = (rule: AnyRule) => rule.id.slice(rule.id.indexOf('.') + 1);

/** The Markdown page of one rule. */
export function renderRulePage(rule: AnyRule): string {
  const lines: string[] = [
    `<!-- Generated by \`npm run docs\` from the rule catalogue. Do not edit. -->`,
    `# ${rule.title.id}`,
    '',
    `*${rule.title.en}*`,
    '',
    `\`${rule.id}\` — \`import { ${functionName(rule)} } from 'sistem-merit/${rule.domain}'\``,
    '',
    `Kode / Source: [\`${ruleSourcePath(rule.id)}\`](../../../${ruleSourcePath(rule.id)}) · ` +
      `uji / tests: [\`${ruleTestPath(rule.id)}\`](../../../${ruleTestPath(rule.id)})`,
    '',
    '## Dasar hukum / Legal basis',
    '',
    ...rule.citations.map(citationLine),
    '',
    '## Uraian / Description',
    '',
    rule.description.id,
    '',
    `*${rule.description.en}*`,
    '',
  ];
  if (rule.versions?.length) {
    lines.push('## Versi berlaku / Versions in force', '', '| version | from | until (exclusive) | basis |', '|---|---|---|---|');
    for (const v of rule.versions)
      lines.push(`| ${v.id} | ${v.from} | ${v.to ?? '—'} | ${v.citations.map((c) => formatCitation(c)).join('; ')} |`);
    lines.push('');
  }
  if (rule.tables?.length) {
    lines.push('## Tabel keputusan / Decision tables', '');
    for (const t of rule.tables) lines.push(...tableLines(t));
  }
  lines.push('## Masukan / Input', '', ...fieldTable(rule.input), '');
  if (rule.options) lines.push('## Opsi dan pengaturan / Options and settings', '', ...fieldTable(rule.options), '');
  if (rule.output) {
    lines.push(
      '## Keluaran / Output',
      '',
      '`Decision.value` as JSON (`sistem-merit schema <rule> --part output` prints the JSON Schema of the whole decision).',
      '',
      ...outputTable(rule.output),
      '',
    );
  }
  if (rule.notes?.length) {
    lines.push('## Catatan / Notes', '');
    for (const n of rule.notes) lines.push(`- ${n.id}`, `  *${n.en}*`);
    lines.push('');
  }
  lines.push(...basisPerCondition(rule));
  lines.push('## Contoh / Examples', '');
  rule.examples.forEach((ex, i) => {
    const d = rule.run(ex.input, ex.options);
    lines.push(
      `### ${i + 1}. ${ex.title.id}`,
      '',
      `*${ex.title.en}*${ex.source ? ` — source: ${ex.source}` : ''}`,
      '',
      '```json',
      JSON.stringify({ input: ex.input, ...(ex.options === undefined ? {} : { options: ex.options }) }, null, 2),
      '```',
      '',
    );
    lines.push('Hasil / Result:', '', '```json', JSON.stringify(d.value, null, 2), '```', '');
    lines.push('Alasan:', '', ...explanationLines(d, 'id'), '', 'Reasons:', '', ...explanationLines(d, 'en'), '');
  });
  return `${lines.join('\n').trimEnd()}\n`;
}

/**
 * A decision's explanation as Markdown: one item per reason, its outcome in words first, then the citations
 * once, numbered as the items refer to them.
 */
function explanationLines(d: Decision<unknown>, locale: Locale): string[] {
  const e = describeDecision(d, locale);
  const items = e.lines.map(
    (l) => `- **${outcomeHeading(l.outcome, locale)}:** ${l.text}${l.citations.length ? ` [${l.citations.join(', ')}]` : ''}`,
  );
  const heading = locale === 'id' ? 'Dasar hukum:' : 'Legal basis:';
  return e.citations.length ? [...items, '', heading, '', ...e.citations.map((c) => `${c.ref}. ${c.text}`)] : items;
}

/** The index page: rules grouped by the regulation they cite, so an auditor can start from a Pasal. */
export function renderIndex(): string {
  const { located, unlocated } = citationCounts();
  const lines = [
    '<!-- Generated by `npm run docs` from the rule catalogue. Do not edit. -->',
    '# Katalog aturan / Rule catalogue',
    '',
    'Setiap peraturan, pasal demi pasal, dengan aturan yang menerapkannya (dasar aturan, baris versi atau tabel, alasan contoh). ' +
      "/ Every regulation, article by article, with the rules that apply it (a rule's basis, a version or table row, a reason of an example). " +
      '`sistem-merit rules --cites <ID> [--article "Pasal N"]` answers the same from the command line.',
    '',
    `Kutipan / citations: ${located} menunjuk pasal atau lampiran / locate an article or annex; ${unlocated} belum ditemukan / not located yet (each with its reason below).`,
    '',
  ];
  const byRegulation = new Map<string, Map<string, { rules: Set<AnyRule>; unlocated?: string }>>();
  for (const rule of RULES) {
    for (const { citation: c } of citationsOf(rule)) {
      const articles = byRegulation.get(c.regulation) ?? new Map<string, { rules: Set<AnyRule>; unlocated?: string }>();
      const where = c.unlocated !== undefined ? '(pasal belum ditemukan / not located)' : [c.article, c.annex].filter(Boolean).join(', ');
      const entry = articles.get(where) ?? { rules: new Set<AnyRule>(), ...(c.unlocated !== undefined ? { unlocated: c.unlocated } : {}) };
      entry.rules.add(rule);
      articles.set(where, entry);
      byRegulation.set(c.regulation, articles);
    }
  }
  const ids = [...byRegulation.keys()].sort((a, b) => {
    const ra = REGULATIONS[a];
    const rb = REGULATIONS[b];
    return (ra?.tahun ?? 0) - (rb?.tahun ?? 0) || a.localeCompare(b);
  });
  const articleOrder = (a: string, b: string) => a.localeCompare(b, 'id', { numeric: true });
  for (const id of ids) {
    const reg = REGULATIONS[id];
    lines.push(`## ${regulationShortName(id)}${reg ? ` — ${reg.judul}` : ''}`, '');
    if (reg) {
      const dates = [
        reg.ditetapkan && `ditetapkan ${reg.ditetapkan}`,
        reg.diundangkan && `diundangkan ${reg.diundangkan}`,
        reg.berlaku && `berlaku ${reg.berlaku}`,
      ].filter(Boolean);
      if (reg.url) lines.push(`Naskah / text: ${reg.url}`, '');
      if (dates.length) lines.push(`${dates.join(', ')}.`, '');
      if (reg.mencabut.length) lines.push(`Mencabut / revokes: ${reg.mencabut.map((m) => regulationShortName(m)).join(', ')}.`, '');
    }
    for (const [where, { rules, unlocated: why }] of [...byRegulation.get(id)!].sort(([a], [b]) => articleOrder(a, b))) {
      const links = [...rules].map((rule) => `[\`${rule.id}\`](${rule.domain}/${functionName(rule)}.md)`).join(', ');
      lines.push(`- ${where}: ${links}${why ? ` — ${esc(why)}` : ''}`);
    }
    lines.push('');
  }
  lines.push('## Menurut domain / By domain', '');
  for (const rule of RULES) lines.push(`- [${rule.id}](${rule.domain}/${functionName(rule)}.md) — ${rule.title.en}`);
  return `${lines.join('\n').trimEnd()}\n`;
}

/** Citations over every rule, each counted once per place it is given (basis, version, table row, reason code). */
export function citationCounts(): { located: number; unlocated: number } {
  let located = 0;
  let unlocated = 0;
  for (const rule of RULES) for (const { citation } of citationsOf(rule)) citation.unlocated === undefined ? located++ : unlocated++;
  return { located, unlocated };
}

/** Every generated page, by path relative to the repository root. */
export function docPages(): Map<string, string> {
  const pages = new Map<string, string>([['docs/rules/README.md', renderIndex()]]);
  for (const rule of RULES) pages.set(`docs/rules/${rule.domain}/${functionName(rule)}.md`, renderRulePage(rule));
  return pages;
}
