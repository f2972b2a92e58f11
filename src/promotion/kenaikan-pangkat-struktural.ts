import * as z from 'zod/mini';
import { isoDateSchema } from '../core/calendar.js';
import { type Citation, decision, type Reason } from '../core/decision.js';
import { deepFreeze } from '../core/freeze.js';
import { reasonsOf } from '../core/messages.js';
import { dateOutputSchema } from '../core/output.js';
import { defineRule, type RuleInputOf, type RuleOptionsOf, type RuleOutputOf } from '../core/rule.js';
import { formulaTable, recordTable } from '../core/tables.js';
import { DASAR_JENJANG_ESELON, DASAR_KP_STRUKTURAL, DASAR_KP_STRUKTURAL_SATU_TINGKAT } from './_bersama/dasar-kp.js';
import { cekHukumanBerjalan, LANGKAH_HUKUMAN, riwayatHukumanPegawaiSchema } from './_bersama/hukuman.js';
import {
  CATATAN_PEMERIKSAAN_DISIPLIN,
  cekPemeriksaanDisiplin,
  LANGKAH_PEMERIKSAAN_DISIPLIN,
  pemeriksaanDisiplinSchema,
} from './_bersama/pemeriksaan-disiplin.js';
import { TANGGAL_TERAKHIR } from './_bersama/invariants.js';
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
import { palingCepatOlehWaktu, type SyaratWaktu, syaratTidakTerpenuhiOutput, tmtPalingCepatKp } from './_bersama/tmt-paling-cepat.js';
import { CITATION_UJIAN_DINAS, reasonUjianDinas } from './_bersama/ujian-dinas.js';
import type { KENAIKAN_PANGKAT_STRUKTURAL_MESSAGES } from './kenaikan-pangkat-struktural.messages.js';
import {
  compareGolongan,
  DIKLAT_KEPEMIMPINAN,
  diklatKepemimpinanSchema,
  type GolonganPns,
  golonganBerikutnya,
  golonganSchema,
  golonganSebelumnya,
  ijazahSchema,
  UJIAN_DINAS,
  ujianDinasSchema,
} from './types.js';

export const KENAIKAN_PANGKAT_STRUKTURAL_RULE_ID = 'promotion.kenaikanPangkatStruktural';
const ID = KENAIKAN_PANGKAT_STRUKTURAL_RULE_ID;
const alasan = reasonsOf<typeof KENAIKAN_PANGKAT_STRUKTURAL_MESSAGES>(ID);

/** Preset of the setting minTahunDalamJenjang: whole years in pangkat within the jenjang of the eselon (two secondary sources). */
export const MIN_TAHUN_KP_STRUKTURAL = 4;
/** One level below the jenjang (juklak S-b): whole years in pangkat, and in the jabatan, that suffice. */
export const MIN_TAHUN_SATU_TINGKAT_DI_BAWAH = 1;
/** Annual appraisals (the calendar years before the period) that must be at least the minimum predikat. */
export const TAHUN_PENILAIAN_KP_STRUKTURAL = 2;

/** Eselon of jabatan struktural (PP 100/2000 jo. PP 13/2002). */
export const ESELON = deepFreeze(['I.a', 'I.b', 'II.a', 'II.b', 'III.a', 'III.b', 'IV.a', 'IV.b', 'V.a'] as const);
export type Eselon = (typeof ESELON)[number];
export const eselonSchema = z.enum(ESELON);

/** Jenjang pangkat per eselon: lowest and highest pangkat (PP 100/2000 jo. PP 13/2002, Lampiran). */
export const JENJANG_PANGKAT_ESELON: Readonly<Record<Eselon, { terendah: GolonganPns; tertinggi: GolonganPns }>> = deepFreeze({
  'I.a': { terendah: 'IV/d', tertinggi: 'IV/e' },
  'I.b': { terendah: 'IV/c', tertinggi: 'IV/e' },
  'II.a': { terendah: 'IV/c', tertinggi: 'IV/d' },
  'II.b': { terendah: 'IV/b', tertinggi: 'IV/c' },
  'III.a': { terendah: 'IV/a', tertinggi: 'IV/b' },
  'III.b': { terendah: 'III/d', tertinggi: 'IV/a' },
  'IV.a': { terendah: 'III/c', tertinggi: 'III/d' },
  'IV.b': { terendah: 'III/b', tertinggi: 'III/c' },
  'V.a': { terendah: 'III/a', tertinggi: 'III/b' },
});

