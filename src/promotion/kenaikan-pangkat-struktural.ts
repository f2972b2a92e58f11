import * as z from 'zod/mini';
import { isoDateSchema } from '../core/calendar.js';
import { type Citation, decision, type Reason, reason } from '../core/decision.js';
import { defineRule, type RuleInputOf, type RuleOptionsOf, type RuleOutputOf } from '../core/rule.js';
import { deepFreeze } from '../core/freeze.js';
import { cekHukumanBerjalan, riwayatHukumanPegawaiSchema } from './hukuman.js';
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
import { reasonUjianDinas } from './ujian-dinas.js';

export const KENAIKAN_PANGKAT_STRUKTURAL_RULE_ID = 'promotion.kenaikanPangkatStruktural';
const ID = KENAIKAN_PANGKAT_STRUKTURAL_RULE_ID;

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

const CITE_KP: Citation[] = deepFreeze([{ regulation: 'PP_99_2000' }, { regulation: 'KEPKA_BKN_12_2002' }]);
const CITE_ESELON: Citation[] = deepFreeze([{ regulation: 'PP_13_2002', annex: 'Lampiran' }, { regulation: 'KEPKA_BKN_13_2002' }]);

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
});
export type PegawaiKenaikanPangkatStruktural = z.input<typeof pegawaiKenaikanPangkatStrukturalSchema>;

export const kenaikanPangkatStrukturalOptions = z.object({
  ...opsiKenaikanPangkatPilihan,
  minTahunDalamJenjang: z
    ._default(z.int().check(z.minimum(0), z.maximum(10)), 4)
    .check(
      z.describe('Setting: whole years in pangkat when the pangkat is within the jenjang of the eselon (preset 4, two secondary sources)'),
    ),
});

/** Schema of the decision value as JSON (`KenaikanPangkatPilihan`, see kp-bersama). */
export const kenaikanPangkatStrukturalOutput = kenaikanPangkatPilihanOutput;

export const kenaikanPangkatStrukturalRule = defineRule({
  id: ID,
  domain: 'promotion',
  title: { id: 'Kenaikan pangkat pilihan jabatan struktural', en: 'Promotion in a structural position' },
  description: {
    id: 'Kenaikan pangkat pilihan bagi pejabat struktural: bila pangkat satu tingkat di bawah pangkat terendah jenjang eselon, 1 tahun dalam pangkat dan 1 tahun dalam jabatan; bila dalam jenjang, 4 tahun dalam pangkat; tidak melampaui pangkat tertinggi eselon; penilaian baik 2 tahun; ujian dinas tingkat II untuk III/d ke IV/a; tidak sedang menjalani hukuman disiplin sedang/berat.',
    en: "Promotion for a structural official: if the rank is one level below the lowest rank of the eselon's range, 1 year in rank and 1 year in post; if within the range, 4 years in rank; not above the eselon's highest rank; good appraisals for 2 years; civil-service exam level II for III/d to IV/a; no running moderate/severe disciplinary penalty.",
  },
  citations: [...CITE_KP, ...CITE_ESELON],
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
      expected: { memenuhiSyarat: true, golonganBaru: 'III/c', tmt: '2025-04-01', periode: '2025-04-01', golonganTujuan: 'III/c' },
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
      expected: { memenuhiSyarat: false, golonganBaru: null, tmt: null, periode: '2025-04-01', golonganTujuan: 'IV/a' },
      source: 'digest §9 vector 17',
    },
  ],
  notes: [
    {
      id: 'Pengaturan minTahunDalamJenjang (preset 4): teks juklak untuk kasus ini belum dibaca. Pemetaan eselon ke administrator/pengawas dan keberlakuan tabel PP 13/2002 setelah PP 11/2017 belum dikonfirmasi. Batas atasan langsung tidak dikodekan.',
      en: 'Setting minTahunDalamJenjang (preset 4): the juklak text for this case was not read. The eselon ↔ administrator/pengawas mapping and whether the PP 13/2002 table still binds after PP 11/2017 are unconfirmed. The direct-superior limit is not encoded.',
    },
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
      reason(ID, `${ID}.plafonEselon`, dalamPlafon ? 'PASS' : 'FAIL', CITE_ESELON, {
        eselon: p.eselon,
        terendah: jenjang.terendah,
        tertinggi: jenjang.tertinggi,
        golonganTujuan: tujuan ?? '—',
      }),
    );
    if (!dalamPlafon || tujuan === null) return decision(hasilKp(reasons, periode, tujuan), reasons);

    if (p.golongan === golonganSebelumnya(jenjang.terendah)) {
      // S-b: one level below the lowest pangkat of the jenjang.
      reasons.push(reason(ID, `${ID}.satuTingkatDiBawah`, 'INFO', CITE_KP, { golongan: p.golongan, terendah: jenjang.terendah }));
      reasons.push(reasonMasa(ID, 'masaDalamPangkat', p.tmtPangkat, periode, 1, CITE_KP));
      reasons.push(reasonMasa(ID, 'masaDalamJabatan', p.tmtJabatan, periode, 1, CITE_KP));
    } else if (compareGolongan(p.golongan, jenjang.terendah) >= 0) {
      reasons.push(reasonMasa(ID, 'masaDalamPangkat', p.tmtPangkat, periode, o.minTahunDalamJenjang, CITE_KP));
    } else {
      reasons.push(reason(ID, `${ID}.diBawahJenjang`, 'FAIL', CITE_ESELON, { golongan: p.golongan, terendah: jenjang.terendah }));
    }
    reasons.push(...reasonsPenilaian(ID, p.riwayatPenilaian, tahunSebelumPeriode(periode, 2), o.minPredikat, CITE_KP));
    reasons.push(reasonUjianDinas(ID, p.golongan, tujuan, p));
    reasons.push(...cekHukumanBerjalan(ID, p.riwayatHukuman, [o.asOf, periode], o.tingkatHukumanMenghalangi).reasons);
    return decision(hasilKp(reasons, periode, tujuan), reasons);
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
