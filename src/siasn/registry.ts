/**
 * The adapters by rule id: what the CLI and the HTTP service call for a SIASN record
 * (`SIASN_ADAPTERS[ruleId].decide(record, { asOf, options, supplement })`), and `fromSiasn` by function name.
 */
import type { AnyRule } from '../core/rule.js';
import type { SiasnAdapter } from './adapter/define.js';
import { akumulasiAngkaKreditSiasn, syaratJabatanSiasn } from './adapter/jabatan-dan-angka-kredit.js';
import { kenaikanPangkatFungsionalSiasn, kenaikanPangkatRegulerSiasn } from './adapter/kenaikan-pangkat.js';
import { batasUsiaPensiunSiasn, efekHukumanSiasn, kenaikanGajiBerkalaSiasn, satyalancanaKaryaSatyaSiasn } from './adapter/lainnya.js';

/** Adapters by function name: `fromSiasn.kenaikanPangkatReguler.toInput(record, { asOf })`. */
export const fromSiasn = Object.freeze({
  kenaikanPangkatReguler: kenaikanPangkatRegulerSiasn,
  kenaikanPangkatFungsional: kenaikanPangkatFungsionalSiasn,
  kenaikanGajiBerkala: kenaikanGajiBerkalaSiasn,
  batasUsiaPensiun: batasUsiaPensiunSiasn,
  satyalancanaKaryaSatya: satyalancanaKaryaSatyaSiasn,
  syaratJabatan: syaratJabatanSiasn,
  efekHukuman: efekHukumanSiasn,
  akumulasiAngkaKredit: akumulasiAngkaKreditSiasn,
});

/** Adapters by rule id (`promotion.kenaikanPangkatReguler`), for tools that take a rule id. */
export const SIASN_ADAPTERS: Readonly<Record<string, SiasnAdapter<AnyRule>>> = Object.freeze(
  Object.fromEntries(Object.values(fromSiasn).map((a) => [a.ruleId, a as unknown as SiasnAdapter<AnyRule>])),
);

/** The adapter of a rule id, or `undefined` when the rule cannot be decided from a SIASN record. */
export function siasnAdapterFor(ruleId: string): SiasnAdapter<AnyRule> | undefined {
  return Object.prototype.hasOwnProperty.call(SIASN_ADAPTERS, ruleId) ? SIASN_ADAPTERS[ruleId] : undefined;
}