/** Time in pangkat and appraisals of KP pilihan struktural: PP 99/2000 Pasal 12 (as BOSDM LIPI locates it). */
const CITE_KP: Citation[] = DASAR_KP_STRUKTURAL;
/** One level below the jenjang: 1 year in pangkat and 1 year in the jabatan (juklak contoh). */
const CITE_SATU_TINGKAT: Citation[] = DASAR_KP_STRUKTURAL_SATU_TINGKAT;
/** Jenjang pangkat per eselon (PP 13/2002 Lampiran) and the eselon ceiling. */
const CITE_ESELON: Citation[] = DASAR_JENJANG_ESELON;

export const pegawaiKenaikanPangkatStrukturalSchema = z.object({
  eselon: eselonSchema.check(z.describe('Eselon of the jabatan struktural held')),
  golongan: golonganSchema,
  tmtPangkat: isoDateSchema,
  tmtJabatan: isoDateSchema.check(z.describe('Date of appointment (pelantikan) to the jabatan struktural')),
  ijazah: ijazahSchema,
  riwayatPenilaian: z._default(riwayatPenilaianSchema, []),
  ujianDinas: z._default(z.array(ujianDinasSchema).check(z.maxLength(UJIAN_DINAS.length)), []),
  diklatKepemimpinan: z._default(z.array(diklatKepemimpinanSchema).check(z.maxLength(DIKLAT_KEPEMIMPINAN.length)), []),
  riwayatHukuman: riwayatHukumanPegawaiSchema,
  pemeriksaanDisiplin: pemeriksaanDisiplinSchema,
});
export type PegawaiKenaikanPangkatStruktural = z.input<typeof pegawaiKenaikanPangkatStrukturalSchema>;

export const kenaikanPangkatStrukturalOptions = z.object({
  ...opsiKenaikanPangkatPilihan,
  minTahunDalamJenjang: z
    ._default(z.int().check(z.minimum(0), z.maximum(10)), MIN_TAHUN_KP_STRUKTURAL)
    .check(
      z.describe(
        `Setting: whole years in pangkat when the pangkat is within the jenjang of the eselon (preset ${MIN_TAHUN_KP_STRUKTURAL}, two secondary sources)`,
      ),
    ),
});

/** Schema of the decision value as JSON: the kenaikan pangkat pilihan outcome (see kp-bersama) and its earliest period. */
export const kenaikanPangkatStrukturalOutput = z.extend(kenaikanPangkatPilihanOutput, {
  tmtPalingCepat: z
    .nullable(dateOutputSchema)
    .check(
      z.describe(
        'Earliest KP period (on or after periode) on which the conditions that time alone cures are met (years in pangkat and, one level below the jenjang, in the jabatan; a running hukuman), each period judged as if asked on its own date; given only when time alone meets every condition of syaratTidakTerpenuhi: null while an appraisal or the ujian dinas is missing, above the highest pangkat of the eselon, more than one level below its jenjang, or for a permanent hukuman',
      ),
    ),
  syaratTidakTerpenuhi: syaratTidakTerpenuhiOutput,
});
/** Outcome of {@link kenaikanPangkatStruktural}. */
export type KenaikanPangkatStruktural = z.output<typeof kenaikanPangkatStrukturalOutput>;

