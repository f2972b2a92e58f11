import * as z from 'zod/mini';
import { addMonths, type IsoDate, isoDateSchema } from '../core/calendar.js';
import { type Citation, decision, type Reason, reason } from '../core/decision.js';
import { type InputIssue, MeritInputError, ownIssue } from '../core/errors.js';
import { deepFreeze } from '../core/freeze.js';
import { dateOutputSchema } from '../core/output.js';
import { defineRule, type RuleInputOf, type RuleOptionsOf, type RuleOutputOf } from '../core/rule.js';
import { contradiction, superRefineParsed } from '../core/refine.js';
import { PREDIKAT, type Predikat } from '../performance/types.js';

export const KONSEKUENSI_KINERJA_RULE_ID = 'rewards.konsekuensiKinerja';

export const TAHAP_KONSEKUENSI_KINERJA = deepFreeze([
  'TIDAK_ADA',
  'PERBAIKAN_KINERJA',
  'UJI_KOMPETENSI_KEMBALI',
  'PENEMPATAN_SESUAI_KOMPETENSI',
  'PEMBERHENTIAN_DENGAN_HORMAT',
  'PEMUTUSAN_PPPK_DENGAN_HORMAT',
] as const);
export type TahapKonsekuensiKinerja = (typeof TAHAP_KONSEKUENSI_KINERJA)[number];

const P57: Citation = deepFreeze({ regulation: 'PP_30_2019', article: 'Pasal 57' });
const P58: Citation = deepFreeze({ regulation: 'PP_30_2019', article: 'Pasal 58' });
const CITE_P57: Citation[] = deepFreeze([P57]);
const CITE_P58: Citation[] = deepFreeze([P58]);
const CITE_PPPK: Citation[] = deepFreeze([
  { regulation: 'PP_49_2018', article: 'Pasal 53 ayat (2) huruf c' },
  { regulation: 'UU_20_2023', article: 'Pasal 52 ayat (3) huruf f' },
]);
const PEMBERHENTIAN: Citation[] = deepFreeze([
  { regulation: 'PP_30_2019', article: 'Pasal 58 ayat (5)' },
  { regulation: 'UU_20_2023', article: 'Pasal 52 ayat (3) huruf f' },
  { regulation: 'PERBKN_3_2020', article: 'Pasal 32 ayat (1)' },
]);

export const konsekuensiKinerjaInput = z
  .object({
    statusPegawai: z._default(z.enum(['PNS', 'PPPK']), 'PNS'),
    jenisJabatan: z.enum(['JPT', 'ADMINISTRASI', 'FUNGSIONAL']),
    predikatTahunan: z.enum(PREDIKAT).check(z.describe('Annual predikat kinerja')),
    tanggalPenetapan: isoDateSchema.check(z.describe('Day the annual predikat was set: the improvement period starts here')),
    hasilPerbaikan: z
      .optional(z.enum(['MEMENUHI_TARGET', 'TIDAK_MEMENUHI_TARGET']))
      .check(z.describe('Outcome after the improvement period, when known')),
    lowonganSesuaiTersedia: z
      .optional(z.boolean())
      .check(z.describe('Administrasi/fungsional: whether a post matching the competence was found within the placement period')),
  })
  .check(
    // Each stage is reached only through the one before (PP 30/2019 Pasal 57–58; a PPPK's contract ends at once).
    superRefineParsed((v, ctx) => {
      if (v.statusPegawai === 'PPPK' && v.hasilPerbaikan !== undefined) {
        ctx.addIssue(
          contradiction(
            {
              en: 'a PPPK who misses the target has the contract ended; there is no improvement period to have an outcome',
              id: 'PPPK yang tidak memenuhi target diputus perjanjian kerjanya; tidak ada masa perbaikan yang mempunyai hasil',
            },
            ['hasilPerbaikan'],
          ),
        );
      }
      if (v.lowonganSesuaiTersedia === undefined) return;
      if (v.statusPegawai === 'PPPK' || v.jenisJabatan === 'JPT') {
        ctx.addIssue(
          contradiction(
            {
              en: 'applies only to a PNS in a jabatan administrasi or fungsional (a JPT retakes a competency test; a PPPK has the contract ended)',
              id: 'hanya berlaku bagi PNS dalam jabatan administrasi atau fungsional (JPT mengikuti uji kompetensi kembali; PPPK diputus perjanjian kerjanya)',
            },
            ['lowonganSesuaiTersedia'],
          ),
        );
      } else if (v.hasilPerbaikan !== 'TIDAK_MEMENUHI_TARGET') {
        ctx.addIssue(
          contradiction(
            {
              en: 'a matching post is sought only after the improvement period failed (hasilPerbaikan TIDAK_MEMENUHI_TARGET)',
              id: 'jabatan yang sesuai baru dicari setelah masa perbaikan gagal (hasilPerbaikan TIDAK_MEMENUHI_TARGET)',
            },
            ['lowonganSesuaiTersedia'],
          ),
        );
      }
    }),
  );

