import * as z from 'zod/mini';
import { type IsoDate, isoDateSchema } from '../core/calendar.js';
import { type Citation, decision, type Reason } from '../core/decision.js';
import { deepFreeze } from '../core/freeze.js';
import { reasonsOf } from '../core/messages.js';
import { dateOutputSchema } from '../core/output.js';
import { defineRule, type RuleInputOf, type RuleOptionsOf, type RuleOutputOf } from '../core/rule.js';
import { contradiction, superRefineParsed } from '../core/refine.js';
import {
  akhirHukuman,
  hukumanBerjalanPada,
  hukumanBerlaku,
  pembatalanHukuman,
  RIWAYAT_HUKUMAN_MAKS,
  riwayatHukumanSchema,
} from './_bersama/riwayat-hukuman.js';
import { recordTable } from '../core/tables.js';
import type { EFEK_HUKUMAN_MESSAGES } from './efek-hukuman.messages.js';
import { HUKUMAN, type JenisHukuman, jenisHukumanSchema, TINGKAT_HUKUMAN, tingkatHukumanSchema } from './types.js';

export const EFEK_HUKUMAN_RULE_ID = 'discipline.efekHukuman';
const alasan = reasonsOf<typeof EFEK_HUKUMAN_MESSAGES>(EFEK_HUKUMAN_RULE_ID);

const pp94 = (article: string): Citation => ({ regulation: 'PP_94_2021', article });
/**
 * No KGB or kenaikan pangkat while a hukuman runs: no PP 94/2021 or PerBKN 6/2022 article stating it has been
 * found (the "Pasal 55 ayat (1)" a seed file gives is shown by no source), so the citation says what is known.
 */
const KP_KGB: Citation[] = deepFreeze([
  {
    regulation: 'PERBKN_6_2022',
    unlocated:
      'No article found: PerBKN 6/2022 has a part on "berlakunya keputusan Hukuman Disiplin, hapusnya kewajiban menjalani Hukuman Disiplin, dan hak-hak kepegawaian" (its Pasal 3 per JDIH Marves; BKN blog), whose articles were not read; the rule "PNS yang sedang menjalani hukuman disiplin tidak dapat dipertimbangkan kenaikan gaji berkala dan kenaikan pangkatnya" is quoted only from PerKa BKN 21/2010 under PP 53/2010 (Kemenkes Ropeg helpdesk).',
  },
]);
/**
 * What a jenis hukuman does from its TMT: a sedang or berat one postpones KGB and kenaikan pangkat while it
 * runs (setting `kgbKpDitundaSelamaHukuman`); PDHTAPS, a dismissal, is not served: from its TMT there is no
 * PNS to grant a KGB or a kenaikan pangkat to, whatever the setting says.
 */
function akibatJenis(jenis: JenisHukuman, kgbKpDitundaSelamaHukuman: boolean) {
  const { tingkat, permanen } = HUKUMAN[jenis];
  const sedangAtauBerat = tingkat === 'SEDANG' || tingkat === 'BERAT';
  return { sedangAtauBerat, diberhentikan: permanen, kgbDanKpDitunda: permanen || (sedangAtauBerat && kgbKpDitundaSelamaHukuman) };
}

const kgbKp = (jenis: JenisHukuman, setting: boolean) => {
  const a = akibatJenis(jenis, setting);
  return a.diberhentikan ? 'tidak ada lagi (diberhentikan)' : a.kgbDanKpDitunda ? 'ditunda selama berjalan' : 'tidak ditunda';
};

/** The effects of each jenis hukuman as the rule page shows them, from the function the rule decides with. */
export const TABEL_EFEK_HUKUMAN = recordTable(
  { id: 'Akibat setiap jenis hukuman disiplin sejak TMT-nya', en: 'Effects of each type of disciplinary penalty from its TMT' },
  HUKUMAN,
  ['jenis', 'tingkat', 'berlangsung', 'KGB dan KP (preset)', 'KGB dan KP (kgbKpDitundaSelamaHukuman: false)', 'KP pengabdian'],
  (info, jenis) => [
    info.tingkat,
    info.permanen ? 'tetap' : info.durasiBulan === null ? 'pada hari berlaku' : `${info.durasiBulan} bulan`,
    kgbKp(jenis, true),
    kgbKp(jenis, false),
    info.permanen ? 'tidak diberikan' : 'tidak terpengaruh',
  ],
  (info, jenis) => [pp94(info.ayat), ...(akibatJenis(jenis, true).kgbDanKpDitunda && !info.permanen ? KP_KGB : [])],
);

