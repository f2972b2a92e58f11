import * as z from 'zod/mini';
import { addYears, type IsoDate, isoDateSchema, wholeYearsBetween } from '../core/calendar.js';
import { type Citation, decision, type Reason } from '../core/decision.js';
import { type InputIssue, MeritInputError, ownIssue } from '../core/errors.js';
import type { Bilingual } from '../core/explain.js';
import { deepFreeze } from '../core/freeze.js';
import { BATAS_MASA_KERJA_PNS } from '../core/masa-kerja-pns.js';
import { reasonsOf } from '../core/messages.js';
import { dateOutputSchema } from '../core/output.js';
import { defineRule, type RuleInputOf, type RuleOptionsOf, type RuleOutputOf } from '../core/rule.js';
import { contradiction, superRefineParsed } from '../core/refine.js';
import { recordTable } from '../core/tables.js';
import { pembatalanHukuman, RIWAYAT_HUKUMAN_MAKS, riwayatHukumanSchema } from '../discipline/_bersama/riwayat-hukuman.js';
import { HUKUMAN, TINGKAT_HUKUMAN, type TingkatHukuman } from '../discipline/types.js';
import type { SATYALANCANA_KARYA_SATYA_MESSAGES } from './satyalancana-karya-satya.messages.js';

export const SATYALANCANA_KARYA_SATYA_RULE_ID = 'rewards.satyalancanaKaryaSatya';
const alasan = reasonsOf<typeof SATYALANCANA_KARYA_SATYA_MESSAGES>(SATYALANCANA_KARYA_SATYA_RULE_ID);

/** Classes of the Satyalancana Karya Satya, lowest first. */
export const KELAS_SLKS = deepFreeze(['SLKS_X', 'SLKS_XX', 'SLKS_XXX'] as const);
export type KelasSlks = (typeof KELAS_SLKS)[number];
/** Years of continuous service each class needs (PP 25/1994 Pasal 4 ayat (2); PP 35/2010 Pasal 22). */
export const TAHUN_SLKS: Readonly<Record<KelasSlks, number>> = deepFreeze({ SLKS_X: 10, SLKS_XX: 20, SLKS_XXX: 30 });

/** PP 35/2010 Pasal 22: the conditions of the Satyalancana Karya Satya, as news and agency pages quote them [S]. */
const PASAL_22: Citation = deepFreeze({ regulation: 'PP_35_2010', article: 'Pasal 22' });
const CITE_PASAL_22: Citation[] = deepFreeze([PASAL_22]);
/** PP 25/1994 Pasal 4 ayat (2): "sekurang-kurangnya 10 / 20 / 30 tahun" of continuous work per class (123dok transcription). */
const PP_25_1994_MASA_KERJA: Citation = deepFreeze({ regulation: 'PP_25_1994', article: 'Pasal 4 ayat (2)' });
/** The years of continuous service: PP 35/2010 Pasal 22 now, PP 25/1994 Pasal 4 ayat (2) where the numbers were read. */
const CITE_MASA_KERJA: Citation[] = deepFreeze([PASAL_22, PP_25_1994_MASA_KERJA]);
const UU_20_2009: Citation = deepFreeze({
  regulation: 'UU_20_2009',
  unlocated:
    'Agency pages (BKD Papua Barat, Kesbangpol Riau) name UU 20/2009 as the legal basis of the Satyalancana Karya Satya without an article; ' +
    'the article of the law that lists it was not found.',
});
const CITATIONS: Citation[] = deepFreeze([UU_20_2009, PASAL_22, PP_25_1994_MASA_KERJA]);

/** PP 35/2010 Pasal 22: whether a hukuman disiplin of this tingkat, received in the counted service, disqualifies. */
const TINGKAT_MENGGUGURKAN: Readonly<Record<TingkatHukuman, boolean>> = deepFreeze({ RINGAN: false, SEDANG: true, BERAT: true });

/** Most CLTN periods one record lists: a bound against hostile input, far above the periods of a working life. */
const CLTN_MAKS = 20;

