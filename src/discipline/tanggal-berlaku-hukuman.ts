import * as z from 'zod/mini';
import { addDays, addWorkingDays, type IsoDate, isoDateSchema } from '../core/calendar.js';
import { type Citation, decision, type Reason } from '../core/decision.js';
import { deepFreeze } from '../core/freeze.js';
import { reasonsOf } from '../core/messages.js';
import { defineRule, type RuleInputOf, type RuleOptionsOf, type RuleOutputOf } from '../core/rule.js';
import { refineParsed } from '../core/refine.js';
import { formulaTable } from '../core/tables.js';
import { jadwalDari, jadwalHukumanOutput } from './_bersama/jadwal-hukuman.js';
import { kalenderKerjaSchema } from './_bersama/kalender.js';
import type { TANGGAL_BERLAKU_HUKUMAN_MESSAGES } from './tanggal-berlaku-hukuman.messages.js';
import { HUKUMAN, JENIS_HUKUMAN, type JenisHukuman, jenisHukumanSchema } from './types.js';

export const TANGGAL_BERLAKU_HUKUMAN_RULE_ID = 'discipline.tanggalBerlakuHukuman';
const alasan = reasonsOf<typeof TANGGAL_BERLAKU_HUKUMAN_MESSAGES>(TANGGAL_BERLAKU_HUKUMAN_RULE_ID);

/** Contoh kasus 22: the 15th day counted in working days, receipt day excluded; a ringan hukuman served the same day. */
const CONTOH_22: Citation = deepFreeze({ regulation: 'PERBKN_6_2022', annex: 'Lampiran, contoh kasus 22' });
/** The TMT: "berlaku pada hari ke-15 sejak diterima", and contoh 22 for how the days are counted. */
const BERLAKU: Citation[] = deepFreeze([
  {
    regulation: 'PP_94_2021',
    unlocated:
      '"Keputusan Hukuman Disiplin berlaku pada hari ke-15 (lima belas) sejak diterima" is quoted, without its Pasal, from a transcription of the discipline provisions (wawannug/disiplin-pns, by its wording PP 94/2021); the salinan was not read.',
  },
  CONTOH_22,
]);
/** The TMT set by the decision on an upaya administratif, and what keberatan and banding administratif are. */
const UPAYA_ADMINISTRATIF: Citation[] = deepFreeze([
  {
    regulation: 'PP_94_2021',
    unlocated:
      '"Keputusan Hukuman Disiplin yang diajukan Upaya Administratif berlaku sesuai dengan keputusan upaya administratifnya" is quoted, without its Pasal, from the same transcription (wawannug/disiplin-pns, by its wording PP 94/2021).',
  },
  { regulation: 'PP_79_2021', article: 'Pasal 1 angka 4' },
  { regulation: 'PP_79_2021', article: 'Pasal 1 angka 5' },
]);

/** "Berlaku pada hari ke-15 sejak diterima" (PerBKN 6/2022 contoh kasus 22): the preset of the setting `hariKe`. */
export const HARI_KE_BERLAKU = 15;
/** Most days the setting `hariKe` accepts: four times the regulation's 15, so a typo such as 150 is refused. */
const HARI_KE_MAKS = 60;

/** The Pasal 8 ayat of a jenis, and for a ringan one also contoh 22 (served on the day it takes effect). */
function dasarAkhir(jenis: JenisHukuman): Citation[] {
  const info = HUKUMAN[jenis];
  const pasal8: Citation[] = [{ regulation: 'PP_94_2021', article: info.ayat }];
  return !info.permanen && info.durasiBulan === null ? [...pasal8, CONTOH_22] : pasal8;
}

/** The end of each jenis as a formula, from the durations of {@link HUKUMAN} (PP 94/2021 Pasal 8). */
function rumusAkhir(jenis: JenisHukuman): string {
  const info = HUKUMAN[jenis];
  if (info.permanen) return 'tetap: hariTerakhir = selesai = — (tidak berakhir)';
  if (info.durasiBulan === null) return 'hariTerakhir = TMT; selesai = TMT + 1 hari (dijalani pada hari berlaku)';
  return `selesai = TMT + ${info.durasiBulan} bulan (tanggal yang sama, atau akhir bulan); hariTerakhir = selesai − 1 hari`;
}

