import * as z from 'zod/mini';
import { yearOf } from '../core/calendar.js';
import { Decimal, roundUp } from '../core/decimal.js';
import { decision, type Reason } from '../core/decision.js';
import { deepFreeze } from '../core/freeze.js';
import { reasonsOf } from '../core/messages.js';
import { decimalOutputSchema } from '../core/output.js';
import { contradiction, superRefineParsed } from '../core/refine.js';
import { defineRule, type RuleOptionsOf, type RuleOutputOf } from '../core/rule.js';
import { formulaTable, recordTable } from '../core/tables.js';
import {
  daftarKegiatanSchema,
  hitungMenit,
  KONVERSI_JP_PRESET,
  MENIT_PER_JP,
  PENGATURAN_JP,
  rincianOutput,
  tampilJp,
} from './_bersama/jam-pelajaran.js';
import { CITE_BENTUK_KONVERSI, CITE_JP_45_MENIT, CITE_PASAL_203_4 } from './_bersama/kutipan.js';
import type { JAM_PELAJARAN_PNS_MESSAGES } from './jam-pelajaran-pns.messages.js';

export const JAM_PELAJARAN_PNS_RULE_ID = 'merit.jamPelajaranPns';
const alasan = reasonsOf<typeof JAM_PELAJARAN_PNS_MESSAGES>(JAM_PELAJARAN_PNS_RULE_ID);

/** PP 11/2017 Pasal 203 ayat (4): "paling sedikit 20 (dua puluh) jam pelajaran dalam 1 (satu) tahun". */
export const MINIMUM_JP_PNS = 20;

export const jamPelajaranPnsInput = z
  .object({
    tahun: z.int().check(z.minimum(2017), z.maximum(2100), z.describe('The year counted (PP 11/2017 counts per year)')),
    kegiatan: daftarKegiatanSchema,
  })
  .check(
    superRefineParsed((v, ctx) => {
      v.kegiatan.forEach((k, i) => {
        if (yearOf(k.tanggal) !== v.tahun)
          ctx.addIssue(
            contradiction({ en: `${k.tanggal} is not in ${v.tahun}`, id: `${k.tanggal} tidak dalam tahun ${v.tahun}` }, [
              'kegiatan',
              i,
              'tanggal',
            ]),
          );
      });
    }),
  );
export type JamPelajaranPnsInput = z.input<typeof jamPelajaranPnsInput>;

export const jamPelajaranPnsOptions = z.object({ ...PENGATURAN_JP });

export const jamPelajaranPnsOutput = z.object({
  tahun: z.int().check(z.describe('The year counted')),
  jumlahMenit: decimalOutputSchema.check(z.describe('Minutes of learning in the year, exact (what the decision compares)')),
  jumlahJp: decimalOutputSchema.check(z.describe('JP in the year, rounded half up to 2 decimals for display')),
  minimumJp: z.int().check(z.describe('The PNS minimum a year (PP 11/2017 Pasal 203 ayat (4))')),
  memenuhiSyarat: z.boolean().check(z.describe('Whether the minimum is met')),
  kekuranganJp: decimalOutputSchema.check(z.describe('JP still missing, rounded up to 2 decimals so that doing them suffices; 0 when met')),
  rincian: z.array(rincianOutput).check(z.describe('JP of each activity, in input order')),
});

