import * as z from 'zod/mini';
import { deepFreeze } from '../core/freeze.js';
import { type Citation, decision, reason } from '../core/decision.js';
import { defineRule, type RuleInputOf, type RuleOptionsOf, type RuleOutputOf } from '../core/rule.js';

export const PEMUTUSAN_PPPK_RULE_ID = 'discipline.pemutusanPppk';

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

/** Ground → kind of termination and the PP 49/2018 citation. */
export const PEMUTUSAN_PPPK: Readonly<Record<AlasanPemutusanPppk, Readonly<{ jenis: JenisPemutusanPppk; citation: Readonly<Citation> }>>> =
  deepFreeze({
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

export const pemutusanPppkInput = z.object({ alasan: z.enum(ALASAN_PEMUTUSAN_PPPK) });

export const pemutusanPppkOptions = z.object({
  disiplinBerat: z
    ._default(z.enum(['PP_49_2018', 'UU_20_2023']), 'PP_49_2018')
    .check(
      z.describe(
        'Setting [U, legal interpretation]: PP 49/2018 Pasal 53 ayat (2) huruf b ends the contract with honour for a berat breach; UU 20/2023 Pasal 52 ayat (4) lists disiplin berat among the grounds without honour.',
      ),
    ),
});

export interface PemutusanPppk {
  jenis: JenisPemutusanPppk;
  /** Appeal route: banding administratif to the BPASN (PP 79/2021 Pasal 1 angka 5). */
  upayaAdministratif: 'BANDING_ADMINISTRATIF_BPASN';
}

/** {@link PemutusanPppk} as JSON. */
export const pemutusanPppkOutput = z.object({
  jenis: z.enum(JENIS_PEMUTUSAN_PPPK).check(z.describe('Kind of termination: with honour not at own request, or without honour')),
  upayaAdministratif: z
    .literal('BANDING_ADMINISTRATIF_BPASN')
    .check(z.describe('Appeal route: banding administratif to the BPASN (Badan Pertimbangan ASN)')),
});

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
    { regulation: 'PP_79_2021', article: 'Pasal 1 angka 5' },
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
    const id = PEMUTUSAN_PPPK_RULE_ID;
    const row = PEMUTUSAN_PPPK[input.alasan];
    const uu = input.alasan === 'DISIPLIN_BERAT' && options.disiplinBerat === 'UU_20_2023';
    const jenis: JenisPemutusanPppk = uu ? 'TIDAK_DENGAN_HORMAT' : row.jenis;
    const citation: Citation = uu ? { regulation: 'UU_20_2023', article: 'Pasal 52 ayat (3) huruf g dan ayat (4)' } : row.citation;
    return decision<PemutusanPppk>({ jenis, upayaAdministratif: 'BANDING_ADMINISTRATIF_BPASN' }, [
      reason(id, `${id}.alasan`, 'FAIL', [citation], { alasan: input.alasan, jenis }),
      reason(id, `${id}.banding`, 'INFO', [{ regulation: 'PP_79_2021', article: 'Pasal 1 angka 5' }], {}),
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
