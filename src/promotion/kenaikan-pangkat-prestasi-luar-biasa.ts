import * as z from 'zod/mini';
import { isoDateSchema } from '../core/calendar.js';
import { type Citation, decision, type Reason } from '../core/decision.js';
import { deepFreeze } from '../core/freeze.js';
import { reasonsOf } from '../core/messages.js';
import { defineRule, type RuleInputOf, type RuleOptionsOf, type RuleOutputOf } from '../core/rule.js';
import { formulaTable } from '../core/tables.js';
import { DASAR_PRESTASI_LUAR_BIASA, DASAR_SUSUNAN_PANGKAT } from './_bersama/dasar-kp.js';
import { cekHukumanBerjalan, LANGKAH_HUKUMAN, riwayatHukumanPegawaiSchema } from './_bersama/hukuman.js';
import {
  CATATAN_PEMERIKSAAN_DISIPLIN,
  cekPemeriksaanDisiplin,
  LANGKAH_PEMERIKSAAN_DISIPLIN,
  pemeriksaanDisiplinSchema,
} from './_bersama/pemeriksaan-disiplin.js';
import {
  catatanInvarianKp,
  hasilKp,
  kenaikanPangkatPilihanOutput,
  periksaCatatanKp,
  opsiKenaikanPangkatPilihan,
  periodeKp,
  reasonMasa,
  tahunSebelumPeriode,
} from './_bersama/kp-bersama.js';
import { reasonsPenilaian, riwayatPenilaianSchema } from './_bersama/penilaian.js';
import type { KENAIKAN_PANGKAT_PRESTASI_LUAR_BIASA_MESSAGES } from './kenaikan-pangkat-prestasi-luar-biasa.messages.js';
import { golonganBerikutnya, golonganSchema } from './types.js';

export const KENAIKAN_PANGKAT_PRESTASI_LUAR_BIASA_RULE_ID = 'promotion.kenaikanPangkatPrestasiLuarBiasa';
const ID_PLB = KENAIKAN_PANGKAT_PRESTASI_LUAR_BIASA_RULE_ID;
const alasan = reasonsOf<typeof KENAIKAN_PANGKAT_PRESTASI_LUAR_BIASA_MESSAGES>(ID_PLB);

/** Whole years in the current pangkat ("sekurang-kurangnya 1 (satu) tahun"). */
export const MIN_TAHUN_KP_PRESTASI_LUAR_BIASA = 1;
/** Annual appraisals (the calendar years before the period) that must be at least the minimum predikat ("amat baik"). */
export const TAHUN_PENILAIAN_KP_PRESTASI_LUAR_BIASA = 1;

/** The conditions, quoted without their article. */
const CITE_PILIHAN: Citation[] = DASAR_PRESTASI_LUAR_BIASA;
/** IV/e is the highest pangkat, and the KP is not bound by the jenjang (PP 99/2000 Lampiran; the conditions). */
const CITE_PANGKAT_PUNCAK: Citation[] = deepFreeze([...DASAR_SUSUNAN_PANGKAT, ...DASAR_PRESTASI_LUAR_BIASA]);

export const pegawaiPrestasiLuarBiasaSchema = z.object({
  golongan: golonganSchema,
  tmtPangkat: isoDateSchema,
  riwayatPenilaian: z._default(riwayatPenilaianSchema, []),
  riwayatHukuman: riwayatHukumanPegawaiSchema,
  pemeriksaanDisiplin: pemeriksaanDisiplinSchema,
});
export type PegawaiPrestasiLuarBiasa = z.input<typeof pegawaiPrestasiLuarBiasaSchema>;

/** Schema of the decision value as JSON (`KenaikanPangkatPilihan`, see kp-bersama). */
export const kenaikanPangkatPrestasiLuarBiasaOutput = kenaikanPangkatPilihanOutput;