export const kenaikanPangkatStrukturalRule = defineRule({
  id: ID,
  domain: 'promotion',
  title: { id: 'Kenaikan pangkat pilihan jabatan struktural', en: 'Promotion in a structural position' },
  description: {
    id: 'Kenaikan pangkat pilihan bagi pejabat struktural: bila pangkat satu tingkat di bawah pangkat terendah jenjang eselon, 1 tahun dalam pangkat dan 1 tahun dalam jabatan; bila dalam jenjang, 4 tahun dalam pangkat; tidak melampaui pangkat tertinggi eselon; penilaian baik 2 tahun; ujian dinas tingkat II untuk III/d ke IV/a; tidak sedang menjalani hukuman disiplin sedang/berat.',
    en: "Promotion for a structural official: if the rank is one level below the lowest rank of the eselon's range, 1 year in rank and 1 year in post; if within the range, 4 years in rank; not above the eselon's highest rank; good appraisals for 2 years; civil-service exam level II for III/d to IV/a; no running moderate/severe disciplinary penalty.",
  },
  citations: [...CITE_SATU_TINGKAT, ...CITE_ESELON],
  tables: [
    formulaTable(
      { id: 'Syarat kenaikan pangkat jabatan struktural pada periode', en: 'Conditions of a structural promotion on the period' },
      [
        ['plafonEselon', 'golongan tujuan ≤ pangkat tertinggi jenjang eselon (tabel berikut)', CITE_ESELON],
        [
          'satuTingkatDiBawah',
          `golongan satu tingkat di bawah pangkat terendah: periode ≥ TMT pangkat + ${MIN_TAHUN_SATU_TINGKAT_DI_BAWAH} tahun dan ≥ TMT jabatan + ${MIN_TAHUN_SATU_TINGKAT_DI_BAWAH} tahun`,
          CITE_SATU_TINGKAT,
        ],
        [
          'masaDalamPangkat',
          `golongan dalam jenjang: periode ≥ TMT pangkat + minTahunDalamJenjang tahun (preset ${MIN_TAHUN_KP_STRUKTURAL})`,
          CITE_KP,
        ],
        ['diBawahJenjang', 'golongan lebih dari satu tingkat di bawah pangkat terendah: tidak memenuhi syarat', CITE_ESELON],
        [
          'penilaian',
          `${TAHUN_PENILAIAN_KP_STRUKTURAL} tahun kalender sebelum tahun periode, masing-masing ≥ minPredikat (preset BAIK)`,
          CITE_KP,
        ],
        [
          'ujianDinas',
          'II/d → III/a: Tingkat I; III/d → IV/a: Tingkat II; lulus atau dibebaskan (ijazah, diklat kepemimpinan)',
          CITATION_UJIAN_DINAS,
        ],
        LANGKAH_HUKUMAN,
        ...LANGKAH_PEMERIKSAAN_DISIPLIN,
      ],
    ),
    recordTable(
      { id: 'Jenjang pangkat eselon (PP 13/2002 Lampiran)', en: 'Rank range per eselon (PP 13/2002 annex)' },
      JENJANG_PANGKAT_ESELON,
      ['eselon', 'terendah', 'tertinggi'],
      (j) => [j.terendah, j.tertinggi],
      () => CITE_ESELON,
    ),
  ],
  input: pegawaiKenaikanPangkatStrukturalSchema,
  options: kenaikanPangkatStrukturalOptions,
  output: kenaikanPangkatStrukturalOutput,
  examples: [
    {
      title: {
        id: 'Eselon IV.a, III/b (satu tingkat di bawah), 1 tahun: naik ke III/c',
        en: 'Eselon IV.a, III/b (one level below), 1 year: promoted to III/c',
      },
      input: {
        eselon: 'IV.a',
        golongan: 'III/b',
        tmtPangkat: '2024-04-01',
        tmtJabatan: '2024-03-15',
        ijazah: 'S1',
        riwayatPenilaian: [
          { tahun: 2023, predikat: 'BAIK' },
          { tahun: 2024, predikat: 'BAIK' },
        ],
      },
      options: { asOf: '2025-04-01' },
      expected: {
        memenuhiSyarat: true,
        golonganBaru: 'III/c',
        tmt: '2025-04-01',
        periode: '2025-04-01',
        golonganTujuan: 'III/c',
        tmtPalingCepat: '2025-04-01',
        syaratTidakTerpenuhi: [],
      },
      source: 'Keputusan Kepala BKN 12/2002 juklak (digest §3.2 S-b, §9 vector 16)',
    },
    {
      title: { id: 'Eselon IV.a, III/d: pangkat tertinggi eselon', en: "Eselon IV.a, III/d: the eselon's highest rank" },
      input: {
        eselon: 'IV.a',
        golongan: 'III/d',
        tmtPangkat: '2015-04-01',
        tmtJabatan: '2015-04-01',
        ijazah: 'S2',
        riwayatPenilaian: [
          { tahun: 2023, predikat: 'BAIK' },
          { tahun: 2024, predikat: 'BAIK' },
        ],
      },
      options: { asOf: '2025-04-01' },
      expected: {
        memenuhiSyarat: false,
        golonganBaru: null,
        tmt: null,
        periode: '2025-04-01',
        golonganTujuan: 'IV/a',
        tmtPalingCepat: null,
        syaratTidakTerpenuhi: [{ code: 'promotion.kenaikanPangkatStruktural.plafonEselon', olehWaktuSaja: false }],
      },
      source: 'digest §9 vector 17',
    },
  ],
  notes: [
    {
      id: 'Pengaturan minTahunDalamJenjang (preset 4): teks juklak untuk kasus ini belum dibaca. Pemetaan eselon ke administrator/pengawas dan keberlakuan tabel PP 13/2002 setelah PP 11/2017 belum dikonfirmasi. Batas atasan langsung tidak dikodekan.',
      en: 'Setting minTahunDalamJenjang (preset 4): the juklak text for this case was not read. The eselon ↔ administrator/pengawas mapping and whether the PP 13/2002 table still binds after PP 11/2017 are unconfirmed. The direct-superior limit is not encoded.',
    },
    {
      id: `tmtPalingCepat: periode pertama (sejak periode yang dinilai) saat masa dalam pangkat (dan, satu tingkat di bawah jenjang, masa dalam jabatan) terpenuhi dan tidak ada hukuman yang menghalangi, seperti pada kenaikan pangkat reguler; hanya diberikan bila semua syarat yang belum terpenuhi (syaratTidakTerpenuhi) dipenuhi oleh waktu saja: null selama penilaian atau ujian dinas belum ada, bila golongan tujuan di atas pangkat tertinggi eselon, golongan lebih dari satu tingkat di bawah jenjang, atau ada PDHTAPS. Ditolak bila periode itu jatuh setelah ${TANGGAL_TERAKHIR}.`,
      en: `tmtPalingCepat: the first period (from the one evaluated) on which the years in pangkat (and, one level below the jenjang, in the jabatan) are met and no blocking hukuman runs, as in kenaikan pangkat reguler; given only when time alone meets every condition not met (syaratTidakTerpenuhi): null while an appraisal or the ujian dinas is missing, when the target is above the eselon's highest pangkat, the golongan is more than one level below the jenjang, or for a PDHTAPS. Refused when that period falls after ${TANGGAL_TERAKHIR}.`,
    },
    CATATAN_PEMERIKSAAN_DISIPLIN,
    catatanInvarianKp('tmtPangkat/tmtJabatan'),
  ],
  evaluate(p, o) {
    const { periode, reason: periodeReason } = periodeKp(ID, o.asOf);
    periksaCatatanKp(ID, o.asOf, periode, {
      tmt: { tmtPangkat: p.tmtPangkat, tmtJabatan: p.tmtJabatan },
      riwayatPenilaian: p.riwayatPenilaian,
      riwayatHukuman: p.riwayatHukuman,
    });
    const jenjang = JENJANG_PANGKAT_ESELON[p.eselon];
    const reasons: Reason[] = [periodeReason];
    const tujuan = golonganBerikutnya(p.golongan);
    const dalamPlafon = tujuan !== null && compareGolongan(tujuan, jenjang.tertinggi) <= 0;
    reasons.push(
      alasan('plafonEselon', dalamPlafon ? 'PASS' : 'FAIL', CITE_ESELON, {
        eselon: p.eselon,
        terendah: jenjang.terendah,
        tertinggi: jenjang.tertinggi,
        golonganTujuan: tujuan ?? '—',
      }),
    );
    if (!dalamPlafon || tujuan === null)
      return decision<KenaikanPangkatStruktural>(
        { ...hasilKp(reasons, periode, tujuan), ...palingCepatOlehWaktu(ID, reasons, () => null, false) },
        reasons,
      );

    // The conditions time alone cures; null when the golongan is too far below the jenjang for time to help.
    let syaratWaktu: SyaratWaktu[] | null;
    if (p.golongan === golonganSebelumnya(jenjang.terendah)) {
      // S-b: one level below the lowest pangkat of the jenjang.
      const minimum = MIN_TAHUN_SATU_TINGKAT_DI_BAWAH;
      reasons.push(alasan('satuTingkatDiBawah', 'INFO', CITE_SATU_TINGKAT, { golongan: p.golongan, terendah: jenjang.terendah }));
      reasons.push(reasonMasa(ID, 'masaDalamPangkat', p.tmtPangkat, periode, minimum, CITE_SATU_TINGKAT));
      reasons.push(reasonMasa(ID, 'masaDalamJabatan', p.tmtJabatan, periode, minimum, CITE_SATU_TINGKAT));
      syaratWaktu = [syaratMasa(p.tmtPangkat, minimum, 'tmtPangkat'), syaratMasa(p.tmtJabatan, minimum, 'tmtJabatan')];
    } else if (compareGolongan(p.golongan, jenjang.terendah) >= 0) {
      reasons.push(reasonMasa(ID, 'masaDalamPangkat', p.tmtPangkat, periode, o.minTahunDalamJenjang, CITE_KP));
      syaratWaktu = [syaratMasa(p.tmtPangkat, o.minTahunDalamJenjang, 'tmtPangkat')];
    } else {
      reasons.push(alasan('diBawahJenjang', 'FAIL', CITE_ESELON, { golongan: p.golongan, terendah: jenjang.terendah }));
      syaratWaktu = null;
    }
    const tahunPenilaian = tahunSebelumPeriode(periode, TAHUN_PENILAIAN_KP_STRUKTURAL);
    reasons.push(...reasonsPenilaian(ID, p.riwayatPenilaian, tahunPenilaian, o.minPredikat, CITE_KP));
    reasons.push(reasonUjianDinas(ID, p.golongan, tujuan, p));
    const hukuman = cekHukumanBerjalan(ID, p.riwayatHukuman, [o.asOf, periode], o.tingkatHukumanMenghalangi);
    reasons.push(...hukuman.reasons);
    reasons.push(...cekPemeriksaanDisiplin(ID, p.pemeriksaanDisiplin, o.pemeriksaanDisiplinMenghalangi, o.asOf));
    const waktu = palingCepatOlehWaktu(ID, reasons, () =>
      tmtPalingCepatKp(ID, o.asOf, syaratWaktu, { cek: hukuman, riwayat: p.riwayatHukuman, tingkat: o.tingkatHukumanMenghalangi }),
    );
    return decision<KenaikanPangkatStruktural>({ ...hasilKp(reasons, periode, tujuan), ...waktu }, reasons);
  },
});

/** Kenaikan pangkat pilihan for a pejabat struktural (PP 99/2000; PP 100/2000 jo. PP 13/2002). */
export const kenaikanPangkatStruktural = kenaikanPangkatStrukturalRule.run;

/** Input of {@link kenaikanPangkatStruktural}, as callers write it (a deeply readonly value is accepted too). */
export type KenaikanPangkatStrukturalInput = RuleInputOf<typeof kenaikanPangkatStrukturalRule>;
/** Options of {@link kenaikanPangkatStruktural}. */
export type KenaikanPangkatStrukturalOptions = RuleOptionsOf<typeof kenaikanPangkatStrukturalRule>;
/** The value of {@link kenaikanPangkatStruktural}'s decision. */
export type KenaikanPangkatStrukturalOutput = RuleOutputOf<typeof kenaikanPangkatStrukturalRule>;
