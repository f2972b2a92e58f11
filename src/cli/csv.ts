/**
 * Minimal CSV support for batch runs: one record per line (quoted fields may contain the delimiter and
 * doubled quotes, not line breaks). Column names with dots build nested objects
 * (`perilaku.integritas`), a number in the path an item of a list (`riwayatPenilaian.0.tahun`, also
 * written `riwayatPenilaian[0].tahun`); cells become numbers, booleans or JSON where they look like one.
 * Files saved by Excel where the decimal separator is a comma (an Indonesian-locale PC) use `;` between
 * cells and write `87,5`: read with `decimalComma`, such a cell is the decimal `87.5`.
 */

/** The delimiters a file may use: comma, semicolon (Excel with a decimal comma), tab. */
export const DELIMITERS: readonly string[] = [',', ';', '\t'];

/** The delimiter of a header line: the one of `,` `;` tab found most often outside quotes (`,` on a tie or none). */
export function detectDelimiter(header: string): string {
  const counts = new Map(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const ch of header) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best = ',';
  for (const d of DELIMITERS) if (counts.get(d)! > counts.get(best)!) best = d;
  return best;
}

/** `riwayat[0].predikat` → `riwayat.0.predikat`: one spelling of indexed columns. */
export const normalizeColumnName = (name: string): string => name.replace(/\[(\d+)\]/g, '.$1').replace(/^\./, '');

/** Highest list index a column may name (a list bound of the library is far lower). */
export const MAX_COLUMN_INDEX = 9999;

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

function convertCell(cell: string, decimalComma: boolean): unknown {
  const t = cell.trim();
  if (decimalComma && /^-?\d+,\d+$/.test(t)) return t.replace(',', '.');
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
export function csvRecordBuilder(
  header: readonly string[],
  decimalComma = false,
  listsAt?: readonly (readonly number[])[],
): (cells: readonly string[]) => Record<string, unknown> {
  const paths = header.map((name) => {
    const path = normalizeColumnName(name).split('.');
    if (path.some((key) => FORBIDDEN_KEYS.has(key))) throw new Error(`forbidden column name ${name}`);
    if (path.some((key) => isIndex(key) && Number(key) > MAX_COLUMN_INDEX)) throw new Error(`list index too large in ${name}`);
    return path;
  });
  // Which path positions are list indexes: as the rule's schema says (a record keyed "1".."4" stays an
  // object), else any number.
  const listAt = listsAt ?? paths.map((path) => path.flatMap((key, k) => (isIndex(key) ? [k] : [])));
  const indexed = listAt.some((l) => l.length > 0);
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
        const fresh = listAt[i]!.includes(k + 1) ? [] : {};
        node = (next !== null && typeof next === 'object' ? next : (node[key] = fresh)) as Record<string, unknown>;
      }
      node[path[path.length - 1]!] = convertCell(cell, decimalComma);
    }
    return indexed ? (withoutHoles(record) as Record<string, unknown>) : record;
  };
}

const isIndex = (key: string) => /^\d+$/.test(key);

/** Lists built from indexed columns, with the items whose cells were all empty left out. */
function withoutHoles(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter(() => true).map(withoutHoles);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    Object.defineProperty(out, k, { value: withoutHoles(v), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/** Builds a record from header names and cells; empty cells are left out. */
export function csvRecord(header: readonly string[], cells: readonly string[]): Record<string, unknown> {
  return csvRecordBuilder(header)(cells);
}
