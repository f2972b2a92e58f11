import { type IsoDate, wholeYearsBetween } from '../../core/calendar.js';
import { decision, type Reason } from '../../core/decision.js';
import { reasonsOf } from '../../core/messages.js';
import { defineRule, type RuleInputOf, type RuleOutputOf } from '../../core/rule.js';
import { versionInForce } from '../../core/versions.js';
import { cekHukumanBerjalan } from '../_bersama/hukuman.js';
import { cekPemeriksaanDisiplin } from '../_bersama/pemeriksaan-disiplin.js';
import { PLAFON_KP_REGULER } from '../_bersama/ijazah.js';
import { periksaCatatanKp, periodeKp, syaratMasa, tahunSebelumPeriode } from '../_bersama/kp-bersama.js';
import { reasonsPenilaian } from '../_bersama/penilaian.js';
import { palingCepatOlehWaktu, type SyaratWaktu, tmtPalingCepatKp } from '../_bersama/tmt-paling-cepat.js';
import { reasonUjianDinas } from '../_bersama/ujian-dinas.js';
import { compareGolongan, golonganBerikutnya } from '../types.js';
import { CATATAN_KENAIKAN_PANGKAT_REGULER, CONTOH_KENAIKAN_PANGKAT_REGULER } from './contoh.js';
import {
  batasAtasanBerlaku,
  CITE_KP_REGULER,
  CITE_MASA_KERJA_PERTAMA,
  CITE_PANGKAT_PUNCAK,
  CITE_PLAFON,
  CITE_SYARAT,
  MIN_TAHUN_KP_REGULER,
  TABEL_KENAIKAN_PANGKAT_REGULER,
  TAHUN_PENILAIAN_KP_REGULER,
  TANGGAL_BATAS_ATASAN_DICABUT,
  VERSI_KENAIKAN_PANGKAT_REGULER,
  versiKenaikanPangkatReguler,
} from './data.js';
import type { KENAIKAN_PANGKAT_REGULER_MESSAGES } from './messages.js';
import {
  type KenaikanPangkatReguler,
  kenaikanPangkatRegulerOptions,
  kenaikanPangkatRegulerOutput,
  pegawaiKenaikanPangkatRegulerSchema,
} from './schema.js';

export const KENAIKAN_PANGKAT_REGULER_RULE_ID = 'promotion.kenaikanPangkatReguler';
const ID = KENAIKAN_PANGKAT_REGULER_RULE_ID;
const alasan = reasonsOf<typeof KENAIKAN_PANGKAT_REGULER_MESSAGES>(ID);

