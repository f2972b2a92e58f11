import * as z from 'zod/mini';
import { isoDateSchema } from '../core/calendar.js';
import { type Citation, decision } from '../core/decision.js';
import { deepFreeze } from '../core/freeze.js';
import { reasonsOf } from '../core/messages.js';
import { defineRule, type RuleInputOf, type RuleOptionsOf, type RuleOutputOf } from '../core/rule.js';
import { refineParsed } from '../core/refine.js';
import { recordTable } from '../core/tables.js';
import { jadwalDari, jadwalHukumanOutput } from './_bersama/jadwal-hukuman.js';
import { akhirHukuman, riwayatHukumanSchema } from './_bersama/riwayat-hukuman.js';
import type { GABUNG_HUKUMAN_MESSAGES } from './gabung-hukuman.messages.js';
import { jenisHukumanSchema, lebihBerat } from './types.js';

export const GABUNG_HUKUMAN_RULE_ID = 'discipline.gabungHukuman';
const alasan = reasonsOf<typeof GABUNG_HUKUMAN_MESSAGES>(GABUNG_HUKUMAN_RULE_ID);

const contoh = (n: string): Citation[] => [{ regulation: 'PERBKN_6_2022', annex: `Lampiran, contoh kasus ${n}` }];
const GABUNG: Citation[] = deepFreeze(contoh('24'));

/**
 * Two hukuman at once (PerBKN 6/2022 contoh kasus 24): the cases in the order the rule tries them, keyed by
 * the reason each gives, with what becomes of the running and of the new hukuman.
 */
export const ATURAN_GABUNG_HUKUMAN = deepFreeze({
  sudahSelesai: {
    kondisi: 'hukuman berjalan selesai pada atau sebelum TMT hukuman baru',
    berjalan: 'selesai seperti dijadwalkan',
    baru: 'berlaku pada TMT-nya (tidak bersamaan)',
    dasar: GABUNG,
  },
  lebihBerat: {
    kondisi: 'hukuman baru lebih berat',
    berjalan: 'dianggap selesai pada TMT hukuman baru',
    baru: 'langsung berlaku pada TMT-nya',
    dasar: contoh('24a'),
  },
  menunggu: {
    kondisi: 'hukuman baru sama berat atau lebih ringan',
    berjalan: 'dijalani sampai selesai',
    baru: 'berlaku pada hari hukuman berjalan selesai',
    dasar: contoh('24b'),
  },
  tidakDapatDijalani: {
    kondisi: 'hukuman baru sama berat atau lebih ringan, hukuman berjalan PDHTAPS (tetap)',
    berjalan: 'tidak berakhir',
    baru: 'tidak dapat dijalani (TMT —)',
    dasar: contoh('24b'),
  },
} satisfies Record<string, { kondisi: string; berjalan: string; baru: string; dasar: Citation[] }>);

export const gabungHukumanInput = z
  .object({
    berjalan: riwayatHukumanSchema.check(z.describe('The hukuman being served')),
    baru: z.object({ jenis: jenisHukumanSchema, tmt: isoDateSchema.check(z.describe('Day the new hukuman would take effect')) }),
  })
  .check(
    refineParsed((v) => v.baru.tmt >= v.berjalan.tmt, {
      text: {
        en: 'the new hukuman cannot take effect before the running one',
        id: 'hukuman baru tidak dapat berlaku sebelum hukuman yang sedang dijalani',
      },
      path: ['baru', 'tmt'],
    }),
    refineParsed((v) => v.berjalan.dibatalkan === undefined, {
      text: {
        en: 'an annulled hukuman is not being served: nothing is combined with it',
        id: 'hukuman yang dibatalkan tidak sedang dijalani: tidak ada yang digabungkan dengannya',
      },
      path: ['berjalan', 'dibatalkan'],
    }),
  );

/** Value of {@link gabungHukuman} as JSON: the two hukuman placed in time. */
export const gabungHukumanOutput = z.object({
  berjalan: jadwalHukumanOutput.check(z.describe('The hukuman being served, ending early when the new one is heavier')),
  baru: jadwalHukumanOutput.check(z.describe('The new hukuman: at once when heavier, otherwise after the running one ends')),
});

