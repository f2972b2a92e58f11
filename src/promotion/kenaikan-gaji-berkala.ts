import * as z from 'zod/mini';
import { addMonths, addYears, isoDateSchema } from '../core/calendar.js';
import { type Citation, decision } from '../core/decision.js';
import { deepFreeze } from '../core/freeze.js';
import { BATAS_MASA_KERJA_PNS } from '../core/masa-kerja-pns.js';
import { reasonsOf } from '../core/messages.js';
import { dateOutputSchema } from '../core/output.js';
import { contradiction, superRefineParsed } from '../core/refine.js';
import { defineRule, type RuleInputOf, type RuleOptionsOf, type RuleOutputOf } from '../core/rule.js';
import { formulaTable } from '../core/tables.js';
import { dalamKalender, TANGGAL_TERAKHIR, tolak } from './_bersama/invariants.js';
import type { KENAIKAN_GAJI_BERKALA_MESSAGES } from './kenaikan-gaji-berkala.messages.js';
import { minPredikatSchema, predikatPenilaianAtLeast, predikatPenilaianSchema } from './_bersama/penilaian.js';
import { type GolonganPns, golonganSchema } from './types.js';

export const KENAIKAN_GAJI_BERKALA_RULE_ID = 'promotion.kenaikanGajiBerkala';
const ID = KENAIKAN_GAJI_BERKALA_RULE_ID;
const alasan = reasonsOf<typeof KENAIKAN_GAJI_BERKALA_MESSAGES>(ID);

/** Years between KGB (the masa kerja golongan steps of the gaji pokok table, PP 7/1977 Pasal 4 and Pasal 11 huruf a). */
export const INTERVAL_KGB_TAHUN = 2;
/** First KGB after 1 year for a first appointment in II/a, otherwise after 2 years. */
export const KGB_PERTAMA_II_A_TAHUN = 1;
/** A postponement lasts at most 1 year at a time (PP 7/1977 Pasal 13 ayat (1)–(2)). */
export const PENUNDAAN_KGB_TAHUN = 1;
/** The KGB notice is issued 2 months before its TMT (PP 7/1977 Pasal 12 ayat (2)). */
export const PEMBERITAHUAN_KGB_BULAN = 2;

/** Golongan of a first appointment whose first KGB comes after {@link KGB_PERTAMA_II_A_TAHUN} year. */
const GOLONGAN_KGB_PERTAMA_SETAHUN: GolonganPns = 'II/a';

const pp7 = (article: string): Citation => ({ regulation: 'PP_7_1977', article });
const CITE: Citation[] = deepFreeze([pp7('Pasal 11–13')]);
/** When a KGB falls due: masa kerja golongan reached (Pasal 11 huruf a), at the steps of the gaji pokok table. */
const CITE_JADWAL: Citation[] = deepFreeze([
  pp7('Pasal 11 huruf a'),
  {
    regulation: 'PP_7_1977',
    unlocated:
      'The 2-year step between KGB, and 1 year to the first KGB for a first appointment in II/a, follow the masa kerja golongan steps of the gaji pokok table (Pasal 4: daftar lampiran II, as replaced since); secondary sources give them, the table was not read',
  },
]);
/** The appraisal: at least "cukup" (Pasal 11 huruf b). */
const CITE_PENILAIAN: Citation[] = deepFreeze([pp7('Pasal 11 huruf b')]);
/** Postponed at most 1 year at a time, again while the appraisal stays below (Pasal 13 ayat (1)–(2)). */
const CITE_DITUNDA: Citation[] = deepFreeze([pp7('Pasal 13 ayat (1)–(2)')]);

export const pegawaiKenaikanGajiBerkalaSchema = z
  .object({
    tmtCpns: isoDateSchema.check(z.describe('TMT CPNS (start of masa kerja golongan)')),
    golonganPengangkatan: golonganSchema.check(z.describe('Golongan at first appointment')),
    tmtKgbTerakhir: z
      .optional(isoDateSchema)
      .check(z.describe('TMT of the last KGB (or of the last postponed KGB); none for the first KGB')),
    predikat: predikatPenilaianSchema.check(z.describe('Predikat of the latest annual appraisal')),
  })
  .check(
    superRefineParsed((p, ctx) => {
      if (p.tmtKgbTerakhir === undefined) return;
      // A KGB is a step of masa kerja counted from TMT CPNS: none can precede it.
      if (p.tmtKgbTerakhir < p.tmtCpns) {
        ctx.addIssue(contradiction({ en: 'must not be before tmtCpns', id: 'tidak boleh sebelum tmtCpns' }, ['tmtKgbTerakhir']));
      } else if (addYears(p.tmtCpns, BATAS_MASA_KERJA_PNS.tahunMaksimum) < p.tmtKgbTerakhir) {
        // … nor come later than a working life after it.
        ctx.addIssue(
          contradiction(
            {
              en: `is more than ${BATAS_MASA_KERJA_PNS.tahunMaksimum} years after tmtCpns (${p.tmtCpns}); no PNS serves longer (appointed at ${BATAS_MASA_KERJA_PNS.usiaPengangkatanMinimum} at the earliest, PP 11/2017 Pasal 23 ayat (1) huruf a)`,
              id: `lebih dari ${BATAS_MASA_KERJA_PNS.tahunMaksimum} tahun setelah tmtCpns (${p.tmtCpns}); tidak ada PNS yang mengabdi selama itu (diangkat paling rendah usia ${BATAS_MASA_KERJA_PNS.usiaPengangkatanMinimum} tahun, PP 11/2017 Pasal 23 ayat (1) huruf a)`,
            },
            ['tmtKgbTerakhir'],
          ),
        );
      }
    }),
  );
