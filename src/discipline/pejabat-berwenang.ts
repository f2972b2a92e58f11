import * as z from 'zod/mini';
import { deepFreeze } from '../core/freeze.js';
import { type Citation, decision, reason } from '../core/decision.js';
import { defineRule, type RuleInputOf, type RuleOptionsOf, type RuleOutputOf } from '../core/rule.js';
import {
  hukumanLebihBeratBerikutnya,
  JENIS_HUKUMAN,
  type JenisHukuman,
  jenisHukumanSchema,
  jenisPadaTingkat,
  tingkatHukuman,
} from './types.js';

export const KEWENANGAN_MENGHUKUM_RULE_ID = 'discipline.kewenanganMenghukum';
export const HUKUMAN_ATASAN_LALAI_RULE_ID = 'discipline.hukumanAtasanLalai';

/** Pejabat yang berwenang menghukum (PyBM). */
export const PEJABAT_BERWENANG = deepFreeze([
  'PRESIDEN',
  'PPK_PUSAT_PROVINSI',
  'PPK_KABUPATEN_KOTA',
  'KEPALA_PERWAKILAN',
  'JPT_MADYA_SETARA',
  'JPT_PRATAMA_SETARA',
  'ADMINISTRATOR_SETARA',
  'JF_AHLI_MADYA_TERTENTU',
  'PENGAWAS_SETARA',
  'JF_AHLI_MUDA_TERTENTU',
] as const);
export type PejabatBerwenang = (typeof PEJABAT_BERWENANG)[number];

/** Who is punished, by jabatan (PPK and Presiden rows) or by distance below the PyBM (atasan rows). */
export const SASARAN_HUKUMAN = deepFreeze([
  'JPT_UTAMA',
  'JPT_MADYA_PPK',
  'JPT_MADYA',
  'JF_AHLI_UTAMA',
  'DIANGKAT_PRESIDEN_LAINNYA',
  'JPT_PRATAMA',
  'ADMINISTRATOR_KE_BAWAH',
  'JF_SELAIN_AHLI_UTAMA',
  'SATU_TINGKAT_DI_BAWAH',
  'DUA_TINGKAT_DI_BAWAH',
  'JF_DI_UNIT',
  'JF_AHLI_PERTAMA',
  'JF_KETERAMPILAN_DI_UNIT',
] as const);
export type SasaranHukuman = (typeof SASARAN_HUKUMAN)[number];

const RINGAN = jenisPadaTingkat('RINGAN');
const SEDANG = jenisPadaTingkat('SEDANG');
const BERAT = jenisPadaTingkat('BERAT');
const TURUN_BEBAS: JenisHukuman[] = ['PENURUNAN_JABATAN', 'PEMBEBASAN_DARI_JABATAN'];
const ALL: JenisHukuman[] = [...JENIS_HUKUMAN];

export type MatriksKewenangan = Readonly<
  Partial<Record<PejabatBerwenang, Readonly<Partial<Record<SasaranHukuman, readonly JenisHukuman[]>>>>>
>;

/** PyBM matrix at PP level (PP 94/2021, ≈ Pasal 16–25; exact pasal numbers unconfirmed) [S: transcription]. */
export const KEWENANGAN_PP_94_2021: MatriksKewenangan = deepFreeze({
  PRESIDEN: {
    JPT_UTAMA: ALL,
    JPT_MADYA_PPK: ALL,
    JPT_MADYA: ['PDHTAPS'],
    JF_AHLI_UTAMA: ['PDHTAPS'],
    DIANGKAT_PRESIDEN_LAINNYA: ['PDHTAPS'],
  },
  PPK_PUSAT_PROVINSI: {
    JPT_MADYA: [...RINGAN, ...SEDANG, ...TURUN_BEBAS],
    JPT_PRATAMA: [...SEDANG, ...BERAT],
    JF_AHLI_UTAMA: [...RINGAN, ...SEDANG, ...TURUN_BEBAS],
    ADMINISTRATOR_KE_BAWAH: BERAT,
    JF_SELAIN_AHLI_UTAMA: BERAT,
  },
  PPK_KABUPATEN_KOTA: {
    JPT_PRATAMA: ALL,
    JF_AHLI_UTAMA: [...RINGAN, ...SEDANG, ...TURUN_BEBAS],
    ADMINISTRATOR_KE_BAWAH: [...SEDANG, ...BERAT],
    JF_SELAIN_AHLI_UTAMA: BERAT,
  },
  KEPALA_PERWAKILAN: { SATU_TINGKAT_DI_BAWAH: RINGAN, DUA_TINGKAT_DI_BAWAH: SEDANG },
  JPT_MADYA_SETARA: { SATU_TINGKAT_DI_BAWAH: RINGAN, DUA_TINGKAT_DI_BAWAH: SEDANG },
  JPT_PRATAMA_SETARA: { SATU_TINGKAT_DI_BAWAH: RINGAN, DUA_TINGKAT_DI_BAWAH: SEDANG, JF_DI_UNIT: [...RINGAN, ...SEDANG] },
  ADMINISTRATOR_SETARA: { SATU_TINGKAT_DI_BAWAH: RINGAN, DUA_TINGKAT_DI_BAWAH: SEDANG, JF_DI_UNIT: [...RINGAN, ...SEDANG] },
  JF_AHLI_MADYA_TERTENTU: { SATU_TINGKAT_DI_BAWAH: RINGAN },
  PENGAWAS_SETARA: { SATU_TINGKAT_DI_BAWAH: RINGAN },
  JF_AHLI_MUDA_TERTENTU: { SATU_TINGKAT_DI_BAWAH: RINGAN },
});

