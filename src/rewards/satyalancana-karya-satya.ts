import * as z from 'zod/mini';
import { addYears, type IsoDate, isoDateSchema, wholeYearsBetween } from '../core/calendar.js';
import { type Citation, decision, type Reason, reason } from '../core/decision.js';
import { dateOutputSchema } from '../core/output.js';
import { defineRule } from '../core/rule.js';
import { refineParsed } from '../core/refine.js';
import { riwayatHukumanSchema } from '../discipline/riwayat-hukuman.js';
import { HUKUMAN } from '../discipline/types.js';

export const SATYALANCANA_KARYA_SATYA_RULE_ID = 'rewards.satyalancanaKaryaSatya';

/** Classes of the Satyalancana Karya Satya, lowest first, with the years of continuous service. */
export const KELAS_SLKS = ['SLKS_X', 'SLKS_XX', 'SLKS_XXX'] as const;
export type KelasSlks = (typeof KELAS_SLKS)[number];
export const TAHUN_SLKS: Readonly<Record<KelasSlks, number>> = { SLKS_X: 10, SLKS_XX: 20, SLKS_XXX: 30 };

const PASAL_22: Citation = { regulation: 'PP_35_2010', article: 'Pasal 22' };
const CITATIONS: Citation[] = [{ regulation: 'UU_20_2009' }, PASAL_22, { regulation: 'PP_25_1994', article: 'Pasal 2–4' }];

