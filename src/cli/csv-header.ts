/**
 * The header of a CSV batch, checked once against the rule's input before any row is read: a column the
 * input does not know (with the closest field as a suggestion), a column given twice (or both as `a` and
 * as `a.b`) or without a name is refused, since the rule would otherwise refuse every row for it, or one
 * cell would silently win over another. Columns named in `--ignore-columns` are carried into the output
 * rows as text and not fed to the rule. Where the input's shape cannot tell (a union without that key,
 * a loose object), the rule itself still refuses unknown keys row by row.
 */
import type * as z4 from 'zod/v4/core';
import type { Bilingual, Locale } from '../core/explain.js';
import { defOf as schemaDefOf, isOpenObject, type SchemaDef } from '../core/schema-def.js';
import { closestName, withSuggestion } from '../core/suggest.js';
import { unwrapSchema } from '../core/unknown-keys.js';
import { csvRecordBuilder, FORBIDDEN_KEYS, normalizeColumnName } from './csv.js';

/** One problem of a header: which column (1-based) and why, in both languages. */
export interface HeaderProblem {
  column?: number;
  name?: string;
  text: Bilingual;
}

/** Which cells go to the rule (and under which path) and which are carried along. */
export interface CsvLayout {
  width: number;
  /** `lists`: the positions in the column's path that are list indexes (`riwayat.0.tahun` → [1]). */
  fed: { index: number; name: string; lists: number[] }[];
  carried: { index: number; name: string }[];
}

/** The definition under a schema's wrappers. */
const defOf = (schema: z4.$ZodType): SchemaDef => schemaDefOf(unwrapSchema(schema));

/** The schemas a value may have to match: unions and intersections spread into their parts. */
function alternatives(schemas: readonly z4.$ZodType[]): z4.$ZodType[] {
  return schemas.flatMap((s) => {
    const def = defOf(s);
    if (def.type === 'union' && def.options) return alternatives(def.options);
    if (def.type === 'intersection' && def.left && def.right) return alternatives([def.left, def.right]);
    return [unwrapSchema(s)];
  });
}

const unknownText = (key: string, suggestion: string | undefined, topLevel: boolean): Bilingual => {
  const base = { en: 'is not a field of this input', id: 'bukan kolom masukan ini' };
  if (suggestion !== undefined) return withSuggestion(base, suggestion);
  if (!topLevel) return base;
  return {
    en: `${base.en} (name identification columns such as "${key}" with --ignore-columns)`,
    id: `${base.id} (sebutkan kolom identitas seperti "${key}" dengan --ignore-columns)`,
  };
};

/**
 * Why the column `path` cannot feed the rule's `input`, or `undefined` when it can (or only the rule can
 * tell). A key named in `ignore` is accepted where the input has no field of that name, as the rule does.
 */
export function columnProblem(
  input: z4.$ZodType,
  path: readonly string[],
  ignore: ReadonlySet<string>,
  lists: number[] = [],
): Bilingual | undefined {
  let current = [input];
  for (let i = 0; i < path.length; i++) {
    const key = path[i]!;
    const next: z4.$ZodType[] = [];
    const known: string[] = [];
    let object = false;
    let list = false;
    for (const schema of alternatives(current)) {
      const def = defOf(schema);
      if (def.type === 'object' && def.shape) {
        object = true;
        if (Object.hasOwn(def.shape, key)) next.push(def.shape[key]!);
        else if (isOpenObject(def))
          return undefined; // a loose object: any key
        else known.push(...Object.keys(def.shape));
      } else if (def.type === 'record' && def.valueType) {
        const keys = def.keyType ? defOf(def.keyType) : undefined;
        if (keys?.type === 'enum' && keys.entries && !Object.hasOwn(keys.entries, key)) {
          object = true;
          known.push(...Object.keys(keys.entries));
        } else next.push(def.valueType);
      } else if (def.type === 'any' || def.type === 'unknown') return undefined;
      else if (def.type === 'array' || def.type === 'tuple') {
        list = true;
        // `riwayatPenilaian.0.tahun`: an item of the list, by its index.
        const item = /^\d+$/.test(key) ? (def.type === 'array' ? def.element : def.items?.[Number(key)]) : undefined;
        if (item) {
          next.push(item);
          if (!lists.includes(i)) lists.push(i);
        }
      }
    }
    if (next.length > 0) {
      current = next;
      continue;
    }
    const above = path.slice(0, i).join('.');
    if (object) return ignore.has(key) ? undefined : unknownText(key, closestName(key, known), i === 0);
    if (i === 0)
      return {
        en: 'the input of this rule is not a record of fields: use JSON Lines',
        id: 'masukan aturan ini bukan rekaman berkolom: gunakan JSON Lines',
      };
    if (list) {
      return {
        en: `${above} is a list: give it as one JSON cell or as indexed columns (${above}.0.…, ${above}.1.…)`,
        id: `${above} berupa daftar: isi sebagai satu sel JSON atau kolom berindeks (${above}.0.…, ${above}.1.…)`,
      };
    }
    return { en: `${above} is not a group of fields`, id: `${above} bukan kelompok kolom` };
  }
  return undefined;
}

