import { MeritInputError, ownIssue } from '../../core/errors.js';
import { parseInput } from '../../core/rule.js';
import { INDEKS_KEPUASAN_MASYARAKAT_RESPONDEN_RULE_ID, jawabanRespondenSchema } from '../indeks-kepuasan-masyarakat-responden.js';
import { NILAI_PERSEPSI, UNSUR_PELAYANAN, type UnsurPelayanan } from '../types.js';

const KNOWN: ReadonlySet<string> = new Set(UNSUR_PELAYANAN);

function isCleanRow(value: unknown): value is Partial<Record<UnsurPelayanan, number>> {
  try {
    return cleanRow(value);
  } catch {
    return false; // unreadable (a throwing getter or Proxy): parseInput refuses it as such
  }
}

function cleanRow(value: unknown): boolean {
  if (value === null || typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return false;
  for (const key of Object.keys(value)) {
    const v = (value as Record<string, unknown>)[key];
    if (!KNOWN.has(key) || (v !== undefined && v !== 1 && v !== 2 && v !== 3 && v !== 4)) return false;
  }
  return true;
}

type Sebaran = { '1': number; '2': number; '3': number; '4': number };

/** Per-unsur answer counts, in the form `indeksKepuasanMasyarakat` takes as its input. */
export interface RekapSurvei {
  unsur: Partial<Record<UnsurPelayanan, { sebaran: Sebaran }>>;
  jumlahResponden: number;
}

/** Folds respondents one at a time into per-unsur counts: constant memory, for surveys of any size (a CSV stream). */
export interface RekapJawaban {
  /**
   * Adds one respondent, checked as `indeksKepuasanMasyarakatResponden` checks a row (unknown keys refused with a
   * suggestion, answers whole numbers 1–4, a row with no answer refused); `baris` names the row in an error.
   */
  tambah(jawaban: unknown, baris?: number): void;
  /** The counts so far (a new object each call). */
  hasil(): RekapSurvei;
}

/**
 * A fold of responses into the summary input of `indeksKepuasanMasyarakat`: the same index as
 * `indeksKepuasanMasyarakatResponden` on the same rows, in constant memory. Not a rule: it decides nothing.
 *
 * @example
 * const rekap = rekapJawaban();
 * for (const row of rows) rekap.tambah(row);
 * indeksKepuasanMasyarakat(rekap.hasil(), { asOf: '2024-12-31' });
 */
export function rekapJawaban(): RekapJawaban {
  const counts = new Map<UnsurPelayanan, number[]>();
  let jumlahResponden = 0;
  return {
    tambah(jawaban, baris = jumlahResponden) {
      // Fast path for a clean row (a plain object of known unsur → whole 1–4); anything else is parsed as the rule parses it.
      const row = (
        isCleanRow(jawaban)
          ? jawaban
          : parseInput(jawabanRespondenSchema, jawaban, INDEKS_KEPUASAN_MASYARAKAT_RESPONDEN_RULE_ID, ['responden', baris])
      ) as Partial<Record<UnsurPelayanan, number>>;
      const answered = UNSUR_PELAYANAN.filter((u) => row[u] !== undefined);
      if (answered.length === 0)
        throw new MeritInputError(
          [
            ownIssue(['responden', baris], {
              en: 'answers no unsur: an empty row is not a respondent',
              id: 'tidak menjawab satu pun unsur: baris kosong bukan responden',
            }),
          ],
          INDEKS_KEPUASAN_MASYARAKAT_RESPONDEN_RULE_ID,
        );
      for (const u of answered) {
        let c = counts.get(u);
        if (!c) counts.set(u, (c = [0, 0, 0, 0]));
        c[row[u]! - 1]! += 1;
      }
      jumlahResponden += 1;
    },
    hasil() {
      const unsur: RekapSurvei['unsur'] = {};
      for (const u of UNSUR_PELAYANAN) {
        const c = counts.get(u);
        if (c) unsur[u] = { sebaran: Object.fromEntries(NILAI_PERSEPSI.map((v) => [String(v), c[v - 1]!])) as Sebaran };
      }
      return { unsur, jumlahResponden };
    },
  };
}
