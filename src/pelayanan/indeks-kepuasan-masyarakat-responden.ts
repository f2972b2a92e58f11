import * as z from 'zod/mini';
import type { Decision } from '../core/decision.js';
import { type InputIssue, MeritInputError, ownIssue } from '../core/errors.js';
import { reasonsOf } from '../core/messages.js';
import { type DeepReadonly, defineRule, type RunConfig, type RuleOptionsOf, type RuleOutputOf } from '../core/rule.js';
import { bagianBersamaIkm } from './_bersama/halaman-ikm.js';
import { cekPopulasi, hitungIkm, pedomanSurvei, tanggalPedoman, unsurAsing } from './_bersama/hitung-ikm.js';
import { LAMPIRAN } from './_bersama/pedoman.js';
import { rasional } from './_bersama/rasional.js';
import { type ikmOptions, type IndeksKepuasanMasyarakat, populasiSchema } from './_bersama/skema-ikm.js';
import type { INDEKS_KEPUASAN_MASYARAKAT_RESPONDEN_MESSAGES } from './indeks-kepuasan-masyarakat-responden.messages.js';
import { NILAI_PERSEPSI, UNSUR_PELAYANAN, type UnsurPelayanan } from './types.js';

export const INDEKS_KEPUASAN_MASYARAKAT_RESPONDEN_RULE_ID = 'pelayanan.indeksKepuasanMasyarakatResponden';
const alasan = reasonsOf<typeof INDEKS_KEPUASAN_MASYARAKAT_RESPONDEN_MESSAGES>(INDEKS_KEPUASAN_MASYARAKAT_RESPONDEN_RULE_ID);

/**
 * Most respondents in one call: 5 000 is 13 times the largest Krejcie–Morgan sample (384) and keeps the
 * worst input within the library's time budget. Larger surveys: fold the rows into per-unsur counts with
 * `rekapJawaban` (constant memory) and pass them to `indeksKepuasanMasyarakat`.
 */
export const MAKS_RESPONDEN = 5_000;

const nilaiPersepsi = z.int().check(z.minimum(NILAI_PERSEPSI[0]), z.maximum(NILAI_PERSEPSI[NILAI_PERSEPSI.length - 1]!));

/** One respondent's answers, keyed by unsur name, each 1 (worst) to 4 (best). */
export const jawabanRespondenSchema = z
  .object(
    Object.fromEntries(UNSUR_PELAYANAN.map((u) => [u, z.optional(nilaiPersepsi)])) as Record<
      UnsurPelayanan,
      z.ZodMiniOptional<typeof nilaiPersepsi>
    >,
  )
  .check(z.describe("One respondent's answers, keyed by unsur name, each 1 (worst) to 4 (best)"));
export type JawabanResponden = z.output<typeof jawabanRespondenSchema>;

export const indeksKepuasanMasyarakatRespondenInput = z.object({
  responden: z
    .array(jawabanRespondenSchema)
    .check(
      z.minLength(1),
      z.maxLength(MAKS_RESPONDEN),
      z.describe(`The respondents, one row each (1 to ${MAKS_RESPONDEN}; larger surveys: rekapJawaban)`),
    ),
  populasi: z.optional(populasiSchema),
});
export type IndeksKepuasanMasyarakatRespondenInput = z.input<typeof indeksKepuasanMasyarakatRespondenInput>;