/** The hukuman running on a date and its effects, as JSON. */
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
/** The heaviest hukuman running on a date and its effects on KGB, kenaikan pangkat and KP pengabdian. */
export type EfekHukuman = z.output<typeof efekHukumanOutput>;

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
      // (An annulled PDHTAPS dismissed no one.)
      for (const h of hukumanBerlaku(v.riwayat)) if (HUKUMAN[h.jenis].permanen && (pdhtaps === null || h.tmt < pdhtaps)) pdhtaps = h.tmt;
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
        'Setting [U]: no KGB or kenaikan pangkat while a sedang or berat hukuman runs. Preset true: the rule under PP 53/2010 (PerKa BKN 21/2010, quoted by the Kemenkes Ropeg helpdesk [B]) and current practice for sedang and berat [S]; no PP 94/2021 or PerBKN 6/2022 article has been found.',
      ),
    ),
});

export const efekHukumanRule = defineRule({
  id: EFEK_HUKUMAN_RULE_ID,
  domain: 'discipline',
  title: { id: 'Akibat hukuman disiplin yang sedang berjalan', en: 'Effects of a running disciplinary penalty' },
  description: {
    id: 'Menentukan hukuman disiplin yang sedang dijalani pada suatu tanggal dan akibatnya: penundaan KGB dan kenaikan pangkat selama hukuman sedang atau berat, dan tidak ada kenaikan pangkat pengabdian setelah PDHTAPS.',
    en: 'Finds the disciplinary penalty being served on a date and its effects: no salary step or promotion while a sedang or berat penalty runs, and no service-based final promotion after PDHTAPS.',
  },
  citations: [pp94('Pasal 8'), ...KP_KGB],
  tables: [TABEL_EFEK_HUKUMAN],
  input: efekHukumanInput,
  options: efekHukumanOptions,
  output: efekHukumanOutput,
  notes: [
    {
      id: 'Pengaturan kgbKpDitundaSelamaHukuman, preset true [U]: tidak ada KGB dan kenaikan pangkat selama hukuman sedang atau berat berjalan. Sumber: PerKa BKN 21/2010 (era PP 53/2010) melalui helpdesk Ropeg Kemenkes, "PNS yang sedang menjalani hukuman disiplin tidak dapat dipertimbangkan kenaikan gaji berkala dan kenaikan pangkatnya" [B]; praktik (buku saku DJKN: "Tidak sedang menjalani HD tingkat Sedang/Berat") [S]. Pasal PP 94/2021 atau PerBKN 6/2022 yang mengaturnya belum ditemukan; PerBKN 6/2022 memuat bab hak-hak kepegawaian (BKN), nomor pasalnya belum terbaca. "Pasal 55 ayat (1)" dari berkas seed tidak dikutip lagi karena tidak ada sumber yang menunjukkannya.',
      en: 'Setting kgbKpDitundaSelamaHukuman, preset true [U]: no KGB or kenaikan pangkat while a sedang or berat hukuman runs. Source: PerKa BKN 21/2010 (PP 53/2010 era) via the Kemenkes Ropeg helpdesk, "PNS yang sedang menjalani hukuman disiplin tidak dapat dipertimbangkan kenaikan gaji berkala dan kenaikan pangkatnya" [B]; practice (DJKN pocket book: "Tidak sedang menjalani HD tingkat Sedang/Berat") [S]. No PP 94/2021 or PerBKN 6/2022 article stating it has been found; PerBKN 6/2022 has a chapter on hak-hak kepegawaian (BKN), its article numbers unread. The "Pasal 55 ayat (1)" of a seed file is no longer cited: no source shows it.',
    },
    {
      id: `Masukan yang ditolak: lebih dari ${RIWAYAT_HUKUMAN_MAKS} hukuman dalam riwayat (satu masa kerja); tanggal selesai sebelum TMT; tanggal selesai untuk PDHTAPS; hukuman yang berlaku sesudah PDHTAPS (pemberhentian bersifat tetap, Pasal 8 ayat (4) huruf c).`,
      en: `Refused input: more than ${RIWAYAT_HUKUMAN_MAKS} hukuman in the record (one working life); an end date before the TMT; an end date for PDHTAPS; a hukuman taking effect after a PDHTAPS (a dismissal is permanent, Pasal 8 ayat (4) huruf c).`,
    },
    {
      id: 'PDHTAPS bersifat tetap: tanggal selesai untuknya ditolak. Hukuman (termasuk PDHTAPS) yang dibatalkan atas keberatan atau banding administratif (PP 79/2021) atau putusan pengadilan (UU 5/1986 Pasal 97 ayat (9) huruf a) diberikan dengan `dibatalkan: { tanggal, dasar }`: hukuman itu batal, tidak pernah diperhitungkan, dan keputusan memuat alasan INFO. Hukuman yang diperingan dicatat sebagai hukuman baru, yang lama dibatalkan. Aturan yang sama berlaku di semua aturan yang membaca riwayat hukuman (kenaikan pangkat, KGB, satyalancana, potongan tukin, peringkat kandidat).',
      en: 'PDHTAPS is permanent: an end date for it is refused. A hukuman (PDHTAPS included) annulled on keberatan or banding administratif (PP 79/2021) or by a court judgment (UU 5/1986 Pasal 97 ayat (9) huruf a) is given with `dibatalkan: { tanggal, dasar }`: it is void, never counts, and the decision carries an INFO reason. A hukuman made lighter is recorded as a new hukuman with the old one annulled. Every rule that reads a hukuman record does the same (promotions, KGB, satyalancana, tukin cuts, candidate ranking).',
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
    const running = hukumanBerjalanPada(input.riwayat, input.tanggal, TINGKAT_HUKUMAN);
    const top = running[0] ?? null;
    const pdhtaps = hukumanBerlaku(input.riwayat).some((h) => h.jenis === 'PDHTAPS' && h.tmt <= input.tanggal);
    const berakhir = top ? akhirHukuman(top) : null;
    const akibat = top ? akibatJenis(top.jenis, options.kgbKpDitundaSelamaHukuman) : null;
    const reasons: Reason[] = pembatalanHukuman(input.riwayat).map((p) => alasan('hukumanDibatalkan', 'INFO', p.citations, p.facts));
    if (top && akibat?.diberhentikan) {
      reasons.push(alasan('diberhentikan', 'APPLIES', [pp94(HUKUMAN.PDHTAPS.ayat)], { tanggal: input.tanggal, tmt: top.tmt }));
    } else if (top) {
      reasons.push(
        alasan('berjalan', 'INFO', [pp94(HUKUMAN[top.jenis].ayat)], { tanggal: input.tanggal, hukuman: top.jenis, tmt: top.tmt, berakhir }),
      );
    } else {
      reasons.push(alasan('tidakAda', 'PASS', [pp94('Pasal 8')], { tanggal: input.tanggal }));
    }
    if (top && akibat?.sedangAtauBerat && !akibat.diberhentikan) {
      reasons.push(
        akibat.kgbDanKpDitunda
          ? alasan('kgbKpDitunda', 'APPLIES', KP_KGB, { hukuman: top.jenis })
          : alasan('kgbKpTidakDitunda', 'INFO', KP_KGB, { hukuman: top.jenis }),
      );
    }
    if (pdhtaps) reasons.push(alasan('tanpaKpPengabdian', 'APPLIES', [pp94('Pasal 8 ayat (4) huruf c')], {}));
    const value: EfekHukuman = {
      tanggal: input.tanggal,
      hukumanBerjalan: top?.jenis ?? null,
      tingkat: top ? HUKUMAN[top.jenis].tingkat : null,
      berakhir,
      sedangAtauBeratBerjalan: akibat?.sedangAtauBerat ?? false,
      kgbDanKpDitunda: akibat?.kgbDanKpDitunda ?? false,
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
