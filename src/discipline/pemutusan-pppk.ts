import * as z from 'zod/mini';
import { deepFreeze } from '../core/freeze.js';
import { type Citation, decision } from '../core/decision.js';
import { reasonsOf } from '../core/messages.js';
import { defineRule, type RuleInputOf, type RuleOptionsOf, type RuleOutputOf } from '../core/rule.js';
import { recordTable } from '../core/tables.js';
import type { PEMUTUSAN_PPPK_MESSAGES } from './pemutusan-pppk.messages.js';

export const PEMUTUSAN_PPPK_RULE_ID = 'discipline.pemutusanPppk';
const alasan = reasonsOf<typeof PEMUTUSAN_PPPK_MESSAGES>(PEMUTUSAN_PPPK_RULE_ID);

/** Grounds for ending a PPPK contract not at the employee’s request (PP 49/2018 Pasal 53 ayat (2)–(3)). */
export const ALASAN_PEMUTUSAN_PPPK = deepFreeze([
  'PIDANA_PENJARA_TIDAK_BERENCANA',
  'DISIPLIN_BERAT',
  'TIDAK_MEMENUHI_TARGET_KINERJA',
  'PENYELEWENGAN_PANCASILA_UUD',
  'KEJAHATAN_JABATAN',
  'ANGGOTA_PENGURUS_PARTAI_POLITIK',
  'PIDANA_PENJARA_BERENCANA',
] as const);
export type AlasanPemutusanPppk = (typeof ALASAN_PEMUTUSAN_PPPK)[number];

export const JENIS_PEMUTUSAN_PPPK = deepFreeze(['DENGAN_HORMAT_TIDAK_ATAS_PERMINTAAN_SENDIRI', 'TIDAK_DENGAN_HORMAT'] as const);
export type JenisPemutusanPppk = (typeof JENIS_PEMUTUSAN_PPPK)[number];

const PP49_AYAT2: Citation = { regulation: 'PP_49_2018', article: 'Pasal 53 ayat (2)' };
const PP49_AYAT3: Citation = { regulation: 'PP_49_2018', article: 'Pasal 53 ayat (3)' };
const BANDING: Citation = deepFreeze({ regulation: 'PP_79_2021', article: 'Pasal 1 angka 5' });

/** One row of the termination table: the kind of termination and the article that sets it. */
type BarisPemutusan = Readonly<{ jenis: JenisPemutusanPppk; citation: Readonly<Citation> }>;

/** Ground → kind of termination and the PP 49/2018 citation. */
export const PEMUTUSAN_PPPK: Readonly<Record<AlasanPemutusanPppk, BarisPemutusan>> = deepFreeze({
  PIDANA_PENJARA_TIDAK_BERENCANA: {
    jenis: 'DENGAN_HORMAT_TIDAK_ATAS_PERMINTAAN_SENDIRI',
    citation: { ...PP49_AYAT2, article: 'Pasal 53 ayat (2) huruf a' },
  },
  DISIPLIN_BERAT: {
    jenis: 'DENGAN_HORMAT_TIDAK_ATAS_PERMINTAAN_SENDIRI',
    citation: { ...PP49_AYAT2, article: 'Pasal 53 ayat (2) huruf b' },
  },
  TIDAK_MEMENUHI_TARGET_KINERJA: {
    jenis: 'DENGAN_HORMAT_TIDAK_ATAS_PERMINTAAN_SENDIRI',
    citation: { ...PP49_AYAT2, article: 'Pasal 53 ayat (2) huruf c' },
  },
  PENYELEWENGAN_PANCASILA_UUD: { jenis: 'TIDAK_DENGAN_HORMAT', citation: PP49_AYAT3 },
  KEJAHATAN_JABATAN: { jenis: 'TIDAK_DENGAN_HORMAT', citation: PP49_AYAT3 },
  ANGGOTA_PENGURUS_PARTAI_POLITIK: { jenis: 'TIDAK_DENGAN_HORMAT', citation: PP49_AYAT3 },
  PIDANA_PENJARA_BERENCANA: { jenis: 'TIDAK_DENGAN_HORMAT', citation: PP49_AYAT3 },
});

/** The values of the setting `disiplinBerat`: the regulation read for a berat disciplinary breach. */
const DASAR_DISIPLIN_BERAT = deepFreeze(['PP_49_2018', 'UU_20_2023'] as const);

/**
 * The setting `disiplinBerat`: a berat disciplinary breach ends the contract with honour (PP 49/2018
 * Pasal 53 ayat (2) huruf b, the preset) or without honour (UU 20/2023 Pasal 52 ayat (4)).
 */
export const PEMUTUSAN_DISIPLIN_BERAT: Readonly<Record<(typeof DASAR_DISIPLIN_BERAT)[number], BarisPemutusan>> = deepFreeze({
  PP_49_2018: PEMUTUSAN_PPPK.DISIPLIN_BERAT,
  UU_20_2023: { jenis: 'TIDAK_DENGAN_HORMAT', citation: { regulation: 'UU_20_2023', article: 'Pasal 52 ayat (3) huruf g dan ayat (4)' } },
});

export const pemutusanPppkInput = z.object({ alasan: z.enum(ALASAN_PEMUTUSAN_PPPK) });

