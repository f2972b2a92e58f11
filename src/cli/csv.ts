/**
 * Minimal CSV support for batch runs: one record per line (quoted fields may contain commas and
 * doubled quotes, not line breaks). Column names with dots build nested objects
 * (`perilaku.integritas`); cells become numbers, booleans or JSON where they look like one.
 */

export function parseCsvLine(line: string, delimiter = ','): string[] {
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

/** Builds a record from header names and cells; empty cells are left out. */
export function csvRecord(header: readonly string[], cells: readonly string[]): Record<string, unknown> {
  if (cells.length !== header.length) throw new Error(`expected ${header.length} columns, found ${cells.length}`);
  const record: Record<string, unknown> = Object.create(null);
  header.forEach((name, i) => {
    const cell = cells[i]!;
    if (cell.trim() === '') return;
    const path = name.split('.');
    let node = record;
    for (const key of path.slice(0, -1)) {
      if (key === '__proto__' || key === 'constructor' || key === 'prototype') throw new Error(`forbidden column name ${name}`);
      node[key] ??= Object.create(null);
      node = node[key] as Record<string, unknown>;
    }
    node[path[path.length - 1]!] = convertCell(cell);
  });
  return JSON.parse(JSON.stringify(record)) as Record<string, unknown>;
}
