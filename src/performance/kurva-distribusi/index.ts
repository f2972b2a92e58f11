/**
 * Kurva distribusi (SE MenPANRB 3/2023, PermenPANRB 6/2022 Pasal 24–25): the descriptor. The pattern, its
 * readings and tables in `pola.ts`, schemas in `schema.ts`, examples and notes in `contoh.ts`, texts in
 * `messages.ts`.
 */
import { Decimal, formatFixed, roundHalfUp } from '../../core/decimal.js';
import { decision, type Reason } from '../../core/decision.js';
import { reasonsOf } from '../../core/messages.js';
import { defineRule, type RuleOptionsOf, type RuleOutputOf } from '../../core/rule.js';
import { PREDIKAT } from '../types.js';
import { KURVA_DISTRIBUSI_EXAMPLES, KURVA_DISTRIBUSI_NOTES } from './contoh.js';
import { hitungPredikat } from './daftar.js';
import type { KURVA_DISTRIBUSI_MESSAGES } from './messages.js';
import {
  type BatasDistribusi,
  CITE_KURVA,
  CITE_PEMBULATAN,
  CITE_POLA,
  KURVA_DISTRIBUSI_TABLES,
  type PembulatanBatasOrang,
  polaSe,
} from './pola.js';
import { type BatasTidakTerpenuhi, kurvaDistribusiInput, kurvaDistribusiOptions, kurvaDistribusiOutput } from './schema.js';

export const KURVA_DISTRIBUSI_RULE_ID = 'performance.kurvaDistribusi';
const alasan = reasonsOf<typeof KURVA_DISTRIBUSI_MESSAGES>(KURVA_DISTRIBUSI_RULE_ID);

/**
 * The head-count limit of one limit for `total` employees: the most allowed (MAKSIMUM) or the fewest
 * required (MINIMUM, LEBIH_DARI), with x = persen × total / 100 rounded as the setting says.
 */
function batasOrangOf(batas: BatasDistribusi, total: number, pembulatan: PembulatanBatasOrang): number {
  const x = new Decimal(batas.persen).times(total).dividedBy(100);
  // "More than x": a whole number of people above x, whatever the rounding of the other limits.
  if (batas.jenis === 'LEBIH_DARI') return x.floor().toNumber() + 1;
  const bulat =
    pembulatan === 'SETENGAH_KE_ATAS'
      ? roundHalfUp(x, 0)
      : // EKSAK: at most ⌊x⌋, at least ⌈x⌉ (the share itself compared); LONGGAR: the other way round.
        (batas.jenis === 'MAKSIMUM') === (pembulatan === 'EKSAK')
        ? x.floor()
        : x.ceil();
  return batas.jenis === 'MAKSIMUM' ? bulat.toNumber() : Math.max(batas.minimumOrang ?? 0, bulat.toNumber());
}

export const kurvaDistribusiRule = defineRule({
  id: KURVA_DISTRIBUSI_RULE_ID,
  domain: 'performance',
  title: { id: 'Kurva distribusi predikat kinerja pegawai', en: 'Distribution curve of employee performance ratings' },
  description: {
    id: 'Membandingkan jumlah pegawai per predikat kinerja dalam satu unit dengan pola distribusi menurut predikat kinerja organisasi; pola itu pertimbangan bagi pimpinan, sehingga unit di luar pola dilaporkan sebagai informasi, bukan kegagalan.',
    en: "Compares a unit's count of employees per performance rating with the distribution pattern set by the organisation's own rating; the pattern is guidance for the unit head, so a unit outside it is reported as information, not as a failure.",
  },
  citations: [...CITE_KURVA],
  tables: KURVA_DISTRIBUSI_TABLES,
  input: kurvaDistribusiInput,
  options: kurvaDistribusiOptions,
  output: kurvaDistribusiOutput,
  notes: KURVA_DISTRIBUSI_NOTES,
  examples: KURVA_DISTRIBUSI_EXAMPLES,
  evaluate(input, options) {
    const org = input.predikatOrganisasi;
    const pola = (options.pola?.[org] ?? polaSe(org, options.minimumSebagianBesar)) as readonly BatasDistribusi[];
    // Counts as given, or folded from the list of predikat or of predikatKinerja decisions (exactly one is given).
    const jumlah = input.jumlah ?? hitungPredikat(input.predikat ?? input.keputusan!.map((k) => k.value));
    const total = PREDIKAT.reduce((sum, p) => sum + jumlah[p], 0);
    const reasons: Reason[] = [];
    if (options.pembulatanBatasOrang !== 'EKSAK') {
      reasons.push(alasan('pembulatan', 'INFO', CITE_PEMBULATAN, { pembulatanBatasOrang: options.pembulatanBatasOrang }));
    }
    const batasTidakTerpenuhi: BatasTidakTerpenuhi[] = [];
    for (const batas of pola) {
      const dalamBatas = batas.predikat.reduce((sum, p) => sum + jumlah[p], 0);
      const batasOrang = batasOrangOf(batas, total, options.pembulatanBatasOrang);
      const dalam = batas.jenis === 'MAKSIMUM' ? dalamBatas <= batasOrang : dalamBatas >= batasOrang;
      // total > 0: the input refuses a unit without employees.
      const persenAktual = formatFixed(new Decimal(dalamBatas).times(100).dividedBy(total), 2);
      const facts = {
        predikat: batas.predikat.join('+'),
        jenis: batas.jenis,
        persenBatas: batas.persen,
        persenAktual,
        jumlah: dalamBatas,
        total,
        batasOrang,
      };
      // The pattern is guidance ("pertimbangan bagi pimpinan"): outside it is INFO, never FAIL.
      reasons.push(dalam ? alasan('sesuai', 'PASS', CITE_POLA[org], facts) : alasan('diLuarPola', 'INFO', CITE_POLA[org], facts));
      if (!dalam) {
        batasTidakTerpenuhi.push({
          predikat: [...batas.predikat],
          jenis: batas.jenis,
          persenBatas: batas.persen,
          persenAktual,
          jumlah: dalamBatas,
          batasOrang,
        });
      }
    }
    if (pola.length === 0) reasons.push(alasan('tanpaBatas', 'INFO', CITE_KURVA, { predikatOrganisasi: org }));
    return decision({ dalamPola: batasTidakTerpenuhi.length === 0, total, batasTidakTerpenuhi }, reasons);
  },
});

/**
 * Compares a unit's predikat distribution with the pattern set by the organisation's predikat: guidance
 * for the unit head (SE MenPANRB 3/2023), so `dalamPola: false` is not a failure.
 *
 * @example
 * kurvaDistribusi({ predikatOrganisasi: 'ISTIMEWA', jumlah: { SANGAT_BAIK: 8, BAIK: 2 } }).value.dalamPola // false (80% > 70%)
 */
export const kurvaDistribusi = kurvaDistribusiRule.run;

/** Options of {@link kurvaDistribusi}. */
export type KurvaDistribusiOptions = RuleOptionsOf<typeof kurvaDistribusiRule>;
/** The value of {@link kurvaDistribusi}'s decision. */
export type KurvaDistribusiOutput = RuleOutputOf<typeof kurvaDistribusiRule>;
