import * as z from 'zod/mini';
import { decision, type Reason } from '../core/decision.js';
import { defineRule, type RuleInputOf, type RuleOptionsOf, type RuleOutputOf } from '../core/rule.js';
import { superRefineParsed } from '../core/refine.js';
import { PASAL_5_N_POKOK } from './_bersama/ketentuan-disiplin.js';
import {
  checkHukumanTerakhir,
  checkPelanggaran,
  hukumanPelanggaranOptions,
  hukumanPelanggaranOutput,
  hukumanTerakhirSchema,
  pelanggaranSchema,
  terapkanPengulangan,
  tingkatPelanggaran,
} from './_bersama/pelanggaran.js';
import { TABEL_KETENTUAN_DISIPLIN } from './_bersama/tabel-ketentuan-disiplin.js';
import { assertInForce, VERSI_INFO_PP_94_2021, versiPadaAsOf } from './_bersama/versi.js';

export const HUKUMAN_PELANGGARAN_RULE_ID = 'discipline.hukumanPelanggaran';
// Its reasons are built by the shared steps (_bersama/pelanggaran.ts) under this id, with the texts of
// hukuman-pelanggaran.messages.ts.

export const hukumanPelanggaranInput = z.extend(pelanggaranSchema, { hukumanTerakhir: hukumanTerakhirSchema }).check(
  superRefineParsed((v, ctx) => {
    checkPelanggaran(v, ctx, []);
    checkHukumanTerakhir(v.hukumanTerakhir, ctx);
  }),
);

