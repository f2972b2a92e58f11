/**
 * A SIASN reference table as data: each row maps a SIASN id to our value (or to `null` where no value of
 * ours can be named with confidence), with the SIASN name, the grade of the fact (I: several
 * implementations agree; S: one source; U: unconfirmed) and a note. Unknown ids are refused, naming the id.
 */
import { MeritInputError, ownIssue } from '../../core/errors.js';
import { deepFreeze } from '../../core/freeze.js';

export type GradeSiasn = 'I' | 'S' | 'U';

export interface BarisReferensi<T> {
  readonly id: string;
  readonly nama: string;
  /** Our value, or `null`: the id is known but maps to nothing of ours with confidence (see `catatan`). */
  readonly nilai: T | null;
  readonly grade: GradeSiasn;
  readonly catatan?: string;
}

export interface TabelReferensi<T> {
  /** Name of the SIASN reference (`golongan`, `tingkatPendidikan`, …) and the fields that carry its ids. */
  readonly nama: string;
  readonly kolom: string;
  readonly judul: { readonly id: string; readonly en: string };
  readonly baris: readonly BarisReferensi<T>[];
}

/** Builds a frozen reference table from rows `[id, nama, nilai, grade, catatan?]`. */
export function tabelReferensi<T>(
  nama: string,
  kolom: string,
  judul: { id: string; en: string },
  rows: readonly (readonly [string, string, T | null, GradeSiasn, string?])[],
): TabelReferensi<T> {
  return deepFreeze({
    nama,
    kolom,
    judul,
    baris: rows.map(([id, namaBaris, nilai, grade, catatan]) => ({ id, nama: namaBaris, nilai, grade, ...(catatan ? { catatan } : {}) })),
  });
}

/** Ids compare as written, and digit strings also by value: `5`, `"5"` and `"05"` are one id. */
function sameId(a: string, b: string): boolean {
  return a === b || (/^\d+$/.test(a) && /^\d+$/.test(b) && Number(a) === Number(b));
}

/** The row of `id`, or `undefined` for an id the table does not know. */
export function barisUntuk<T>(tabel: TabelReferensi<T>, id: string): BarisReferensi<T> | undefined {
  return tabel.baris.find((b) => sameId(b.id, id));
}

/**
 * The row of `id`; an id the table does not know is refused with a {@link MeritInputError} at `path`
 * naming the id and the table, so a new or mistyped SIASN code is never read as something else.
 */
export function cariReferensi<T>(tabel: TabelReferensi<T>, id: string, path: (string | number)[]): BarisReferensi<T> {
  const row = barisUntuk(tabel, id);
  if (row) return row;
  throw new MeritInputError(
    [
      ownIssue(
        path,
        {
          en: `unknown SIASN ${tabel.nama} id "${id}" (known: ${tabel.baris.map((b) => b.id).join(', ')})`,
          id: `id ${tabel.nama} SIASN "${id}" tidak dikenal (yang dikenal: ${tabel.baris.map((b) => b.id).join(', ')})`,
        },
        'not_an_option',
      ),
    ],
    'siasn',
  );
}
