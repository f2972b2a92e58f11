import * as z from 'zod/mini';
import { isoDateSchema } from '../core/calendar.js';
import { Decimal, decimalSchema, formatFixed, toPlainString } from '../core/decimal.js';
import { type Citation, decision, type Reason } from '../core/decision.js';
import { deepFreeze } from '../core/freeze.js';
import { DASAR_JENJANG_JF, DASAR_KP_FUNGSIONAL_AKK, DASAR_KP_FUNGSIONAL_MASA, DASAR_KP_FUNGSIONAL_PENILAIAN } from './_bersama/dasar-kp.js';
import { reasonsOf } from '../core/messages.js';
import { dateOutputSchema } from '../core/output.js';
import { contradiction, superRefineParsed } from '../core/refine.js';
import { defineRule, type RuleInputOf, type RuleOptionsOf, type RuleOutputOf } from '../core/rule.js';
import { formulaTable, recordTable } from '../core/tables.js';
import { cekHukumanBerjalan, LANGKAH_HUKUMAN, riwayatHukumanPegawaiSchema } from './_bersama/hukuman.js';
import { JENJANG_JABATAN_FUNGSIONAL } from './_bersama/jenjang-jf.js';
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
  syaratMasa,
  tahunSebelumPeriode,
} from './_bersama/kp-bersama.js';
import { reasonsPenilaian, riwayatPenilaianSchema } from './_bersama/penilaian.js';
import { TANGGAL_TERAKHIR } from './_bersama/invariants.js';
import { palingCepatOlehWaktu, syaratTidakTerpenuhiOutput, tmtPalingCepatKp } from './_bersama/tmt-paling-cepat.js';
import type { KENAIKAN_PANGKAT_FUNGSIONAL_MESSAGES } from './kenaikan-pangkat-fungsional.messages.js';
import { golonganBerikutnya, golonganSchema, jenjangJfSchema } from './types.js';

export const KENAIKAN_PANGKAT_FUNGSIONAL_RULE_ID = 'promotion.kenaikanPangkatFungsional';
const ID = KENAIKAN_PANGKAT_FUNGSIONAL_RULE_ID;
const alasan = reasonsOf<typeof KENAIKAN_PANGKAT_FUNGSIONAL_MESSAGES>(ID);

/** Preset of the setting minTahunDalamPangkat: whole years in the current pangkat (PP 99/2000 Pasal 13). */
export const MIN_TAHUN_KP_FUNGSIONAL = 2;
/** Annual appraisals (the calendar years before the period) that must be at least the minimum predikat. */
export const TAHUN_PENILAIAN_KP_FUNGSIONAL = 2;

/** PP 99/2000 Pasal 13 huruf a (2 years), huruf b (angka kredit) and huruf c (appraisals), read on pasal.id. */
const CITE_MASA: Citation[] = DASAR_KP_FUNGSIONAL_MASA;
const CITE_AKK: Citation[] = DASAR_KP_FUNGSIONAL_AKK;
const CITE_PENILAIAN: Citation[] = DASAR_KP_FUNGSIONAL_PENILAIAN;
/** The golongan range of each jenjang and the KP without kenaikan jenjang. */
const CITE_JENJANG: Citation[] = DASAR_JENJANG_JF;
/** The table of golongan and AKK per jenjang. */
const CITE_TABEL_JENJANG: Citation[] = deepFreeze([...CITE_AKK, ...CITE_JENJANG]);
/** The legal basis the rule page opens with. */
const CITE_KP_FUNGSIONAL: Citation[] = deepFreeze([
  { regulation: 'PP_99_2000', article: 'Pasal 13' },
  ...DASAR_KP_FUNGSIONAL_AKK.slice(1),
  ...DASAR_JENJANG_JF,
]);

export const pegawaiKenaikanPangkatFungsionalSchema = z
  .object({
    jenjang: jenjangJfSchema.check(z.describe('Jenjang jabatan fungsional')),
    golongan: golonganSchema.check(z.describe('Current golongan (within the jenjang)')),
    tmtPangkat: isoDateSchema.check(z.describe('TMT of the current pangkat')),
    akk: decimalSchema({ min: 0 }).check(z.describe('Angka kredit kumulatif counted toward this KP (see akumulasiAngkaKredit)')),
    riwayatPenilaian: z._default(riwayatPenilaianSchema, []),
    riwayatHukuman: riwayatHukumanPegawaiSchema,
    pemeriksaanDisiplin: pemeriksaanDisiplinSchema,
  })
  .check(
    superRefineParsed((p, ctx) => {
      const info = JENJANG_JABATAN_FUNGSIONAL[p.jenjang];
      if (!info.golongan.includes(p.golongan)) {
        ctx.addIssue(
          contradiction(
            {
              en: `must be within the jenjang's golongan (${info.golongan.join(', ')})`,
              id: `harus berada dalam golongan jenjang itu (${info.golongan.join(', ')})`,
            },
            ['golongan'],
          ),
        );
      }
    }),
  );