export const indeksKepuasanMasyarakatRespondenRule = defineRule({
  id: INDEKS_KEPUASAN_MASYARAKAT_RESPONDEN_RULE_ID,
  domain: 'pelayanan',
  title: {
    id: 'Indeks Kepuasan Masyarakat (IKM) dari jawaban responden',
    en: 'Public Satisfaction Index (IKM) from individual responses',
  },
  description: {
    id: 'Menghitung IKM dari jawaban setiap responden (1–4 per unsur): NRR per unsur, nilai indeks (1–4), IKM (25–100), mutu dan kinerja unit pelayanan, prioritas perbaikan dan kecukupan sampel, menurut pedoman yang berlaku pada periode survei.',
    en: "Computes the IKM from each respondent's answers (1–4 per unsur): each unsur's NRR, the index (1–4), the IKM (25–100), the service quality (mutu) and unit performance, the improvement priorities and the sample check, under the pedoman in force for the survey period.",
  },
  ...bagianBersamaIkm(),
  input: indeksKepuasanMasyarakatRespondenInput,
  examples: [
    {
      title: { id: 'Empat responden, survei 2024', en: 'Four respondents, a 2024 survey' },
      input: {
        responden: [
          {
            PERSYARATAN: 3,
            SISTEM_MEKANISME_PROSEDUR: 3,
            WAKTU_PENYELESAIAN: 2,
            BIAYA_TARIF: 4,
            PRODUK_SPESIFIKASI_JENIS_PELAYANAN: 3,
            KOMPETENSI_PELAKSANA: 4,
            PERILAKU_PELAKSANA: 4,
            PENANGANAN_PENGADUAN: 3,
            SARANA_PRASARANA: 3,
          },
          {
            PERSYARATAN: 3,
            SISTEM_MEKANISME_PROSEDUR: 3,
            WAKTU_PENYELESAIAN: 3,
            BIAYA_TARIF: 4,
            PRODUK_SPESIFIKASI_JENIS_PELAYANAN: 3,
            KOMPETENSI_PELAKSANA: 3,
            PERILAKU_PELAKSANA: 4,
            PENANGANAN_PENGADUAN: 2,
            SARANA_PRASARANA: 3,
          },
          {
            PERSYARATAN: 3,
            SISTEM_MEKANISME_PROSEDUR: 4,
            WAKTU_PENYELESAIAN: 3,
            BIAYA_TARIF: 4,
            PRODUK_SPESIFIKASI_JENIS_PELAYANAN: 4,
            KOMPETENSI_PELAKSANA: 4,
            PERILAKU_PELAKSANA: 4,
            PENANGANAN_PENGADUAN: 3,
            SARANA_PRASARANA: 4,
          },
          {
            PERSYARATAN: 3,
            SISTEM_MEKANISME_PROSEDUR: 4,
            WAKTU_PENYELESAIAN: 3,
            BIAYA_TARIF: 4,
            PRODUK_SPESIFIKASI_JENIS_PELAYANAN: 4,
            KOMPETENSI_PELAKSANA: 3,
            PERILAKU_PELAKSANA: 3,
            PENANGANAN_PENGADUAN: 3,
            SARANA_PRASARANA: 4,
          },
        ],
        populasi: 4,
      },
      options: { asOf: '2024-06-30' },
      expected: {
        pedoman: 'PERMENPANRB_14_2017',
        bobot: '1/9',
        unsur: [
          ['PERSYARATAN', 12, '3.0000', '0.3333'],
          ['SISTEM_MEKANISME_PROSEDUR', 14, '3.5000', '0.3889'],
          ['WAKTU_PENYELESAIAN', 11, '2.7500', '0.3056'],
          ['BIAYA_TARIF', 16, '4.0000', '0.4444'],
          ['PRODUK_SPESIFIKASI_JENIS_PELAYANAN', 14, '3.5000', '0.3889'],
          ['KOMPETENSI_PELAKSANA', 14, '3.5000', '0.3889'],
          ['PERILAKU_PELAKSANA', 15, '3.7500', '0.4167'],
          ['PENANGANAN_PENGADUAN', 11, '2.7500', '0.3056'],
          ['SARANA_PRASARANA', 14, '3.5000', '0.3889'],
        ].map(([unsur, jumlahNilai, nrr, nrrTertimbang]) => ({ unsur, jumlahJawaban: 4, jumlahNilai, nrr, nrrTertimbang })),
        nilaiIndeks: '3.3611',
        ikm: '84.03',
        mutu: 'B',
        kinerjaUnit: 'BAIK',
        prioritasPerbaikan: ['WAKTU_PENYELESAIAN', 'PENANGANAN_PENGADUAN', 'PERSYARATAN'],
        jumlahResponden: 4,
        sampel: { populasi: 4, metode: 'TABEL_KREJCIE_MORGAN', sampelMinimum: 4, jumlahResponden: 4, cukup: true },
      },
      source: 'derived',
    },
  ],
  versionOn: (_input, options) => tanggalPedoman(INDEKS_KEPUASAN_MASYARAKAT_RESPONDEN_RULE_ID, options.asOf, options.pedoman),
  evaluate(input, options) {
    const { version, peralihan } = pedomanSurvei(INDEKS_KEPUASAN_MASYARAKAT_RESPONDEN_RULE_ID, options.asOf, options.pedoman);
    const pedoman = version.value;
    const abaikan = options.jawabanKosong === 'ABAIKAN';
    const issues: InputIssue[] = [];
    const jumlahNilai = new Map<UnsurPelayanan, number>(pedoman.unsur.map((u) => [u, 0]));
    const jumlahJawaban = new Map<UnsurPelayanan, number>(pedoman.unsur.map((u) => [u, 0]));
    let kosong = 0;
    input.responden.forEach((row, i) => {
      const keys = Object.keys(row).filter((k) => row[k as UnsurPelayanan] !== undefined);
      issues.push(...unsurAsing(pedoman, keys, ['responden', i]));
      let answered = 0;
      for (const u of pedoman.unsur) {
        const v = row[u];
        if (v === undefined) {
          kosong += 1;
          if (!abaikan)
            issues.push(
              ownIssue(['responden', i, u], {
                en: `is not answered: with jawabanKosong TOLAK every respondent answers every unsur of ${pedoman.pedoman} (ABAIKAN computes each NRR over those who answered)`,
                id: `tidak dijawab: dengan jawabanKosong TOLAK setiap responden menjawab setiap unsur ${pedoman.pedoman} (ABAIKAN menghitung NRR atas yang menjawab)`,
              }),
            );
          continue;
        }
        answered += 1;
        jumlahNilai.set(u, jumlahNilai.get(u)! + v);
        jumlahJawaban.set(u, jumlahJawaban.get(u)! + 1);
      }
      if (abaikan && answered === 0)
        issues.push(
          ownIssue(['responden', i], {
            en: `answers no unsur of ${pedoman.pedoman}: an empty row is not a respondent`,
            id: `tidak menjawab satu pun unsur ${pedoman.pedoman}: baris kosong bukan responden`,
          }),
        );
    });
    if (abaikan && issues.length === 0) {
      for (const u of pedoman.unsur)
        if (jumlahJawaban.get(u) === 0)
          issues.push(
            ownIssue(['responden'], {
              en: `no respondent answered ${u}: its NRR cannot be computed`,
              id: `tidak ada responden yang menjawab ${u}: NRR-nya tidak dapat dihitung`,
            }),
          );
    }
    if (issues.length > 0) throw new MeritInputError(issues, INDEKS_KEPUASAN_MASYARAKAT_RESPONDEN_RULE_ID);
    const jumlahResponden = input.responden.length;
    cekPopulasi(INDEKS_KEPUASAN_MASYARAKAT_RESPONDEN_RULE_ID, jumlahResponden, input.populasi, ['responden']);
    const ringkasan = pedoman.unsur.map((u) => ({
      unsur: u,
      jumlahJawaban: jumlahJawaban.get(u)!,
      jumlahNilai: jumlahNilai.get(u)!,
      nrr: rasional(jumlahNilai.get(u)!, jumlahJawaban.get(u)!),
    }));
    const awal = kosong > 0 ? [alasan('jawabanKosong', 'INFO', LAMPIRAN[pedoman.pedoman], { jumlahKosong: kosong, jumlahResponden })] : [];
    return hitungIkm({
      alasan,
      version,
      peralihan,
      asOf: options.asOf,
      ringkasan,
      jumlahResponden,
      populasi: input.populasi,
      opsi: options,
      awal,
    });
  },
});