export const konsekuensiKinerjaOptions = z.object({
  asOf: z.optional(isoDateSchema).check(z.describe('Reference date; needed to decide a dismissal after the placement period')),
  predikatTidakMemenuhiTarget: z
    ._default(z.array(z.enum(PREDIKAT)).check(z.minLength(1), z.maxLength(PREDIKAT.length)), ['BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG'])
    .check(z.describe('Setting [U]: predikat that mean "tidak memenuhi target kinerja" (preset as in Peraturan BRIN 4/2025 Pasal 38A)')),
  bulanPerbaikan: z._default(z.int().check(z.minimum(1), z.maximum(24)), 6).check(z.describe('PP 30/2019 Pasal 57: 6 months to improve')),
  bulanPenempatan: z
    ._default(z.int().check(z.minimum(1), z.maximum(36)), 12)
    .check(z.describe('PP 30/2019 Pasal 58 ayat (5): placement for at most 1 year')),
});

export interface KonsekuensiKinerja {
  tahap: TahapKonsekuensiKinerja;
  /** End of the improvement period (tanggalPenetapan + 6 months), when it applies. */
  batasPerbaikan: IsoDate | null;
  /** End of the placement period (batasPerbaikan + 1 year), when it applies. */
  batasPenempatan: IsoDate | null;
}

/** Schema of {@link KonsekuensiKinerja} as JSON. */
export const konsekuensiKinerjaOutput = z.object({
  tahap: z.enum(TAHAP_KONSEKUENSI_KINERJA).check(z.describe('The stage reached: the consequence that applies now')),
  batasPerbaikan: z
    .nullable(dateOutputSchema)
    .check(z.describe('End of the improvement period (tanggalPenetapan + bulanPerbaikan); null when it does not apply')),
  batasPenempatan: z
    .nullable(dateOutputSchema)
    .check(z.describe('End of the placement period (batasPerbaikan + bulanPenempatan); null when it does not apply')),
});

