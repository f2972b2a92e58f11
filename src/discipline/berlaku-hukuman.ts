import * as z from 'zod/mini';
import { deepFreeze } from '../core/freeze.js';
import { addDays, addMonths, addWorkingDays, type IsoDate, isoDateSchema } from '../core/calendar.js';
import { type Citation, decision, type Reason, reason } from '../core/decision.js';
import { dateOutputSchema } from '../core/output.js';
import { defineRule, type RuleInputOf, type RuleOptionsOf, type RuleOutputOf } from '../core/rule.js';
import { refineParsed } from '../core/refine.js';
import { kalenderKerjaSchema } from './_bersama/kalender.js';
import { akhirHukuman, riwayatHukumanSchema } from './riwayat-hukuman.js';
import { HUKUMAN, type JenisHukuman, jenisHukumanSchema, lebihBerat } from './types.js';

export const TANGGAL_BERLAKU_HUKUMAN_RULE_ID = 'discipline.tanggalBerlakuHukuman';
export const GABUNG_HUKUMAN_RULE_ID = 'discipline.gabungHukuman';

const BERLAKU: Citation[] = deepFreeze([
  { regulation: 'PERBKN_6_2022', annex: 'Lampiran, contoh kasus 22' },
  { regulation: 'PP_94_2021', article: 'Pasal 8' },
]);

/** A hukuman placed in time: TMT, last day served (inclusive) and the first day after it (`selesai`). */
export interface JadwalHukuman {
  jenis: JenisHukuman;
  /** Day it takes effect; `null` when it can never be served (queued behind PDHTAPS). */
  tmt: IsoDate | null;
  /** Last day served, inclusive; `null` for PDHTAPS, or when never served (queued behind PDHTAPS, or superseded on its first day). */
  hariTerakhir: IsoDate | null;
  /** First day after it was served (as {@link RiwayatHukuman.selesai}); `null` for PDHTAPS or when never served. */
  selesai: IsoDate | null;
}

/** {@link JadwalHukuman} as JSON. */
export const jadwalHukumanOutput = z.object({
  jenis: jenisHukumanSchema,
  tmt: z
    .nullable(dateOutputSchema)
    .check(z.describe('Day it takes effect (TMT); null when it can never be served (queued behind PDHTAPS)')),
  hariTerakhir: z
    .nullable(dateOutputSchema)
    .check(z.describe('Last day served, inclusive; null for PDHTAPS (permanent) or when never served (superseded on its first day)')),
  selesai: z
    .nullable(dateOutputSchema)
    .check(z.describe('First day after it was served (hariTerakhir + 1); null for PDHTAPS (permanent) or when never served')),
});

/**
 * Places a hukuman starting on `tmt`: ringan served the same day; sedang/berat TMT + 6/9/12 months;
 * PDHTAPS permanent. `selesai` overrides the computed end (a hukuman deemed complete early).
 */