export const kenaikanPangkatRegulerRule = defineRule({
  id: ID,
  domain: 'promotion',
  title: { id: 'Kenaikan pangkat reguler', en: 'Regular promotion (kenaikan pangkat reguler)' },
  description: {
    id: 'Kenaikan pangkat reguler bagi PNS yang tidak menduduki jabatan struktural/fungsional tertentu (pelaksana): sekurang-kurangnya 4 tahun dalam pangkat terakhir (KP pertama dihitung sejak TMT CPNS), penilaian kinerja sekurang-kurangnya baik dalam 2 tahun terakhir, tidak melampaui pangkat tertinggi menurut ijazah, tidak melampaui pangkat atasan langsung (hanya sebelum Peraturan BKN 2/2025), lulus ujian dinas bila melintasi golongan, dan tidak sedang menjalani hukuman disiplin sedang/berat. TMT adalah periode kenaikan pangkat.',
    en: 'Regular promotion for civil servants without a structural or specific functional post: at least 4 years in the current rank (the first counted from TMT CPNS), appraisals at least good in the last 2 years, not above the highest rank for the diploma held, not above the direct superior (only before BKN Regulation 2/2025), the civil-service exam when crossing into golongan III or IV, and no running moderate/severe disciplinary penalty. The TMT is a promotion period.',
  },
  citations: CITE_KP_REGULER,
  versions: VERSI_KENAIKAN_PANGKAT_REGULER.map(({ id, from, to, citations }) =>
    to ? { id, from, to, citations } : { id, from, citations },
  ),
  versionOn: (_p, o, value: KenaikanPangkatReguler) => tanggalVersi(value.periode, o.tanggalBatasAtasanDicabut),
  tables: [...TABEL_KENAIKAN_PANGKAT_REGULER],
  input: pegawaiKenaikanPangkatRegulerSchema,
  options: kenaikanPangkatRegulerOptions,
  output: kenaikanPangkatRegulerOutput,
  examples: CONTOH_KENAIKAN_PANGKAT_REGULER,
  notes: CATATAN_KENAIKAN_PANGKAT_REGULER,
  evaluate(p, o) {
    const { periode, reason: periodeReason } = periodeKp(ID, o.asOf);
    periksaCatatanKp(ID, o.asOf, periode, {
      tmt: { tmtPangkat: p.tmtPangkat },
      tmtCpns: p.tmtCpns,
      riwayatPenilaian: p.riwayatPenilaian,
      riwayatHukuman: p.riwayatHukuman,
    });
    const tujuan = golonganBerikutnya(p.golongan);
    const reasons: Reason[] = [periodeReason];
    if (tujuan === null) {
      reasons.push(alasan('pangkatPuncak', 'FAIL', CITE_PANGKAT_PUNCAK, { golongan: p.golongan }));
      return decision<KenaikanPangkatReguler>(
        {
          memenuhiSyarat: false,
          golonganBaru: null,
          tmt: null,
          periode,
          golonganTujuan: null,
          ...palingCepatOlehWaktu(ID, reasons, () => null, false),
        },
        reasons,
      );
    }

    // Masa kerja: 4 years in the current pangkat; the first KP counts from TMT CPNS.
    const mulai = p.kenaikanPangkatPertama && p.tmtCpns ? p.tmtCpns : p.tmtPangkat;
    const masaKerja = syaratMasa(mulai, MIN_TAHUN_KP_REGULER, p.kenaikanPangkatPertama ? 'tmtCpns' : 'tmtPangkat');
    reasons.push(
      alasan(
        'masaKerja',
        masaKerja.tanggal <= periode ? 'PASS' : 'FAIL',
        p.kenaikanPangkatPertama ? CITE_MASA_KERJA_PERTAMA : CITE_SYARAT,
        {
          dasar: p.kenaikanPangkatPertama ? 'TMT_CPNS' : 'TMT_PANGKAT',
          mulai,
          periode,
          tahun: wholeYearsBetween(mulai, periode),
          minimum: MIN_TAHUN_KP_REGULER,
          tanggalPalingCepat: masaKerja.tanggal,
        },
      ),
    );

    // Appraisals: the two years before the year of the period.
    const tahunPenilaian = tahunSebelumPeriode(periode, TAHUN_PENILAIAN_KP_REGULER);
    reasons.push(...reasonsPenilaian(ID, p.riwayatPenilaian, tahunPenilaian, o.minPredikat, CITE_SYARAT));

    // Ceiling by ijazah.
    const plafon = PLAFON_KP_REGULER[p.ijazah];
    const dalamPlafon = compareGolongan(tujuan, plafon) <= 0;
    reasons.push(alasan('plafonIjazah', dalamPlafon ? 'PASS' : 'FAIL', CITE_PLAFON, { ijazah: p.ijazah, plafon, golonganTujuan: tujuan }));

    // Atasan langsung: the version in force on the period (split at the setting) says whether the limit applies.
    const versi = versionInForce(ID, versiKenaikanPangkatReguler(o.tanggalBatasAtasanDicabut), periode);
    const syaratWaktu: SyaratWaktu[] = [masaKerja];
    if (!versi.value.batasAtasan) {
      reasons.push(alasan('atasanTidakBerlaku', 'INFO', versi.citations, { periode, sejak: versi.from }));
    } else if (p.golonganAtasan === undefined) {
      reasons.push(alasan('atasanTidakDiketahui', 'INFO', versi.citations, { periode }));
    } else {
      const atasanGagal = compareGolongan(tujuan, p.golonganAtasan) > 0;
      reasons.push(
        alasan('atasan', atasanGagal ? 'FAIL' : 'PASS', versi.citations, { golonganTujuan: tujuan, golonganAtasan: p.golonganAtasan }),
      );
      // Time cures it: the limit ends with its version.
      if (atasanGagal) syaratWaktu.push({ tanggal: o.tanggalBatasAtasanDicabut, path: ['options', 'tanggalBatasAtasanDicabut'] });
    }

    reasons.push(reasonUjianDinas(ID, p.golongan, tujuan, p));

    const hukuman = cekHukumanBerjalan(ID, p.riwayatHukuman, [o.asOf, periode], o.tingkatHukumanMenghalangi);
    reasons.push(...hukuman.reasons);
    reasons.push(...cekPemeriksaanDisiplin(ID, p.pemeriksaanDisiplin, o.pemeriksaanDisiplinMenghalangi, o.asOf));

    const memenuhiSyarat = reasons.every((r) => r.outcome !== 'FAIL');
    // Only when time alone meets what is missing (the ijazah ceiling, appraisals and ujian dinas it does not).
    const waktu = palingCepatOlehWaktu(ID, reasons, () =>
      tmtPalingCepatKp(ID, o.asOf, dalamPlafon ? syaratWaktu : null, {
        cek: hukuman,
        riwayat: p.riwayatHukuman,
        tingkat: o.tingkatHukumanMenghalangi,
      }),
    );
    return decision<KenaikanPangkatReguler>(
      {
        memenuhiSyarat,
        golonganBaru: memenuhiSyarat ? tujuan : null,
        tmt: memenuhiSyarat ? periode : null,
        periode,
        golonganTujuan: tujuan,
        ...waktu,
      },
      reasons,
    );
  },
});