export const konsekuensiKinerjaRule = defineRule({
  id: KONSEKUENSI_KINERJA_RULE_ID,
  domain: 'rewards',
  title: { id: 'Akibat tidak memenuhi target kinerja', en: 'Consequences of missing the performance target' },
  description: {
    id: 'PNS yang tidak memenuhi target kinerja selama 1 tahun diberi kesempatan 6 bulan untuk memperbaiki kinerja; bila tidak membaik, JPT mengikuti uji kompetensi kembali dan pejabat administrasi/fungsional ditempatkan pada jabatan yang sesuai kompetensinya paling lama 1 tahun; bila tidak ada lowongan yang sesuai, diberhentikan dengan hormat. PPPK yang tidak memenuhi target kinerja diputus hubungan perjanjian kerjanya dengan hormat.',
    en: 'A civil servant who misses the performance target for a year gets 6 months to improve; if there is no improvement, a JPT retakes a competency test and administrative/functional officials are placed in a post matching their competence for at most 1 year; with no suitable vacancy they are dismissed with honour. A PPPK who misses the target has the contract ended with honour.',
  },
  citations: [
    P57,
    P58,
    { regulation: 'UU_20_2023', article: 'Pasal 52 ayat (3) huruf f' },
    { regulation: 'PP_49_2018', article: 'Pasal 53 ayat (2) huruf c' },
  ],
  input: konsekuensiKinerjaInput,
  options: konsekuensiKinerjaOptions,
  output: konsekuensiKinerjaOutput,
  notes: [
    {
      id: 'Ditolak sebagai masukan yang saling bertentangan: tanggal penetapan sesudah asOf; hasil perbaikan bagi predikat yang memenuhi target, bagi PPPK, atau sebelum masa perbaikan berakhir pada asOf; ketersediaan lowongan bagi JPT atau PPPK, atau sebelum masa perbaikan gagal.',
      en: 'Refused as contradictory input: a tanggalPenetapan after asOf; an improvement outcome for a predikat that meets the target, for a PPPK, or before the improvement period has ended on asOf; a vacancy answer for a JPT or a PPPK, or before the improvement period failed.',
    },
    {
      id: 'Pasal 57–58 PP 30/2019 diketahui dari sumber sekunder; predikat yang berarti "tidak memenuhi target" adalah pengaturan.',
      en: 'PP 30/2019 Articles 57–58 are known from secondary sources; which predikat mean "target missed" is a setting.',
    },
  ],
  examples: [
    {
      title: { id: 'Predikat Kurang: 6 bulan perbaikan', en: 'Rating Kurang: 6 months to improve' },
      input: { jenisJabatan: 'FUNGSIONAL', predikatTahunan: 'KURANG', tanggalPenetapan: '2025-01-31' },
      expected: { tahap: 'PERBAIKAN_KINERJA', batasPerbaikan: '2025-07-31', batasPenempatan: null },
    },
    {
      title: { id: 'Tidak membaik dan tidak ada lowongan setelah 1 tahun', en: 'No improvement and no vacancy after 1 year' },
      input: {
        jenisJabatan: 'ADMINISTRASI',
        predikatTahunan: 'SANGAT_KURANG',
        tanggalPenetapan: '2025-01-31',
        hasilPerbaikan: 'TIDAK_MEMENUHI_TARGET',
        lowonganSesuaiTersedia: false,
      },
      options: { asOf: '2026-07-31' },
      expected: { tahap: 'PEMBERHENTIAN_DENGAN_HORMAT', batasPerbaikan: '2025-07-31', batasPenempatan: '2026-07-31' },
    },
  ],
  evaluate(input, options) {
    const id = KONSEKUENSI_KINERJA_RULE_ID;
    const reasons: Reason[] = [];
    const out = (tahap: TahapKonsekuensiKinerja, batasPerbaikan: IsoDate | null = null, batasPenempatan: IsoDate | null = null) =>
      decision<KonsekuensiKinerja>({ tahap, batasPerbaikan, batasPenempatan }, reasons);

    const gagal = options.predikatTidakMemenuhiTarget.includes(input.predikatTahunan as Predikat);
    refuseImpossible(input, options, gagal);
    reasons.push(
      reason(id, gagal ? `${id}.tidakMemenuhi` : `${id}.memenuhi`, gagal ? 'FAIL' : 'PASS', CITE_P57, {
        predikat: input.predikatTahunan,
      }),
    );
    if (!gagal) return out('TIDAK_ADA');

    if (input.statusPegawai === 'PPPK') {
      reasons.push(reason(id, `${id}.pppk`, 'FAIL', CITE_PPPK, {}));
      return out('PEMUTUSAN_PPPK_DENGAN_HORMAT');
    }

    const batasPerbaikan = addMonths(input.tanggalPenetapan, options.bulanPerbaikan);
    if (input.hasilPerbaikan === undefined) {
      reasons.push(reason(id, `${id}.perbaikan`, 'INFO', CITE_P57, { bulan: options.bulanPerbaikan, batasPerbaikan }));
      return out('PERBAIKAN_KINERJA', batasPerbaikan);
    }
    if (input.hasilPerbaikan === 'MEMENUHI_TARGET') {
      reasons.push(reason(id, `${id}.membaik`, 'PASS', CITE_P57, { batasPerbaikan }));
      return out('TIDAK_ADA', batasPerbaikan);
    }
    if (input.jenisJabatan === 'JPT') {
      reasons.push(reason(id, `${id}.ujiKompetensi`, 'FAIL', CITE_P57, { batasPerbaikan }));
      return out('UJI_KOMPETENSI_KEMBALI', batasPerbaikan);
    }
    const batasPenempatan = addMonths(batasPerbaikan, options.bulanPenempatan);
    const lewat = options.asOf !== undefined && options.asOf >= batasPenempatan;
    if (input.lowonganSesuaiTersedia === false && lewat) {
      reasons.push(reason(id, `${id}.pemberhentian`, 'FAIL', PEMBERHENTIAN, { batasPenempatan }));
      return out('PEMBERHENTIAN_DENGAN_HORMAT', batasPerbaikan, batasPenempatan);
    }
    reasons.push(
      reason(id, `${id}.penempatan`, 'INFO', CITE_P58, { batasPenempatan, lowonganSesuaiTersedia: input.lowonganSesuaiTersedia ?? null }),
    );
    return out('PENEMPATAN_SESUAI_KOMPETENSI', batasPerbaikan, batasPenempatan);
  },
});