export type PegawaiKenaikanGajiBerkala = z.input<typeof pegawaiKenaikanGajiBerkalaSchema>;

export const kenaikanGajiBerkalaOptions = z.object({
  minPredikat: z
    ._default(minPredikatSchema, 'BUTUH_PERBAIKAN')
    .check(
      z.describe('Setting: lowest predikat counted as "cukup" for KGB (preset BUTUH_PERBAIKAN; the mapping of "cukup" is unconfirmed)'),
    ),
});

/** Schema of {@link KenaikanGajiBerkala} as JSON. */
export const kenaikanGajiBerkalaOutput = z.object({
  jadwal: dateOutputSchema.check(z.describe('The date the KGB is due by masa kerja')),
  tmtKgb: dateOutputSchema.check(z.describe('TMT of the KGB: jadwal, or one year later when postponed')),
  ditunda: z.boolean().check(z.describe('The KGB is postponed one year (appraisal below the minimum predikat)')),
  tanggalPemberitahuan: dateOutputSchema.check(z.describe('Notice date: 2 months before tmtKgb')),
});
/** Outcome of {@link kenaikanGajiBerkala}. */
export type KenaikanGajiBerkala = z.output<typeof kenaikanGajiBerkalaOutput>;

export const kenaikanGajiBerkalaRule = defineRule({
  id: KENAIKAN_GAJI_BERKALA_RULE_ID,
  domain: 'promotion',
  title: { id: 'Kenaikan gaji berkala', en: 'Periodic salary increment (kenaikan gaji berkala)' },
  description: {
    id: 'Tanggal KGB berikutnya: setiap 2 tahun; KGB pertama 2 tahun sejak TMT CPNS, kecuali pengangkatan pertama dalam II/a setelah 1 tahun. Bila penilaian di bawah "cukup", KGB ditunda 1 tahun. Pemberitahuan 2 bulan sebelum TMT.',
    en: 'Next KGB date: every 2 years; the first 2 years after TMT CPNS, except a first appointment in II/a after 1 year. When the appraisal is below "fair", the KGB is postponed by 1 year. Notice 2 months before the TMT.',
  },
  citations: CITE,
  tables: [
    formulaTable({ id: 'Jadwal KGB', en: 'KGB schedule' }, [
      [
        'jadwal (KGB pertama)',
        `TMT CPNS + ${KGB_PERTAMA_II_A_TAHUN} tahun bila diangkat dalam ${GOLONGAN_KGB_PERTAMA_SETAHUN}, selain itu + ${INTERVAL_KGB_TAHUN} tahun`,
        CITE_JADWAL,
      ],
      ['jadwal (berikutnya)', `tmtKgbTerakhir + ${INTERVAL_KGB_TAHUN} tahun`, CITE_JADWAL],
      [
        'tmtKgb',
        `jadwal; + ${PENUNDAAN_KGB_TAHUN} tahun (ditunda) bila predikat di bawah minPredikat`,
        [...CITE_PENILAIAN, ...CITE_DITUNDA],
      ],
      ['tanggalPemberitahuan', `tmtKgb − ${PEMBERITAHUAN_KGB_BULAN} bulan`, pp7('Pasal 12 ayat (2)')],
    ]),
  ],
  input: pegawaiKenaikanGajiBerkalaSchema,
  options: kenaikanGajiBerkalaOptions,
  output: kenaikanGajiBerkalaOutput,
  examples: [
    {
      title: { id: 'CPNS II/a: KGB pertama setelah 1 tahun', en: 'CPNS II/a: first KGB after 1 year' },
      input: { tmtCpns: '2023-03-01', golonganPengangkatan: 'II/a', predikat: 'BAIK' },
      expected: { jadwal: '2024-03-01', tmtKgb: '2024-03-01', ditunda: false, tanggalPemberitahuan: '2024-01-01' },
      source: 'PP 7/1977 Pasal 11 huruf a; first KGB after 1 year in II/a (BKD Sumbawa Barat, Pemkot Parepare, Pemkab Pohuwato)',
    },
    {
      title: { id: 'CPNS III/a: KGB pertama setelah 2 tahun', en: 'CPNS III/a: first KGB after 2 years' },
      input: { tmtCpns: '2023-03-01', golonganPengangkatan: 'III/a', predikat: 'BAIK' },
      expected: { jadwal: '2025-03-01', tmtKgb: '2025-03-01', ditunda: false, tanggalPemberitahuan: '2025-01-01' },
      source: 'PP 7/1977 Pasal 11 huruf a; first KGB after 2 years outside II/a (same BKD pages)',
    },
    {
      title: { id: 'Penilaian Kurang: ditunda 1 tahun', en: 'Appraisal Poor: postponed 1 year' },
      input: { tmtCpns: '2015-01-01', golonganPengangkatan: 'III/a', tmtKgbTerakhir: '2023-01-01', predikat: 'KURANG' },
      expected: { jadwal: '2025-01-01', tmtKgb: '2026-01-01', ditunda: true, tanggalPemberitahuan: '2025-11-01' },
      source: 'PP 7/1977 Pasal 13 ayat (1): postponed up to 1 year',
    },
  ],
  notes: [
    {
      id: 'Pengaturan minPredikat (preset Butuh Perbaikan): padanan "cukup" (nilai 61–75 DP3) dalam predikat sekarang belum dikonfirmasi. Masa kerja sebelum CPNS yang diperhitungkan tidak dikodekan: berikan tmtKgbTerakhir.',
      en: 'Setting minPredikat (preset Butuh Perbaikan): the current equivalent of "cukup" (61–75 on the old DP3 scale) is unconfirmed. Prior service counted toward masa kerja is not encoded: give tmtKgbTerakhir.',
    },
    {
      id: `Ditolak sebagai mustahil: tmtKgbTerakhir sebelum tmtCpns atau lebih dari ${BATAS_MASA_KERJA_PNS.tahunMaksimum} tahun sesudahnya (satu masa kerja); TMT KGB setelah ${TANGGAL_TERAKHIR}. Kolom yang salah eja (mis. tmtKGBTerakhir) ditolak dengan saran, bukan diabaikan.`,
      en: `Refused as impossible: tmtKgbTerakhir before tmtCpns or more than ${BATAS_MASA_KERJA_PNS.tahunMaksimum} years after it (one working life); a KGB TMT after ${TANGGAL_TERAKHIR}. A misspelt field (e.g. tmtKGBTerakhir) is refused with a suggestion, not ignored.`,
    },
  ],
  evaluate(p, o) {
    const pertama = p.tmtKgbTerakhir === undefined;
    const tahun = pertama && p.golonganPengangkatan === GOLONGAN_KGB_PERTAMA_SETAHUN ? KGB_PERTAMA_II_A_TAHUN : INTERVAL_KGB_TAHUN;
    const dari = p.tmtKgbTerakhir ?? p.tmtCpns;
    const jadwal = addYears(dari, tahun);
    const memenuhi = predikatPenilaianAtLeast(p.predikat, o.minPredikat);
    const tmtKgb = memenuhi ? jadwal : addYears(jadwal, PENUNDAAN_KGB_TAHUN);
    tolak(ID, [dalamKalender([pertama ? 'tmtCpns' : 'tmtKgbTerakhir'], tmtKgb, { en: 'a KGB TMT', id: 'TMT KGB' })]);
    const value: KenaikanGajiBerkala = {
      jadwal,
      tmtKgb,
      ditunda: !memenuhi,
      tanggalPemberitahuan: addMonths(tmtKgb, -PEMBERITAHUAN_KGB_BULAN),
    };
    return decision(value, [
      alasan('jadwal', 'INFO', CITE_JADWAL, { dasar: pertama ? 'TMT_CPNS' : 'KGB_TERAKHIR', dari, tahun, jadwal }),
      alasan('penilaian', memenuhi ? 'PASS' : 'FAIL', CITE_PENILAIAN, { predikat: p.predikat, minimum: o.minPredikat }),
      ...(memenuhi ? [] : [alasan('ditunda', 'INFO', CITE_DITUNDA, { jadwal, tmtKgb })]),
    ]);
  },
});

/**
 * The next kenaikan gaji berkala (PP 7/1977 Pasal 11–13).
 *
 * @example
 * kenaikanGajiBerkala({ tmtCpns: '2023-03-01', golonganPengangkatan: 'II/a', predikat: 'BAIK' }).value.tmtKgb // '2024-03-01'
 */
export const kenaikanGajiBerkala = kenaikanGajiBerkalaRule.run;

/** Input of {@link kenaikanGajiBerkala}, as callers write it (a deeply readonly value is accepted too). */
export type KenaikanGajiBerkalaInput = RuleInputOf<typeof kenaikanGajiBerkalaRule>;
/** Options of {@link kenaikanGajiBerkala}. */
export type KenaikanGajiBerkalaOptions = RuleOptionsOf<typeof kenaikanGajiBerkalaRule>;
/** The value of {@link kenaikanGajiBerkala}'s decision. */
export type KenaikanGajiBerkalaOutput = RuleOutputOf<typeof kenaikanGajiBerkalaRule>;
