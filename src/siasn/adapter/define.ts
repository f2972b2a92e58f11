/**
 * An adapter turns a SIASN employee into the input of one rule and lists, beside it, everything it could
 * not read, had to choose between, or must leave to a person: it never guesses silently. A gap that would
 * change the decision is `blocking`; the decision is then not taken until the caller supplies the field.
 */
import { type IsoDate, isIsoDate } from '../../core/calendar.js';
import { MeritInputError, ownIssue } from '../../core/errors.js';
import { closestName, withSuggestion } from '../../core/suggest.js';
import type { Bilingual } from '../../core/explain.js';
import { dateInWords } from '../../core/words.js';
import { IJAZAH, type Ijazah } from '../../core/ijazah.js';
import type { AnyRule, RuleInputOf, RuleOptionsOf, RuleOutputOf, TracedDecision } from '../../core/rule.js';
import { readSiasnPegawai, riwayatDiberikan, type RiwayatSiasn, type SiasnPegawai } from '../pegawai.js';
import { barisUntuk } from '../referensi/tabel.js';
import { REFERENSI_TINGKAT_PENDIDIKAN } from '../referensi/tingkat-pendidikan.js';

/**
 * Why a gap is listed: `missing` (SIASN has the field, this record leaves it empty), `not-in-siasn` (SIASN
 * does not hold it at all), `ambiguous` (two readings or two sources disagree), `needs-review` (a value
 * of SIASN with no counterpart of ours) or `ignored` (a row left out, and why).
 */
export type SiasnGapKind = 'missing' | 'not-in-siasn' | 'ambiguous' | 'needs-review' | 'ignored';

export interface SiasnGap {
  /** The rule input field concerned (`tmtPangkat`), or `options.<name>` for a setting that settles it. */
  readonly field: string;
  /** The SIASN fields read (`dataUtama.golRuangAkhirId`, `riwayat.golongan[2].tmtGolongan`). */
  readonly source: readonly string[];
  readonly kind: SiasnGapKind;
  /** `true`: the decision waits until the caller supplies `field`. */
  readonly blocking: boolean;
  readonly text: Bilingual;
}

export interface SiasnContext<In = unknown> {
  /** The decision date: the rule's `asOf`, and the day histories are read up to. */
  readonly asOf: IsoDate;
  /** Input fields the caller knows better than the record (ujian dinas, the target jabatan, a resolved conflict): they win, and clear the gaps they name. */
  readonly supplement?: Partial<In>;
  /**
   * Setting: ijazah for SIASN tingkat pendidikan ids, over the preset mapping (`REFERENSI_TINGKAT_PENDIDIKAN`);
   * e.g. `{ '42': 'DOKTER' }` for an agency whose 42 rows are all profesi dokter.
   */
  readonly ijazahTingkatPendidikan?: Readonly<Record<string, Ijazah>>;
}

export interface AdapterResult<In> {
  readonly ruleId: string;
  /** The input read from the record (and the supplement); complete only when no gap is blocking. */
  readonly input: Partial<In>;
  readonly missing: readonly SiasnGap[];
  readonly complete: boolean;
}

export type SiasnDecision<In, Out> =
  | (AdapterResult<In> & { readonly status: 'decided'; readonly decision: TracedDecision<Out> })
  | (AdapterResult<In> & { readonly status: 'indeterminate' });

/** A gap's text reads dates as an SK writes them (`1 April 2022`), as the explanations do; fields keep ISO. */
const datesInWords = (text: string, locale: 'id' | 'en') => text.replace(/\b\d{4}-\d{2}-\d{2}\b/g, (d) => dateInWords(d, locale) ?? d);

/** Collects gaps while an adapter reads a record. */
export class GapList {
  readonly gaps: SiasnGap[] = [];
  add(field: string, source: readonly string[], kind: SiasnGapKind, blocking: boolean, text: Bilingual): void {
    this.gaps.push({
      field,
      source: [...source],
      kind,
      blocking,
      text: { id: datesInWords(text.id, 'id'), en: datesInWords(text.en, 'en') },
    });
  }
}

export interface SiasnAdapter<R extends AnyRule> {
  readonly ruleId: R['id'];
  readonly rule: R;
  /** Reads the record into the rule's input, listing what is missing or ambiguous. */
  toInput(record: unknown, context: SiasnContext<RuleInputOf<R>>): AdapterResult<RuleInputOf<R>>;
  /** Reads the record and, when nothing blocking is missing, decides (the rule's `asOf` is the context's). */
  decide(
    record: unknown,
    context: SiasnContext<RuleInputOf<R>> & { readonly options?: Omit<RuleOptionsOf<R>, 'asOf'> },
  ): SiasnDecision<RuleInputOf<R>, RuleOutputOf<R>>;
}

