import * as z from 'zod/mini';
import type { IsoDate } from '../../core/calendar.js';
import { type Citation, type Reason, reason } from '../../core/decision.js';
import type { Bilingual } from '../../core/explain.js';
import { deepFreeze } from '../../core/freeze.js';

/**
 * Disciplinary proceedings still open on asOf (an examination, an upaya administratif), which blocked a
 * promotion under PP 53/2010 and its Perka BKN 21/2010; for the PP 94/2021 regime no article has been found,
 * so the block is a setting, off by default. Shared by the kenaikan pangkat rules, beside the hukuman check.
 */

/** Input: the proceedings open on asOf. Absent: not known, not checked (no reason). */
export const pemeriksaanDisiplinSchema = z
  .optional(
    z.object({
      dalamPemeriksaan: z
        ._default(z.boolean(), false)
        .check(z.describe('Under examination on asOf for a suspected sedang/berat violation')),
      upayaAdministratif: z
        ._default(z.boolean(), false)
        .check(z.describe('An upaya administratif against a hukuman disiplin pending on asOf')),
    }),
  )
  .check(
    z.describe(
      'Disciplinary proceedings open on asOf (blocking only with the setting pemeriksaanDisiplinMenghalangi); absent: not checked',
    ),
  );
export type PemeriksaanDisiplin = z.output<typeof pemeriksaanDisiplinSchema>;

/** Preset of the setting pemeriksaanDisiplinMenghalangi: off (no PP 94/2021 article found). */
export const PEMERIKSAAN_DISIPLIN_MENGHALANGI = false;

/** Setting: whether open proceedings block a promotion. */
export const pemeriksaanDisiplinMenghalangiSchema = z
  ._default(z.boolean(), PEMERIKSAAN_DISIPLIN_MENGHALANGI)
  .check(
    z.describe(
      'Setting: open proceedings (pemeriksaanDisiplin) block the promotion. Preset false: no PP 94/2021 article found [U]; Perka BKN 21/2010 [B], DJKN buku saku [S], PP 53/2010 Pasal 41 (repealed) [P]',
    ),
  );

/** The note on the setting, for each KP rule's documentation. */
export const CATATAN_PEMERIKSAAN_DISIPLIN: Bilingual = /* @__PURE__ */ deepFreeze({
  id: 'Pengaturan pemeriksaanDisiplinMenghalangi (preset tidak aktif; Perka BKN 21/2010 menurut helpdesk Ropeg Kemenkes [B], buku saku DJKN [S], PP 53/2010 Pasal 41 yang dicabut [P]; rezim PP 94/2021 belum dikonfirmasi [U]): bila aktif, pemeriksaan dugaan pelanggaran sedang/berat atau upaya administratif yang belum diputus pada asOf (masukan pemeriksaanDisiplin) menghalangi; bila tidak, hanya dicatat (INFO); tanpa masukan tidak diperiksa. tmtPalingCepat tidak memperhitungkannya.',
  en: 'Setting pemeriksaanDisiplinMenghalangi (preset off; Perka BKN 21/2010 per the Kemenkes Ropeg helpdesk [B], DJKN buku saku [S], PP 53/2010 Pasal 41, repealed [P]; unconfirmed under PP 94/2021 [U]): when on, an examination for a suspected sedang/berat violation or a pending upaya administratif on asOf (input pemeriksaanDisiplin) blocks; when off, it is only recorded (INFO); without the input nothing is checked. tmtPalingCepat does not account for it.',
});

/** An examination for a suspected sedang/berat violation. */
export const CITATION_PEMERIKSAAN_DISIPLIN: Citation[] = deepFreeze([
  {
    regulation: 'PERKA_BKN_21_2010',
    unlocated:
      'Kemenkes Ropeg helpdesk (PP 53/2010 regime): "Pegawai yang sedang dalam proses pemeriksaan … tidak dapat dipertimbangakan kenaikan pangkatnya"; the article was not read.',
  },
  {
    regulation: 'PP_94_2021',
    unlocated:
      'No PP 94/2021 or Peraturan BKN 6/2022 article on a promotion during an examination was found; the DJKN buku saku still requires it.',
  },
]);

/** A pending upaya administratif: PP 53/2010 Pasal 41 ayat (1) (repealed). */
export const CITATION_UPAYA_ADMINISTRATIF: Citation[] = deepFreeze([
  { regulation: 'PP_53_2010', article: 'Pasal 41 ayat (1)' },
  {
    regulation: 'PP_94_2021',
    unlocated:
      'PP 94/2021 revoked PP 53/2010; no article of it or Peraturan BKN 6/2022 withholding a promotion while banding administratif is pending was found.',
  },
]);

/** The two rows of a KP rule's condition table (formulaTable steps). */
export const LANGKAH_PEMERIKSAAN_DISIPLIN = deepFreeze([
  [
    'pemeriksaanDisiplin',
    'bila pemeriksaanDisiplinMenghalangi: tidak dalam pemeriksaan disiplin sedang/berat pada asOf',
    CITATION_PEMERIKSAAN_DISIPLIN,
  ],
  [
    'upayaAdministratif',
    'bila pemeriksaanDisiplinMenghalangi: tidak ada upaya administratif yang belum diputus pada asOf',
    CITATION_UPAYA_ADMINISTRATIF,
  ],
] as const);

/** Both, for the reason that names both proceedings. */
const CITATION_PROSES_DISIPLIN: Citation[] = deepFreeze([...CITATION_PEMERIKSAAN_DISIPLIN, ...CITATION_UPAYA_ADMINISTRATIF]);

/**
 * The reasons of the proceedings check (codes `<rule>.pemeriksaanDisiplin…`, `<rule>.upayaAdministratifBerjalan`):
 * none when the input is absent; one INFO when the setting is off; otherwise a FAIL per open proceeding, or one
 * PASS when none is open.
 */
export function cekPemeriksaanDisiplin(ruleId: string, proses: PemeriksaanDisiplin, menghalangi: boolean, asOf: IsoDate): Reason[] {
  if (proses === undefined) return [];
  const { dalamPemeriksaan, upayaAdministratif } = proses;
  if (!menghalangi) {
    return [
      reason(ruleId, `${ruleId}.pemeriksaanDisiplinTidakDiperiksa`, 'INFO', CITATION_PROSES_DISIPLIN, {
        asOf,
        dalamPemeriksaan,
        upayaAdministratif,
      }),
    ];
  }
  const reasons: Reason[] = [];
  if (dalamPemeriksaan)
    reasons.push(reason(ruleId, `${ruleId}.pemeriksaanDisiplinBerjalan`, 'FAIL', CITATION_PEMERIKSAAN_DISIPLIN, { asOf }));
  if (upayaAdministratif)
    reasons.push(reason(ruleId, `${ruleId}.upayaAdministratifBerjalan`, 'FAIL', CITATION_UPAYA_ADMINISTRATIF, { asOf }));
  if (reasons.length === 0) {
    reasons.push(
      reason(ruleId, `${ruleId}.pemeriksaanDisiplinTidakAda`, 'PASS', CITATION_PROSES_DISIPLIN, {
        asOf,
      }),
    );
  }
  return reasons;
}