/**
 * The date whose row of VERSI_KENAIKAN_PANGKAT_REGULER names the version that decided: the period, moved to
 * the other side of the preset split when the setting tanggalBatasAtasanDicabut puts the period there (the
 * decision applies the version the setting gives, and the trace names that one).
 */
function tanggalVersi(periode: IsoDate, tanggalDicabut: IsoDate): IsoDate {
  const batas = batasAtasanBerlaku(periode, tanggalDicabut);
  if (batas === batasAtasanBerlaku(periode)) return periode;
  return batas ? VERSI_KENAIKAN_PANGKAT_REGULER[0]!.from : TANGGAL_BATAS_ATASAN_DICABUT;
}

/**
 * Kenaikan pangkat reguler (PP 99/2000 jo. PP 12/2002; Peraturan BKN 2/2025): whether a PNS without a
 * structural or specific functional post rises one pangkat at the first KP period on or after `asOf`.
 *
 * @example
 * kenaikanPangkatReguler(
 *   { golongan: 'III/b', tmtPangkat: '2019-04-01', ijazah: 'S1',
 *     riwayatPenilaian: [{ tahun: 2021, predikat: 'BAIK' }, { tahun: 2022, predikat: 'BAIK' }] },
 *   { asOf: '2023-01-15' },
 * ).value // { memenuhiSyarat: true, golonganBaru: 'III/c', tmt: '2023-04-01', … }
 * @throws MeritInputError on invalid input or a missing `asOf`.
 */
export const kenaikanPangkatReguler = kenaikanPangkatRegulerRule.run;

/** Input of {@link kenaikanPangkatReguler}, as callers write it (a deeply readonly value is accepted too). */
export type KenaikanPangkatRegulerInput = RuleInputOf<typeof kenaikanPangkatRegulerRule>;
/** The value of {@link kenaikanPangkatReguler}'s decision. */
export type KenaikanPangkatRegulerOutput = RuleOutputOf<typeof kenaikanPangkatRegulerRule>;

export {
  batasAtasanBerlaku,
  MIN_TAHUN_KP_REGULER,
  TAHUN_PENILAIAN_KP_REGULER,
  TANGGAL_BATAS_ATASAN_DICABUT,
  VERSI_KENAIKAN_PANGKAT_REGULER,
} from './data.js';
export {
  type KenaikanPangkatReguler,
  kenaikanPangkatRegulerOptions,
  type KenaikanPangkatRegulerOptions,
  kenaikanPangkatRegulerOutput,
  type PegawaiKenaikanPangkatReguler,
  pegawaiKenaikanPangkatRegulerSchema,
} from './schema.js';
