/**
 * Nilai capaian SKP (PP 46/2011, Perka BKN 1/2013): the descriptor. Data and tables in `data.ts`, schemas in
 * `schema.ts`, the calculation in `hitung.ts`, examples and notes in `contoh.ts`, texts in `messages.ts`.
 */
import { Decimal, toPlainString } from '../../core/decimal.js';
import { decision, type Reason } from '../../core/decision.js';
import { reasonsOf } from '../../core/messages.js';
import { defineRule, type RuleOptionsOf, type RuleOutputOf } from '../../core/rule.js';
import { sebutanDenganFakta, sebutanTable, tampilkan } from '../_bersama/sebutan-pp46.js';
import { CAPAIAN_SKP_EXAMPLES, CAPAIAN_SKP_NOTES } from './contoh.js';
import { CAPAIAN_SKP_TABLES, CITE_RUMUS, CITE_TIDAK_TERLAKSANA } from './data.js';
import { hitungKegiatan, nilaiKreativitas, nilaiTugasTambahan } from './hitung.js';
import type { CAPAIAN_SKP_MESSAGES } from './messages.js';
import { type CapaianKegiatan, capaianSkpInput, capaianSkpOptions, capaianSkpOutput } from './schema.js';

export const CAPAIAN_SKP_RULE_ID = 'performance.capaianSkp';
const alasan = reasonsOf<typeof CAPAIAN_SKP_MESSAGES>(CAPAIAN_SKP_RULE_ID);

export const capaianSkpRule = defineRule({
  id: CAPAIAN_SKP_RULE_ID,
  domain: 'performance',
  title: { id: 'Nilai capaian SKP (PP 46/2011)', en: 'SKP achievement score (PP 46/2011)' },
  description: {
    id: 'Menghitung capaian tiap kegiatan dari aspek kuantitas, kualitas, waktu dan biaya (rumus efisiensi dengan batas 24%), rata-ratanya, ditambah nilai tugas tambahan dan kreativitas, beserta sebutannya.',
    en: 'Computes each activity’s achievement from quantity, quality, time and cost (efficiency formula with its 24% threshold), their mean, plus additional-task and creativity values, and the verbal rating.',
  },
  citations: [
    ...CITE_RUMUS,
    {
      regulation: 'PP_46_2011',
      unlocated:
        'PP 46/2011 makes the SKP, scored on kuantitas, kualitas, waktu and biaya, an element of prestasi kerja (BKN and agency guidance, S); the only copy of the PP found is an unreadable scan, so the article is not known',
    },
  ],
  tables: [...CAPAIAN_SKP_TABLES, sebutanTable],
  input: capaianSkpInput,
  options: capaianSkpOptions,
  output: capaianSkpOutput,
  notes: CAPAIAN_SKP_NOTES,
  examples: CAPAIAN_SKP_EXAMPLES,
  evaluate(input, options) {
    const show = (d: Decimal) => tampilkan(d, options).toFixed(options.desimal);
    const reasons: Reason[] = [];
    const rincian: CapaianKegiatan[] = [];
    let sum = new Decimal(0);
    input.kegiatan.forEach((k, index) => {
      const h = hitungKegiatan(k, options.kegiatanTidakTerlaksanaNol);
      sum = sum.plus(h.nilaiCapaian);
      const row: CapaianKegiatan = {
        nama: k.nama ?? null,
        kuantitas: show(h.kuantitas),
        kualitas: show(h.kualitas),
        waktu: show(h.waktu.nilai),
        biaya: h.biaya ? show(h.biaya.nilai) : null,
        penghitungan: show(h.penghitungan),
        jumlahAspek: h.jumlahAspek,
        nilaiCapaian: show(h.nilaiCapaian),
      };
      rincian.push(row);
      const nomor = index + 1;
      const awal = { nomor, nama: row.nama, kuantitas: row.kuantitas, kualitas: row.kualitas, waktu: row.waktu };
      const efisiensiWaktu = show(h.waktu.efisiensi);
      const akhir = { jumlahAspek: row.jumlahAspek, nilaiCapaian: row.nilaiCapaian };
      if (h.tidakTerlaksana) {
        const target = toPlainString(k.kuantitas.target);
        reasons.push(
          alasan('tidakTerlaksana', 'INFO', CITE_TIDAK_TERLAKSANA, { nomor, nama: row.nama, targetKuantitas: target, ...akhir }),
        );
        return;
      }
      reasons.push(
        h.biaya
          ? alasan('kegiatan', 'INFO', CITE_RUMUS, {
              ...awal,
              efisiensiWaktu,
              biaya: row.biaya,
              efisiensiBiaya: show(h.biaya.efisiensi),
              ...akhir,
            })
          : alasan('kegiatanTanpaBiaya', 'INFO', CITE_RUMUS, { ...awal, efisiensiWaktu, ...akhir }),
      );
      for (const a of h.nol) {
        reasons.push(
          alasan('aspekNol', 'INFO', CITE_RUMUS, {
            nomor,
            aspek: a.aspek,
            target: toPlainString(a.target),
            realisasi: toPlainString(a.realisasi),
            nilaiRumus: show(a.nilaiRumus),
          }),
        );
      }
    });
    const rataRata = sum.dividedBy(input.kegiatan.length);
    const tambahan = nilaiTugasTambahan(input.tugasTambahan, options.nilaiTugasTambahan);
    const kreativitas = nilaiKreativitas(input.kreativitas, options.nilaiKreativitas);
    const nilaiSkp = tampilkan(rataRata.plus(tambahan).plus(kreativitas), options);
    reasons.push(
      alasan('nilai', 'INFO', CITE_RUMUS, {
        jumlahKegiatan: input.kegiatan.length,
        rataRata: show(rataRata),
        tugasTambahan: input.tugasTambahan,
        nilaiTugasTambahan: toPlainString(tambahan),
        kreativitas: input.kreativitas,
        nilaiKreativitas: toPlainString(kreativitas),
        nilaiSkp: nilaiSkp.toFixed(options.desimal),
      }),
    );
    const sebutan = sebutanDenganFakta(nilaiSkp, options, 'SKP');
    reasons.push(alasan('sebutan', 'APPLIES', sebutan.citations, sebutan.facts));
    return decision(
      {
        kegiatan: rincian,
        rataRata: show(rataRata),
        nilaiTugasTambahan: toPlainString(tambahan),
        nilaiKreativitas: toPlainString(kreativitas),
        nilaiSkp: nilaiSkp.toFixed(options.desimal),
        sebutan: sebutan.sebutan,
      },
      reasons,
    );
  },
});

/**
 * Nilai capaian SKP under PP 46/2011 and Perka BKN 1/2013.
 *
 * @example
 * capaianSkp({ kegiatan: [{ kuantitas: { target: 1, realisasi: 1 }, kualitas: { realisasi: 90 }, waktu: { target: 12, realisasi: 12 } }] }).value.nilaiSkp // '88.67'
 */
export const capaianSkp = capaianSkpRule.run;

/** Options of {@link capaianSkp}. */
export type CapaianSkpOptions = RuleOptionsOf<typeof capaianSkpRule>;
/** The value of {@link capaianSkp}'s decision. */
export type CapaianSkpOutput = RuleOutputOf<typeof capaianSkpRule>;