/**
 * IKM of a service unit from individual responses (one row per respondent, 1–4 per unsur), under the
 * pedoman of the survey period.
 *
 * @example
 * indeksKepuasanMasyarakatResponden({ responden: [{ PERSYARATAN: 4, … }] }, { asOf: '2024-12-31' }).value.ikm
 * @throws RuleNotInForceError for a survey period before 2004; MeritInputError for an answer outside 1–4, an unknown unsur or a missing answer (jawabanKosong TOLAK).
 */
export const indeksKepuasanMasyarakatResponden: (
  input: DeepReadonly<IndeksKepuasanMasyarakatRespondenInput>,
  options: DeepReadonly<z.input<typeof ikmOptions>>,
  config?: RunConfig,
) => Decision<IndeksKepuasanMasyarakat> = indeksKepuasanMasyarakatRespondenRule.run;

/** Options of {@link indeksKepuasanMasyarakatResponden}. */
export type IndeksKepuasanMasyarakatRespondenOptions = RuleOptionsOf<typeof indeksKepuasanMasyarakatRespondenRule>;
/** The value of {@link indeksKepuasanMasyarakatResponden}'s decision. */
export type IndeksKepuasanMasyarakatRespondenOutput = RuleOutputOf<typeof indeksKepuasanMasyarakatRespondenRule>;