const TABEL_KELAS = recordTable(
  { id: 'Kelas dan masa kerja terus-menerus sejak TMT CPNS', en: 'Classes and the continuous service from the CPNS TMT' },
  TAHUN_SLKS,
  ['kelas', 'masa kerja paling singkat (tahun)'],
  (tahun) => [tahun],
  () => CITE_MASA_KERJA,
);

const TABEL_GUGUR = recordTable(
  {
    id: 'Yang menggugurkan bila terjadi sejak TMT CPNS sampai asOf',
    en: 'What disqualifies when it happens from the CPNS TMT up to asOf',
  },
  {
    ...Object.fromEntries(TINGKAT_HUKUMAN.map((t) => [`hukuman disiplin ${t}`, TINGKAT_MENGGUGURKAN[t]])),
    CLTN: 'pengaturan cltnMenggugurkan (bawaan: menggugurkan; U)',
  } as Record<string, boolean | string>,
  ['keadaan', 'akibat'],
  (v) => [v === true ? 'menggugurkan' : v === false ? 'tidak menggugurkan' : v],
  () => PASAL_22,
);

export const satyalancanaKaryaSatyaInput = z
  .object({
    tmtCpns: isoDateSchema.check(z.describe('TMT CPNS: service is counted from the CPNS appointment')),
    riwayatHukuman: z._default(z.array(riwayatHukumanSchema).check(z.maxLength(RIWAYAT_HUKUMAN_MAKS)), []),
    cltn: z
      ._default(z.array(z.object({ mulai: isoDateSchema, selesai: z.optional(isoDateSchema) })).check(z.maxLength(CLTN_MAKS)), [])
      .check(z.describe('Periods of cuti di luar tanggungan negara')),
    kelasDimiliki: z
      ._default(z.array(z.enum(KELAS_SLKS)).check(z.maxLength(KELAS_SLKS.length)), [])
      .check(z.describe('Classes already awarded')),
  })
  .check(
    superRefineParsed((v, ctx) => {
      v.cltn.forEach((c, i) => {
        if (c.selesai !== undefined && c.selesai < c.mulai) {
          ctx.addIssue(
            contradiction({ en: 'a CLTN period cannot end before it starts', id: 'masa CLTN tidak mungkin berakhir sebelum dimulai' }, [
              'cltn',
              i,
              'selesai',
            ]),
          );
        }
      });
      v.kelasDimiliki.forEach((k, i) => {
        if (v.kelasDimiliki.indexOf(k) < i) {
          ctx.addIssue(
            contradiction(
              { en: `${k} is listed twice: a class is awarded once`, id: `${k} tercantum dua kali: satu kelas hanya dianugerahkan sekali` },
              ['kelasDimiliki', i],
            ),
          );
        }
      });
    }),
  );

export const satyalancanaKaryaSatyaOptions = z.object({
  asOf: isoDateSchema.check(z.describe('Reference date (e.g. the proposal month)')),
  cltnMenggugurkan: z
    ._default(z.boolean(), true)
    .check(z.describe('Setting [U]: a CLTN in the counted service disqualifies (2×S; exact Pasal 22 wording unconfirmed).')),
  kelasSebelumnyaWajib: z
    ._default(z.boolean(), false)
    .check(
      z.describe(
        'Setting [U]: the previous class must be held before the next is proposed (seen as a file requirement; legal status unconfirmed).',
      ),
    ),
});

/** Outcome of {@link satyalancanaKaryaSatya}, as JSON. */
export const satyalancanaKaryaSatyaOutput = z.object({
  memenuhiSyarat: z.boolean().check(z.describe('A class may be proposed on asOf')),
  kelas: z.nullable(z.enum(KELAS_SLKS)).check(z.describe('The class that may be proposed on asOf; null when none')),
  masaKerjaTahun: z.int().check(z.describe('Whole years of service from tmtCpns to asOf')),
  kelasBerikutnya: z
    .nullable(z.enum(KELAS_SLKS))
    .check(z.describe('The next class above those met or held; null when disqualified or none is left')),
  tanggalPalingCepat: z
    .nullable(dateOutputSchema)
    .check(z.describe('The earliest day the service requirement of kelasBerikutnya is met; null with kelasBerikutnya')),
});
/** Outcome of {@link satyalancanaKaryaSatya}: the class that may be proposed, the next class and the day it is reached. */
export type SatyalancanaKaryaSatya = z.output<typeof satyalancanaKaryaSatyaOutput>;

