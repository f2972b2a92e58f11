import * as z from 'zod/mini';
import { addYears, type IsoDate, isoDateSchema, maxDate, wholeYearsBetween, yearOf } from '../core/calendar.js';
import { type Citation, decision, type Reason, reason } from '../core/decision.js';
import { dateOutputSchema } from '../core/output.js';
import { defineRule, type RuleInputOf, type RuleOutputOf } from '../core/rule.js';
import { contradiction, superRefineParsed } from '../core/refine.js';
import { deepFreeze } from '../core/freeze.js';
import { catatanInvarianKp, periksaCatatanKp } from './kp-bersama.js';
import { dalamKalender, tolak } from './invariants.js';
import { cekHukumanBerjalan, riwayatHukumanPegawaiSchema, tingkatHukumanMenghalangiSchema } from './hukuman.js';
import { PLAFON_KP_REGULER } from './ijazah.js';
import { minPredikatSchema, reasonsPenilaian, riwayatPenilaianSchema } from './penilaian.js';
import { rezimPeriodeKenaikanPangkat, tanggalPeriodeKenaikanPangkat } from './periode-kenaikan-pangkat.js';
import {
  compareGolongan,
  DIKLAT_KEPEMIMPINAN,
  diklatKepemimpinanSchema,
  type GolonganPns,
  golonganBerikutnya,
  golonganSchema,
  ijazahSchema,
  UJIAN_DINAS,
  ujianDinasSchema,
} from './types.js';
import { reasonUjianDinas } from './ujian-dinas.js';

export const KENAIKAN_PANGKAT_REGULER_RULE_ID = 'promotion.kenaikanPangkatReguler';
const ID = KENAIKAN_PANGKAT_REGULER_RULE_ID;

/** Minimum whole years in the current pangkat for KP reguler ("sekurang-kurangnya telah 4 (empat) tahun"). */
export const MIN_TAHUN_KP_REGULER = 4;
/** Number of annual appraisals (the years before the KP period) that must be at least the minimum predikat. */
export const TAHUN_PENILAIAN_KP_REGULER = 2;

const CITE_SYARAT: Citation[] = deepFreeze([
  { regulation: 'PP_99_2000' },
  { regulation: 'PP_12_2002' },
  { regulation: 'KEPKA_BKN_12_2002' },
]);
const CITE_PLAFON: Citation[] = deepFreeze([...CITE_SYARAT, { regulation: 'PERBKN_2_2025' }]);
const CITE_ATASAN: Citation[] = deepFreeze([{ regulation: 'PP_99_2000' }, { regulation: 'KEPKA_BKN_12_2002' }]);
const CITE_ATASAN_DICABUT: Citation[] = deepFreeze([{ regulation: 'PERBKN_2_2025', article: 'Pasal 2 ayat (2)' }]);

export const pegawaiKenaikanPangkatRegulerSchema = z
  .object({
    golongan: golonganSchema.check(z.describe('Current golongan/ruang')),
    tmtPangkat: isoDateSchema.check(z.describe('TMT of the current pangkat')),
    kenaikanPangkatPertama: z
      ._default(z.boolean(), false)
      .check(z.describe('First KP since appointment: the 4 years count from TMT CPNS instead of TMT pangkat')),
    tmtCpns: z.optional(isoDateSchema).check(z.describe('TMT CPNS; required for the first KP')),
    ijazah: ijazahSchema.check(z.describe('Highest ijazah recognised for the pangkat')),
    riwayatPenilaian: z._default(riwayatPenilaianSchema, []),
    golonganAtasan: z
      .optional(golonganSchema)
      .check(z.describe('Golongan of the atasan langsung (checked only before Peraturan BKN 2/2025)')),
    ujianDinas: z
      ._default(z.array(ujianDinasSchema).check(z.maxLength(UJIAN_DINAS.length)), [])
      .check(z.describe('Ujian dinas passed (each at most once)')),
    diklatKepemimpinan: z
      ._default(z.array(diklatKepemimpinanSchema).check(z.maxLength(DIKLAT_KEPEMIMPINAN.length)), [])
      .check(z.describe('Leadership training passed (each at most once)')),
    riwayatHukuman: riwayatHukumanPegawaiSchema,
  })
  .check(
    superRefineParsed((p, ctx) => {
      if (p.kenaikanPangkatPertama && !p.tmtCpns) {
        ctx.addIssue(
          contradiction({ en: 'is required for the first kenaikan pangkat', id: 'wajib diisi untuk kenaikan pangkat pertama' }, [
            'tmtCpns',
          ]),
        );
      }
    }),
  );
