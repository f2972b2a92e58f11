import * as z from 'zod/mini';
import { isoDateSchema } from '../core/calendar.js';
import { type Citation, decision, type Reason, reason } from '../core/decision.js';
import { defineRule, type RuleInputOf, type RuleOptionsOf, type RuleOutputOf } from '../core/rule.js';
import { deepFreeze } from '../core/freeze.js';
import { cekHukumanBerjalan, riwayatHukumanPegawaiSchema } from './hukuman.js';
import { GOLONGAN_AWAL_IJAZAH } from './ijazah.js';
import {
  catatanInvarianKp,
  hasilKp,
  kenaikanPangkatPilihanOutput,
  periksaCatatanKp,
  opsiKenaikanPangkatPilihan,
  periodeKp,
  reasonMasa,
  tahunSebelumPeriode,
} from './kp-bersama.js';
import { reasonsPenilaian, riwayatPenilaianSchema } from './penilaian.js';
import { compareGolongan, golonganBerikutnya, golonganSchema, ijazahSchema } from './types.js';

export const KENAIKAN_PANGKAT_PENYESUAIAN_IJAZAH_RULE_ID = 'promotion.kenaikanPangkatPenyesuaianIjazah';
export const KENAIKAN_PANGKAT_PRESTASI_LUAR_BIASA_RULE_ID = 'promotion.kenaikanPangkatPrestasiLuarBiasa';

const CITE_PILIHAN: Citation[] = deepFreeze([
  { regulation: 'PP_99_2000' },
  { regulation: 'PP_12_2002' },
  { regulation: 'KEPKA_BKN_12_2002' },
]);

// ---------------------------------------------------------------------------------------------
// Penyesuaian ijazah

export const pegawaiPenyesuaianIjazahSchema = z.object({
  golongan: golonganSchema,
  tmtPangkat: isoDateSchema,
  ijazahBaru: ijazahSchema.check(z.describe('The higher ijazah obtained')),
  jabatanSesuaiIjazah: z.boolean().check(z.describe('The jabatan or duties need the knowledge of the new ijazah')),
  lulusUkppi: z.boolean().check(z.describe('Passed the ujian kenaikan pangkat penyesuaian ijazah (UKPPI)')),
  riwayatPenilaian: z._default(riwayatPenilaianSchema, []),
  riwayatHukuman: riwayatHukumanPegawaiSchema,
});
export type PegawaiPenyesuaianIjazah = z.input<typeof pegawaiPenyesuaianIjazahSchema>;

const ID_PI = KENAIKAN_PANGKAT_PENYESUAIAN_IJAZAH_RULE_ID;

/** Schema of the decision value as JSON (`KenaikanPangkatPilihan`, see kp-bersama); golonganTujuan is the starting golongan of the new ijazah. */
export const kenaikanPangkatPenyesuaianIjazahOutput = kenaikanPangkatPilihanOutput;