export function jadwalDari(jenis: JenisHukuman, tmt: IsoDate | null, selesaiOverride?: IsoDate | null): JadwalHukuman {
  if (tmt === null) return { jenis, tmt: null, hariTerakhir: null, selesai: null };
  const selesai = selesaiOverride === undefined ? akhirHukuman({ jenis, tmt }) : selesaiOverride;
  // Superseded on its first day (a heavier hukuman from the same TMT): not a single day served.
  const hariTerakhir = selesai === null || selesai <= tmt ? null : addDays(selesai, -1);
  return { jenis, tmt, hariTerakhir, selesai };
}

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
  hariKe: z._default(z.int().check(z.minimum(1), z.maximum(60)), 15).check(z.describe('"berlaku pada hari ke-15 sejak diterima"')),
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
  citations: BERLAKU,
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
    const id = TANGGAL_BERLAKU_HUKUMAN_RULE_ID;
    const reasons: Reason[] = [];
    let tmt: IsoDate;
    if (input.tanggalBerlakuUpayaAdministratif) {
      tmt = input.tanggalBerlakuUpayaAdministratif;
      reasons.push(reason(id, `${id}.upayaAdministratif`, 'INFO', [{ regulation: 'PP_79_2021' }], { tmt }));
    } else {
      tmt =
        options.satuanHari === 'HARI_KERJA'
          ? addWorkingDays(input.tanggalDiterima, options.hariKe, options.kalender)
          : addDays(input.tanggalDiterima, options.hariKe);
      reasons.push(
        reason(id, `${id}.hariKe`, 'INFO', BERLAKU, {
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
    const pasal8: Citation[] = [{ regulation: 'PP_94_2021', article: info.ayat }];
    if (info.permanen) reasons.push(reason(id, `${id}.permanen`, 'INFO', pasal8, { jenis: input.jenis, tmt }));
    else if (info.durasiBulan === null)
      reasons.push(reason(id, `${id}.ringan`, 'INFO', [...pasal8, BERLAKU[0]!], { jenis: input.jenis, tmt }));
    else
      reasons.push(
        reason(id, `${id}.durasi`, 'INFO', pasal8, {
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

const GABUNG: Citation[] = deepFreeze([{ regulation: 'PERBKN_6_2022', annex: 'Lampiran, contoh kasus 24' }]);

export const gabungHukumanInput = z
  .object({
    berjalan: riwayatHukumanSchema.check(z.describe('The hukuman being served')),
    baru: z.object({ jenis: jenisHukumanSchema, tmt: isoDateSchema.check(z.describe('Day the new hukuman would take effect')) }),
  })
  .check(
    refineParsed((v) => v.baru.tmt >= v.berjalan.tmt, {
      text: {
        en: 'the new hukuman cannot take effect before the running one',
        id: 'hukuman baru tidak dapat berlaku sebelum hukuman yang sedang dijalani',
      },
      path: ['baru', 'tmt'],
    }),
  );

/** Value of {@link gabungHukuman} as JSON: the two hukuman placed in time. */
export const gabungHukumanOutput = z.object({
  berjalan: jadwalHukumanOutput.check(z.describe('The hukuman being served, ending early when the new one is heavier')),
  baru: jadwalHukumanOutput.check(z.describe('The new hukuman: at once when heavier, otherwise after the running one ends')),
});

export const gabungHukumanRule = defineRule({
  id: GABUNG_HUKUMAN_RULE_ID,
  domain: 'discipline',
  title: { id: 'Hukuman disiplin yang bersamaan', en: 'Concurrent disciplinary penalties' },
  description: {
    id: 'Bila PNS yang sedang menjalani hukuman dijatuhi hukuman baru yang lebih berat, hukuman yang sedang dijalani dianggap selesai dan hukuman baru langsung berlaku; bila hukuman baru tidak lebih berat, hukuman baru dijalankan setelah hukuman yang sedang dijalani selesai.',
    en: 'When a civil servant serving a penalty receives a heavier new one, the running penalty is deemed complete and the new one applies at once; when the new penalty is not heavier, it is served after the running one ends.',
  },
  citations: GABUNG,
  input: gabungHukumanInput,
  output: gabungHukumanOutput,
  notes: [
    {
      id: 'Masukan yang ditolak: hukuman baru yang berlaku sebelum hukuman yang sedang dijalani; tanggal selesai hukuman berjalan sebelum TMT-nya; tanggal selesai untuk PDHTAPS (bersifat tetap, Pasal 8 ayat (4) huruf c).',
      en: 'Refused input: a new hukuman taking effect before the running one; an end date of the running hukuman before its TMT; an end date for PDHTAPS (permanent, Pasal 8 ayat (4) huruf c).',
    },
  ],
  examples: [
    {
      title: { id: 'Sedang menjalani potongan tukin 12 bulan, lalu penurunan jabatan', en: 'Serving a 12-month tukin cut, then demotion' },
      input: { berjalan: { jenis: 'POTONGAN_TUKIN_12_BULAN', tmt: '2022-03-01' }, baru: { jenis: 'PENURUNAN_JABATAN', tmt: '2022-07-01' } },
      expected: {
        berjalan: { jenis: 'POTONGAN_TUKIN_12_BULAN', tmt: '2022-03-01', hariTerakhir: '2022-06-30', selesai: '2022-07-01' },
        baru: { jenis: 'PENURUNAN_JABATAN', tmt: '2022-07-01', hariTerakhir: '2023-06-30', selesai: '2023-07-01' },
      },
      source: 'PerBKN 6/2022 contoh 24a (TV-23)',
    },
    {
      title: {
        id: 'Sedang menjalani penurunan jabatan, lalu potongan tukin 12 bulan',
        en: 'Serving a demotion, then a 12-month tukin cut',
      },
      input: { berjalan: { jenis: 'PENURUNAN_JABATAN', tmt: '2022-03-01' }, baru: { jenis: 'POTONGAN_TUKIN_12_BULAN', tmt: '2022-07-01' } },
      expected: {
        berjalan: { jenis: 'PENURUNAN_JABATAN', tmt: '2022-03-01', hariTerakhir: '2023-02-28', selesai: '2023-03-01' },
        baru: { jenis: 'POTONGAN_TUKIN_12_BULAN', tmt: '2023-03-01', hariTerakhir: '2024-02-29', selesai: '2024-03-01' },
      },
      source: 'PerBKN 6/2022 contoh 24b (TV-24)',
    },
  ],
  evaluate(input) {
    const id = GABUNG_HUKUMAN_RULE_ID;
    const { berjalan, baru } = input;
    const akhirBerjalan = akhirHukuman(berjalan);
    const facts = { berjalan: berjalan.jenis, baru: baru.jenis, tmtBaru: baru.tmt };
    if (akhirBerjalan !== null && akhirBerjalan <= baru.tmt) {
      return decision({ berjalan: jadwalDari(berjalan.jenis, berjalan.tmt, akhirBerjalan), baru: jadwalDari(baru.jenis, baru.tmt) }, [
        reason(id, `${id}.sudahSelesai`, 'INFO', GABUNG, { ...facts, selesaiBerjalan: akhirBerjalan }),
      ]);
    }
    if (lebihBerat(baru.jenis, berjalan.jenis)) {
      return decision({ berjalan: jadwalDari(berjalan.jenis, berjalan.tmt, baru.tmt), baru: jadwalDari(baru.jenis, baru.tmt) }, [
        reason(id, `${id}.lebihBerat`, 'INFO', [{ ...GABUNG[0]!, annex: 'Lampiran, contoh kasus 24a' }], facts),
      ]);
    }
    const tmtBaru = akhirBerjalan; // null behind PDHTAPS: never served
    return decision({ berjalan: jadwalDari(berjalan.jenis, berjalan.tmt, akhirBerjalan), baru: jadwalDari(baru.jenis, tmtBaru) }, [
      reason(
        id,
        tmtBaru === null ? `${id}.tidakDapatDijalani` : `${id}.menunggu`,
        'INFO',
        [{ ...GABUNG[0]!, annex: 'Lampiran, contoh kasus 24b' }],
        {
          ...facts,
          tmtBaruDijadwalkan: tmtBaru,
        },
      ),
    ]);
  },
});

/**
 * Two hukuman at once: a heavier new one ends the running one (deemed complete) and starts now; a lighter
 * or equal one waits until the running one ends (PerBKN 6/2022 contoh 24a/24b).
 */
export const gabungHukuman = gabungHukumanRule.run;

/** Input of {@link gabungHukuman}, as callers write it (a deeply readonly value is accepted too). */
export type GabungHukumanInput = RuleInputOf<typeof gabungHukumanRule>;
/** Options of {@link gabungHukuman}. */
export type GabungHukumanOptions = RuleOptionsOf<typeof gabungHukumanRule>;
/** The value of {@link gabungHukuman}'s decision. */
export type GabungHukumanOutput = RuleOutputOf<typeof gabungHukumanRule>;
