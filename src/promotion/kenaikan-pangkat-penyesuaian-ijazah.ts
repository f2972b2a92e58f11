import * as z from 'zod/mini';
import { isoDateSchema } from '../core/calendar.js';
import { type Citation, decision, type Reason } from '../core/decision.js';
import { deepFreeze } from '../core/freeze.js';
import { reasonsOf } from '../core/messages.js';
import { defineRule, type RuleInputOf, type RuleOptionsOf, type RuleOutputOf } from '../core/rule.js';
import { formulaTable, recordTable } from '../core/tables.js';
import { DASAR_GOLONGAN_AWAL_IJAZAH, DASAR_PENYESUAIAN_IJAZAH, DASAR_PENYESUAIAN_IJAZAH_SYARAT } from './_bersama/dasar-kp.js';
import { cekHukumanBerjalan, LANGKAH_HUKUMAN, riwayatHukumanPegawaiSchema } from './_bersama/hukuman.js';
import {
  CATATAN_PEMERIKSAAN_DISIPLIN,
  cekPemeriksaanDisiplin,
  LANGKAH_PEMERIKSAAN_DISIPLIN,
  pemeriksaanDisiplinSchema,
} from './_bersama/pemeriksaan-disiplin.js';
import { GOLONGAN_AWAL_IJAZAH } from './_bersama/ijazah.js';
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
import type { KENAIKAN_PANGKAT_PENYESUAIAN_IJAZAH_MESSAGES } from './kenaikan-pangkat-penyesuaian-ijazah.messages.js';
import { compareGolongan, golonganSchema, ijazahSchema, namaPangkat } from './types.js';

export const KENAIKAN_PANGKAT_PENYESUAIAN_IJAZAH_RULE_ID = 'promotion.kenaikanPangkatPenyesuaianIjazah';
const ID_PI = KENAIKAN_PANGKAT_PENYESUAIAN_IJAZAH_RULE_ID;
const alasan = reasonsOf<typeof KENAIKAN_PANGKAT_PENYESUAIAN_IJAZAH_MESSAGES>(ID_PI);

/** Whole years in the current pangkat ("sekurang-kurangnya 1 (satu) tahun"). */
export const MIN_TAHUN_KP_PENYESUAIAN_IJAZAH = 1;
/** Annual appraisals (the calendar years before the period) that must be at least the minimum predikat. */
export const TAHUN_PENILAIAN_KP_PENYESUAIAN_IJAZAH = 1;

/** The target: the starting golongan of the new ijazah (PP 99/2000 Pasal 18). */
const CITE_TUJUAN: Citation[] = DASAR_GOLONGAN_AWAL_IJAZAH;
/** The other conditions, quoted without their ayat. */
const CITE_SYARAT: Citation[] = DASAR_PENYESUAIAN_IJAZAH_SYARAT;
/** The legal basis the rule page opens with. */
const CITE_PENYESUAIAN_IJAZAH: Citation[] = deepFreeze([...DASAR_PENYESUAIAN_IJAZAH, ...DASAR_PENYESUAIAN_IJAZAH_SYARAT]);

export const pegawaiPenyesuaianIjazahSchema = z.object({
  golongan: golonganSchema,
  tmtPangkat: isoDateSchema,
  ijazahBaru: ijazahSchema.check(z.describe('The higher ijazah obtained')),
  jabatanSesuaiIjazah: z.boolean().check(z.describe('The jabatan or duties need the knowledge of the new ijazah')),
  lulusUkppi: z.boolean().check(z.describe('Passed the ujian kenaikan pangkat penyesuaian ijazah (UKPPI)')),
  riwayatPenilaian: z._default(riwayatPenilaianSchema, []),
  riwayatHukuman: riwayatHukumanPegawaiSchema,
  pemeriksaanDisiplin: pemeriksaanDisiplinSchema,
});
export type PegawaiPenyesuaianIjazah = z.input<typeof pegawaiPenyesuaianIjazahSchema>;

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
  citations: CITE_PENYESUAIAN_IJAZAH,
  tables: [
    formulaTable(
      { id: 'Syarat kenaikan pangkat penyesuaian ijazah pada periode', en: 'Conditions of a diploma-adjustment promotion on the period' },
      [
        ['golonganIjazah', 'golongan tujuan = GOLONGAN_AWAL_IJAZAH[ijazahBaru] (tabel berikut) > golongan sekarang', CITE_TUJUAN],
        ['jabatanSesuai', 'jabatan/tugas memerlukan pengetahuan ijazah baru', CITE_SYARAT],
        ['masaDalamPangkat', `periode ≥ TMT pangkat + ${MIN_TAHUN_KP_PENYESUAIAN_IJAZAH} tahun`, CITE_SYARAT],
        [
          'penilaian',
          `${TAHUN_PENILAIAN_KP_PENYESUAIAN_IJAZAH} tahun kalender sebelum tahun periode ≥ minPredikat (preset BAIK)`,
          CITE_SYARAT,
        ],
        ['ukppi', 'lulus ujian kenaikan pangkat penyesuaian ijazah', CITE_SYARAT],
        LANGKAH_HUKUMAN,
        ...LANGKAH_PEMERIKSAAN_DISIPLIN,
      ],
    ),
    recordTable(
      { id: 'Golongan awal (tujuan) menurut ijazah', en: 'Starting (target) golongan by diploma' },
      GOLONGAN_AWAL_IJAZAH,
      ['ijazah', 'golongan', 'pangkat'],
      (g) => [g, namaPangkat(g)],
      () => CITE_TUJUAN,
    ),
  ],
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
    CATATAN_PEMERIKSAAN_DISIPLIN,
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
      alasan('golonganIjazah', lebihTinggi ? 'PASS' : 'FAIL', CITE_TUJUAN, {
        ijazah: p.ijazahBaru,
        golonganTujuan: tujuan,
        golongan: p.golongan,
      }),
      alasan('jabatanSesuai', p.jabatanSesuaiIjazah ? 'PASS' : 'FAIL', CITE_SYARAT, { ijazah: p.ijazahBaru }),
      reasonMasa(ID_PI, 'masaDalamPangkat', p.tmtPangkat, periode, MIN_TAHUN_KP_PENYESUAIAN_IJAZAH, CITE_SYARAT),
      ...reasonsPenilaian(
        ID_PI,
        p.riwayatPenilaian,
        tahunSebelumPeriode(periode, TAHUN_PENILAIAN_KP_PENYESUAIAN_IJAZAH),
        o.minPredikat,
        CITE_SYARAT,
      ),
      alasan('ukppi', p.lulusUkppi ? 'PASS' : 'FAIL', CITE_SYARAT, {}),
      ...cekHukumanBerjalan(ID_PI, p.riwayatHukuman, [o.asOf, periode], o.tingkatHukumanMenghalangi).reasons,
      ...cekPemeriksaanDisiplin(ID_PI, p.pemeriksaanDisiplin, o.pemeriksaanDisiplinMenghalangi, o.asOf),
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
