import type * as z from 'zod/mini';
import type { Decision } from '../../core/decision.js';
import { type InputIssue, MeritInputError, ownIssue } from '../../core/errors.js';
import { reasonsOf } from '../../core/messages.js';
import { type DeepReadonly, defineRule, type RunConfig, type RuleOptionsOf, type RuleOutputOf } from '../../core/rule.js';
import { bagianBersamaIkm } from '../_bersama/halaman-ikm.js';
import { cekPopulasi, hitungIkm, pedomanSurvei, tanggalPedoman, unsurAsing } from '../_bersama/hitung-ikm.js';
import type { Pedoman } from '../_bersama/pedoman.js';
import type { ikmOptions, IndeksKepuasanMasyarakat } from '../_bersama/skema-ikm.js';
import type { UnsurPelayanan } from '../types.js';
import { CONTOH_INDEKS_KEPUASAN_MASYARAKAT } from './contoh.js';
import type { INDEKS_KEPUASAN_MASYARAKAT_MESSAGES } from './messages.js';
import { indeksKepuasanMasyarakatInput, type IndeksKepuasanMasyarakatInput, jawabanOf, type Ringkasan, terhitung } from './ringkasan.js';

export { indeksKepuasanMasyarakatInput, type IndeksKepuasanMasyarakatInput, ringkasanUnsurSchema } from './ringkasan.js';

type RingkasanSurvei = z.output<typeof indeksKepuasanMasyarakatInput>;

export const INDEKS_KEPUASAN_MASYARAKAT_RULE_ID = 'pelayanan.indeksKepuasanMasyarakat';
const alasan = reasonsOf<typeof INDEKS_KEPUASAN_MASYARAKAT_MESSAGES>(INDEKS_KEPUASAN_MASYARAKAT_RULE_ID);

/** The unsur of the pedoman a summary lacks, and the unsur it gives that are not the pedoman's. */
function unsurTidakSesuai(input: RingkasanSurvei, pedoman: Pedoman) {
  const given = Object.entries(input.unsur).filter(([, r]) => r !== undefined) as [UnsurPelayanan, Ringkasan][];
  const issues: InputIssue[] = unsurAsing(
    pedoman,
    given.map(([u]) => u),
    ['unsur'],
  );
  for (const u of pedoman.unsur) {
    if (!input.unsur[u])
      issues.push(
        ownIssue(['unsur', u], {
          en: `is an unsur of a survey under ${pedoman.pedoman} and has no answers`,
          id: `adalah unsur survei menurut ${pedoman.pedoman} dan tidak memuat jawaban`,
        }),
      );
  }
  return issues;
}

/** With jawabanKosong TOLAK, every unsur must count as many answers as the survey has respondents. */
function jumlahTidakSama(input: RingkasanSurvei, pedoman: Pedoman) {
  const issues: InputIssue[] = [];
  const counts = pedoman.unsur.map((u) => jawabanOf(input.unsur[u]));
  const known = counts.filter((c): c is number => c !== null);
  const expected = input.jumlahResponden ?? known[0];
  pedoman.unsur.forEach((u, i) => {
    const c = counts[i];
    if (c !== null && c !== undefined && expected !== undefined && c !== expected)
      issues.push(
        ownIssue(['unsur', u], {
          en: `counts ${c} answers where the survey has ${expected}${input.jumlahResponden === undefined ? ` (the count of ${pedoman.unsur[counts.indexOf(expected)]})` : ' respondents'}: with jawabanKosong TOLAK every respondent answers every unsur (ABAIKAN accepts missing answers)`,
          id: `menghitung ${c} jawaban padahal survei memuat ${expected}${input.jumlahResponden === undefined ? ` (jumlah pada ${pedoman.unsur[counts.indexOf(expected)]})` : ' responden'}: dengan jawabanKosong TOLAK setiap responden menjawab setiap unsur (ABAIKAN menerima jawaban kosong)`,
        }),
      );
  });
  return issues;
}