/** The top-level key a gap's field names (`riwayatHukuman[0].tmt` → `riwayatHukuman`). */
const topKey = (field: string) => field.split(/[.[]/)[0]!;

function settled(gap: SiasnGap, supplement: object, options: object | undefined): boolean {
  if (gap.field.startsWith('options.')) return options !== undefined && gap.field.slice('options.'.length) in options;
  return topKey(gap.field) in supplement;
}

/** Refuses a context the adapters cannot read by: a decision date that is no calendar date, a setting naming an unknown id or ijazah. */
function checkContext(context: SiasnContext): void {
  const issues = [];
  const KONTEKS = ['asOf', 'supplement', 'ijazahTingkatPendidikan', 'options'];
  for (const k of typeof context === 'object' && context !== null ? Object.keys(context) : []) {
    if (KONTEKS.includes(k)) continue;
    const text = withSuggestion({ en: 'is not a setting of the adapter', id: 'bukan pengaturan adaptor' }, closestName(k, KONTEKS));
    issues.push(ownIssue([k], text, 'unknown_key'));
  }
  if (typeof context !== 'object' || context === null || !isIsoDate(context.asOf)) {
    issues.push(ownIssue(['asOf'], { en: 'must be a calendar date YYYY-MM-DD', id: 'harus tanggal kalender YYYY-MM-DD' }));
  }
  for (const [id, value] of Object.entries(context?.ijazahTingkatPendidikan ?? {})) {
    if (!barisUntuk(REFERENSI_TINGKAT_PENDIDIKAN, id)) {
      issues.push(
        ownIssue(['ijazahTingkatPendidikan', id], {
          en: `unknown tingkat pendidikan id "${id}"`,
          id: `id tingkat pendidikan "${id}" tidak dikenal`,
        }),
      );
    }
    if (!(IJAZAH as readonly unknown[]).includes(value)) {
      issues.push(
        ownIssue(['ijazahTingkatPendidikan', id], {
          en: `"${String(value)}" is not an ijazah (${IJAZAH.join(', ')})`,
          id: `"${String(value)}" bukan ijazah (${IJAZAH.join(', ')})`,
        }),
      );
    }
  }
  if (issues.length > 0) throw new MeritInputError(issues, 'siasn');
}

/** Defines an adapter from the function that reads a record into the rule's input. */
export function defineAdapter<R extends AnyRule>(spec: {
  rule: R;
  /** `true` when the rule's options take `asOf` (the context's is passed on). */
  asOfOption: boolean;
  /**
   * The riwayat lists the decision depends on: one the record leaves out was not fetched, which is not the same
   * as empty (no hukuman), so it blocks until given (`[]` when SIASN has none).
   */
  riwayat: readonly RiwayatSiasn[];
  derive(pegawai: SiasnPegawai, context: SiasnContext<RuleInputOf<R>>, gaps: GapList): Partial<RuleInputOf<R>>;
}): SiasnAdapter<R> {
  type In = RuleInputOf<R>;
  const read = (record: unknown, context: SiasnContext<In>, options?: object): AdapterResult<In> => {
    checkContext(context);
    const pegawai = readSiasnPegawai(record);
    const gaps = new GapList();
    const given = riwayatDiberikan(pegawai);
    for (const k of spec.riwayat.filter((r) => !given.has(r))) {
      gaps.add(`riwayat.${k}`, [`riwayat.${k}`], 'missing', true, {
        en: `riwayat.${k} was not given: fetch it from SIASN (give [] when SIASN has none); a list left out is not read as empty`,
        id: `riwayat.${k} tidak diberikan: ambil dari SIASN (beri [] bila SIASN tidak mencatat apa pun); daftar yang tidak diberikan tidak dibaca sebagai kosong`,
      });
    }
    const derived = spec.derive(pegawai, context, gaps);
    const supplement = (context.supplement ?? {}) as object;
    const input = Object.fromEntries(Object.entries({ ...derived, ...supplement }).filter(([, v]) => v !== undefined)) as Partial<In>;
    const missing = Object.freeze(gaps.gaps.filter((g) => !settled(g, supplement, options)).map((g) => Object.freeze(g)));
    return { ruleId: spec.rule.id, input, missing, complete: !missing.some((g) => g.blocking) };
  };
  return Object.freeze({
    ruleId: spec.rule.id,
    rule: spec.rule,
    toInput: (record: unknown, context: SiasnContext<In>) => read(record, context),
    decide(record: unknown, context: SiasnContext<In> & { options?: object }) {
      const result = read(record, context, context.options);
      if (!result.complete) return { ...result, status: 'indeterminate' as const };
      const options = spec.asOfOption ? { ...context.options, asOf: context.asOf } : (context.options ?? {});
      const decision = spec.rule.run(result.input as never, options as never) as TracedDecision<RuleOutputOf<R>>;
      return { ...result, status: 'decided' as const, decision };
    },
  }) as SiasnAdapter<R>;
}