export type PegawaiKenaikanPangkatFungsional = z.input<typeof pegawaiKenaikanPangkatFungsionalSchema>;

export const kenaikanPangkatFungsionalOptions = z.object({
  ...opsiKenaikanPangkatPilihan,
  minTahunDalamPangkat: z
    ._default(z.int().check(z.minimum(0), z.maximum(10)), MIN_TAHUN_KP_FUNGSIONAL)
    .check(
      z.describe(
        `Setting: minimum whole years in the current pangkat (preset ${MIN_TAHUN_KP_FUNGSIONAL}, PP 99/2000 Pasal 13; whether it still applies next to AK conversion is unconfirmed)`,
      ),
    ),
});

/** Schema of the decision value as JSON: the kenaikan pangkat pilihan outcome (see kp-bersama) and its earliest period. */
export const kenaikanPangkatFungsionalOutput = z.extend(kenaikanPangkatPilihanOutput, {
  tmtPalingCepat: z
    .nullable(dateOutputSchema)
    .check(
      z.describe(
        'Earliest KP period (on or after periode) on which the conditions that time alone cures are met (years in pangkat, a running hukuman), each period judged as if asked on its own date; given only when time alone meets every condition of syaratTidakTerpenuhi: null while the angka kredit or an appraisal is short, at the top golongan of the top jenjang, or for a permanent hukuman',
      ),
    ),
  syaratTidakTerpenuhi: syaratTidakTerpenuhiOutput,
});
/** Outcome of {@link kenaikanPangkatFungsional}. */
export type KenaikanPangkatFungsional = z.output<typeof kenaikanPangkatFungsionalOutput>;

