import * as z from 'zod/mini';
import { addDays, addYears, isoDateSchema } from '../core/calendar.js';
import { Decimal, roundUp } from '../core/decimal.js';
import { decision, type Reason } from '../core/decision.js';
import { deepFreeze } from '../core/freeze.js';
import { reasonsOf } from '../core/messages.js';
import { dateOutputSchema, decimalOutputSchema } from '../core/output.js';
import { contradiction, superRefineParsed } from '../core/refine.js';
import { defineRule, type RuleOptionsOf, type RuleOutputOf } from '../core/rule.js';
import { formulaTable } from '../core/tables.js';
import { daftarKegiatanSchema, hitungMenit, MENIT_PER_JP, PENGATURAN_JP, rincianOutput, tampilJp } from './_bersama/jam-pelajaran.js';
import { CITE_BENTUK_KONVERSI, CITE_JP_45_MENIT, CITE_PPPK_40_1, CITE_PPPK_40_2 } from './_bersama/kutipan.js';
import type { JAM_PELAJARAN_PPPK_MESSAGES } from './jam-pelajaran-pppk.messages.js';

export const JAM_PELAJARAN_PPPK_RULE_ID = 'merit.jamPelajaranPppk';
const alasan = reasonsOf<typeof JAM_PELAJARAN_PPPK_MESSAGES>(JAM_PELAJARAN_PPPK_RULE_ID);

/** PP 49/2018 Pasal 40 ayat (1): "paling lama 24 (dua puluh empat) jam pelajaran dalam 1 (satu) tahun masa perjanjian kerja". */
export const BATAS_JP_PPPK = 24;

/** The posts Pasal 40 ayat (2) exempts from the cap. */
export const JABATAN_PPPK = deepFreeze(['JPT_UTAMA_TERTENTU', 'JPT_MADYA_TERTENTU', 'LAINNYA'] as const);

export const jamPelajaranPppkInput = z
  .object({
    mulaiPerjanjian: isoDateSchema.check(
      z.describe('First day of the contract year counted (the year runs to the day before its anniversary)'),
    ),
    jabatan: z
      ._default(z.enum(JABATAN_PPPK), 'LAINNYA')
      .check(z.describe('JPT_UTAMA_TERTENTU / JPT_MADYA_TERTENTU (no cap, Pasal 40 ayat (2)) or LAINNYA')),
    kegiatan: daftarKegiatanSchema,
  })
  .check(
    superRefineParsed((v, ctx) => {
      const akhir = addYears(v.mulaiPerjanjian, 1);
      v.kegiatan.forEach((k, i) => {
        if (k.tanggal < v.mulaiPerjanjian || k.tanggal >= akhir)
          ctx.addIssue(
            contradiction(
              {
                en: `${k.tanggal} is outside the contract year from ${v.mulaiPerjanjian}`,
                id: `${k.tanggal} di luar tahun perjanjian kerja sejak ${v.mulaiPerjanjian}`,
              },
              ['kegiatan', i, 'tanggal'],
            ),
          );
      });
    }),
  );
export type JamPelajaranPppkInput = z.input<typeof jamPelajaranPppkInput>;

export const jamPelajaranPppkOptions = z.object({
  ...PENGATURAN_JP,
  batasPppkBerlaku: z
    ._default(z.boolean(), true)
    .check(
      z.describe(
        'Setting: whether the 24-JP cap of PP 49/2018 Pasal 40 is applied. Preset true; whether it still binds after UU 20/2023 is unconfirmed [U]',
      ),
    ),
});

export const jamPelajaranPppkOutput = z.object({
  mulaiPerjanjian: dateOutputSchema.check(z.describe('First day of the contract year')),
  akhirPerjanjian: dateOutputSchema.check(z.describe('Last day of the contract year')),
  jumlahMenit: decimalOutputSchema.check(z.describe('Minutes of learning in the contract year, exact')),
  jumlahJp: decimalOutputSchema.check(z.describe('JP in the contract year, rounded half up to 2 decimals for display')),
  batasJp: z
    .nullable(z.int())
    .check(z.describe('The cap applied; null when none applies (JPT tertentu, or setting batasPppkBerlaku false)')),
  dalamBatas: z.boolean().check(z.describe('Whether the JP stay within the cap (true when no cap applies)')),
  kelebihanJp: decimalOutputSchema.check(z.describe('JP above the cap, rounded up to 2 decimals; 0 when within')),
  rincian: z.array(rincianOutput).check(z.describe('JP of each activity, in input order')),
});