export const gabungHukumanRule = defineRule({
  id: GABUNG_HUKUMAN_RULE_ID,
  domain: 'discipline',
  title: { id: 'Hukuman disiplin yang bersamaan', en: 'Concurrent disciplinary penalties' },
  description: {
    id: 'Bila PNS yang sedang menjalani hukuman dijatuhi hukuman baru yang lebih berat, hukuman yang sedang dijalani dianggap selesai dan hukuman baru langsung berlaku; bila hukuman baru tidak lebih berat, hukuman baru dijalankan setelah hukuman yang sedang dijalani selesai.',
    en: 'When a civil servant serving a penalty receives a heavier new one, the running penalty is deemed complete and the new one applies at once; when the new penalty is not heavier, it is served after the running one ends.',
  },
  citations: GABUNG,
  tables: [
    recordTable(
      { id: 'Dua hukuman disiplin yang bersamaan', en: 'Two disciplinary penalties at once' },
      ATURAN_GABUNG_HUKUMAN,
      ['kasus', 'kondisi', 'hukuman berjalan', 'hukuman baru'],
      (a) => [a.kondisi, a.berjalan, a.baru],
      (a) => a.dasar,
    ),
  ],
  input: gabungHukumanInput,
  output: gabungHukumanOutput,
  notes: [
    {
      id: 'Masukan yang ditolak: hukuman baru yang berlaku sebelum hukuman yang sedang dijalani; tanggal selesai hukuman berjalan sebelum TMT-nya; tanggal selesai untuk PDHTAPS (bersifat tetap, Pasal 8 ayat (4) huruf c).',
      en: 'Refused input: a new hukuman taking effect before the running one; an end date of the running hukuman before its TMT; an end date for PDHTAPS (permanent, Pasal 8 ayat (4) huruf c).',
    },
  ],
  examples: [
    {
      title: { id: 'Sedang menjalani potongan tukin 12 bulan, lalu penurunan jabatan', en: 'Serving a 12-month tukin cut, then demotion' },
      input: { berjalan: { jenis: 'POTONGAN_TUKIN_12_BULAN', tmt: '2022-03-01' }, baru: { jenis: 'PENURUNAN_JABATAN', tmt: '2022-07-01' } },
      expected: {
        berjalan: { jenis: 'POTONGAN_TUKIN_12_BULAN', tmt: '2022-03-01', hariTerakhir: '2022-06-30', selesai: '2022-07-01' },
        baru: { jenis: 'PENURUNAN_JABATAN', tmt: '2022-07-01', hariTerakhir: '2023-06-30', selesai: '2023-07-01' },
      },
      source: 'PerBKN 6/2022 contoh 24a (TV-23)',
    },
    {
      title: {
        id: 'Sedang menjalani penurunan jabatan, lalu potongan tukin 12 bulan',
        en: 'Serving a demotion, then a 12-month tukin cut',
      },
      input: { berjalan: { jenis: 'PENURUNAN_JABATAN', tmt: '2022-03-01' }, baru: { jenis: 'POTONGAN_TUKIN_12_BULAN', tmt: '2022-07-01' } },
      expected: {
        berjalan: { jenis: 'PENURUNAN_JABATAN', tmt: '2022-03-01', hariTerakhir: '2023-02-28', selesai: '2023-03-01' },
        baru: { jenis: 'POTONGAN_TUKIN_12_BULAN', tmt: '2023-03-01', hariTerakhir: '2024-02-29', selesai: '2024-03-01' },
      },
      source: 'PerBKN 6/2022 contoh 24b (TV-24)',
    },
  ],
  evaluate(input) {
    const { berjalan, baru } = input;
    const akhirBerjalan = akhirHukuman(berjalan);
    const facts = { berjalan: berjalan.jenis, baru: baru.jenis, tmtBaru: baru.tmt };
    const A = ATURAN_GABUNG_HUKUMAN;
    if (akhirBerjalan !== null && akhirBerjalan <= baru.tmt) {
      return decision({ berjalan: jadwalDari(berjalan.jenis, berjalan.tmt, akhirBerjalan), baru: jadwalDari(baru.jenis, baru.tmt) }, [
        alasan('sudahSelesai', 'INFO', A.sudahSelesai.dasar, { ...facts, selesaiBerjalan: akhirBerjalan }),
      ]);
    }
    if (lebihBerat(baru.jenis, berjalan.jenis)) {
      return decision({ berjalan: jadwalDari(berjalan.jenis, berjalan.tmt, baru.tmt), baru: jadwalDari(baru.jenis, baru.tmt) }, [
        alasan('lebihBerat', 'INFO', A.lebihBerat.dasar, facts),
      ]);
    }
    const tmtBaru = akhirBerjalan; // null behind PDHTAPS: never served
    const value = { berjalan: jadwalDari(berjalan.jenis, berjalan.tmt, akhirBerjalan), baru: jadwalDari(baru.jenis, tmtBaru) };
    const menunggu = { ...facts, tmtBaruDijadwalkan: tmtBaru };
    return decision(value, [
      tmtBaru === null
        ? alasan('tidakDapatDijalani', 'INFO', A.tidakDapatDijalani.dasar, menunggu)
        : alasan('menunggu', 'INFO', A.menunggu.dasar, menunggu),
    ]);
  },
});

/**
 * Two hukuman at once: a heavier new one ends the running one (deemed complete) and starts now; a lighter
 * or equal one waits until the running one ends (PerBKN 6/2022 contoh 24a/24b).
 */
export const gabungHukuman = gabungHukumanRule.run;

/** Input of {@link gabungHukuman}, as callers write it (a deeply readonly value is accepted too). */
export type GabungHukumanInput = RuleInputOf<typeof gabungHukumanRule>;
/** Options of {@link gabungHukuman}. */
export type GabungHukumanOptions = RuleOptionsOf<typeof gabungHukumanRule>;
/** The value of {@link gabungHukuman}'s decision. */
export type GabungHukumanOutput = RuleOutputOf<typeof gabungHukumanRule>;
