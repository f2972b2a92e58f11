import * as z from 'zod/mini';
import { deepFreeze } from '../core/freeze.js';
import { type IsoDate, isoDateSchema } from '../core/calendar.js';
import { type Citation, decision, type Reason, reason } from '../core/decision.js';
import { dateOutputSchema } from '../core/output.js';
import { defineRule, type RuleInputOf, type RuleOptionsOf, type RuleOutputOf } from '../core/rule.js';
import { contradiction, superRefineParsed } from '../core/refine.js';
import { akhirHukuman, hukumanBerjalanPada, RIWAYAT_HUKUMAN_MAKS, riwayatHukumanSchema } from './riwayat-hukuman.js';
import { HUKUMAN, type JenisHukuman, jenisHukumanSchema, TINGKAT_HUKUMAN, type TingkatHukuman, tingkatHukumanSchema } from './types.js';

export const EFEK_HUKUMAN_RULE_ID = 'discipline.efekHukuman';

export interface EfekHukuman {
  tanggal: IsoDate;
  /** The heaviest hukuman running on the date (any tingkat), or null. */
  hukumanBerjalan: JenisHukuman | null;
  tingkat: TingkatHukuman | null;
  /** First day after it, or null (none running, or PDHTAPS). */
  berakhir: IsoDate | null;
  /** A sedang or berat hukuman is running. */
  sedangAtauBeratBerjalan: boolean;
  /** KGB and kenaikan pangkat are not granted on this date: a sedang or berat hukuman runs (setting), or PDHTAPS took effect. */
  kgbDanKpDitunda: boolean;
  /** PDHTAPS: no kenaikan pangkat pengabdian. */
  tanpaKpPengabdian: boolean;
}

/** {@link EfekHukuman} as JSON. */
export const efekHukumanOutput = z.object({
  tanggal: dateOutputSchema.check(z.describe('The date asked about')),
  hukumanBerjalan: z
    .nullable(jenisHukumanSchema)
    .check(z.describe('The heaviest hukuman running on the date (any tingkat); null when none')),
  tingkat: z.nullable(tingkatHukumanSchema).check(z.describe('Tingkat of hukumanBerjalan; null when none')),
  berakhir: z
    .nullable(dateOutputSchema)
    .check(z.describe('First day after hukumanBerjalan has been served; null when none runs or for PDHTAPS (permanent)')),
  sedangAtauBeratBerjalan: z.boolean().check(z.describe('A sedang or berat hukuman is running on the date')),
  kgbDanKpDitunda: z
    .boolean()
    .check(
      z.describe(
        'KGB (periodic salary step) and kenaikan pangkat are not granted on the date: a sedang or berat hukuman runs (setting kgbKpDitundaSelamaHukuman), or PDHTAPS took effect on or before it (whatever the setting)',
      ),
    ),
  tanpaKpPengabdian: z.boolean().check(z.describe('PDHTAPS took effect on or before the date: no kenaikan pangkat pengabdian')),
});

export const efekHukumanInput = z
  .object({
    riwayat: z
      .array(riwayatHukumanSchema)
      .check(
        z.maxLength(RIWAYAT_HUKUMAN_MAKS),
        z.describe(`The PNS’s hukuman disiplin with their TMT (at most ${RIWAYAT_HUKUMAN_MAKS} over a working life; none after a PDHTAPS)`),
      ),
    tanggal: isoDateSchema.check(z.describe('The date asked about (e.g. a KP or KGB TMT)')),
  })
  .check(
    superRefineParsed((v, ctx) => {
      // A dismissal is permanent (PP 94/2021 Pasal 8 ayat (4) huruf c): nothing can take effect after it.
      let pdhtaps: IsoDate | null = null;
      for (const h of v.riwayat) if (HUKUMAN[h.jenis].permanen && (pdhtaps === null || h.tmt < pdhtaps)) pdhtaps = h.tmt;
      if (pdhtaps === null) return;
      v.riwayat.forEach((h, i) => {
        if (h.tmt > pdhtaps)
          ctx.addIssue(
            contradiction(
              {
                en: `${h.jenis} takes effect on ${h.tmt}, after the PDHTAPS of ${pdhtaps}: a dismissal is permanent (PP 94/2021 Pasal 8 ayat (4) huruf c), so no later hukuman can follow`,
                id: `${h.jenis} berlaku pada ${h.tmt}, sesudah PDHTAPS pada ${pdhtaps}: pemberhentian bersifat tetap (PP 94/2021 Pasal 8 ayat (4) huruf c), sehingga tidak ada hukuman sesudahnya`,
              },
              ['riwayat', i, 'tmt'],
            ),
          );
      });
    }),
  );

export const efekHukumanOptions = z.object({
  kgbKpDitundaSelamaHukuman: z
    ._default(z.boolean(), true)
    .check(
      z.describe(
        'Setting [U]: no KGB or kenaikan pangkat while a sedang or berat hukuman runs (a seed cites PerBKN 6/2022 Pasal 55 ayat (1); unverified).',
      ),
    ),
});

const KP_KGB: Citation[] = deepFreeze([{ regulation: 'PERBKN_6_2022', article: 'Pasal 55 ayat (1)' }]);