export type PegawaiKenaikanPangkatReguler = z.input<typeof pegawaiKenaikanPangkatRegulerSchema>;

export const kenaikanPangkatRegulerOptions = z.object({
  asOf: isoDateSchema.check(z.describe('Decision date: the KP period evaluated is the first one on or after it')),
  minPredikat: z
    ._default(minPredikatSchema, 'BAIK')
    .check(z.describe('Setting: lowest predikat that counts as "bernilai baik" (preset BAIK: Baik or Sangat Baik, agency practice)')),
  tanggalBatasAtasanDicabut: z
    ._default(isoDateSchema, '2025-05-20')
    .check(
      z.describe(
        'Setting: first KP period date without the atasan-langsung limit (preset 2025-05-20, Peraturan BKN 2/2025; exact effective day unconfirmed)',
      ),
    ),
  tingkatHukumanMenghalangi: tingkatHukumanMenghalangiSchema,
});
export type KenaikanPangkatRegulerOptions = z.input<typeof kenaikanPangkatRegulerOptions>;

/** Outcome of {@link kenaikanPangkatReguler}. */
export interface KenaikanPangkatReguler {
  memenuhiSyarat: boolean;
  /** The golongan the PNS rises to; `null` when not eligible. */
  golonganBaru: GolonganPns | null;
  /** TMT of the new pangkat (the KP period); `null` when not eligible. */
  tmt: IsoDate | null;
  /** The KP period evaluated: the first on or after `asOf`. */
  periode: IsoDate;
  /** The golongan one level higher (`null` at IV/e). */
  golonganTujuan: GolonganPns | null;
  /**
   * Earliest KP period (≥ the period evaluated) on which the conditions that time alone cures are met
   * (years in pangkat, the atasan limit, a running hukuman); the appraisal and ujian-dinas conditions must
   * still hold then. `null` when a condition time cannot cure fails (IV/e, the ijazah ceiling, a permanent
   * hukuman). Each period is judged as if asked on its own date: a hukuman running on `asOf` that has ended
   * by the period refuses the period now (`memenuhiSyarat: false`), yet the period can still be this date.
   */
  tmtPalingCepat: IsoDate | null;
}

/** Schema of {@link KenaikanPangkatReguler} as JSON. */
export const kenaikanPangkatRegulerOutput = z.object({
  memenuhiSyarat: z.boolean().check(z.describe('Every condition is met for the KP period evaluated')),
  golonganBaru: z.nullable(golonganSchema).check(z.describe('The golongan the PNS rises to; null when not eligible')),
  tmt: z.nullable(dateOutputSchema).check(z.describe('TMT of the new pangkat (the KP period); null when not eligible')),
  periode: dateOutputSchema.check(z.describe('The KP period evaluated: the first on or after asOf')),
  golonganTujuan: z.nullable(golonganSchema).check(z.describe('The golongan one level higher, given even when not eligible; null at IV/e')),
  tmtPalingCepat: z
    .nullable(dateOutputSchema)
    .check(
      z.describe(
        'Earliest KP period (on or after periode) on which the conditions that time alone cures are met, each period judged as if asked on its own date (so it can equal a periode refused only for a hukuman running on asOf that ends by then); appraisals and ujian dinas must still hold then. Null when a condition time cannot cure fails (IV/e, the ijazah ceiling, a permanent hukuman)',
      ),
    ),
});

/** `true` while the atasan-langsung limit applies to a KP with this TMT. */
export function batasAtasanBerlaku(tmt: IsoDate, tanggalDicabut: IsoDate = '2025-05-20'): boolean {
  return tmt < tanggalDicabut;
}