/**
 * The PerBKN 6/2022 lampiran excerpt read differs [S: anyflip]: the Pengawas also punishes JF Ahli Pertama
 * (ringan) and PNS two levels below (ringan and sedang); JPT Pratama, Administrator and Pengawas leading a
 * unit punish JF Keterampilan (ringan and sedang).
 */
export const KEWENANGAN_LAMPIRAN_PERBKN_6_2022: MatriksKewenangan = deepFreeze({
  ...KEWENANGAN_PP_94_2021,
  JPT_PRATAMA_SETARA: { ...KEWENANGAN_PP_94_2021.JPT_PRATAMA_SETARA, JF_KETERAMPILAN_DI_UNIT: [...RINGAN, ...SEDANG] },
  ADMINISTRATOR_SETARA: { ...KEWENANGAN_PP_94_2021.ADMINISTRATOR_SETARA, JF_KETERAMPILAN_DI_UNIT: [...RINGAN, ...SEDANG] },
  PENGAWAS_SETARA: {
    SATU_TINGKAT_DI_BAWAH: RINGAN,
    JF_AHLI_PERTAMA: RINGAN,
    DUA_TINGKAT_DI_BAWAH: [...RINGAN, ...SEDANG],
    JF_KETERAMPILAN_DI_UNIT: [...RINGAN, ...SEDANG],
  },
});

export const MATRIKS_KEWENANGAN = deepFreeze({
  PP_94_2021: KEWENANGAN_PP_94_2021,
  LAMPIRAN_PERBKN_6_2022: KEWENANGAN_LAMPIRAN_PERBKN_6_2022,
} as const);

export const kewenanganMenghukumInput = z.object({
  pejabat: z.enum(PEJABAT_BERWENANG),
  sasaran: z.enum(SASARAN_HUKUMAN),
});

export const kewenanganMenghukumOptions = z.object({
  matriks: z
    ._default(z.enum(['PP_94_2021', 'LAMPIRAN_PERBKN_6_2022']), 'PP_94_2021')
    .check(
      z.describe(
        'Setting [U]: the PP-level PyBM matrix (preset) or the PerBKN 6/2022 lampiran excerpt, which differ for the Pengawas and JF Keterampilan.',
      ),
    ),
});

const CITE: Citation[] = deepFreeze([
  { regulation: 'PP_94_2021', article: 'Pasal 16–25' },
  { regulation: 'PERBKN_6_2022', annex: 'Lampiran (pejabat yang berwenang menghukum)' },
]);

/** Value of {@link kewenanganMenghukum} as JSON. */
export const kewenanganMenghukumOutput = z
  .array(jenisHukumanSchema)
  .check(z.describe('The jenis hukuman the pejabat may impose on the sasaran, lightest first; empty when not authorised'));

export const kewenanganMenghukumRule = defineRule({
  id: KEWENANGAN_MENGHUKUM_RULE_ID,
  domain: 'discipline',
  title: { id: 'Pejabat yang berwenang menghukum', en: 'Officials authorised to impose a penalty' },
  description: {
    id: 'Jenis hukuman disiplin yang dapat dijatuhkan oleh seorang pejabat kepada PNS menurut jabatannya atau jaraknya dalam struktur; bila pejabat itu kosong, kewenangan beralih ke atasannya.',
    en: 'The penalty types an official may impose on a civil servant by the latter’s position or distance in the structure; when the post is vacant, the power passes to the next higher official.',
  },
  citations: CITE,
  input: kewenanganMenghukumInput,
  options: kewenanganMenghukumOptions,
  output: kewenanganMenghukumOutput,
  notes: [
    {
      id: 'Nomor pasal PyBM (sekitar Pasal 16–25) belum dikonfirmasi; matriks berasal dari transkripsi dan lampiran PerBKN yang saling berbeda.',
      en: 'The PyBM pasal numbers (about Pasal 16–25) are unconfirmed; the matrix comes from a transcription and a PerBKN lampiran excerpt that differ.',
    },
  ],
  examples: [
    {
      title: { id: 'Pengawas terhadap bawahan langsung', en: 'Supervisor over a direct subordinate' },
      input: { pejabat: 'PENGAWAS_SETARA', sasaran: 'SATU_TINGKAT_DI_BAWAH' },
      expected: ['TEGURAN_LISAN', 'TEGURAN_TERTULIS', 'PERNYATAAN_TIDAK_PUAS_TERTULIS'],
    },
    {
      title: { id: 'Presiden terhadap JPT Madya', en: 'President over a JPT Madya' },
      input: { pejabat: 'PRESIDEN', sasaran: 'JPT_MADYA' },
      expected: ['PDHTAPS'],
    },
  ],
  evaluate(input, options) {
    const id = KEWENANGAN_MENGHUKUM_RULE_ID;
    const jenis = [...(MATRIKS_KEWENANGAN[options.matriks][input.pejabat]?.[input.sasaran] ?? [])];
    return decision(jenis, [
      reason(id, jenis.length > 0 ? `${id}.berwenang` : `${id}.tidakBerwenang`, jenis.length > 0 ? 'PASS' : 'FAIL', CITE, {
        pejabat: input.pejabat,
        sasaran: input.sasaran,
        matriks: options.matriks,
        jumlahJenis: jenis.length,
      }),
    ]);
  },
});