export const efekHukumanRule = defineRule({
  id: EFEK_HUKUMAN_RULE_ID,
  domain: 'discipline',
  title: { id: 'Akibat hukuman disiplin yang sedang berjalan', en: 'Effects of a running disciplinary penalty' },
  description: {
    id: 'Menentukan hukuman disiplin yang sedang dijalani pada suatu tanggal dan akibatnya: penundaan KGB dan kenaikan pangkat selama hukuman sedang atau berat, dan tidak ada kenaikan pangkat pengabdian setelah PDHTAPS.',
    en: 'Finds the disciplinary penalty being served on a date and its effects: no salary step or promotion while a sedang or berat penalty runs, and no service-based final promotion after PDHTAPS.',
  },
  citations: [{ regulation: 'PP_94_2021', article: 'Pasal 8' }, ...KP_KGB],
  input: efekHukumanInput,
  options: efekHukumanOptions,
  output: efekHukumanOutput,
  notes: [
    {
      id: 'Masukan yang ditolak: lebih dari 200 hukuman dalam riwayat (satu masa kerja); tanggal selesai sebelum TMT; tanggal selesai untuk PDHTAPS; hukuman yang berlaku sesudah PDHTAPS (pemberhentian bersifat tetap, Pasal 8 ayat (4) huruf c).',
      en: 'Refused input: more than 200 hukuman in the record (one working life); an end date before the TMT; an end date for PDHTAPS; a hukuman taking effect after a PDHTAPS (a dismissal is permanent, Pasal 8 ayat (4) huruf c).',
    },
  ],
  examples: [
    {
      title: { id: 'Potongan tukin 6 bulan berjalan pada tanggal KP', en: 'Six-month tukin cut running on the promotion date' },
      input: { riwayat: [{ jenis: 'POTONGAN_TUKIN_6_BULAN', tmt: '2024-01-15' }], tanggal: '2024-04-01' },
      expected: {
        tanggal: '2024-04-01',
        hukumanBerjalan: 'POTONGAN_TUKIN_6_BULAN',
        tingkat: 'SEDANG',
        berakhir: '2024-07-15',
        sedangAtauBeratBerjalan: true,
        kgbDanKpDitunda: true,
        tanpaKpPengabdian: false,
      },
    },
  ],
  evaluate(input, options) {
    const id = EFEK_HUKUMAN_RULE_ID;
    const running = hukumanBerjalanPada(input.riwayat, input.tanggal, TINGKAT_HUKUMAN);
    const top = running[0] ?? null;
    const pdhtaps = input.riwayat.some((h) => h.jenis === 'PDHTAPS' && h.tmt <= input.tanggal);
    const tingkat = top ? HUKUMAN[top.jenis].tingkat : null;
    const sedangAtauBerat = tingkat === 'SEDANG' || tingkat === 'BERAT';
    const berakhir = top ? akhirHukuman(top) : null;
    // A permanent hukuman (PDHTAPS, a dismissal) is not "served": from its TMT there is no PNS to grant a KGB
    // or a kenaikan pangkat to, whatever the setting for running hukuman says.
    const diberhentikan = top !== null && HUKUMAN[top.jenis].permanen;
    const reasons: Reason[] = [];
    if (diberhentikan) {
      reasons.push(
        reason(id, `${id}.diberhentikan`, 'FAIL', [{ regulation: 'PP_94_2021', article: HUKUMAN.PDHTAPS.ayat }], {
          tanggal: input.tanggal,
          tmt: top.tmt,
        }),
      );
    } else if (top) {
      reasons.push(
        reason(id, `${id}.berjalan`, 'INFO', [{ regulation: 'PP_94_2021', article: HUKUMAN[top.jenis].ayat }], {
          tanggal: input.tanggal,
          hukuman: top.jenis,
          tmt: top.tmt,
          berakhir,
        }),
      );
    } else {
      reasons.push(reason(id, `${id}.tidakAda`, 'PASS', [{ regulation: 'PP_94_2021', article: 'Pasal 8' }], { tanggal: input.tanggal }));
    }
    const ditunda = diberhentikan || (sedangAtauBerat && options.kgbKpDitundaSelamaHukuman);
    if (sedangAtauBerat && !diberhentikan) {
      reasons.push(
        reason(id, ditunda ? `${id}.kgbKpDitunda` : `${id}.kgbKpTidakDitunda`, ditunda ? 'FAIL' : 'INFO', KP_KGB, { hukuman: top!.jenis }),
      );
    }
    if (pdhtaps)
      reasons.push(reason(id, `${id}.tanpaKpPengabdian`, 'FAIL', [{ regulation: 'PP_94_2021', article: 'Pasal 8 ayat (4) huruf c' }], {}));
    const value: EfekHukuman = {
      tanggal: input.tanggal,
      hukumanBerjalan: top?.jenis ?? null,
      tingkat,
      berakhir,
      sedangAtauBeratBerjalan: sedangAtauBerat,
      kgbDanKpDitunda: ditunda,
      tanpaKpPengabdian: pdhtaps,
    };
    return decision(value, reasons);
  },
});

/** The hukuman running on a date and its effects on KGB, kenaikan pangkat and KP pengabdian. */
export const efekHukuman = efekHukumanRule.run;

/** Input of {@link efekHukuman}, as callers write it (a deeply readonly value is accepted too). */
export type EfekHukumanInput = RuleInputOf<typeof efekHukumanRule>;
/** Options of {@link efekHukuman}. */
export type EfekHukumanOptions = RuleOptionsOf<typeof efekHukumanRule>;
/** The value of {@link efekHukuman}'s decision. */
export type EfekHukumanOutput = RuleOutputOf<typeof efekHukumanRule>;
