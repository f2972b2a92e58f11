import * as z from 'zod/mini';
import { type Citation, decision } from '../core/decision.js';
import { deepFreeze } from '../core/freeze.js';
import { reasonsOf } from '../core/messages.js';
import { defineRule, type RuleInputOf, type RuleOptionsOf, type RuleOutputOf, type RuleTable } from '../core/rule.js';
import type { KEWENANGAN_MENGHUKUM_MESSAGES } from './kewenangan-menghukum.messages.js';
import { JENIS_HUKUMAN, type JenisHukuman, jenisHukumanSchema, jenisPadaTingkat, TINGKAT_HUKUMAN } from './types.js';

export const KEWENANGAN_MENGHUKUM_RULE_ID = 'discipline.kewenanganMenghukum';
const alasan = reasonsOf<typeof KEWENANGAN_MENGHUKUM_MESSAGES>(KEWENANGAN_MENGHUKUM_RULE_ID);

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

/** PyBM matrix at PP level (PP 94/2021; its pasal numbers are not quoted by any source) [S: transcription; B: BKN blog]. */
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

/** A list of jenis as the table shows it: a whole tingkat by its name ("semua ringan"), other jenis by name. */
function jenisRingkas(jenis: readonly JenisHukuman[] | undefined): string {
  if (!jenis || jenis.length === 0) return '—';
  return TINGKAT_HUKUMAN.flatMap((t) => {
    const semua = jenisPadaTingkat(t);
    const ada = semua.filter((j) => jenis.includes(j));
    if (ada.length === 0) return [];
    return ada.length === semua.length ? [`semua ${t}`] : ada;
  }).join(', ');
}

/**
 * The PyBM matrices as the rule page shows them: one row per pejabat and sasaran that either matrix names,
 * the jenis each may impose under the preset (PP 94/2021) and under the PerBKN 6/2022 lampiran excerpt.
 */
export const TABEL_KEWENANGAN_MENGHUKUM: RuleTable = deepFreeze({
  title: {
    id: 'Pejabat yang berwenang menghukum: jenis hukuman menurut pejabat dan PNS yang dihukum (— tidak berwenang)',
    en: 'Officials authorised to punish: penalty types by official and by the civil servant punished (— not authorised)',
  },
  columns: ['pejabat', 'sasaran', 'PP_94_2021 (preset)', 'LAMPIRAN_PERBKN_6_2022'],
  rows: PEJABAT_BERWENANG.flatMap((pejabat) =>
    SASARAN_HUKUMAN.filter(
      (sasaran) => KEWENANGAN_PP_94_2021[pejabat]?.[sasaran] || KEWENANGAN_LAMPIRAN_PERBKN_6_2022[pejabat]?.[sasaran],
    ).map((sasaran) => [
      pejabat,
      sasaran,
      jenisRingkas(KEWENANGAN_PP_94_2021[pejabat]?.[sasaran]),
      jenisRingkas(KEWENANGAN_LAMPIRAN_PERBKN_6_2022[pejabat]?.[sasaran]),
    ]),
  ),
});

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
  {
    regulation: 'PP_94_2021',
    unlocated:
      'The PyBM articles (estimated at about Pasal 16–25; no source quotes their numbers) are known from a transcription (wawannug/disiplin-pns) and BKN’s blog on PerBKN 6/2022; the salinan was not read.',
  },
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
  tables: [TABEL_KEWENANGAN_MENGHUKUM],
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
    const jenis = [...(MATRIKS_KEWENANGAN[options.matriks][input.pejabat]?.[input.sasaran] ?? [])];
    const facts = { pejabat: input.pejabat, sasaran: input.sasaran, matriks: options.matriks, jumlahJenis: jenis.length };
    return decision(jenis, [jenis.length > 0 ? alasan('berwenang', 'PASS', CITE, facts) : alasan('tidakBerwenang', 'FAIL', CITE, facts)]);
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