/** The jenis hukuman a PyBM may impose on a PNS (data-driven matrix; conflicts as a setting). */
export const kewenanganMenghukum = kewenanganMenghukumRule.run;

/** Input of {@link kewenanganMenghukum}, as callers write it (a deeply readonly value is accepted too). */
export type KewenanganMenghukumInput = RuleInputOf<typeof kewenanganMenghukumRule>;
/** Options of {@link kewenanganMenghukum}. */
export type KewenanganMenghukumOptions = RuleOptionsOf<typeof kewenanganMenghukumRule>;
/** The value of {@link kewenanganMenghukum}'s decision. */
export type KewenanganMenghukumOutput = RuleOutputOf<typeof kewenanganMenghukumRule>;

export const hukumanAtasanLalaiInput = z.object({
  hukumanSeharusnya: jenisHukumanSchema.check(z.describe('The hukuman the subordinate should have received')),
});

/** Value of {@link hukumanAtasanLalai} as JSON. */
export const hukumanAtasanLalaiOutput = jenisHukumanSchema.check(
  z.describe('The hukuman for the superior: one jenis heavier than hukumanSeharusnya (PDHTAPS stays PDHTAPS)'),
);

export const hukumanAtasanLalaiRule = defineRule({
  id: HUKUMAN_ATASAN_LALAI_RULE_ID,
  domain: 'discipline',
  title: { id: 'Hukuman bagi atasan yang tidak menjatuhkan hukuman', en: 'Penalty for a superior who fails to act' },
  description: {
    id: 'Atasan langsung yang tidak memanggil, memeriksa atau melaporkan, atau PyBM yang tidak menjatuhkan hukuman, dijatuhi hukuman yang lebih berat (satu jenis) dari hukuman yang seharusnya dijatuhkan kepada bawahannya; atasannya juga menjatuhkan hukuman yang seharusnya kepada PNS itu.',
    en: 'A direct superior who does not summon, examine or report, or a PyBM who does not impose a penalty, receives a penalty one type heavier than the one the subordinate should have received; their superior also imposes the due penalty on the civil servant.',
  },
  citations: [
    { regulation: 'PP_94_2021', article: 'Pasal 28' },
    { regulation: 'PERBKN_6_2022', annex: 'Lampiran, contoh kasus 7' },
  ],
  input: hukumanAtasanLalaiInput,
  output: hukumanAtasanLalaiOutput,
  examples: [
    {
      title: { id: 'Seharusnya teguran tertulis', en: 'Should have been a written reprimand' },
      input: { hukumanSeharusnya: 'TEGURAN_TERTULIS' },
      expected: 'PERNYATAAN_TIDAK_PUAS_TERTULIS',
      source: 'PerBKN 6/2022 contoh 7 (TV-25)',
    },
  ],
  evaluate(input) {
    const id = HUKUMAN_ATASAN_LALAI_RULE_ID;
    const next = hukumanLebihBeratBerikutnya(input.hukumanSeharusnya) ?? 'PDHTAPS';
    return decision(next, [
      reason(id, `${id}.lebihBerat`, 'FAIL', [{ regulation: 'PP_94_2021', article: 'Pasal 28' }], {
        hukumanSeharusnya: input.hukumanSeharusnya,
        hukuman: next,
        tingkat: tingkatHukuman(next),
      }),
    ]);
  },
});

/** The hukuman for a superior who failed to act: one step heavier than the subordinate’s due hukuman. */
export const hukumanAtasanLalai = hukumanAtasanLalaiRule.run;

/** Input of {@link hukumanAtasanLalai}, as callers write it (a deeply readonly value is accepted too). */
export type HukumanAtasanLalaiInput = RuleInputOf<typeof hukumanAtasanLalaiRule>;
/** Options of {@link hukumanAtasanLalai}. */
export type HukumanAtasanLalaiOptions = RuleOptionsOf<typeof hukumanAtasanLalaiRule>;
/** The value of {@link hukumanAtasanLalai}'s decision. */
export type HukumanAtasanLalaiOutput = RuleOutputOf<typeof hukumanAtasanLalaiRule>;