/** The stages that need a date or a missed target, against asOf and the settings. */
function refuseImpossible(
  input: z.output<typeof konsekuensiKinerjaInput>,
  options: z.output<typeof konsekuensiKinerjaOptions>,
  gagal: boolean,
): void {
  const issues: InputIssue[] = [];
  const asOf = options.asOf;
  if (asOf !== undefined && input.tanggalPenetapan > asOf) {
    issues.push(
      ownIssue(['tanggalPenetapan'], {
        en: `is after asOf ${asOf}: a predikat set later cannot have consequences on asOf`,
        id: `sesudah asOf ${asOf}: predikat yang ditetapkan kemudian belum mempunyai akibat pada asOf`,
      }),
    );
  }
  if (input.hasilPerbaikan !== undefined && !gagal) {
    issues.push(
      ownIssue(['hasilPerbaikan'], {
        en: `predikat ${input.predikatTahunan} meets the target, so there is no improvement period to have an outcome`,
        id: `predikat ${input.predikatTahunan} memenuhi target, sehingga tidak ada masa perbaikan yang mempunyai hasil`,
      }),
    );
  } else if (input.hasilPerbaikan !== undefined && input.statusPegawai === 'PNS' && asOf !== undefined) {
    const batasPerbaikan = addMonths(input.tanggalPenetapan, options.bulanPerbaikan);
    if (asOf >= input.tanggalPenetapan && asOf < batasPerbaikan) {
      issues.push(
        ownIssue(['hasilPerbaikan'], {
          en: `the improvement period runs until ${batasPerbaikan}: its outcome is not known on asOf ${asOf}`,
          id: `masa perbaikan berlangsung sampai ${batasPerbaikan}: hasilnya belum diketahui pada asOf ${asOf}`,
        }),
      );
    }
  }
  if (issues.length > 0) throw new MeritInputError(issues, KONSEKUENSI_KINERJA_RULE_ID);
}

/**
 * Consequences of a missed performance target (PP 30/2019 Pasal 57–58, UU 20/2023 Pasal 52): 6 months to improve,
 * then a new competency test (JPT) or placement for at most a year, then dismissal with honour; PPPK: contract ended.
 */
export const konsekuensiKinerja = konsekuensiKinerjaRule.run;

/** Input of {@link konsekuensiKinerja}, as callers write it (a deeply readonly value is accepted too). */
export type KonsekuensiKinerjaInput = RuleInputOf<typeof konsekuensiKinerjaRule>;
/** Options of {@link konsekuensiKinerja}. */
export type KonsekuensiKinerjaOptions = RuleOptionsOf<typeof konsekuensiKinerjaRule>;
/** The value of {@link konsekuensiKinerja}'s decision. */
export type KonsekuensiKinerjaOutput = RuleOutputOf<typeof konsekuensiKinerjaRule>;