export const satyalancanaKaryaSatyaInput = z
  .object({
    tmtCpns: isoDateSchema.check(z.describe('TMT CPNS: service is counted from the CPNS appointment')),
    riwayatHukuman: z._default(z.array(riwayatHukumanSchema).check(z.maxLength(200)), []),
    cltn: z
      ._default(z.array(z.object({ mulai: isoDateSchema, selesai: z.optional(isoDateSchema) })).check(z.maxLength(20)), [])
      .check(z.describe('Periods of cuti di luar tanggungan negara')),
    kelasDimiliki: z._default(z.array(z.enum(KELAS_SLKS)).check(z.maxLength(3)), []).check(z.describe('Classes already awarded')),
  })
  .check(
    refineParsed((v) => v.cltn.every((c) => c.selesai === undefined || c.selesai >= c.mulai), {
      message: 'a CLTN period cannot end before it starts',
      path: ['cltn'],
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

export interface SatyalancanaKaryaSatya {
  memenuhiSyarat: boolean;
  /** The class that may be proposed on asOf, or null. */
  kelas: KelasSlks | null;
  masaKerjaTahun: number;
  /** The next class and the day its service requirement is met (null when disqualified or none left). */
  kelasBerikutnya: KelasSlks | null;
  tanggalKelasBerikutnya: IsoDate | null;
}

/** Schema of {@link SatyalancanaKaryaSatya} as JSON. */
export const satyalancanaKaryaSatyaOutput = z.object({
  memenuhiSyarat: z.boolean().check(z.describe('A class may be proposed on asOf')),
  kelas: z.nullable(z.enum(KELAS_SLKS)).check(z.describe('The class that may be proposed on asOf; null when none')),
  masaKerjaTahun: z.int().check(z.describe('Whole years of service from tmtCpns to asOf (0 when asOf is earlier)')),
  kelasBerikutnya: z
    .nullable(z.enum(KELAS_SLKS))
    .check(z.describe('The next class above those met or held; null when disqualified or none is left')),
  tanggalKelasBerikutnya: z
    .nullable(dateOutputSchema)
    .check(z.describe('The day the service requirement of kelasBerikutnya is met; null with kelasBerikutnya')),
});

export const satyalancanaKaryaSatyaRule = defineRule({
  id: SATYALANCANA_KARYA_SATYA_RULE_ID,
  domain: 'rewards',
  title: { id: 'Satyalancana Karya Satya', en: 'Satyalancana Karya Satya long-service medal' },
  description: {
    id: 'Kelas Satyalancana Karya Satya X, XX atau XXX untuk 10, 20 atau 30 tahun masa kerja terus-menerus sejak TMT CPNS; gugur bila pernah dijatuhi hukuman disiplin tingkat sedang atau berat atau pernah menjalani CLTN. Hukuman disiplin ringan tidak menggugurkan.',
    en: 'Class X, XX or XXX of the Satyalancana Karya Satya for 10, 20 or 30 years of continuous service from the CPNS appointment; disqualified by any sedang or berat disciplinary penalty or any unpaid leave (CLTN). A ringan penalty does not disqualify.',
  },
  citations: CITATIONS,
  input: satyalancanaKaryaSatyaInput,
  options: satyalancanaKaryaSatyaOptions,
  output: satyalancanaKaryaSatyaOutput,
  notes: [
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
        tanggalKelasBerikutnya: '2034-03-01',
      },
      source: 'TV-33',
    },
    {
      title: { id: '10 tahun, potongan tukin 6 bulan pada tahun ke-4', en: '10 years, a 6-month tukin cut in year 4' },
      input: { tmtCpns: '2014-03-01', riwayatHukuman: [{ jenis: 'POTONGAN_TUKIN_6_BULAN', tmt: '2017-06-01' }] },
      options: { asOf: '2024-03-01' },
      expected: { memenuhiSyarat: false, kelas: null, masaKerjaTahun: 10, kelasBerikutnya: null, tanggalKelasBerikutnya: null },
      source: 'TV-33b',
    },
  ],
  evaluate(input, options) {
    const id = SATYALANCANA_KARYA_SATYA_RULE_ID;
    const asOf = options.asOf;
    const masaKerjaTahun = Math.max(0, wholeYearsBetween(input.tmtCpns, asOf));
    const reasons: Reason[] = [reason(id, `${id}.masaKerja`, 'INFO', [PASAL_22], { tmtCpns: input.tmtCpns, asOf, masaKerjaTahun })];
    const hukuman = input.riwayatHukuman.filter((h) => HUKUMAN[h.jenis].tingkat !== 'RINGAN' && h.tmt >= input.tmtCpns && h.tmt <= asOf);
    let gugur = false;
    if (hukuman.length > 0) {
      gugur = true;
      reasons.push(
        reason(id, `${id}.hukuman`, 'FAIL', [PASAL_22], { hukuman: hukuman[0]!.jenis, tmt: hukuman[0]!.tmt, jumlah: hukuman.length }),
      );
    } else {
      reasons.push(reason(id, `${id}.tanpaHukuman`, 'PASS', [PASAL_22], {}));
    }
    const cltn = input.cltn.filter((c) => c.mulai <= asOf && (c.selesai ?? c.mulai) >= input.tmtCpns);
    if (cltn.length > 0 && options.cltnMenggugurkan) {
      gugur = true;
      reasons.push(reason(id, `${id}.cltn`, 'FAIL', [PASAL_22], { mulai: cltn[0]!.mulai }));
    } else if (cltn.length > 0) {
      reasons.push(reason(id, `${id}.cltnDiabaikan`, 'INFO', [PASAL_22], { mulai: cltn[0]!.mulai }));
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
    const next = gugur ? null : (KELAS_SLKS[reached + 1] ?? null);
    const tanggalNext = next ? addYears(input.tmtCpns, TAHUN_SLKS[next]) : null;
    if (kelas) reasons.push(reason(id, `${id}.kelas`, 'PASS', [PASAL_22], { kelas, tahun: TAHUN_SLKS[kelas], masaKerjaTahun }));
    else if (!gugur)
      reasons.push(
        reason(id, `${id}.belumCukup`, 'FAIL', [PASAL_22], { masaKerjaTahun, kelasBerikutnya: next, tanggalKelasBerikutnya: tanggalNext }),
      );
    if (kelas && next)
      reasons.push(reason(id, `${id}.berikutnya`, 'INFO', [PASAL_22], { kelasBerikutnya: next, tanggalKelasBerikutnya: tanggalNext }));
    return decision<SatyalancanaKaryaSatya>(
      { memenuhiSyarat: kelas !== null, kelas, masaKerjaTahun, kelasBerikutnya: next, tanggalKelasBerikutnya: tanggalNext },
      reasons,
    );
  },
});

/**
 * Satyalancana Karya Satya X/XX/XXX (10/20/30 years from TMT CPNS), disqualified by a sedang/berat hukuman
 * or CLTN; with the next class and the day its service requirement is met.
 */
export const satyalancanaKaryaSatya = satyalancanaKaryaSatyaRule.run;