export const jamPelajaranPppkRule = defineRule({
  id: JAM_PELAJARAN_PPPK_RULE_ID,
  domain: 'merit',
  title: {
    id: 'Pengembangan kompetensi PPPK: paling lama 24 JP per tahun perjanjian',
    en: 'PPPK competency development: at most 24 JP per contract year',
  },
  description: {
    id: 'Menjumlahkan JP pengembangan kompetensi seorang PPPK dalam satu tahun masa perjanjian kerja dan menerapkan batas atas PP 49/2018 Pasal 40 (bukan batas bawah 20 JP PNS), kecuali bagi JPT utama/madya tertentu.',
    en: 'Adds up a PPPK’s competency-development JP in one contract year and applies the cap of PP 49/2018 Pasal 40 (not the PNS floor of 20 JP), except for JPT utama/madya tertentu.',
  },
  citations: [CITE_PPPK_40_1, CITE_PPPK_40_2, CITE_JP_45_MENIT, CITE_BENTUK_KONVERSI],
  tables: [
    formulaTable({ id: 'Rumus', en: 'Formula' }, [
      [
        'JP',
        'Σ JP kegiatan dalam [mulaiPerjanjian, ulang tahunnya) (menit ÷ 45; tabel konversi)',
        [CITE_JP_45_MENIT, CITE_BENTUK_KONVERSI],
      ],
      ['dalamBatas', `Σ JP ≤ ${BATAS_JP_PPPK}`, CITE_PPPK_40_1],
      ['tanpa batas', 'jabatan JPT_UTAMA_TERTENTU atau JPT_MADYA_TERTENTU', CITE_PPPK_40_2],
    ]),
  ],
  input: jamPelajaranPppkInput,
  options: jamPelajaranPppkOptions,
  output: jamPelajaranPppkOutput,
  notes: deepFreeze([
    {
      id: 'PP 49/2018 Pasal 40 ayat (1) dan (2), rumusan dikutip pers (tingkat S): batas atas 24 JP per tahun masa perjanjian kerja, tidak berlaku bagi JPT utama/madya tertentu. Ini batas atas, berbeda dengan batas bawah 20 JP PNS (PP 11/2017 Pasal 203 ayat (4)); PerLAN 5/2018 menurut LAN menyebut 20 JP bagi setiap ASN. Kedua aturan dipisah; aturan ini tidak menerapkan batas bawah PNS.',
      en: 'PP 49/2018 Pasal 40 ayat (1) and (2), wording quoted by the press (grade S): a cap of 24 JP per contract year, not applying to JPT utama/madya tertentu. It is a cap, unlike the PNS floor of 20 JP (PP 11/2017 Pasal 203 ayat (4)); PerLAN 5/2018 as LAN explains it speaks of 20 JP for every ASN. The two rules are kept apart; this one does not apply the PNS floor.',
    },
    {
      id: 'Setting batasPppkBerlaku (bawaan true, U): apakah Pasal 40 masih mengikat sesudah UU 20/2023 dan isi PerLAN 15/2020 belum dipastikan. Ditolak: kegiatan di luar tahun perjanjian kerja. Tabel konversi dan pembulatan sama dengan jamPelajaranPns.',
      en: 'Setting batasPppkBerlaku (preset true, U): whether Pasal 40 still binds after UU 20/2023, and the content of PerLAN 15/2020, are unconfirmed. Refused: an activity outside the contract year. Conversion table and rounding as in jamPelajaranPns.',
    },
  ]),
  examples: [
    {
      title: {
        id: 'Pelatihan teknis 16 JP dan lokakarya 2 hari: 26 JP, lebih 2 JP dari batas',
        en: 'Technical training 16 JP and a two-day workshop: 26 JP, 2 JP over the cap',
      },
      input: {
        mulaiPerjanjian: '2024-04-01',
        kegiatan: [
          { bentuk: 'PELATIHAN_TEKNIS', tanggal: '2024-06-03', jp: 16 },
          { bentuk: 'WORKSHOP', tanggal: '2025-01-15', hari: 2 },
        ],
      },
      expected: {
        mulaiPerjanjian: '2024-04-01',
        akhirPerjanjian: '2025-03-31',
        jumlahMenit: '1170',
        jumlahJp: '26.00',
        batasJp: 24,
        dalamBatas: false,
        kelebihanJp: '2',
        rincian: [
          { bentuk: 'PELATIHAN_TEKNIS', jalur: 'KLASIKAL', tanggal: '2024-06-03', menit: '720', jp: '16.00', cara: 'JP' },
          { bentuk: 'WORKSHOP', jalur: 'KLASIKAL', tanggal: '2025-01-15', menit: '450', jp: '10.00', cara: 'HARI' },
        ],
      },
      source: 'derived (PP 49/2018 Pasal 40 ayat (1); preset conversion)',
    },
    {
      title: { id: 'PPPK JPT madya tertentu: tanpa batas', en: 'PPPK in a JPT madya tertentu: no cap' },
      input: {
        mulaiPerjanjian: '2024-04-01',
        jabatan: 'JPT_MADYA_TERTENTU',
        kegiatan: [{ bentuk: 'PELATIHAN_MANAJERIAL', tanggal: '2024-05-06', jp: 30 }],
      },
      expected: {
        mulaiPerjanjian: '2024-04-01',
        akhirPerjanjian: '2025-03-31',
        jumlahMenit: '1350',
        jumlahJp: '30.00',
        batasJp: null,
        dalamBatas: true,
        kelebihanJp: '0',
        rincian: [{ bentuk: 'PELATIHAN_MANAJERIAL', jalur: 'KLASIKAL', tanggal: '2024-05-06', menit: '1350', jp: '30.00', cara: 'JP' }],
      },
    },
  ],
  evaluate(input, options) {
    const { jumlah, rincian } = hitungMenit(input.kegiatan, options, JAM_PELAJARAN_PPPK_RULE_ID);
    const akhir = addDays(addYears(input.mulaiPerjanjian, 1), -1);
    const jumlahJp = tampilJp(jumlah);
    const reasons: Reason[] = rincian.map((r) =>
      alasan('kegiatan', 'INFO', [CITE_BENTUK_KONVERSI], { bentuk: r.bentuk, jalur: r.jalur, tanggal: r.tanggal, jp: r.jp, cara: r.cara }),
    );
    reasons.push(
      alasan('jumlah', 'INFO', [CITE_JP_45_MENIT], { mulai: input.mulaiPerjanjian, akhir, jumlahJp, jumlahKegiatan: rincian.length }),
    );
    const jpt = input.jabatan !== 'LAINNYA';
    let batasJp: number | null = BATAS_JP_PPPK;
    let lebih = new Decimal(0);
    if (jpt) {
      batasJp = null;
      reasons.push(alasan('jptTertentu', 'INFO', [CITE_PPPK_40_2], { batasJp: BATAS_JP_PPPK, jabatan: input.jabatan }));
    } else if (!options.batasPppkBerlaku) {
      batasJp = null;
      reasons.push(alasan('batasTidakDiterapkan', 'INFO', [CITE_PPPK_40_1], { batasJp: BATAS_JP_PPPK }));
    } else {
      const batasMenit = new Decimal(BATAS_JP_PPPK * MENIT_PER_JP);
      if (jumlah.greaterThan(batasMenit)) lebih = roundUp(jumlah.minus(batasMenit).dividedBy(MENIT_PER_JP), 2);
      reasons.push(
        lebih.isZero()
          ? alasan('batas', 'PASS', [CITE_PPPK_40_1], { batasJp: BATAS_JP_PPPK, jumlahJp })
          : alasan('batasLebih', 'FAIL', [CITE_PPPK_40_1], { batasJp: BATAS_JP_PPPK, jumlahJp, kelebihanJp: lebih.toFixed() }),
      );
    }
    return decision(
      {
        mulaiPerjanjian: input.mulaiPerjanjian,
        akhirPerjanjian: akhir,
        jumlahMenit: jumlah.toFixed(),
        jumlahJp,
        batasJp,
        dalamBatas: lebih.isZero(),
        kelebihanJp: lebih.toFixed(),
        rincian,
      },
      reasons,
    );
  },
});

/**
 * A PPPK's competency-development JP in one contract year against the cap of PP 49/2018 Pasal 40 (24 JP).
 *
 * @example
 * jamPelajaranPppk({ mulaiPerjanjian: '2024-04-01', kegiatan }).value.dalamBatas
 * @throws MeritInputError for an activity outside the contract year or given in days without a conversion row.
 */
export const jamPelajaranPppk = jamPelajaranPppkRule.run;

/** Options of {@link jamPelajaranPppk}. */
export type JamPelajaranPppkOptions = RuleOptionsOf<typeof jamPelajaranPppkRule>;
/** The value of {@link jamPelajaranPppk}'s decision. */
export type JamPelajaranPppkOutput = RuleOutputOf<typeof jamPelajaranPppkRule>;