export const kenaikanPangkatPenyesuaianIjazahRule = defineRule({
  id: ID_PI,
  domain: 'promotion',
  title: { id: 'Kenaikan pangkat penyesuaian ijazah', en: 'Promotion on a higher diploma (penyesuaian ijazah)' },
  description: {
    id: 'Kenaikan pangkat ke pangkat awal ijazah yang lebih tinggi: jabatan/tugas memerlukan ijazah itu, sekurang-kurangnya 1 tahun dalam pangkat terakhir, penilaian sekurang-kurangnya baik dalam 1 tahun terakhir, lulus UKPPI, tidak sedang menjalani hukuman disiplin sedang/berat.',
    en: 'Promotion to the starting rank of a higher diploma: the post needs that diploma, at least 1 year in the current rank, appraisal at least good in the last year, passed the UKPPI exam, no running moderate/severe disciplinary penalty.',
  },
  citations: CITE_PILIHAN,
  input: pegawaiPenyesuaianIjazahSchema,
  options: z.object(opsiKenaikanPangkatPilihan),
  output: kenaikanPangkatPenyesuaianIjazahOutput,
  examples: [
    {
      title: { id: 'II/c memperoleh S1, lulus UKPPI: naik ke III/a', en: 'II/c obtains S1, passed UKPPI: promoted to III/a' },
      input: {
        golongan: 'II/c',
        tmtPangkat: '2022-04-01',
        ijazahBaru: 'S1',
        jabatanSesuaiIjazah: true,
        lulusUkppi: true,
        riwayatPenilaian: [{ tahun: 2024, predikat: 'BAIK' }],
      },
      options: { asOf: '2025-04-01' },
      expected: { memenuhiSyarat: true, golonganBaru: 'III/a', tmt: '2025-04-01', periode: '2025-04-01', golonganTujuan: 'III/a' },
      source: 'digest §3.5 (PP 12/2002 via secondary sources)',
    },
  ],
  notes: [
    {
      id: 'Ambang masuk UKPPI (pangkat/masa kerja minimal per ijazah) bersifat instansi dan tidak dikodekan.',
      en: 'UKPPI entry thresholds (minimum rank or service per diploma) are agency-specific and not encoded.',
    },
    catatanInvarianKp('tmtPangkat'),
  ],
  evaluate(p, o) {
    const { periode, reason: periodeReason } = periodeKp(ID_PI, o.asOf);
    periksaCatatanKp(ID_PI, o.asOf, periode, {
      tmt: { tmtPangkat: p.tmtPangkat },
      riwayatPenilaian: p.riwayatPenilaian,
      riwayatHukuman: p.riwayatHukuman,
    });
    const tujuan = GOLONGAN_AWAL_IJAZAH[p.ijazahBaru];
    const lebihTinggi = compareGolongan(tujuan, p.golongan) > 0;
    const reasons: Reason[] = [
      periodeReason,
      reason(ID_PI, `${ID_PI}.golonganIjazah`, lebihTinggi ? 'PASS' : 'FAIL', CITE_PILIHAN, {
        ijazah: p.ijazahBaru,
        golonganTujuan: tujuan,
        golongan: p.golongan,
      }),
      reason(ID_PI, `${ID_PI}.jabatanSesuai`, p.jabatanSesuaiIjazah ? 'PASS' : 'FAIL', CITE_PILIHAN, { ijazah: p.ijazahBaru }),
      reasonMasa(ID_PI, 'masaDalamPangkat', p.tmtPangkat, periode, 1, CITE_PILIHAN),
      ...reasonsPenilaian(ID_PI, p.riwayatPenilaian, tahunSebelumPeriode(periode, 1), o.minPredikat, CITE_PILIHAN),
      reason(ID_PI, `${ID_PI}.ukppi`, p.lulusUkppi ? 'PASS' : 'FAIL', CITE_PILIHAN, {}),
      ...cekHukumanBerjalan(ID_PI, p.riwayatHukuman, [o.asOf, periode], o.tingkatHukumanMenghalangi).reasons,
    ];
    return decision(hasilKp(reasons, periode, tujuan), reasons);
  },
});

/** Kenaikan pangkat penyesuaian ijazah: to the starting golongan of the new ijazah. */
export const kenaikanPangkatPenyesuaianIjazah = kenaikanPangkatPenyesuaianIjazahRule.run;

/** Input of {@link kenaikanPangkatPenyesuaianIjazah}, as callers write it (a deeply readonly value is accepted too). */
export type KenaikanPangkatPenyesuaianIjazahInput = RuleInputOf<typeof kenaikanPangkatPenyesuaianIjazahRule>;
/** Options of {@link kenaikanPangkatPenyesuaianIjazah}. */
export type KenaikanPangkatPenyesuaianIjazahOptions = RuleOptionsOf<typeof kenaikanPangkatPenyesuaianIjazahRule>;
/** The value of {@link kenaikanPangkatPenyesuaianIjazah}'s decision. */
export type KenaikanPangkatPenyesuaianIjazahOutput = RuleOutputOf<typeof kenaikanPangkatPenyesuaianIjazahRule>;

// ---------------------------------------------------------------------------------------------
// Prestasi kerja luar biasa baiknya

export const pegawaiPrestasiLuarBiasaSchema = z.object({
  golongan: golonganSchema,
  tmtPangkat: isoDateSchema,
  riwayatPenilaian: z._default(riwayatPenilaianSchema, []),
  riwayatHukuman: riwayatHukumanPegawaiSchema,
});
export type PegawaiPrestasiLuarBiasa = z.input<typeof pegawaiPrestasiLuarBiasaSchema>;

const ID_PLB = KENAIKAN_PANGKAT_PRESTASI_LUAR_BIASA_RULE_ID;

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
  notes: [catatanInvarianKp('tmtPangkat')],
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
      reasons.push(reason(ID_PLB, `${ID_PLB}.pangkatPuncak`, 'FAIL', CITE_PILIHAN, { golongan: p.golongan }));
      return decision(hasilKp(reasons, periode, null), reasons);
    }
    reasons.push(
      reasonMasa(ID_PLB, 'masaDalamPangkat', p.tmtPangkat, periode, 1, CITE_PILIHAN),
      ...reasonsPenilaian(ID_PLB, p.riwayatPenilaian, tahunSebelumPeriode(periode, 1), o.minPredikat, CITE_PILIHAN),
      ...cekHukumanBerjalan(ID_PLB, p.riwayatHukuman, [o.asOf, periode], o.tingkatHukumanMenghalangi).reasons,
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