export const kenaikanPangkatRegulerRule = defineRule({
  id: ID,
  domain: 'promotion',
  title: { id: 'Kenaikan pangkat reguler', en: 'Regular promotion (kenaikan pangkat reguler)' },
  description: {
    id: 'Kenaikan pangkat reguler bagi PNS yang tidak menduduki jabatan struktural/fungsional tertentu (pelaksana): sekurang-kurangnya 4 tahun dalam pangkat terakhir (KP pertama dihitung sejak TMT CPNS), penilaian kinerja sekurang-kurangnya baik dalam 2 tahun terakhir, tidak melampaui pangkat tertinggi menurut ijazah, tidak melampaui pangkat atasan langsung (hanya sebelum Peraturan BKN 2/2025), lulus ujian dinas bila melintasi golongan, dan tidak sedang menjalani hukuman disiplin sedang/berat. TMT adalah periode kenaikan pangkat.',
    en: 'Regular promotion for civil servants without a structural or specific functional post: at least 4 years in the current rank (the first counted from TMT CPNS), appraisals at least good in the last 2 years, not above the highest rank for the diploma held, not above the direct superior (only before BKN Regulation 2/2025), the civil-service exam when crossing into golongan III or IV, and no running moderate/severe disciplinary penalty. The TMT is a promotion period.',
  },
  citations: CITE_PLAFON,
  versions: [
    { id: 'BATAS_ATASAN', from: '2000-01-01', to: '2025-05-20', citations: CITE_ATASAN },
    { id: 'TANPA_BATAS_ATASAN', from: '2025-05-20', citations: CITE_ATASAN_DICABUT },
  ],
  input: pegawaiKenaikanPangkatRegulerSchema,
  options: kenaikanPangkatRegulerOptions,
  output: kenaikanPangkatRegulerOutput,
  examples: [
    {
      title: {
        id: 'Pelaksana S1 III/b, tepat 4 tahun, Baik 2021–2022: naik ke III/c pada 1 April 2023',
        en: 'S1 staff III/b, exactly 4 years, Good 2021–2022: promoted to III/c on 1 April 2023',
      },
      input: {
        golongan: 'III/b',
        tmtPangkat: '2019-04-01',
        ijazah: 'S1',
        riwayatPenilaian: [
          { tahun: 2021, predikat: 'BAIK' },
          { tahun: 2022, predikat: 'BAIK' },
        ],
      },
      options: { asOf: '2023-01-15' },
      expected: {
        memenuhiSyarat: true,
        golonganBaru: 'III/c',
        tmt: '2023-04-01',
        periode: '2023-04-01',
        golonganTujuan: 'III/c',
        tmtPalingCepat: '2023-04-01',
      },
      source: 'promotion digest §2.2, §9 vector 12 (ATR/BPN: SKP 2021 and 2022 for the 1 April 2023 period)',
    },
    {
      title: { id: 'Pelaksana S1 di III/d selama 10 tahun: plafon ijazah', en: 'S1 staff at III/d for 10 years: diploma ceiling' },
      input: {
        golongan: 'III/d',
        tmtPangkat: '2014-04-01',
        ijazah: 'S1',
        riwayatPenilaian: [
          { tahun: 2022, predikat: 'BAIK' },
          { tahun: 2023, predikat: 'BAIK' },
        ],
      },
      options: { asOf: '2024-04-01' },
      expected: {
        memenuhiSyarat: false,
        golonganBaru: null,
        tmt: null,
        periode: '2024-04-01',
        golonganTujuan: 'IV/a',
        tmtPalingCepat: null,
      },
      source: 'promotion digest §9 vector 13',
    },
    {
      title: {
        id: 'Atasan III/c: KP ke III/d pada 1 April 2025 terhalang',
        en: 'Superior at III/c: promotion to III/d on 1 April 2025 blocked',
      },
      input: {
        golongan: 'III/c',
        tmtPangkat: '2021-04-01',
        ijazah: 'S1',
        golonganAtasan: 'III/c',
        riwayatPenilaian: [
          { tahun: 2023, predikat: 'BAIK' },
          { tahun: 2024, predikat: 'BAIK' },
        ],
      },
      options: { asOf: '2025-04-01' },
      expected: {
        memenuhiSyarat: false,
        golonganBaru: null,
        tmt: null,
        periode: '2025-04-01',
        golonganTujuan: 'III/d',
        tmtPalingCepat: '2025-06-01',
      },
      source: 'promotion digest §9 vector 14 (derived)',
    },
    {
      title: {
        id: 'Atasan III/c: KP ke III/d pada 1 Juni 2025 diperbolehkan',
        en: 'Superior at III/c: promotion to III/d on 1 June 2025 allowed',
      },
      input: {
        golongan: 'III/c',
        tmtPangkat: '2021-04-01',
        ijazah: 'S1',
        golonganAtasan: 'III/c',
        riwayatPenilaian: [
          { tahun: 2023, predikat: 'BAIK' },
          { tahun: 2024, predikat: 'BAIK' },
        ],
      },
      options: { asOf: '2025-04-02' },
      expected: {
        memenuhiSyarat: true,
        golonganBaru: 'III/d',
        tmt: '2025-06-01',
        periode: '2025-06-01',
        golonganTujuan: 'III/d',
        tmtPalingCepat: '2025-06-01',
      },
      source: 'promotion digest §9 vector 14 (derived; Peraturan BKN 2/2025)',
    },
  ],
  notes: [
    {
      id: 'Pengaturan minPredikat (preset BAIK): "setiap unsur penilaian bernilai baik" dibaca sebagai predikat Baik atau Sangat Baik; predikat lama "Cukup" disamakan dengan Butuh Perbaikan.',
      en: 'Setting minPredikat (preset BAIK): "every appraisal element rated good" is read as predikat Baik or Sangat Baik; the older "Cukup" ranks with Butuh Perbaikan.',
    },
    {
      id: 'Pengaturan tanggalBatasAtasanDicabut (preset 2025-05-20, Peraturan BKN 2/2025; tanggal berlaku tepat belum dikonfirmasi). Batas atasan dinilai terhadap TMT (periode) kenaikan pangkat.',
      en: 'Setting tanggalBatasAtasanDicabut (preset 2025-05-20, BKN Regulation 2/2025; exact effective day unconfirmed). The atasan limit is judged against the TMT (period) of the promotion.',
    },
    {
      id: 'Pengaturan tingkatHukumanMenghalangi (preset sedang dan berat): praktik instansi; pasal PP 94/2021 / Peraturan BKN 6/2022 yang melarangnya belum ditemukan. Diperiksa pada asOf dan pada TMT.',
      en: 'Setting tingkatHukumanMenghalangi (preset moderate and severe): agency practice; the PP 94/2021 / BKN Regulation 6/2022 article was not found. Checked on asOf and on the TMT.',
    },
    {
      id: 'Penilaian yang disyaratkan adalah dua tahun kalender sebelum tahun periode (periode 1 April 2023: 2021 dan 2022). Pembebasan ujian dinas karena "jabatan tertentu" belum dikodekan.',
      en: 'The required appraisals are the two calendar years before the year of the period (1 April 2023: 2021 and 2022). Exemption from ujian dinas for "certain positions" is not encoded.',
    },
    catatanInvarianKp('tmtPangkat/tmtCpns'),
  ],
  evaluate(p, o) {
    const periode = tanggalPeriodeKenaikanPangkat(o.asOf);
    periksaCatatanKp(ID, o.asOf, periode, {
      tmt: { tmtPangkat: p.tmtPangkat },
      tmtCpns: p.tmtCpns,
      riwayatPenilaian: p.riwayatPenilaian,
      riwayatHukuman: p.riwayatHukuman,
    });
    const tujuan = golonganBerikutnya(p.golongan);
    const reasons: Reason[] = [
      reason(ID, `${ID}.periode`, 'INFO', rezimPeriodeKenaikanPangkat(periode).citations, {
        asOf: o.asOf,
        periode,
      }),
    ];
    if (tujuan === null) {
      reasons.push(reason(ID, `${ID}.pangkatPuncak`, 'FAIL', CITE_SYARAT, { golongan: p.golongan }));
      return decision<KenaikanPangkatReguler>(
        { memenuhiSyarat: false, golonganBaru: null, tmt: null, periode, golonganTujuan: null, tmtPalingCepat: null },
        reasons,
      );
    }

    // Masa kerja: 4 years in the current pangkat; the first KP counts from TMT CPNS.
    const mulai = p.kenaikanPangkatPertama && p.tmtCpns ? p.tmtCpns : p.tmtPangkat;
    const tanggalMasaKerja = addYears(mulai, MIN_TAHUN_KP_REGULER);
    reasons.push(
      reason(ID, `${ID}.masaKerja`, tanggalMasaKerja <= periode ? 'PASS' : 'FAIL', CITE_SYARAT, {
        dasar: p.kenaikanPangkatPertama ? 'TMT_CPNS' : 'TMT_PANGKAT',
        mulai,
        periode,
        tahun: wholeYearsBetween(mulai, periode),
        minimum: MIN_TAHUN_KP_REGULER,
        tanggalTerpenuhi: tanggalMasaKerja,
      }),
    );

    // Appraisals: the two years before the year of the period.
    const tahunPeriode = yearOf(periode);
    const tahunPenilaian = Array.from({ length: TAHUN_PENILAIAN_KP_REGULER }, (_, i) => tahunPeriode - TAHUN_PENILAIAN_KP_REGULER + i);
    reasons.push(...reasonsPenilaian(ID, p.riwayatPenilaian, tahunPenilaian, o.minPredikat, CITE_SYARAT));

    // Ceiling by ijazah.
    const plafon = PLAFON_KP_REGULER[p.ijazah];
    const dalamPlafon = compareGolongan(tujuan, plafon) <= 0;
    reasons.push(
      reason(ID, `${ID}.plafonIjazah`, dalamPlafon ? 'PASS' : 'FAIL', CITE_PLAFON, { ijazah: p.ijazah, plafon, golonganTujuan: tujuan }),
    );

    // Atasan langsung: only before Peraturan BKN 2/2025.
    let atasanGagal = false;
    if (!batasAtasanBerlaku(periode, o.tanggalBatasAtasanDicabut)) {
      reasons.push(reason(ID, `${ID}.atasanTidakBerlaku`, 'INFO', CITE_ATASAN_DICABUT, { periode, sejak: o.tanggalBatasAtasanDicabut }));
    } else if (p.golonganAtasan === undefined) {
      reasons.push(reason(ID, `${ID}.atasanTidakDiketahui`, 'INFO', CITE_ATASAN, { periode }));
    } else {
      atasanGagal = compareGolongan(tujuan, p.golonganAtasan) > 0;
      reasons.push(
        reason(ID, `${ID}.atasan`, atasanGagal ? 'FAIL' : 'PASS', CITE_ATASAN, {
          golonganTujuan: tujuan,
          golonganAtasan: p.golonganAtasan,
        }),
      );
    }

    reasons.push(reasonUjianDinas(ID, p.golongan, tujuan, p));

    const hukuman = cekHukumanBerjalan(ID, p.riwayatHukuman, [o.asOf, periode], o.tingkatHukumanMenghalangi);
    reasons.push(...hukuman.reasons);

    const memenuhiSyarat = reasons.every((r) => r.outcome !== 'FAIL');
    let tmtPalingCepat: IsoDate | null = null;
    if (dalamPlafon && hukuman.selesai !== null) {
      let dari = maxDate(o.asOf, maxDate(tanggalMasaKerja, hukuman.selesai));
      if (atasanGagal) dari = maxDate(dari, o.tanggalBatasAtasanDicabut);
      tmtPalingCepat = tanggalPeriodeKenaikanPangkat(dari);
      // A hukuman in the record may start later and run on that period: move past it. Each step moves past
      // every hukuman running on the candidate, so one step per hukuman (bounded by RIWAYAT_HUKUMAN_MAKS) suffices.
      for (let i = 0; i <= p.riwayatHukuman.length && tmtPalingCepat !== null; i++) {
        const nanti = cekHukumanBerjalan(ID, p.riwayatHukuman, [tmtPalingCepat], o.tingkatHukumanMenghalangi);
        if (nanti.berjalan.length === 0) break;
        tmtPalingCepat = nanti.selesai === null ? null : tanggalPeriodeKenaikanPangkat(maxDate(tmtPalingCepat, nanti.selesai));
      }
      if (tmtPalingCepat !== null) {
        const dariMasaKerja = tanggalPeriodeKenaikanPangkat(maxDate(o.asOf, tanggalMasaKerja));
        const path = tmtPalingCepat > dariMasaKerja ? ['riwayatHukuman'] : [p.kenaikanPangkatPertama ? 'tmtCpns' : 'tmtPangkat'];
        tolak(ID, [
          dalamKalender(path, tmtPalingCepat, { en: 'the earliest promotion period', id: 'periode kenaikan pangkat paling cepat' }),
        ]);
      }
    }
    return decision<KenaikanPangkatReguler>(
      {
        memenuhiSyarat,
        golonganBaru: memenuhiSyarat ? tujuan : null,
        tmt: memenuhiSyarat ? periode : null,
        periode,
        golonganTujuan: tujuan,
        tmtPalingCepat,
      },
      reasons,
    );
  },
});