export const indeksKepuasanMasyarakatRule = defineRule({
  id: INDEKS_KEPUASAN_MASYARAKAT_RULE_ID,
  domain: 'pelayanan',
  title: {
    id: 'Indeks Kepuasan Masyarakat (IKM) dari ringkasan jawaban per unsur',
    en: 'Public Satisfaction Index (IKM) from per-unsur answer summaries',
  },
  description: {
    id: 'Menghitung NRR per unsur, nilai indeks (1–4), IKM (25–100), mutu dan kinerja unit pelayanan, prioritas perbaikan dan kecukupan sampel dari sebaran, jumlah nilai atau NRR tiap unsur, menurut pedoman yang berlaku pada periode survei (KepmenPAN 25/2004, PermenPANRB 16/2014, PermenPANRB 14/2017).',
    en: "Computes each unsur's NRR, the index (1–4), the IKM (25–100), the service quality (mutu) and unit performance, the improvement priorities and the sample check from each unsur's answer distribution, sum of scores or NRR, under the pedoman in force for the survey period (KepmenPAN 25/2004, PermenPANRB 16/2014, PermenPANRB 14/2017).",
  },
  ...bagianBersamaIkm(),
  input: indeksKepuasanMasyarakatInput,
  examples: CONTOH_INDEKS_KEPUASAN_MASYARAKAT,
  versionOn: (_input, options) => tanggalPedoman(INDEKS_KEPUASAN_MASYARAKAT_RULE_ID, options.asOf, options.pedoman),
  evaluate(input, options) {
    const { version, peralihan } = pedomanSurvei(INDEKS_KEPUASAN_MASYARAKAT_RULE_ID, options.asOf, options.pedoman);
    const pedoman = version.value;
    const issues = unsurTidakSesuai(input, pedoman);
    if (issues.length === 0 && options.jawabanKosong === 'TOLAK') issues.push(...jumlahTidakSama(input, pedoman));
    if (issues.length > 0) throw new MeritInputError(issues, INDEKS_KEPUASAN_MASYARAKAT_RULE_ID);
    const ringkasan = pedoman.unsur.map((u) => terhitung(u, input.unsur[u]!));
    const counts = ringkasan.map((r) => r.jumlahJawaban);
    const jumlahResponden = input.jumlahResponden ?? (counts.every((c) => c !== null) ? Math.max(...(counts as number[])) : null);
    cekPopulasi(
      INDEKS_KEPUASAN_MASYARAKAT_RULE_ID,
      jumlahResponden,
      input.populasi,
      input.jumlahResponden === undefined ? ['populasi'] : ['jumlahResponden'],
    );
    return hitungIkm({
      alasan,
      version,
      peralihan,
      asOf: options.asOf,
      ringkasan,
      jumlahResponden,
      populasi: input.populasi,
      opsi: options,
    });
  },
});

/**
 * IKM of a service unit from per-unsur summaries (answer distribution, sum and count, or NRR), under the
 * pedoman of the survey period.
 *
 * @example
 * indeksKepuasanMasyarakat({ unsur: { PERSYARATAN: { sebaran: { '3': 40, '4': 60 } }, … } }, { asOf: '2024-12-31' }).value.mutu
 * @throws RuleNotInForceError for a survey period before 2004; MeritInputError for counts that do not add up or a wrong unsur set.
 */
export const indeksKepuasanMasyarakat: (
  input: DeepReadonly<IndeksKepuasanMasyarakatInput>,
  options: DeepReadonly<z.input<typeof ikmOptions>>,
  config?: RunConfig,
) => Decision<IndeksKepuasanMasyarakat> = indeksKepuasanMasyarakatRule.run;

/** Options of {@link indeksKepuasanMasyarakat}. */
export type IndeksKepuasanMasyarakatOptions = RuleOptionsOf<typeof indeksKepuasanMasyarakatRule>;
/** The value of {@link indeksKepuasanMasyarakat}'s decision. */
export type IndeksKepuasanMasyarakatOutput = RuleOutputOf<typeof indeksKepuasanMasyarakatRule>;
