/**
 * A batch's output as CSV, for a spreadsheet: one row per decided input, the columns known before the
 * first row (from the rule's output schema): `line`, the carried identification columns (`--keep`), the
 * decision's value flattened (`memenuhiSyarat`, `golonganBaru`, … or `value` for a plain value; a list
 * or a group the schema does not spell out is one JSON cell), then `explanation` (the reasons as one
 * text, lines joined with ` | `) and `reasons` (JSON) when asked. Written with a UTF-8 byte-order mark
 * and CRLF, as Excel expects; with `;` as delimiter, decimals are written with a comma (`87,5`).
 */
import type { AnyRule } from '../core/rule.js';
import { jsonSchemaOf } from '../schema.js';

type Node = Record<string, unknown>;

/** The value columns of a rule's decision, as paths (`[]` for a value that is not a group of fields). */
export function valuePaths(rule: AnyRule): string[][] {
  const decision = jsonSchemaOf(rule, 'output') as Node;
  const value = (decision.properties as Node | undefined)?.value as Node | undefined;
  const paths: string[][] = [];
  const seen = new Set<string>();
  const add = (path: string[]) => {
    const key = path.join('.');
    if (!seen.has(key)) {
      seen.add(key);
      paths.push(path);
    }
  };
  const walk = (schema: Node | undefined, path: string[]) => {
    const variants = (schema?.anyOf ?? schema?.oneOf) as Node[] | undefined;
    if (variants) {
      const groups = variants.filter((v) => v.properties !== undefined);
      if (groups.length === 0) return add(path);
      for (const g of groups) walk(g, path);
      return;
    }
    const properties = schema?.properties as Record<string, Node> | undefined;
    if (!properties || Object.keys(properties).length === 0) return add(path);
    for (const [key, child] of Object.entries(properties)) walk(child, [...path, key]);
  };
  walk(value, []);
  return paths;
}

/** A cell's text: quoted when it holds the delimiter, a quote or a line break. */
export function csvCell(text: string, delimiter: string): string {
  const safe = neutraliseFormula(text);
  return safe.includes(delimiter) || /["\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * A text cell that a spreadsheet would run as a formula (it starts with `=`, `+`, `-`, `@`, a tab or a carriage
 * return: a carried `nama` of `=HYPERLINK(…)`) is written with a leading `'`, which Excel and LibreOffice show
 * as text (OWASP, CSV injection). Numbers, negative ones included, are written as they are.
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) && !/^[-+]?\d+([.,]\d+)?$/.test(text) ? `'${text}` : text;
}

/** A value as cell text: decimals with a comma where asked, groups and lists as JSON. */
function cellText(value: unknown, decimalComma: boolean): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number') return decimalComma ? String(value).replace('.', ',') : String(value);
  if (typeof value === 'string') return decimalComma && /^-?\d+\.\d+$/.test(value) ? value.replace('.', ',') : value;
  if (typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

const at = (value: unknown, path: readonly string[]): unknown => {
  let node = value;
  for (const key of path) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, key)) return undefined;
    node = (node as Node)[key];
  }
  return node;
};

export interface CsvWriter {
  /** The header line (with the byte-order mark and its CRLF). */
  header: string;
  /** One output row (`{ line, ...carried, value, reasons?, explanation? }`) as a CSV line, without its CRLF. */
  line(row: Node): string;
}

/** `paths`: the value columns ({@link valuePaths}; `[[]]` for one `value` column). */
export function csvWriter(
  paths: readonly string[][],
  opts: { carried: readonly string[]; delimiter: string; withReasons: boolean; withExplanation: boolean },
): CsvWriter {
  const { delimiter } = opts;
  const decimalComma = delimiter === ';';
  const taken = new Set(['line', ...opts.carried, 'explanation', 'reasons']);
  const valueNames = paths.map((p) => (p.length === 0 ? 'value' : taken.has(p.join('.')) ? `value.${p.join('.')}` : p.join('.')));
  const names = ['line', ...opts.carried, ...valueNames];
  if (opts.withExplanation) names.push('explanation');
  if (opts.withReasons) names.push('reasons');
  const join = (cells: string[]) => cells.map((c) => csvCell(c, delimiter)).join(delimiter);
  return {
    header: `\uFEFF${join(names)}\r\n`,
    line(row) {
      const cells = [String(row.line)];
      for (const key of opts.carried) cells.push(cellText(row[key], false));
      for (const path of paths) cells.push(cellText(at(row.value, path), decimalComma));
      if (opts.withExplanation) cells.push(((row.explanation as string[] | undefined) ?? []).join(' | '));
      if (opts.withReasons) cells.push(JSON.stringify(row.reasons ?? []));
      return join(cells);
    },
  };
}