/** The date rule as the rule page shows it: the TMT, then the end of each jenis, each step with its dasar. */
export const RUMUS_TANGGAL_BERLAKU_HUKUMAN = formulaTable(
  {
    id: 'Tanggal berlaku (TMT) dan berakhirnya hukuman disiplin',
    en: 'When a disciplinary penalty takes effect (TMT) and ends',
  },
  [
    [
      'TMT',
      `tanggalDiterima + ${HARI_KE_BERLAKU} hari kerja (pengaturan hariKe, satuanHari; hari penerimaan tidak dihitung, hari libur dan hari istirahat mingguan dilewati)`,
      BERLAKU,
    ],
    [
      'TMT, bila ada upaya administratif',
      'tanggalBerlakuUpayaAdministratif (ditetapkan keputusan upaya administratif)',
      UPAYA_ADMINISTRATIF,
    ],
    ...JENIS_HUKUMAN.map((jenis) => [`akhir ${jenis}`, rumusAkhir(jenis), dasarAkhir(jenis)] as const),
  ],
);

export const tanggalBerlakuHukumanInput = z
  .object({
    jenis: jenisHukumanSchema,
    tanggalDiterima: isoDateSchema.check(z.describe('Day the PNS received the keputusan (in person or at the last known address)')),
    tanggalBerlakuUpayaAdministratif: z
      .optional(isoDateSchema)
      .check(
        z.describe(
          'When upaya administratif was filed: the effective date set by its decision, which then prevails (not before tanggalDiterima)',
        ),
      ),
  })
  .check(
    refineParsed((v) => v.tanggalBerlakuUpayaAdministratif === undefined || v.tanggalBerlakuUpayaAdministratif >= v.tanggalDiterima, {
      text: {
        en: 'is before tanggalDiterima: upaya administratif is filed against a keputusan already received, so the date its decision sets cannot precede the receipt (PP 79/2021)',
        id: 'sebelum tanggalDiterima: upaya administratif diajukan atas keputusan yang sudah diterima, sehingga tanggal yang ditetapkan keputusannya tidak dapat mendahului penerimaan (PP 79/2021)',
      },
      path: ['tanggalBerlakuUpayaAdministratif'],
    }),
  );

export const tanggalBerlakuHukumanOptions = z.object({
  kalender: kalenderKerjaSchema,
  hariKe: z
    ._default(z.int().check(z.minimum(1), z.maximum(HARI_KE_MAKS)), HARI_KE_BERLAKU)
    .check(
      z.describe(
        `Setting: the day of the count on which the keputusan takes effect ("berlaku pada hari ke-${HARI_KE_BERLAKU} sejak diterima")`,
      ),
    ),
  satuanHari: z
    ._default(z.enum(['HARI_KERJA', 'HARI_KALENDER']), 'HARI_KERJA')
    .check(
      z.describe(
        'Setting [U]: how "hari ke-15" is counted. Preset HARI_KERJA (receipt day excluded, weekends and holidays skipped) is the only reading under which PerBKN 6/2022 contoh 22 works.',
      ),
    ),
});

/** Value of {@link tanggalBerlakuHukuman} as JSON. */
export const tanggalBerlakuHukumanOutput = jadwalHukumanOutput;