export const kenaikanPangkatPrestasiLuarBiasaRule = defineRule({
  id: ID_PLB,
  domain: 'promotion',
  title: { id: 'Kenaikan pangkat pilihan karena prestasi kerja luar biasa', en: 'Promotion for outstanding work achievement' },
  description: {
    id: 'Kenaikan pangkat setingkat lebih tinggi, tidak terikat jenjang pangkat dan tanpa ujian dinas: sekurang-kurangnya 1 tahun dalam pangkat terakhir dan penilaian "amat baik" (Sangat Baik) dalam 1 tahun terakhir; tidak sedang menjalani hukuman disiplin sedang/berat. Penilaian luar biasanya sendiri (SE Kepala BKN 3/2023) tidak dinilai di sini.',
    en: 'One-level promotion, not bound by the rank range and without the civil-service exam: at least 1 year in the current rank and an "outstanding" (Very Good) appraisal in the last year; no running moderate/severe disciplinary penalty. The outstanding-achievement assessment itself (BKN Circular 3/2023) is not judged here.',
  },
  citations: CITE_PILIHAN,
  tables: [
    formulaTable(
      {
        id: 'Syarat kenaikan pangkat prestasi kerja luar biasa pada periode',
        en: 'Conditions of a promotion for outstanding achievement on the period',
      },
      [
        ['pangkatPuncak', 'golongan < IV/e; tidak terikat jenjang pangkat, tanpa ujian dinas', CITE_PANGKAT_PUNCAK],
        ['masaDalamPangkat', `periode ≥ TMT pangkat + ${MIN_TAHUN_KP_PRESTASI_LUAR_BIASA} tahun`, CITE_PILIHAN],
        [
          'penilaian',
          `${TAHUN_PENILAIAN_KP_PRESTASI_LUAR_BIASA} tahun kalender sebelum tahun periode ≥ minPredikat (preset SANGAT_BAIK, "amat baik")`,
          CITE_PILIHAN,
        ],
        LANGKAH_HUKUMAN,
        ...LANGKAH_PEMERIKSAAN_DISIPLIN,
      ],
    ),
  ],
  input: pegawaiPrestasiLuarBiasaSchema,
  options: z.object({
    ...opsiKenaikanPangkatPilihan,
    minPredikat: z._default(opsiKenaikanPangkatPilihan.minPredikat.def.innerType, 'SANGAT_BAIK'),
  }),
  output: kenaikanPangkatPrestasiLuarBiasaOutput,
  examples: [
    {
      title: { id: 'III/b, 1 tahun, Sangat Baik: naik ke III/c', en: 'III/b, 1 year, Very Good: promoted to III/c' },
      input: { golongan: 'III/b', tmtPangkat: '2024-04-01', riwayatPenilaian: [{ tahun: 2024, predikat: 'SANGAT_BAIK' }] },
      options: { asOf: '2025-04-01' },
      expected: { memenuhiSyarat: true, golonganBaru: 'III/c', tmt: '2025-04-01', periode: '2025-04-01', golonganTujuan: 'III/c' },
      source: 'digest §3.5',
    },
  ],
  notes: [CATATAN_PEMERIKSAAN_DISIPLIN, catatanInvarianKp('tmtPangkat')],
  evaluate(p, o) {
    const { periode, reason: periodeReason } = periodeKp(ID_PLB, o.asOf);
    periksaCatatanKp(ID_PLB, o.asOf, periode, {
      tmt: { tmtPangkat: p.tmtPangkat },
      riwayatPenilaian: p.riwayatPenilaian,
      riwayatHukuman: p.riwayatHukuman,
    });
    const tujuan = golonganBerikutnya(p.golongan);
    const reasons: Reason[] = [periodeReason];
    if (tujuan === null) {
      reasons.push(alasan('pangkatPuncak', 'FAIL', CITE_PANGKAT_PUNCAK, { golongan: p.golongan }));
      return decision(hasilKp(reasons, periode, null), reasons);
    }
    reasons.push(
      reasonMasa(ID_PLB, 'masaDalamPangkat', p.tmtPangkat, periode, MIN_TAHUN_KP_PRESTASI_LUAR_BIASA, CITE_PILIHAN),
      ...reasonsPenilaian(
        ID_PLB,
        p.riwayatPenilaian,
        tahunSebelumPeriode(periode, TAHUN_PENILAIAN_KP_PRESTASI_LUAR_BIASA),
        o.minPredikat,
        CITE_PILIHAN,
      ),
      ...cekHukumanBerjalan(ID_PLB, p.riwayatHukuman, [o.asOf, periode], o.tingkatHukumanMenghalangi).reasons,
      ...cekPemeriksaanDisiplin(ID_PLB, p.pemeriksaanDisiplin, o.pemeriksaanDisiplinMenghalangi, o.asOf),
    );
    return decision(hasilKp(reasons, periode, tujuan), reasons);
  },
});

/** Kenaikan pangkat pilihan for prestasi kerja luar biasa baiknya. */
export const kenaikanPangkatPrestasiLuarBiasa = kenaikanPangkatPrestasiLuarBiasaRule.run;

/** Input of {@link kenaikanPangkatPrestasiLuarBiasa}, as callers write it (a deeply readonly value is accepted too). */
export type KenaikanPangkatPrestasiLuarBiasaInput = RuleInputOf<typeof kenaikanPangkatPrestasiLuarBiasaRule>;
/** Options of {@link kenaikanPangkatPrestasiLuarBiasa}. */
export type KenaikanPangkatPrestasiLuarBiasaOptions = RuleOptionsOf<typeof kenaikanPangkatPrestasiLuarBiasaRule>;
/** The value of {@link kenaikanPangkatPrestasiLuarBiasa}'s decision. */
export type KenaikanPangkatPrestasiLuarBiasaOutput = RuleOutputOf<typeof kenaikanPangkatPrestasiLuarBiasaRule>;
