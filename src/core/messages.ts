import type { Citation, FactValue, Reason, ReasonOutcome } from './decision.js';
import { reason } from './decision.js';
import type { Bilingual, MessageCatalogue, MessageText } from './explain.js';
import { deepFreeze } from './freeze.js';

/**
 * The reason texts of one rule, keyed by the part of the reason code after the rule id:
 * `{ kumulatif: { id: '…{hariKumulatif}…', en: '…' } }` is the text of `<ruleId>.kumulatif`.
 * A rule's texts live in a sibling file `<rule>.messages.ts`, so the rule's own bundle carries no text.
 */
export type RuleMessageTexts = Readonly<Record<string, Readonly<MessageText>>>;

/** The `{placeholder}` names of a template, as a union of string literals. */
export type Placeholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | Placeholders<Rest> : never;

/** The facts a text needs: every placeholder of both languages, plus any other fact the rule records. */
export type FactsOf<T> = T extends { id: infer I extends string; en: infer E extends string }
  ? { readonly [K in Placeholders<I> | Placeholders<E>]: FactValue } & { readonly [extra: string]: FactValue }
  : Record<string, FactValue>;

/** One rule's texts, with the rule id they belong to. */
export interface RuleMessages<T extends RuleMessageTexts = RuleMessageTexts, R extends string = string> {
  readonly rule: R;
  readonly texts: T;
}

/**
 * Declares a rule's reason texts, beside the rule (`<rule>.messages.ts`). The text literals keep their
 * types, so {@link reasonsOf} can check each reason's facts against the placeholders of its text. The
 * messages file must not import the rule (the explainers would bundle it): it names the rule id as a
 * literal checked against the rule's constant,
 * `defineMessages('performance.predikatKinerja', { … })`.
 */
export function defineMessages<const R extends string, const T extends RuleMessageTexts>(rule: R, texts: T): RuleMessages<T, R> {
  return deepFreeze({ rule, texts });
}

/**
 * A typed reason builder for one rule: `alasan('kumulatif', 'FAIL', citations, facts)` builds the reason
 * `<ruleId>.kumulatif`, and the compiler refuses a key without a text or facts missing a placeholder. Use
 * it with a type-only import of the messages, so the rule's bundle stays free of text:
 * `import type { PESAN } from './hukuman-ketidakhadiran.messages.js'; const alasan = reasonsOf<typeof PESAN>(ID);`
 */
export function reasonsOf<M extends RuleMessages>(rule: M['rule']) {
  return <K extends keyof M['texts'] & string>(
    key: K,
    outcome: ReasonOutcome,
    citations: readonly Citation[],
    facts: FactsOf<M['texts'][K]>,
  ): Reason => reason(rule, `${rule}.${key}`, outcome, citations, facts as Record<string, FactValue>);
}

/**
 * A domain's catalogue from its rules' texts and its labels. Two rules may not define the same code; a
 * rule's texts are keyed `<ruleId>.<key>` as the reasons are.
 */
export function catalogueOf(domain: string, rules: readonly RuleMessages[], labels: Readonly<Record<string, Bilingual>>): MessageCatalogue {
  const messages: Record<string, MessageText> = {};
  for (const m of rules) {
    for (const [key, text] of Object.entries(m.texts)) {
      const code = `${m.rule}.${key}`;
      if (Object.hasOwn(messages, code)) throw new Error(`${code} has two texts`);
      messages[code] = text;
    }
  }
  return deepFreeze({ domain, messages, labels: { ...labels } });
}