export const satyalancanaKaryaSatyaRule = defineRule({
  id: SATYALANCANA_KARYA_SATYA_RULE_ID,
  domain: 'rewards',
  title: { id: 'Satyalancana Karya Satya', en: 'Satyalancana Karya Satya long-service medal' },
  description: {
    id: 'Kelas Satyalancana Karya Satya X, XX atau XXX untuk 10, 20 atau 30 tahun masa kerja terus-menerus sejak TMT CPNS; gugur bila pernah dijatuhi hukuman disiplin tingkat sedang atau berat atau pernah menjalani CLTN. Hukuman disiplin ringan tidak menggugurkan.',
    en: 'Class X, XX or XXX of the Satyalancana Karya Satya for 10, 20 or 30 years of continuous service from the CPNS appointment; disqualified by any sedang or berat disciplinary penalty or any unpaid leave (CLTN). A ringan penalty does not disqualify.',
  },
  citations: CITATIONS,
  tables: [TABEL_KELAS, TABEL_GUGUR],
  input: satyalancanaKaryaSatyaInput,
  options: satyalancanaKaryaSatyaOptions,
  output: satyalancanaKaryaSatyaOutput,
  notes: [
    {
      id: `Ditolak sebagai masukan yang mustahil: TMT CPNS sesudah asOf; masa kerja lebih dari ${BATAS_MASA_KERJA_PNS.tahunMaksimum} tahun (diangkat paling muda ${BATAS_MASA_KERJA_PNS.usiaPengangkatanMinimum} tahun, PP 11/2017 Pasal 23 ayat (1) huruf a; tidak ada PNS yang bertugas setelah usia ${BATAS_MASA_KERJA_PNS.usiaPensiunTertinggi} tahun, PP 11/2017 Pasal 240); hukuman disiplin atau CLTN sebelum TMT CPNS (hukuman disiplin dan CLTN hanya ada bagi CPNS/PNS; riwayat sesudah asOf belum dihitung); CLTN yang berakhir sebelum dimulai; kelas yang dimiliki dua kali atau sebelum masa kerjanya tercapai.`,
      en: `Refused as impossible input: a TMT CPNS after asOf; more than ${BATAS_MASA_KERJA_PNS.tahunMaksimum} years of service (appointed at ${BATAS_MASA_KERJA_PNS.usiaPengangkatanMinimum} at the earliest, PP 11/2017 Pasal 23 ayat (1) huruf a; no PNS serves past ${BATAS_MASA_KERJA_PNS.usiaPensiunTertinggi}, PP 11/2017 Pasal 240); a hukuman disiplin or CLTN before the TMT CPNS (both exist only for a CPNS/PNS; records after asOf are not counted yet); a CLTN that ends before it starts; a class held twice or before its years of service were reached.`,
    },
    {
      id: 'Hukuman sedang/berat dan CLTN dianggap menggugurkan untuk seluruh masa kerja yang dihitung (sejak TMT CPNS); perhitungan ulang setelah hukuman tidak ditemukan dalam sumber.',
      en: 'A sedang/berat penalty or a CLTN disqualifies for the whole service counted (from the CPNS TMT); no source was found for restarting the count after a penalty.',
    },
  ],
  examples: [
    {
      title: { id: '10 tahun, teguran tertulis pada tahun ke-4', en: '10 years, a written reprimand in year 4' },
      input: { tmtCpns: '2014-03-01', riwayatHukuman: [{ jenis: 'TEGURAN_TERTULIS', tmt: '2017-06-01' }] },
      options: { asOf: '2024-03-01' },
      expected: {
        memenuhiSyarat: true,
        kelas: 'SLKS_X',
        masaKerjaTahun: 10,
        kelasBerikutnya: 'SLKS_XX',
        tanggalPalingCepat: '2034-03-01',
      },
      source: 'TV-33',
    },
    {
      title: { id: '10 tahun, potongan tukin 6 bulan pada tahun ke-4', en: '10 years, a 6-month tukin cut in year 4' },
      input: { tmtCpns: '2014-03-01', riwayatHukuman: [{ jenis: 'POTONGAN_TUKIN_6_BULAN', tmt: '2017-06-01' }] },
      options: { asOf: '2024-03-01' },
      expected: { memenuhiSyarat: false, kelas: null, masaKerjaTahun: 10, kelasBerikutnya: null, tanggalPalingCepat: null },
      source: 'TV-33b',
    },
  ],
  evaluate(input, options) {
    const asOf = options.asOf;
    refuseImpossible(input, asOf);
    const masaKerjaTahun = wholeYearsBetween(input.tmtCpns, asOf);
    const reasons: Reason[] = [alasan('masaKerja', 'INFO', CITE_MASA_KERJA, { tmtCpns: input.tmtCpns, asOf, masaKerjaTahun })];
    // Records start within the service (refuseImpossible); those after asOf are not counted yet.
    for (const p of pembatalanHukuman(input.riwayatHukuman)) reasons.push(alasan('hukumanDibatalkan', 'INFO', p.citations, p.facts));
    const hukuman = input.riwayatHukuman.filter((h) => !h.dibatalkan && TINGKAT_MENGGUGURKAN[HUKUMAN[h.jenis].tingkat] && h.tmt <= asOf);
    let gugur = false;
    if (hukuman.length > 0) {
      gugur = true;
      reasons.push(alasan('hukuman', 'FAIL', CITE_PASAL_22, { hukuman: hukuman[0]!.jenis, tmt: hukuman[0]!.tmt, jumlah: hukuman.length }));
    } else {
      reasons.push(alasan('tanpaHukuman', 'PASS', CITE_PASAL_22, {}));
    }
    const cltn = input.cltn.filter((c) => c.mulai <= asOf);
    if (cltn.length > 0 && options.cltnMenggugurkan) {
      gugur = true;
      reasons.push(alasan('cltn', 'FAIL', CITE_PASAL_22, { mulai: cltn[0]!.mulai }));
    } else if (cltn.length > 0) {
      reasons.push(alasan('cltnDiabaikan', 'INFO', CITE_PASAL_22, { mulai: cltn[0]!.mulai }));
    }

    const met = KELAS_SLKS.filter((k) => masaKerjaTahun >= TAHUN_SLKS[k]);
    const held = new Set(input.kelasDimiliki);
    const open = met.filter((k) => !held.has(k));
    let kelas: KelasSlks | null = null;
    if (!gugur && open.length > 0) {
      // With the previous class required, the lowest class not yet held comes first; otherwise the highest met.
      kelas = options.kelasSebelumnyaWajib ? open[0]! : open[open.length - 1]!;
    }
    const reached = Math.max(-1, ...met.map((k) => KELAS_SLKS.indexOf(k)), ...[...held].map((k) => KELAS_SLKS.indexOf(k)));
    const kelasBerikutnya = gugur ? null : (KELAS_SLKS[reached + 1] ?? null);
    const tanggalPalingCepat = kelasBerikutnya ? addYears(input.tmtCpns, TAHUN_SLKS[kelasBerikutnya]) : null;
    if (kelas) reasons.push(alasan('kelas', 'PASS', CITE_MASA_KERJA, { kelas, tahun: TAHUN_SLKS[kelas], masaKerjaTahun }));
    else if (!gugur) reasons.push(alasan('belumCukup', 'FAIL', CITE_MASA_KERJA, { masaKerjaTahun, kelasBerikutnya, tanggalPalingCepat }));
    if (kelas && kelasBerikutnya) reasons.push(alasan('berikutnya', 'INFO', CITE_MASA_KERJA, { kelasBerikutnya, tanggalPalingCepat }));
    return decision<SatyalancanaKaryaSatya>(
      { memenuhiSyarat: kelas !== null, kelas, masaKerjaTahun, kelasBerikutnya, tanggalPalingCepat },
      reasons,
    );
  },
});