export const hukumanPelanggaranRule = defineRule({
  id: HUKUMAN_PELANGGARAN_RULE_ID,
  domain: 'discipline',
  title: {
    id: 'Tingkat hukuman disiplin atas pelanggaran kewajiban atau larangan',
    en: 'Penalty level for breaching a duty or prohibition',
  },
  description: {
    id: 'Menetapkan tingkat hukuman disiplin (ringan, sedang, berat) dan jenis yang dapat dipilih dari kewajiban atau larangan yang dilanggar (Pasal 3–5) dan dampaknya pada unit kerja, instansi atau negara (Pasal 9–14); pengulangan pelanggaran yang sama menghasilkan hukuman yang lebih berat dari hukuman terakhir.',
    en: 'Sets the penalty level (ringan, sedang, berat) and the types that may be chosen from the duty or prohibition breached (Articles 3–5) and its impact on the work unit, the agency or the state (Articles 9–14); repeating the same breach gives a penalty heavier than the last one.',
  },
  citations: [{ regulation: 'PP_94_2021', article: 'Pasal 3–5, Pasal 7, Pasal 9–14' }],
  versions: VERSI_INFO_PP_94_2021,
  versionOn: versiPadaAsOf,
  input: hukumanPelanggaranInput,
  options: hukumanPelanggaranOptions,
  output: hukumanPelanggaranOutput,
  tables: [TABEL_KETENTUAN_DISIPLIN],
  notes: [
    {
      id: 'Tabel berasal dari transkripsi Pasal 9–14 (bukan salinan resmi) [S/I]; sel yang kosong diatur oleh pengaturan dampakTidakTercantum. Uraian setiap ketentuan adalah bunyi Pasal 3–5 menurut transkripsi; sumber dan tingkat kepastian setiap baris dan sel: docs/sources/violations.md.',
      en: 'The table comes from transcriptions of Articles 9–14 (not the official text) [S/I]; empty cells follow the dampakTidakTercantum setting. Each uraian is the wording of Articles 3–5 as transcribed; sources and grades of every row and cell: docs/sources/violations.md.',
    },
    {
      id: `Pasal 5 huruf n: "${PASAL_5_N_POKOK}:" diikuti angka 1–7 pada tabel.`,
      en: `Article 5(n): "${PASAL_5_N_POKOK}:" (giving support to a candidate for President/Vice-President, regional head/deputy, or member of the DPR, DPD or DPRD by:) followed by items 1–7 of the table.`,
    },
    {
      id: 'Pasal 5 huruf e (bekerja pada perusahaan asing, konsultan asing, atau LSM asing kecuali ditugaskan PPK) selalu berat: daftar hukuman berat (Pasal 14) memuatnya tanpa syarat dampak [S, B, I].',
      en: 'Article 5(e) (working for a foreign company, foreign consultant or foreign NGO unless assigned by the PPK) is always berat: the berat list (Article 14) names it with no impact condition [S, B, I].',
    },
    {
      id: 'Pasal 5 huruf n angka 1 (ikut kampanye) [U]: tidak ada transkripsi Pasal 12–14 yang mencantumkan tingkatnya (daftar sedang hanya memuat angka 2, daftar berat angka 3–7). Tingkatnya pengaturan tingkatIkutKampanye, preset SEDANG dari parafrase Kompas TV ("mengikuti kampanye dan dengan menggunakan atribut partai atau PNS" → sedang) yang dapat juga dibaca sebagai angka 2; TOLAK menolak. dampakTidakTercantum: TOLAK tidak menolaknya: pengaturan itu mengisi sel dampak yang kosong pada ketentuan yang bertingkat untuk dampak lain, sedangkan angka 1 tidak bertingkat untuk dampak mana pun; dengan dua pengaturan, tingkat yang dipilih secara eksplisit tidak pernah ditimpa oleh pengaturan lain.',
      en: 'Article 5(n)(1) (ikut kampanye) [U]: no transcription of Articles 12–14 lists its level (the sedang list names only item 2, the berat list items 3–7). Its level is the setting tingkatIkutKampanye, preset SEDANG from a Kompas TV paraphrase ("mengikuti kampanye dan dengan menggunakan atribut partai atau PNS" → sedang) that may as well describe item 2; TOLAK refuses. dampakTidakTercantum: TOLAK does not refuse it: that setting fills a missing impact cell of a breach whose level is listed for other impacts, while item 1 has a level for no impact; with two settings, a level chosen explicitly is never overridden by the other.',
    },
    {
      id: 'Masukan yang ditolak: ketentuan yang tingkatnya bergantung pada dampak atau jabatan tanpa isian itu; hukumanTerakhir PDHTAPS (pemberhentian bersifat tetap, Pasal 8 ayat (4) huruf c: tidak ada pengulangan sebagai PNS); dampak tanpa tingkat dengan dampakTidakTercantum TOLAK; Pasal 5 huruf n angka 1 dengan tingkatIkutKampanye TOLAK.',
      en: 'Refused input: a breach whose tingkat depends on dampak or jabatan without that field; hukumanTerakhir PDHTAPS (a dismissal is permanent, Pasal 8 ayat (4) huruf c: there is no repeat as a PNS); a dampak with no tingkat under dampakTidakTercantum TOLAK; Article 5(n)(1) under tingkatIkutKampanye TOLAK.',
    },
  ],
  examples: [
    {
      title: { id: 'Pungutan liar berdampak pada instansi', en: 'Illegal levy with impact on the agency' },
      input: { ketentuan: 'PASAL_5_G', dampak: 'INSTANSI' },
      options: { asOf: '2022-12-31' },
      expected: { tingkat: 'SEDANG', jenisPilihan: ['POTONGAN_TUKIN_6_BULAN', 'POTONGAN_TUKIN_9_BULAN', 'POTONGAN_TUKIN_12_BULAN'] },
      source: 'Pasal 13 huruf b (TV-26)',
    },
    {
      title: { id: 'LHKPN tidak dilaporkan oleh JPT', en: 'Wealth report not filed by a senior executive' },
      input: { ketentuan: 'PASAL_4_E', jabatan: 'JPT' },
      options: { asOf: '2022-12-31' },
      expected: { tingkat: 'BERAT', jenisPilihan: ['PENURUNAN_JABATAN', 'PEMBEBASAN_DARI_JABATAN', 'PDHTAPS'] },
      source: 'TV-26',
    },
    {
      title: {
        id: 'Bekerja pada konsultan asing tanpa penugasan PPK',
        en: 'Working for a foreign consultant without the PPK’s assignment',
      },
      input: { ketentuan: 'PASAL_5_E' },
      options: { asOf: '2022-12-31' },
      expected: { tingkat: 'BERAT', jenisPilihan: ['PENURUNAN_JABATAN', 'PEMBEBASAN_DARI_JABATAN', 'PDHTAPS'] },
      source: 'PP 94/2021 Pasal 5 huruf e, Pasal 14 (Kompas.com 2022; BKPSDM Bangka Barat 2025)',
    },
    {
      title: {
        id: 'Ikut kampanye tanpa atribut: tingkat menurut pengaturan',
        en: 'Attending a campaign without attributes: level per setting',
      },
      input: { ketentuan: 'PASAL_5_N_1' },
      options: { asOf: '2022-12-31' },
      expected: { tingkat: 'SEDANG', jenisPilihan: ['POTONGAN_TUKIN_6_BULAN', 'POTONGAN_TUKIN_9_BULAN', 'POTONGAN_TUKIN_12_BULAN'] },
      source: 'setting tingkatIkutKampanye, preset [U]',
    },
    {
      title: {
        id: 'Pengulangan: teguran tertulis 2021, pelanggaran yang sama 2022',
        en: 'Repeat: written reprimand in 2021, same breach in 2022',
      },
      input: { ketentuan: 'PASAL_3_E', dampak: 'UNIT_KERJA', hukumanTerakhir: 'TEGURAN_TERTULIS' },
      options: { asOf: '2022-12-31' },
      expected: { tingkat: 'RINGAN', jenisPilihan: ['PERNYATAAN_TIDAK_PUAS_TERTULIS'] },
      source: 'PerBKN 6/2022 contoh 18c (TV-22)',
    },
  ],
  evaluate(input, options) {
    assertInForce(HUKUMAN_PELANGGARAN_RULE_ID, options.asOf);
    const reasons: Reason[] = [];
    const t = tingkatPelanggaran(HUKUMAN_PELANGGARAN_RULE_ID, input, options, null);
    reasons.push(t.reason);
    return decision(terapkanPengulangan(HUKUMAN_PELANGGARAN_RULE_ID, t.tingkat, input.hukumanTerakhir, reasons), reasons);
  },
});

/**
 * Tingkat hukuman for a breach of Pasal 3–5 by its dampak (Pasal 9–14), with the jenis the PyBM may choose.
 *
 * @example hukumanPelanggaran({ ketentuan: 'PASAL_5_G', dampak: 'NEGARA' }).value.tingkat // 'BERAT'
 */
export const hukumanPelanggaran = hukumanPelanggaranRule.run;

/** Input of {@link hukumanPelanggaran}, as callers write it (a deeply readonly value is accepted too). */
export type HukumanPelanggaranInput = RuleInputOf<typeof hukumanPelanggaranRule>;
/** Options of {@link hukumanPelanggaran}. */
export type HukumanPelanggaranOptions = RuleOptionsOf<typeof hukumanPelanggaranRule>;
/** The value of {@link hukumanPelanggaran}'s decision. */
export type HukumanPelanggaranOutput = RuleOutputOf<typeof hukumanPelanggaranRule>;