/**
 * Checks a header (names already trimmed) against the rule's input; `carried` are the names given to
 * `--ignore-columns`. Returns the layout of the cells, or every problem found.
 */
export function csvLayout(
  header: readonly string[],
  input: z4.$ZodType,
  carried: readonly string[],
): { layout: CsvLayout; problems: [] } | { layout?: undefined; problems: HeaderProblem[] } {
  const problems: HeaderProblem[] = [];
  const ignore = new Set(carried);
  const layout: CsvLayout = { width: header.length, fed: [], carried: [] };
  const firstColumn = new Map<string, number>();
  header.forEach((written, index) => {
    const column = index + 1;
    const name = normalizeColumnName(written);
    if (name === '') {
      problems.push({ column, text: { en: 'has no name', id: 'tidak bernama' } });
      return;
    }
    const seen = firstColumn.get(name);
    if (seen !== undefined) {
      problems.push({ column, name, text: { en: `repeats column ${seen}`, id: `mengulang kolom ${seen}` } });
      return;
    }
    firstColumn.set(name, column);
    const path = name.split('.');
    if (path.some((key) => key === '' || FORBIDDEN_KEYS.has(key))) {
      problems.push({ column, name, text: { en: `forbidden column name ${name}`, id: `nama kolom terlarang ${name}` } });
      return;
    }
    if (ignore.has(name)) {
      layout.carried.push({ index, name });
      return;
    }
    const lists: number[] = [];
    const problem = columnProblem(input, path, ignore, lists);
    if (problem) problems.push({ column, name, text: problem });
    else layout.fed.push({ index, name, lists });
  });
  // `a` and `a.b` both fill `a`: one would silently win.
  for (const { index, name } of layout.fed) {
    const path = name.split('.');
    for (let k = 1; k < path.length; k++) {
      const prefix = firstColumn.get(path.slice(0, k).join('.'));
      if (prefix !== undefined && !ignore.has(path.slice(0, k).join('.'))) {
        problems.push({ column: index + 1, name, text: { en: `overlaps column ${prefix}`, id: `tumpang tindih dengan kolom ${prefix}` } });
      }
    }
  }
  for (const name of carried) {
    if (!firstColumn.has(name)) {
      const suggestion = closestName(name, firstColumn.keys());
      const hint =
        suggestion === undefined
          ? { en: '', id: '' }
          : { en: `; did you mean "${suggestion}"?`, id: `; mungkin maksudnya "${suggestion}"?` };
      problems.push({
        text: {
          en: `--ignore-columns names "${name}", which the header does not have${hint.en}`,
          id: `--ignore-columns menyebut "${name}", yang tidak ada di tajuk${hint.id}`,
        },
      });
    }
  }
  return problems.length > 0 ? { problems } : { layout, problems: [] };
}

/** `column 3 "hasilKrja": is not a field of this input; did you mean "hasilKerja"?` */
export function headerProblemLine(problem: HeaderProblem, locale: Locale): string {
  if (problem.column === undefined) return problem.text[locale];
  return `${locale === 'id' ? 'kolom' : 'column'} ${problem.column}${problem.name === undefined ? '' : ` "${problem.name}"`}: ${problem.text[locale]}`;
}

/** Splits one row's cells into the rule's record and the carried text (empty cells are left out of both). */
export function csvRowReader(
  layout: CsvLayout,
  decimalComma = false,
): (cells: readonly string[]) => { record: Record<string, unknown>; carried?: Record<string, string> } {
  const build = csvRecordBuilder(
    layout.fed.map((c) => c.name),
    decimalComma,
    layout.fed.map((c) => c.lists),
  );
  return (cells) => {
    if (cells.length !== layout.width) throw new Error(`expected ${layout.width} columns, found ${cells.length}`);
    const record = build(layout.fed.map((c) => cells[c.index]!));
    if (layout.carried.length === 0) return { record };
    const carried: Record<string, string> = {};
    for (const { index, name } of layout.carried) {
      const cell = cells[index]!.trim();
      if (cell !== '') carried[name] = cell;
    }
    return { record, carried };
  };
}