/**
 * Kenaikan pangkat reguler (PP 99/2000 jo. PP 12/2002; Peraturan BKN 2/2025): whether a PNS without a
 * structural or specific functional post rises one pangkat at the first KP period on or after `asOf`.
 *
 * @example
 * kenaikanPangkatReguler(
 *   { golongan: 'III/b', tmtPangkat: '2019-04-01', ijazah: 'S1',
 *     riwayatPenilaian: [{ tahun: 2021, predikat: 'BAIK' }, { tahun: 2022, predikat: 'BAIK' }] },
 *   { asOf: '2023-01-15' },
 * ).value // { memenuhiSyarat: true, golonganBaru: 'III/c', tmt: '2023-04-01', … }
 * @throws MeritInputError on invalid input or a missing `asOf`.
 */
export const kenaikanPangkatReguler = kenaikanPangkatRegulerRule.run;

/** Input of {@link kenaikanPangkatReguler}, as callers write it (a deeply readonly value is accepted too). */
export type KenaikanPangkatRegulerInput = RuleInputOf<typeof kenaikanPangkatRegulerRule>;
/** The value of {@link kenaikanPangkatReguler}'s decision. */
export type KenaikanPangkatRegulerOutput = RuleOutputOf<typeof kenaikanPangkatRegulerRule>;