export const pemutusanPppkOptions = z.object({
  disiplinBerat: z
    ._default(z.enum(DASAR_DISIPLIN_BERAT), 'PP_49_2018')
    .check(
      z.describe(
        'Setting [U, legal interpretation]: PP 49/2018 Pasal 53 ayat (2) huruf b ends the contract with honour for a berat breach; UU 20/2023 Pasal 52 ayat (4) lists disiplin berat among the grounds without honour.',
      ),
    ),
});

/** Value of {@link pemutusanPppk} as JSON. */
export const pemutusanPppkOutput = z.object({
  jenis: z.enum(JENIS_PEMUTUSAN_PPPK).check(z.describe('Kind of termination: with honour not at own request, or without honour')),
  upayaAdministratif: z
    .literal('BANDING_ADMINISTRATIF_BPASN')
    .check(z.describe('Appeal route: banding administratif to the BPASN (Badan Pertimbangan ASN)')),
});

/** The kind of termination and the appeal route: the value of {@link pemutusanPppk}. */
export type PemutusanPppk = z.output<typeof pemutusanPppkOutput>;

export const pemutusanPppkRule = defineRule({
  id: PEMUTUSAN_PPPK_RULE_ID,
  domain: 'discipline',
  title: { id: 'Pemutusan hubungan perjanjian kerja PPPK', en: 'Ending a PPPK work contract' },
  description: {
    id: 'Jenis pemutusan hubungan perjanjian kerja PPPK tidak atas permintaan sendiri menurut alasannya (dengan hormat atau tidak dengan hormat) dan jalur upaya administratifnya. Hukuman disiplin PPPK mengikuti ketentuan disiplin PNS.',
    en: 'The kind of termination of a PPPK contract not at the employee’s request by its ground (with or without honour) and the appeal route. PPPK discipline follows the PNS discipline rules.',
  },
  citations: [
    { regulation: 'PP_49_2018', article: 'Pasal 51 ayat (3), Pasal 52 ayat (3), Pasal 53' },
    { regulation: 'UU_20_2023', article: 'Pasal 52 ayat (3)–(4)' },
    BANDING,
  ],
  tables: [
    recordTable(
      { id: 'Alasan pemutusan → jenis pemutusan (preset PP 49/2018)', en: 'Ground → kind of termination (PP 49/2018 preset)' },
      PEMUTUSAN_PPPK,
      ['alasan', 'jenis'],
      (row) => [row.jenis],
      (row) => row.citation,
    ),
    recordTable(
      { id: 'Pengaturan disiplinBerat untuk DISIPLIN_BERAT', en: 'Setting disiplinBerat for DISIPLIN_BERAT' },
      PEMUTUSAN_DISIPLIN_BERAT,
      ['disiplinBerat', 'jenis'],
      (row) => [row.jenis],
      (row) => row.citation,
    ),
  ],
  input: pemutusanPppkInput,
  options: pemutusanPppkOptions,
  output: pemutusanPppkOutput,
  notes: [
    {
      id: 'Teks primer PP 49/2018 Pasal 51–53 belum dibaca (transkripsi dan berita). Penerapan hukuman penurunan/pembebasan jabatan dan potongan tukin pada PPPK belum jelas.',
      en: 'The primary text of PP 49/2018 Articles 51–53 was not read (transcriptions and news). How demotion/removal and tukin cuts apply to PPPK is unclear.',
    },
  ],
  examples: [
    {
      title: { id: 'PPPK dengan pelanggaran disiplin berat', en: 'PPPK with a berat disciplinary breach' },
      input: { alasan: 'DISIPLIN_BERAT' },
      expected: { jenis: 'DENGAN_HORMAT_TIDAK_ATAS_PERMINTAAN_SENDIRI', upayaAdministratif: 'BANDING_ADMINISTRATIF_BPASN' },
      source: 'TV-34',
    },
    {
      title: { id: 'PPPK menjadi pengurus partai politik', en: 'PPPK becomes a political party officer' },
      input: { alasan: 'ANGGOTA_PENGURUS_PARTAI_POLITIK' },
      expected: { jenis: 'TIDAK_DENGAN_HORMAT', upayaAdministratif: 'BANDING_ADMINISTRATIF_BPASN' },
    },
  ],
  evaluate(input, options) {
    const { jenis, citation } =
      input.alasan === 'DISIPLIN_BERAT' ? PEMUTUSAN_DISIPLIN_BERAT[options.disiplinBerat] : PEMUTUSAN_PPPK[input.alasan];
    return decision<PemutusanPppk>({ jenis, upayaAdministratif: 'BANDING_ADMINISTRATIF_BPASN' }, [
      alasan('alasan', 'APPLIES', [citation], { alasan: input.alasan, jenis }),
      alasan('banding', 'INFO', [BANDING], {}),
    ]);
  },
});

/** PPPK termination not at own request: with or without honour by ground (PP 49/2018 Pasal 53), appeal to BPASN. */
export const pemutusanPppk = pemutusanPppkRule.run;

/** Input of {@link pemutusanPppk}, as callers write it (a deeply readonly value is accepted too). */
export type PemutusanPppkInput = RuleInputOf<typeof pemutusanPppkRule>;
/** Options of {@link pemutusanPppk}. */
export type PemutusanPppkOptions = RuleOptionsOf<typeof pemutusanPppkRule>;
/** The value of {@link pemutusanPppk}'s decision. */
export type PemutusanPppkOutput = RuleOutputOf<typeof pemutusanPppkRule>;