export const jamPelajaranPnsRule = defineRule({
  id: JAM_PELAJARAN_PNS_RULE_ID,
  domain: 'merit',
  title: { id: 'Hak pengembangan kompetensi PNS: 20 JP setahun', en: 'A civil servant’s development right: 20 JP a year' },
  description: {
    id: 'Menjumlahkan JP pengembangan kompetensi seorang PNS dalam satu tahun dari daftar kegiatan (JP bersertifikat, menit, atau hari menurut tabel konversi instansi), lalu menyatakan apakah paling sedikit 20 JP terpenuhi dan berapa JP yang kurang.',
    en: 'Adds up a civil servant’s competency-development JP in a year from a list of activities (certified JP, minutes, or days by the agency’s conversion table), then says whether the minimum of 20 JP is met and how many JP are missing.',
  },
  citations: [CITE_PASAL_203_4, CITE_JP_45_MENIT, CITE_BENTUK_KONVERSI],
  tables: [
    formulaTable({ id: 'Rumus', en: 'Formula' }, [
      ['JP dari menit', `menit ÷ ${MENIT_PER_JP}`, CITE_JP_45_MENIT],
      ['JP dari hari', 'hari × jpPerHari (tabel konversi)', CITE_BENTUK_KONVERSI],
      ['JP bersertifikat', 'jp × faktorJp (tabel konversi; 1 bila tanpa baris)', CITE_BENTUK_KONVERSI],
      ['memenuhiSyarat', `Σ JP ≥ ${MINIMUM_JP_PNS}`, CITE_PASAL_203_4],
    ]),
    recordTable(
      { id: 'Tabel konversi bawaan (setting konversiJp)', en: 'Preset conversion table (setting konversiJp)' },
      Object.fromEntries(KONVERSI_JP_PRESET.map((b) => [`${b.bentuk} ${b.cakupan}`, b])),
      ['bentuk, cakupan', 'JP per hari', 'faktor JP'],
      (b) => [b.jpPerHari ?? 'sesuai JP', b.faktorJp],
      () => CITE_BENTUK_KONVERSI,
    ),
  ],
  input: jamPelajaranPnsInput,
  options: jamPelajaranPnsOptions,
  output: jamPelajaranPnsOutput,
  notes: deepFreeze([
    {
      id: 'PP 11/2017 Pasal 203 ayat (4) (tingkat P, dua reproduksi): paling sedikit 20 JP dalam 1 tahun, batas bawah, bukan batas atas. Apakah PP 17/2020 atau PP pengganti sesudah UU 20/2023 mengubahnya: U (angka 20 JP sama pada semua sumber 2017–2024). 1 JP = 45 menit: LAN tentang PerLAN 5/2018 (tingkat B).',
      en: 'PP 11/2017 Pasal 203 ayat (4) (grade P, two reproductions): at least 20 JP in 1 year, a floor, not a cap. Whether PP 17/2020 or a post-UU 20/2023 PP changes it: U (the 20 JP is the same in every source 2017–2024). 1 JP = 45 minutes: LAN on PerLAN 5/2018 (grade B).',
    },
    {
      id: 'Setting konversiJp (bawaan tingkat S): hanya empat baris terbaca pada satu paparan pedoman nonklasikal LAN 2020; baris lain, pembulatan "+20 %" dan batas per jenis kegiatan U. Kegiatan dalam hari tanpa baris konversi ditolak; kegiatan dalam JP atau menit tanpa baris dihitung apa adanya (faktor 1).',
      en: 'Setting konversiJp (preset grade S): only four rows were read in one deck on LAN’s 2020 non-classical guideline; other rows, the rounding of "+20 %" and caps per activity type are U. An activity in days without a conversion row is refused; an activity in JP or minutes without a row counts as given (factor 1).',
    },
    {
      id: 'Setting pembulatanJp (U): EKSAK (bawaan) atau BULAT_KE_BAWAH per kegiatan. Keputusan memakai menit eksak; jumlahJp dan kekuranganJp ditampilkan dengan 2 desimal. Ditolak: kegiatan di luar tahun, kegiatan tanpa atau dengan lebih dari satu dari jp, menit, hari.',
      en: 'Setting pembulatanJp (U): EKSAK (preset) or BULAT_KE_BAWAH per activity. Decisions use exact minutes; jumlahJp and kekuranganJp are shown with 2 decimals. Refused: an activity outside the year, an activity with none or more than one of jp, menit, hari.',
    },
  ]),
  examples: [
    {
      title: {
        id: 'Pelatihan teknis 12 JP, seminar 1 hari, coaching 180 menit: 20 JP, terpenuhi',
        en: 'Technical training 12 JP, a one-day seminar, 180 minutes of coaching: 20 JP, met',
      },
      input: {
        tahun: 2025,
        kegiatan: [
          { bentuk: 'PELATIHAN_TEKNIS', tanggal: '2025-03-10', jp: 12 },
          { bentuk: 'SEMINAR', tanggal: '2025-05-21', hari: 1 },
          { bentuk: 'COACHING', tanggal: '2025-08-04', menit: 180 },
        ],
      },
      expected: {
        tahun: 2025,
        jumlahMenit: '900',
        jumlahJp: '20.00',
        minimumJp: 20,
        memenuhiSyarat: true,
        kekuranganJp: '0',
        rincian: [
          { bentuk: 'PELATIHAN_TEKNIS', jalur: 'KLASIKAL', tanggal: '2025-03-10', menit: '540', jp: '12.00', cara: 'JP' },
          { bentuk: 'SEMINAR', jalur: 'KLASIKAL', tanggal: '2025-05-21', menit: '180', jp: '4.00', cara: 'HARI' },
          { bentuk: 'COACHING', jalur: 'NONKLASIKAL', tanggal: '2025-08-04', menit: '180', jp: '4.00', cara: 'MENIT' },
        ],
      },
      source: 'derived (PP 11/2017 Pasal 203 ayat (4); preset conversion)',
    },
    {
      title: { id: 'E-learning 600 menit saja: 13,33 JP, kurang 6,67 JP', en: 'Only 600 minutes of e-learning: 13.33 JP, 6.67 JP missing' },
      input: { tahun: 2025, kegiatan: [{ bentuk: 'E_LEARNING', tanggal: '2025-02-03', menit: 600 }] },
      expected: {
        tahun: 2025,
        jumlahMenit: '600',
        jumlahJp: '13.33',
        minimumJp: 20,
        memenuhiSyarat: false,
        kekuranganJp: '6.67',
        rincian: [{ bentuk: 'E_LEARNING', jalur: 'NONKLASIKAL', tanggal: '2025-02-03', menit: '600', jp: '13.33', cara: 'MENIT' }],
      },
    },
  ],
  evaluate(input, options) {
    const { jumlah, rincian } = hitungMenit(input.kegiatan, options, JAM_PELAJARAN_PNS_RULE_ID);
    const minimumMenit = new Decimal(MINIMUM_JP_PNS * MENIT_PER_JP);
    const memenuhiSyarat = jumlah.greaterThanOrEqualTo(minimumMenit);
    const kurang = memenuhiSyarat ? new Decimal(0) : roundUp(minimumMenit.minus(jumlah).dividedBy(MENIT_PER_JP), 2);
    const jumlahJp = tampilJp(jumlah);
    const reasons: Reason[] = rincian.map((r) =>
      alasan('kegiatan', 'INFO', [CITE_BENTUK_KONVERSI], { bentuk: r.bentuk, jalur: r.jalur, tanggal: r.tanggal, jp: r.jp, cara: r.cara }),
    );
    reasons.push(
      alasan('jumlah', 'INFO', [CITE_JP_45_MENIT], {
        tahun: input.tahun,
        jumlahJp,
        jumlahKegiatan: rincian.length,
        menitPerJp: MENIT_PER_JP,
      }),
    );
    reasons.push(
      memenuhiSyarat
        ? alasan('minimum', 'PASS', [CITE_PASAL_203_4], { minimumJp: MINIMUM_JP_PNS, jumlahJp })
        : alasan('minimumKurang', 'FAIL', [CITE_PASAL_203_4], { minimumJp: MINIMUM_JP_PNS, jumlahJp, kekuranganJp: kurang.toFixed() }),
    );
    return decision(
      {
        tahun: input.tahun,
        jumlahMenit: jumlah.toFixed(),
        jumlahJp,
        minimumJp: MINIMUM_JP_PNS,
        memenuhiSyarat,
        kekuranganJp: kurang.toFixed(),
        rincian,
      },
      reasons,
    );
  },
});

/**
 * A PNS's competency-development JP in a year and whether the minimum of 20 JP (PP 11/2017 Pasal 203 ayat (4)) is met.
 *
 * @example
 * jamPelajaranPns({ tahun: 2025, kegiatan: [{ bentuk: 'E_LEARNING', tanggal: '2025-02-03', menit: 600 }] }).value.kekuranganJp // '6.67'
 * @throws MeritInputError for an activity outside the year, without (or with more than one of) jp, menit, hari, or in days without a conversion row.
 */
export const jamPelajaranPns = jamPelajaranPnsRule.run;

/** Options of {@link jamPelajaranPns}. */
export type JamPelajaranPnsOptions = RuleOptionsOf<typeof jamPelajaranPnsRule>;
/** The value of {@link jamPelajaranPns}'s decision. */
export type JamPelajaranPnsOutput = RuleOutputOf<typeof jamPelajaranPnsRule>;
