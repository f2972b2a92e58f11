/**
 * Minimal CSV support for batch runs: one record per line (quoted fields may contain commas and
 * doubled quotes, not line breaks). Column names with dots build nested objects
 * (`perilaku.integritas`); cells become numbers, booleans or JSON where they look like one.
 */

export function parseCsvLine(line: string, delimiter = ','): string[] {
  if (!line.includes('"')) return line.split(delimiter);
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === delimiter) {
      cells.push(cell);
      cell = '';
    } else cell += ch;
  }
  if (quoted) throw new Error('unterminated quoted field');
  cells.push(cell);
  return cells;
}

function convertCell(cell: string): unknown {
  const t = cell.trim();
  if (t === 'true') return true;
  if (t === 'false') return false;
  if (/^-?\d+$/.test(t) && Number.isSafeInteger(Number(t))) return Number(t);
  // Decimals stay strings: every decimal input of the library accepts a plain decimal string exactly.
  if ((t.startsWith('{') && t.endsWith('}')) || (t.startsWith('[') && t.endsWith(']'))) {
    try {
      return JSON.parse(t);
    } catch {
      return t;
    }
  }
  return t;
}

/** Names that would reach an object's prototype: refused as column names and as carried keys. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * A record builder for one header: column paths are split and checked once, then each row becomes
 * a plain object (empty cells are left out).
 */
export function csvRecordBuilder(header: readonly string[]): (cells: readonly string[]) => Record<string, unknown> {
  const paths = header.map((name) => {
    const path = name.split('.');
    if (path.some((key) => FORBIDDEN_KEYS.has(key))) throw new Error(`forbidden column name ${name}`);
    return path;
  });
  return (cells) => {
    if (cells.length !== paths.length) throw new Error(`expected ${paths.length} columns, found ${cells.length}`);
    const record: Record<string, unknown> = {};
    for (let i = 0; i < paths.length; i++) {
      const cell = cells[i]!;
      if (cell.trim() === '') continue;
      const path = paths[i]!;
      let node = record;
      for (let k = 0; k < path.length - 1; k++) {
        const key = path[k]!;
        const next = node[key];
        node = (next !== null && typeof next === 'object' ? next : (node[key] = {})) as Record<string, unknown>;
      }
      node[path[path.length - 1]!] = convertCell(cell);
    }
    return record;
  };
}

/** Builds a record from header names and cells; empty cells are left out. */
export function csvRecord(header: readonly string[], cells: readonly string[]): Record<string, unknown> {
  return csvRecordBuilder(header)(cells);
}