export const tanggalBerlakuHukumanRule = defineRule({
  id: TANGGAL_BERLAKU_HUKUMAN_RULE_ID,
  domain: 'discipline',
  title: { id: 'Tanggal berlaku dan berakhir hukuman disiplin', en: 'When a disciplinary penalty takes effect and ends' },
  description: {
    id: 'Keputusan hukuman disiplin berlaku pada hari ke-15 sejak diterima (hari kerja, hari penerimaan tidak dihitung, hari libur dilewati). Hukuman ringan selesai dijalani hari itu juga; hukuman sedang dan berat berakhir setelah 6, 9 atau 12 bulan; PDHTAPS bersifat tetap.',
    en: 'A disciplinary decision takes effect on the 15th day after receipt (working days, the receipt day excluded, holidays skipped). A ringan penalty is served the same day; sedang and berat ones end after 6, 9 or 12 months; PDHTAPS is permanent.',
  },
  citations: [...BERLAKU, { regulation: 'PP_94_2021', article: 'Pasal 8' }],
  tables: [RUMUS_TANGGAL_BERLAKU_HUKUMAN],
  input: tanggalBerlakuHukumanInput,
  options: tanggalBerlakuHukumanOptions,
  output: tanggalBerlakuHukumanOutput,
  notes: [
    {
      id: 'Contoh kasus 22 kedua dalam lampiran PerBKN 6/2022 (diterima 14 Maret 2022 → 8 Maret) tidak konsisten: hasilnya 9 Maret bila Nyepi 3 Maret 2022 libur. Kalender libur dapat diinjeksi.',
      en: 'The second PerBKN 6/2022 contoh kasus 22 (received 14 February 2022 → 8 March) is inconsistent: it gives 9 March when Nyepi, 3 March 2022, is a holiday. The holiday calendar is injectable.',
    },
    {
      id: 'Masukan yang ditolak: tanggalBerlakuUpayaAdministratif sebelum tanggalDiterima (upaya administratif diajukan atas keputusan yang sudah diterima); kalender yang menjadikan setiap hari dalam seminggu hari libur, atau lebih dari 5.000 hari libur.',
      en: 'Refused input: tanggalBerlakuUpayaAdministratif before tanggalDiterima (upaya administratif is filed against a keputusan already received); a calendar that makes every day of the week a rest day, or more than 5,000 holidays.',
    },
  ],
  examples: [
    {
      title: {
        id: 'Teguran diterima Selasa 8 Februari 2022, Isra Mikraj 28 Februari libur',
        en: 'Reprimand received Tuesday 8 February 2022, Isra Mi’raj 28 February a holiday',
      },
      input: { jenis: 'TEGURAN_TERTULIS', tanggalDiterima: '2022-02-08' },
      options: { kalender: { holidays: ['2022-02-28'] } },
      expected: { jenis: 'TEGURAN_TERTULIS', tmt: '2022-03-02', hariTerakhir: '2022-03-02', selesai: '2022-03-03' },
      source: 'PerBKN 6/2022 contoh 22 (TV-19)',
    },
    {
      title: { id: 'Potongan tukin 6 bulan diterima 14 Juli 2026', en: 'Six-month tukin cut received 14 July 2026' },
      input: { jenis: 'POTONGAN_TUKIN_6_BULAN', tanggalDiterima: '2026-07-14' },
      expected: { jenis: 'POTONGAN_TUKIN_6_BULAN', tmt: '2026-08-04', hariTerakhir: '2027-02-03', selesai: '2027-02-04' },
      source: 'derived (seed fixture for the effective date)',
    },
  ],
  evaluate(input, options) {
    const reasons: Reason[] = [];
    let tmt: IsoDate;
    if (input.tanggalBerlakuUpayaAdministratif) {
      tmt = input.tanggalBerlakuUpayaAdministratif;
      reasons.push(alasan('upayaAdministratif', 'INFO', UPAYA_ADMINISTRATIF, { tmt }));
    } else {
      tmt =
        options.satuanHari === 'HARI_KERJA'
          ? addWorkingDays(input.tanggalDiterima, options.hariKe, options.kalender)
          : addDays(input.tanggalDiterima, options.hariKe);
      reasons.push(
        alasan('hariKe', 'INFO', BERLAKU, {
          tanggalDiterima: input.tanggalDiterima,
          hariKe: options.hariKe,
          satuanHari: options.satuanHari,
          libur: options.kalender.holidays.size,
          tmt,
        }),
      );
    }
    const jadwal = jadwalDari(input.jenis, tmt);
    const info = HUKUMAN[input.jenis];
    const dasar = dasarAkhir(input.jenis);
    if (info.permanen) reasons.push(alasan('permanen', 'INFO', dasar, { jenis: input.jenis, tmt }));
    else if (info.durasiBulan === null) reasons.push(alasan('ringan', 'INFO', dasar, { jenis: input.jenis, tmt }));
    else
      reasons.push(
        alasan('durasi', 'INFO', dasar, {
          jenis: input.jenis,
          tmt,
          durasiBulan: info.durasiBulan,
          hariTerakhir: jadwal.hariTerakhir,
        }),
      );
    return decision(jadwal, reasons);
  },
});

/**
 * TMT and end of a hukuman disiplin: the 15th working day after receipt (holiday calendar injectable),
 * ringan served the same day, sedang/berat + 6/9/12 months, PDHTAPS permanent.
 */
export const tanggalBerlakuHukuman = tanggalBerlakuHukumanRule.run;

/** Input of {@link tanggalBerlakuHukuman}, as callers write it (a deeply readonly value is accepted too). */
export type TanggalBerlakuHukumanInput = RuleInputOf<typeof tanggalBerlakuHukumanRule>;
/** Options of {@link tanggalBerlakuHukuman}. */
export type TanggalBerlakuHukumanOptions = RuleOptionsOf<typeof tanggalBerlakuHukumanRule>;
/** The value of {@link tanggalBerlakuHukuman}'s decision. */
export type TanggalBerlakuHukumanOutput = RuleOutputOf<typeof tanggalBerlakuHukumanRule>;
