/**
 * The text of the sebutan reason of the PP 46/2011 rules. Each rule states it under its own code
 * (`performance.capaianSkp.sebutan`, `performance.nilaiPrestasiKerjaPp46.sebutan`) in its messages file.
 * Text only: no rule is imported, so the explainers bundle no rule.
 */
export const TEKS_SEBUTAN_PP46 = {
  id: 'Nilai {unsur} {nilai} berada pada rentang {rentang} ({tafsirBatas}): sebutan {sebutan}',
  en: '{unsur} score {nilai} is in the range {rentang} ({tafsirBatas}): rating {sebutan}',
} as const;
