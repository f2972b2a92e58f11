import * as z from 'zod/mini';
import { type Citation, decision, type Reason } from '../core/decision.js';
import { deepFreeze } from '../core/freeze.js';
import { reasonsOf } from '../core/messages.js';
import { defineRule, type RuleInputOf, type RuleOptionsOf, type RuleOutputOf } from '../core/rule.js';
import { superRefineParsed } from '../core/refine.js';
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
import type { HUKUMAN_BEBERAPA_PELANGGARAN_MESSAGES } from './hukuman-beberapa-pelanggaran.messages.js';
import { TINGKAT_HUKUMAN, type TingkatHukuman } from './types.js';

export const HUKUMAN_BEBERAPA_PELANGGARAN_RULE_ID = 'discipline.hukumanBeberapaPelanggaran';
const alasan = reasonsOf<typeof HUKUMAN_BEBERAPA_PELANGGARAN_MESSAGES>(HUKUMAN_BEBERAPA_PELANGGARAN_RULE_ID);

const TERBERAT: Citation[] = deepFreeze([{ regulation: 'PERBKN_6_2022', annex: 'Lampiran, contoh kasus 18b' }]);

/** Value of {@link hukumanBeberapaPelanggaran} as JSON: the same shape as {@link hukumanPelanggaranOutput}. */
export const hukumanBeberapaPelanggaranOutput = hukumanPelanggaranOutput;

/**
 * Most breaches one examination lists: PP 94/2021 Pasal 3–5 hold about 35 kewajiban and larangan, so 50
 * leaves room for one breached twice in different ways.
 */
export const PELANGGARAN_SATU_PEMERIKSAAN_MAKS = 50;

export const hukumanBeberapaPelanggaranInput = z
  .object({
    pelanggaran: z
      .array(pelanggaranSchema)
      .check(
        z.minLength(1),
        z.maxLength(PELANGGARAN_SATU_PEMERIKSAAN_MAKS),
        z.describe(
          `Every breach found in one examination (at most ${PELANGGARAN_SATU_PEMERIKSAAN_MAKS}: PP 94/2021 lists about 35 kewajiban and larangan)`,
        ),
      ),
    hukumanTerakhir: hukumanTerakhirSchema,
  })
  .check(
    superRefineParsed((v, ctx) => {
      v.pelanggaran.forEach((p, i) => checkPelanggaran(p, ctx, ['pelanggaran', i]));
      checkHukumanTerakhir(v.hukumanTerakhir, ctx);
    }),
  );

export const hukumanBeberapaPelanggaranRule = defineRule({
  id: HUKUMAN_BEBERAPA_PELANGGARAN_RULE_ID,
  domain: 'discipline',
  title: { id: 'Beberapa pelanggaran dalam satu pemeriksaan', en: 'Several breaches found in one examination' },
  description: {
    id: 'Bila dalam satu pemeriksaan ditemukan beberapa pelanggaran, hanya dijatuhkan satu hukuman disiplin, yaitu yang terberat.',
    en: 'When one examination finds several breaches, only one disciplinary penalty is imposed: the heaviest.',
  },
  citations: TERBERAT,
  versions: VERSI_INFO_PP_94_2021,
  versionOn: versiPadaAsOf,
  input: hukumanBeberapaPelanggaranInput,
  options: hukumanPelanggaranOptions,
  output: hukumanBeberapaPelanggaranOutput,
  tables: [TABEL_KETENTUAN_DISIPLIN],
  notes: [
    {
      id: 'Tingkat setiap pelanggaran menurut matriks hukumanPelanggaran (tabel di bawah), dengan pengaturan yang sama (dampakTidakTercantum, tingkatIkutKampanye); lalu satu hukuman pada tingkat terberat.',
      en: 'Each breach is graded by the hukumanPelanggaran matrix (table below), under the same settings (dampakTidakTercantum, tingkatIkutKampanye); then one penalty at the heaviest level.',
    },
    {
      id: `Masukan yang ditolak: daftar pelanggaran kosong atau lebih dari ${PELANGGARAN_SATU_PEMERIKSAAN_MAKS} (satu pemeriksaan; PP 94/2021 memuat sekitar 35 kewajiban dan larangan); pelanggaran yang tingkatnya bergantung pada dampak atau jabatan tanpa isian itu (disebut menurut nomor urutnya); hukumanTerakhir PDHTAPS (pemberhentian bersifat tetap); pelanggaran yang ditolak oleh nilai TOLAK salah satu pengaturan (disebut menurut nomor urutnya).`,
      en: `Refused input: an empty list of breaches or more than ${PELANGGARAN_SATU_PEMERIKSAAN_MAKS} (one examination; PP 94/2021 holds about 35 kewajiban and larangan); a breach whose tingkat depends on dampak or jabatan without that field (named by its index); hukumanTerakhir PDHTAPS (a dismissal is permanent); a breach refused by the TOLAK value of either setting (named by its index).`,
    },
  ],
  examples: [
    {
      title: { id: 'Penyalahgunaan wewenang dan menerima hadiah', en: 'Abuse of authority and accepting a gift' },
      input: { pelanggaran: [{ ketentuan: 'PASAL_5_A' }, { ketentuan: 'PASAL_5_K' }, { ketentuan: 'PASAL_3_D', dampak: 'UNIT_KERJA' }] },
      options: { asOf: '2022-12-31' },
      expected: { tingkat: 'BERAT', jenisPilihan: ['PENURUNAN_JABATAN', 'PEMBEBASAN_DARI_JABATAN', 'PDHTAPS'] },
      source: 'PerBKN 6/2022 contoh 18b (TV-21)',
    },
  ],
  evaluate(input, options) {
    const id = HUKUMAN_BEBERAPA_PELANGGARAN_RULE_ID;
    assertInForce(id, options.asOf);
    const reasons: Reason[] = [];
    let tingkat: TingkatHukuman = TINGKAT_HUKUMAN[0];
    input.pelanggaran.forEach((p, i) => {
      const t = tingkatPelanggaran(id, p, options, i);
      reasons.push(t.reason);
      if (TINGKAT_HUKUMAN.indexOf(t.tingkat) > TINGKAT_HUKUMAN.indexOf(tingkat)) tingkat = t.tingkat;
    });
    reasons.push(alasan('terberat', 'INFO', TERBERAT, { jumlahPelanggaran: input.pelanggaran.length, tingkat }));
    return decision(terapkanPengulangan(id, tingkat, input.hukumanTerakhir, reasons), reasons);
  },
});

/** Several breaches in one examination → one hukuman at the heaviest tingkat (PerBKN 6/2022 contoh 18b). */
export const hukumanBeberapaPelanggaran = hukumanBeberapaPelanggaranRule.run;

/** Input of {@link hukumanBeberapaPelanggaran}, as callers write it (a deeply readonly value is accepted too). */
export type HukumanBeberapaPelanggaranInput = RuleInputOf<typeof hukumanBeberapaPelanggaranRule>;
/** Options of {@link hukumanBeberapaPelanggaran}. */
export type HukumanBeberapaPelanggaranOptions = RuleOptionsOf<typeof hukumanBeberapaPelanggaranRule>;
/** The value of {@link hukumanBeberapaPelanggaran}'s decision. */
export type HukumanBeberapaPelanggaranOutput = RuleOutputOf<typeof hukumanBeberapaPelanggaranRule>;