export const kenaikanPangkatFungsionalRule = defineRule({
  id: ID,
  domain: 'promotion',
  title: { id: 'Kenaikan pangkat pilihan jabatan fungsional', en: 'Promotion in a functional position' },
  description: {
    id: 'Kenaikan pangkat setingkat lebih tinggi bagi pejabat fungsional: sekurang-kurangnya 2 tahun dalam pangkat terakhir, angka kredit kumulatif memenuhi AKK kenaikan pangkat jenjang, penilaian kinerja sekurang-kurangnya baik dalam 2 tahun terakhir, tidak sedang menjalani hukuman disiplin sedang/berat. Terikat rentang golongan jenjang; dari golongan tertinggi jenjang dapat naik satu tingkat tanpa kenaikan jenjang (tidak ada lowongan), kecuali pada jenjang tertinggi.',
    en: "One-level promotion for a functional official: at least 2 years in the current rank, cumulative credit points meeting the grade's promotion AKK, appraisals at least good in the last 2 years, no running moderate/severe disciplinary penalty. Bound by the grade's golongan range; from the grade's top golongan one level up without grade advancement (no vacancy), except in the top grade.",
  },
  citations: CITE_KP_FUNGSIONAL,
  tables: [
    formulaTable(
      { id: 'Syarat kenaikan pangkat jabatan fungsional pada periode', en: 'Conditions of a functional promotion on the period' },
      [
        ['pangkatPuncakJenjang', 'golongan < golongan tertinggi jenjang tertinggi kategorinya', CITE_JENJANG],
        ['tanpaKenaikanJenjang', 'dari golongan tertinggi jenjang lain: naik satu tingkat tanpa kenaikan jenjang', CITE_JENJANG],
        ['masaDalamPangkat', `periode ≥ TMT pangkat + minTahunDalamPangkat tahun (preset ${MIN_TAHUN_KP_FUNGSIONAL})`, CITE_MASA],
        ['angkaKredit', 'akk ≥ AKK kenaikan pangkat jenjang (tabel berikut)', CITE_AKK],
        [
          'penilaian',
          `${TAHUN_PENILAIAN_KP_FUNGSIONAL} tahun kalender sebelum tahun periode, masing-masing ≥ minPredikat (preset BAIK)`,
          CITE_PENILAIAN,
        ],
        LANGKAH_HUKUMAN,
        ...LANGKAH_PEMERIKSAAN_DISIPLIN,
      ],
    ),
    recordTable(
      { id: 'Golongan dan AKK kenaikan pangkat per jenjang', en: 'Golongan and promotion AKK per grade' },
      JENJANG_JABATAN_FUNGSIONAL,
      ['jenjang', 'golongan', 'AKK kenaikan pangkat', 'jenjang berikutnya'],
      (j) => [j.golongan.join(', '), j.akkKenaikanPangkat, j.jenjangBerikutnya],
      () => CITE_TABEL_JENJANG,
    ),
  ],
  input: pegawaiKenaikanPangkatFungsionalSchema,
  options: kenaikanPangkatFungsionalOptions,
  output: kenaikanPangkatFungsionalOutput,
  examples: [
    {
      title: {
        id: 'Ahli Pertama III/a, AKK 50, 2 tahun, Baik: naik ke III/b',
        en: 'Ahli Pertama III/a, AKK 50, 2 years, Good: promoted to III/b',
      },
      input: {
        jenjang: 'AHLI_PERTAMA',
        golongan: 'III/a',
        tmtPangkat: '2022-04-01',
        akk: 50,
        riwayatPenilaian: [
          { tahun: 2023, predikat: 'SANGAT_BAIK' },
          { tahun: 2024, predikat: 'SANGAT_BAIK' },
        ],
      },
      options: { asOf: '2025-04-01' },
      expected: {
        memenuhiSyarat: true,
        golonganBaru: 'III/b',
        tmt: '2025-04-01',
        periode: '2025-04-01',
        golonganTujuan: 'III/b',
        tmtPalingCepat: '2025-04-01',
        syaratTidakTerpenuhi: [],
      },
      source: 'PP 99/2000 Pasal 13; digest §4.3',
    },
    {
      title: { id: 'Ahli Pertama III/a, AKK 37,5: belum cukup', en: 'Ahli Pertama III/a, AKK 37.5: not enough' },
      input: {
        jenjang: 'AHLI_PERTAMA',
        golongan: 'III/a',
        tmtPangkat: '2022-04-01',
        akk: '37.5',
        riwayatPenilaian: [
          { tahun: 2023, predikat: 'SANGAT_BAIK' },
          { tahun: 2024, predikat: 'SANGAT_BAIK' },
        ],
      },
      options: { asOf: '2025-04-01' },
      // The AKK is not met by time alone: no earliest period while it is short, and it is listed.
      expected: {
        memenuhiSyarat: false,
        golonganBaru: null,
        tmt: null,
        periode: '2025-04-01',
        golonganTujuan: 'III/b',
        tmtPalingCepat: null,
        syaratTidakTerpenuhi: [{ code: 'promotion.kenaikanPangkatFungsional.angkaKredit', olehWaktuSaja: false }],
      },
      source: 'digest §9 vector 8 (derived)',
    },
  ],
  notes: [
    {
      id: `Pengaturan minTahunDalamPangkat (preset ${MIN_TAHUN_KP_FUNGSIONAL}, PP 99/2000 Pasal 13): apakah masih berlaku di samping konversi AK belum dikonfirmasi dalam PermenPANRB 1/2023 / Peraturan BKN 3/2023.`,
      en: `Setting minTahunDalamPangkat (preset ${MIN_TAHUN_KP_FUNGSIONAL}, PP 99/2000 Pasal 13): whether it still applies next to AK conversion is not confirmed in PermenPANRB 1/2023 / BKN Regulation 3/2023.`,
    },
    {
      id: `tmtPalingCepat: periode pertama (sejak periode yang dinilai) saat masa dalam pangkat terpenuhi dan tidak ada hukuman yang menghalangi, seperti pada kenaikan pangkat reguler. Angka kredit dan penilaian tidak dipenuhi oleh waktu saja (AK bertambah dari penilaian yang belum ada): selama salah satunya kurang, tmtPalingCepat null dan syaratTidakTerpenuhi menyebutnya. Null pada golongan tertinggi jenjang tertinggi dan bila ada PDHTAPS. Ditolak bila periode itu jatuh setelah ${TANGGAL_TERAKHIR}.`,
      en: `tmtPalingCepat: the first period (from the one evaluated) on which the years in pangkat are met and no blocking hukuman runs, as in kenaikan pangkat reguler. The angka kredit and the appraisals are not cured by time alone (AK grows from appraisals not yet made): while either is short, tmtPalingCepat is null and syaratTidakTerpenuhi names it. Null at the top golongan of the top jenjang and for a PDHTAPS. Refused when that period falls after ${TANGGAL_TERAKHIR}.`,
    },
    CATATAN_PEMERIKSAAN_DISIPLIN,
    catatanInvarianKp('tmtPangkat'),
    {
      id: 'Juga ditolak: golongan di luar rentang golongan jenjang, dan akk negatif.',
      en: "Also refused: a golongan outside the jenjang's golongan range, and a negative akk.",
    },
  ],
  evaluate(p, o) {
    const { periode, reason: periodeReason } = periodeKp(ID, o.asOf);
    periksaCatatanKp(ID, o.asOf, periode, {
      tmt: { tmtPangkat: p.tmtPangkat },
      riwayatPenilaian: p.riwayatPenilaian,
      riwayatHukuman: p.riwayatHukuman,
    });
    const info = JENJANG_JABATAN_FUNGSIONAL[p.jenjang];
    const reasons: Reason[] = [periodeReason];
    const puncak = info.jenjangBerikutnya === null && info.golongan[info.golongan.length - 1] === p.golongan;
    const tujuan = puncak ? null : golonganBerikutnya(p.golongan);
    if (tujuan === null) {
      reasons.push(alasan('pangkatPuncakJenjang', 'FAIL', CITE_JENJANG, { jenjang: p.jenjang, golongan: p.golongan }));
      return decision<KenaikanPangkatFungsional>(
        { ...hasilKp(reasons, periode, null), ...palingCepatOlehWaktu(ID, reasons, () => null, false) },
        reasons,
      );
    }
    if (!info.golongan.includes(tujuan)) {
      reasons.push(alasan('tanpaKenaikanJenjang', 'INFO', CITE_JENJANG, { jenjang: p.jenjang, golonganTujuan: tujuan }));
    }
    reasons.push(reasonMasa(ID, 'masaDalamPangkat', p.tmtPangkat, periode, o.minTahunDalamPangkat, CITE_MASA));
    const kebutuhan = new Decimal(info.akkKenaikanPangkat);
    reasons.push(
      alasan('angkaKredit', p.akk.greaterThanOrEqualTo(kebutuhan) ? 'PASS' : 'FAIL', CITE_AKK, {
        akk: formatFixed(p.akk, 2),
        kebutuhan: toPlainString(kebutuhan),
        jenjang: p.jenjang,
      }),
    );
    const tahunPenilaian = tahunSebelumPeriode(periode, TAHUN_PENILAIAN_KP_FUNGSIONAL);
    reasons.push(...reasonsPenilaian(ID, p.riwayatPenilaian, tahunPenilaian, o.minPredikat, CITE_PENILAIAN));
    const hukuman = cekHukumanBerjalan(ID, p.riwayatHukuman, [o.asOf, periode], o.tingkatHukumanMenghalangi);
    reasons.push(...hukuman.reasons);
    reasons.push(...cekPemeriksaanDisiplin(ID, p.pemeriksaanDisiplin, o.pemeriksaanDisiplinMenghalangi, o.asOf));
    // Time cures the years in pangkat and a running hukuman; not the AKK nor the appraisals (then no date).
    const waktu = palingCepatOlehWaktu(ID, reasons, () =>
      tmtPalingCepatKp(ID, o.asOf, [syaratMasa(p.tmtPangkat, o.minTahunDalamPangkat, 'tmtPangkat')], {
        cek: hukuman,
        riwayat: p.riwayatHukuman,
        tingkat: o.tingkatHukumanMenghalangi,
      }),
    );
    return decision<KenaikanPangkatFungsional>({ ...hasilKp(reasons, periode, tujuan), ...waktu }, reasons);
  },
});

/**
 * Kenaikan pangkat pilihan for a PNS in a jabatan fungsional (PP 99/2000 Pasal 13; PermenPANRB 1/2023;
 * Peraturan BKN 3/2023), at the first KP period on or after `asOf`.
 */
export const kenaikanPangkatFungsional = kenaikanPangkatFungsionalRule.run;

/** Input of {@link kenaikanPangkatFungsional}, as callers write it (a deeply readonly value is accepted too). */
export type KenaikanPangkatFungsionalInput = RuleInputOf<typeof kenaikanPangkatFungsionalRule>;
/** Options of {@link kenaikanPangkatFungsional}. */
export type KenaikanPangkatFungsionalOptions = RuleOptionsOf<typeof kenaikanPangkatFungsionalRule>;
/** The value of {@link kenaikanPangkatFungsional}'s decision. */
export type KenaikanPangkatFungsionalOutput = RuleOutputOf<typeof kenaikanPangkatFungsionalRule>;