/**
 * What no real record holds, refused with the field it concerns: service counted to asOf starts on the TMT
 * CPNS and lasts no longer than a working life, a hukuman disiplin or CLTN (both exist only for a CPNS/PNS)
 * starts within that service, and a class held was earned by it. Records after asOf are not refused: a
 * decision as of an earlier date may be taken on today's record.
 */
function refuseImpossible(input: z.output<typeof satyalancanaKaryaSatyaInput>, asOf: IsoDate): void {
  const issues: InputIssue[] = [];
  const masaKerja = wholeYearsBetween(input.tmtCpns, asOf);
  if (input.tmtCpns > asOf) {
    issues.push(
      ownIssue(['tmtCpns'], {
        en: `is after asOf ${asOf}: service is counted from the TMT CPNS up to asOf`,
        id: `sesudah asOf ${asOf}: masa kerja dihitung sejak TMT CPNS sampai asOf`,
      }),
    );
  } else if (masaKerja > BATAS_MASA_KERJA_PNS.tahunMaksimum) {
    issues.push(
      ownIssue(['tmtCpns'], {
        en: `gives ${masaKerja} years of service on ${asOf}; a PNS serves at most ${BATAS_MASA_KERJA_PNS.tahunMaksimum} (appointed at ${BATAS_MASA_KERJA_PNS.usiaPengangkatanMinimum} at the earliest, serving until ${BATAS_MASA_KERJA_PNS.usiaPensiunTertinggi} at the latest)`,
        id: `menghasilkan masa kerja ${masaKerja} tahun pada ${asOf}; masa kerja PNS paling lama ${BATAS_MASA_KERJA_PNS.tahunMaksimum} tahun (diangkat paling muda ${BATAS_MASA_KERJA_PNS.usiaPengangkatanMinimum} tahun, bertugas paling lama sampai usia ${BATAS_MASA_KERJA_PNS.usiaPensiunTertinggi} tahun)`,
      }),
    );
  }
  const during = (path: (string | number)[], date: IsoDate, what: Bilingual) => {
    if (date < input.tmtCpns) {
      issues.push(
        ownIssue(path, {
          en: `${what.en} ${date} is before the TMT CPNS ${input.tmtCpns}`,
          id: `${what.id} ${date} sebelum TMT CPNS ${input.tmtCpns}`,
        }),
      );
    }
  };
  input.riwayatHukuman.forEach((h, i) =>
    during(['riwayatHukuman', i, 'tmt'], h.tmt, { en: 'a hukuman disiplin with TMT', id: 'hukuman disiplin dengan TMT' }),
  );
  input.cltn.forEach((c, i) => during(['cltn', i, 'mulai'], c.mulai, { en: 'a CLTN starting', id: 'CLTN yang dimulai' }));
  if (input.tmtCpns <= asOf) {
    input.kelasDimiliki.forEach((k, i) => {
      if (masaKerja < TAHUN_SLKS[k]) {
        issues.push(
          ownIssue(['kelasDimiliki', i], {
            en: `${k} needs ${TAHUN_SLKS[k]} years of service, but the service on ${asOf} is ${masaKerja} years`,
            id: `${k} memerlukan masa kerja ${TAHUN_SLKS[k]} tahun, padahal masa kerja pada ${asOf} baru ${masaKerja} tahun`,
          }),
        );
      }
    });
  }
  if (issues.length > 0) throw new MeritInputError(issues, SATYALANCANA_KARYA_SATYA_RULE_ID);
}

/**
 * Satyalancana Karya Satya X/XX/XXX (10/20/30 years from TMT CPNS), disqualified by a sedang/berat hukuman
 * or CLTN; with the next class and the day its service requirement is met.
 */
export const satyalancanaKaryaSatya = satyalancanaKaryaSatyaRule.run;

/** Input of {@link satyalancanaKaryaSatya}, as callers write it (a deeply readonly value is accepted too). */
export type SatyalancanaKaryaSatyaInput = RuleInputOf<typeof satyalancanaKaryaSatyaRule>;
/** Options of {@link satyalancanaKaryaSatya}. */
export type SatyalancanaKaryaSatyaOptions = RuleOptionsOf<typeof satyalancanaKaryaSatyaRule>;
/** The value of {@link satyalancanaKaryaSatya}'s decision. */
export type SatyalancanaKaryaSatyaOutput = RuleOutputOf<typeof satyalancanaKaryaSatyaRule>;
