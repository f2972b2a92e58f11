/**
 * `rewards.potonganTukin`: the monthly tukin/TPP deduction. The rule's parts: the schedule format
 * (jadwal.ts), the published presets an auditor checks alone (presets.ts), the causes and their labels
 * (sebab.ts), coverage and its refusals (cakupan.ts), the input/options/output (schema.ts), the
 * calculation steps (hitung.ts), the page's tables (tables.ts), notes and examples (contoh.ts), texts
 * (messages.ts). This file is the descriptor: it runs the steps in order and gives each its reason.
 */
import type { Citation, Reason } from '../../core/decision.js';
import { decision } from '../../core/decision.js';
import { Decimal, toPlainString } from '../../core/decimal.js';
import { reasonsOf } from '../../core/messages.js';
import { defineRule, type RuleOptionsOf, type RuleOutputOf } from '../../core/rule.js';
import { HUKUMAN } from '../../discipline/types.js';
import { SEBAB_HUKUMAN, pemeriksaCakupan, tanpaSifatPelanggaran } from './cakupan.js';
import { CATATAN_POTONGAN_TUKIN, CONTOH_POTONGAN_TUKIN } from './contoh.js';
import * as hitung from './hitung.js';
import { namaKutipan } from './jadwal.js';
import type { POTONGAN_TUKIN_MESSAGES } from './messages.js';
import { KMK_5_2022_HUKUMAN, PERMENTAN_68_2012_TABEL } from './presets.js';
import { type PotonganTukin, potonganTukinInput, potonganTukinOptions, potonganTukinOutput } from './schema.js';
import { TABEL_POTONGAN_TUKIN } from './tables.js';
import { pembatalanHukuman } from '../../discipline/_bersama/riwayat-hukuman.js';

export { type PotonganTukin, potonganTukinInput, type PotonganTukinInput, potonganTukinOptions, potonganTukinOutput } from './schema.js';

export const POTONGAN_TUKIN_RULE_ID = 'rewards.potonganTukin';
const alasan = reasonsOf<typeof POTONGAN_TUKIN_MESSAGES>(POTONGAN_TUKIN_RULE_ID);

/** Where KMK 5/KMK.01/2022 limits the hukuman-linked cut to some violations (pedoman, transcription [S]). */
const KMK_SIFAT: Citation = KMK_5_2022_HUKUMAN;
const PP94_PASAL_8: Citation = { regulation: 'PP_94_2021', article: 'Pasal 8' };

/**
 * A cut outside the schedule's coverage is the library's fallback (setting sebabDiLuarCakupan: CADANGAN), not
 * a value of the schedule's regulation: its reason names that regulation without claiming an article for it.
 */
function tanpaDasar(sumber: readonly Citation[]): Citation[] {
  return [...new Set(sumber.map((c) => c.regulation))].map((regulation) => ({
    regulation,
    unlocated:
      'The schedule does not cover this cause, so its regulation gives no cut for it; the cut is the library fallback (setting sebabDiLuarCakupan: CADANGAN).',
  }));
}

export const potonganTukinRule = defineRule({
  id: POTONGAN_TUKIN_RULE_ID,
  domain: 'rewards',
  title: { id: 'Potongan tunjangan kinerja bulanan', en: 'Monthly performance-allowance deduction' },
  description: {
    id: 'Menghitung potongan tunjangan kinerja/TPP satu bulan dari jadwal potongan instansi: keterlambatan dan pulang cepat per kejadian menurut menit, tidak masuk per hari, tidak masuk berturut-turut, hukuman disiplin yang sedang berjalan, dan predikat kinerja; dijumlahkan dan dibatasi 100%. Sebab yang tidak dicakup jadwal ditolak atau diberi cadangan yang dinyatakan, tidak pernah 0% diam-diam.',
    en: 'Computes one month’s performance-allowance/TPP deduction from an agency schedule: late arrival and early leave per occurrence by minutes, unexcused absence per day, consecutive absence, running disciplinary penalties and the performance rating; summed and capped at 100%. A cause the schedule does not cover is refused or given a stated fallback, never a silent 0%.',
  },
  citations: [
    { regulation: 'PP_94_2021', article: 'Pasal 8 ayat (3)' },
    PERMENTAN_68_2012_TABEL,
    { regulation: 'PERMENDIKDASMEN_14_2025', article: 'Pasal 19' },
    { regulation: 'PERBAN_BGN_4_2025', article: 'Pasal 15' },
    KMK_SIFAT,
    { regulation: 'PERBAN_BAKAMLA_1_2023', article: 'Pasal 11' },
  ],
  tables: TABEL_POTONGAN_TUKIN,
  input: potonganTukinInput,
  options: potonganTukinOptions,
  output: potonganTukinOutput,
  notes: CATATAN_POTONGAN_TUKIN,
  examples: CONTOH_POTONGAN_TUKIN,
  evaluate(input, options) {
    const j = options.jadwal;
    const sumber: Citation[] = j.sumber;
    const month = `${input.bulan}-01`;
    const reasons: Reason[] = [];
    const periksa = pemeriksaCakupan(j, options.sebabDiLuarCakupan);
    const { cakupan } = periksa;

    if (j.masaBerlaku?.status === 'HISTORIS') {
      const { sampai, pengganti } = j.masaBerlaku;
      reasons.push(
        alasan('historis', 'INFO', pengganti ? [...sumber, pengganti] : sumber, {
          jadwal: j.nama,
          sampai: sampai ?? null,
          pengganti: pengganti ? namaKutipan(pengganti) : null,
        }),
      );
    }

    const jam = hitung.potonganJamKerja(j, input);
    const tidakMasuk = hitung.potonganTidakMasuk(j, input.hariTidakMasuk);
    if (input.terlambat.length > 0) periksa.tanya('TERLAMBAT', ['terlambat'], jam.terlambat);
    if (input.pulangCepat.length > 0) periksa.tanya('PULANG_CEPAT', ['pulangCepat'], jam.pulangCepat);
    if (input.tanpaRekamMasuk > 0) periksa.tanya('TANPA_REKAM_MASUK', ['tanpaRekamMasuk'], jam.tanpaRekamMasuk, jam.dariRekamMasuk);
    if (input.tanpaRekamPulang > 0) periksa.tanya('TANPA_REKAM_PULANG', ['tanpaRekamPulang'], jam.tanpaRekamPulang, jam.dariRekamPulang);
    if (input.hariTidakMasuk > 0) periksa.tanya('TIDAK_MASUK', ['hariTidakMasuk'], tidakMasuk);
    if (input.terlambat.length + input.pulangCepat.length + input.tanpaRekamMasuk + input.tanpaRekamPulang > 0) {
      reasons.push(
        alasan('jamKerja', 'INFO', sumber, {
          jumlahTerlambat: input.terlambat.length,
          persenTerlambat: toPlainString(jam.terlambat),
          jumlahPulangCepat: input.pulangCepat.length,
          persenPulangCepat: toPlainString(jam.pulangCepat),
          hariTanpaRekam: input.tanpaRekamMasuk + input.tanpaRekamPulang,
          persenTanpaRekam: toPlainString(jam.tanpaRekam),
        }),
      );
    }
    if (input.hariTidakMasuk > 0) {
      reasons.push(
        alasan('tidakMasuk', 'INFO', cakupan.TIDAK_MASUK ?? sumber, {
          hariTidakMasuk: input.hariTidakMasuk,
          persenPerHari: toPlainString(j.tidakMasukPerHari),
          persen: toPlainString(tidakMasuk),
        }),
      );
    }

    for (const p of pembatalanHukuman(input.riwayatHukuman)) reasons.push(alasan('hukumanDibatalkan', 'INFO', p.citations, p.facts));
    const hukuman = hitung.potonganHukuman(j, input.riwayatHukuman, month, options);
    hukuman.rincian.forEach(({ hukuman: h, persen, sifat, ditanyakan }, i) => {
      const facts = {
        hukuman: h.jenis,
        sifat: h.sifatPelanggaran ?? null,
        unsur: h.unsurPelanggaran.length > 0 ? h.unsurPelanggaran.join(', ') : null,
      };
      if (sifat === 'SETIAP_HUKUMAN') reasons.push(alasan('setiapHukuman', 'INFO', [KMK_SIFAT], { hukuman: h.jenis }));
      if (sifat === 'TANPA_KETERANGAN') periksa.tolak(tanpaSifatPelanggaran(j, h.jenis, ['riwayatHukuman', i, 'sifatPelanggaran']));
      if (sifat === 'TANPA_POTONGAN') reasons.push(alasan('sifatTanpaPotongan', 'INFO', [KMK_SIFAT], facts));
      if (sifat === 'DIPOTONG') reasons.push(alasan('sifatDipotong', 'INFO', [KMK_SIFAT], facts));
      if (ditanyakan) periksa.tanya(SEBAB_HUKUMAN[HUKUMAN[h.jenis].tingkat], ['riwayatHukuman', i], persen);
    });
    const terbesar = hukuman.terbesar;
    if (terbesar?.potongan) {
      const citations = [...sumber, PP94_PASAL_8];
      const persen = toPlainString(hukuman.persen);
      const { bulan } = terbesar.potongan;
      reasons.push(
        bulan === null
          ? alasan('hukumanTetap', 'INFO', citations, { hukuman: terbesar.hukuman.jenis, persen })
          : alasan('hukuman', 'INFO', citations, { hukuman: terbesar.hukuman.jenis, persen, bulan, mulai: options.mulaiPotonganHukuman }),
      );
    }

    const predikat = hitung.potonganPredikat(j, input.predikat);
    if (input.predikat) periksa.tanya('PREDIKAT', ['predikat'], predikat);
    if (input.predikat && predikat.greaterThan(0)) {
      reasons.push(alasan('predikat', 'INFO', cakupan.PREDIKAT ?? sumber, { predikat: input.predikat, persen: toPlainString(predikat) }));
    }

    const berturutTurut = hitung.berturutTurutBerlaku(j, input.hariBerturutTurut);
    if (input.hariBerturutTurut >= hitung.BERTURUT_TURUT_DITANYAKAN) {
      periksa.tanya('BERTURUT_TURUT', ['hariBerturutTurut'], berturutTurut ? j.berturutTurut!.persen : new Decimal(0));
    }

    const diLuarCakupan = periksa.selesai(POTONGAN_TUKIN_RULE_ID);
    for (const o of diLuarCakupan) {
      reasons.push(
        alasan('diLuarCakupan', 'INFO', tanpaDasar(sumber), {
          jadwal: j.nama,
          sebab: o.sebab,
          cadangan: o.dari,
          persen: toPlainString(o.persen),
        }),
      );
    }

    const rincian = {
      terlambat: jam.terlambat,
      pulangCepat: jam.pulangCepat,
      tanpaRekam: jam.tanpaRekam,
      tidakMasuk,
      hukuman: hukuman.persen,
      predikat,
    };
    const total = hitung.jumlahPotongan(j, Object.values(rincian), berturutTurut);
    if (berturutTurut) {
      reasons.push(
        alasan('berturutTurut', 'APPLIES', cakupan.BERTURUT_TURUT ?? sumber, {
          hariBerturutTurut: input.hariBerturutTurut,
          minimalHari: j.berturutTurut!.minimalHari,
          persen: toPlainString(j.berturutTurut!.persen),
        }),
      );
    }
    const batas = hitung.batasBulanan(j, total);
    const persen = toPlainString(batas.persen);
    reasons.push(
      alasan(batas.dibatasi ? 'dibatasi' : 'total', 'INFO', sumber, {
        jadwal: j.nama,
        bulan: input.bulan,
        persen,
        batas: toPlainString(batas.batas),
      }),
    );

    let rupiah: { potonganRupiah: string; diterimaRupiah: string } | null = null;
    if (input.tukin !== undefined) {
      rupiah = hitung.pembulatan(input.tukin, batas.persen, options.pembulatanRupiah);
      reasons.push(alasan('rupiah', 'INFO', sumber, { tukin: input.tukin, persen, ...rupiah, pembulatan: options.pembulatanRupiah }));
    }

    return decision<PotonganTukin>(
      {
        bulan: input.bulan,
        persen,
        rincian: {
          terlambat: toPlainString(rincian.terlambat),
          pulangCepat: toPlainString(rincian.pulangCepat),
          tanpaRekam: toPlainString(rincian.tanpaRekam),
          tidakMasuk: toPlainString(rincian.tidakMasuk),
          hukuman: toPlainString(rincian.hukuman),
          predikat: toPlainString(rincian.predikat),
        },
        berturutTurut,
        dibatasi: batas.dibatasi,
        diLuarCakupan: diLuarCakupan.map((o) => o.sebab),
        potonganRupiah: rupiah?.potonganRupiah ?? null,
        diterimaRupiah: rupiah?.diterimaRupiah ?? null,
      },
      reasons,
    );
  },
});

/**
 * Tukin/TPP deduction for one month from a schedule (a preset such as `'PERMENDIKDASMEN_14_2025'` or an
 * instansi's own, validated by zod): lateness bands, per-day absence, consecutive-absence override,
 * hukuman-linked cuts, predikat cuts, capped at 100 %; amounts in whole rupiah (half up unless set
 * otherwise). A cause the schedule does not cover is refused (`sebabDiLuarCakupan: 'TOLAK'`, the preset)
 * or decided by the stated fallback (`'CADANGAN'`), never cut 0 % in silence.
 *
 * @throws MeritInputError for bad input, a cause outside the schedule under TOLAK, or a running KMK-style
 * hukuman without the nature of its violation under `potonganHukuman: 'MENURUT_SIFAT'`.
 */
export const potonganTukin = potonganTukinRule.run;

/** Options of {@link potonganTukin}. */
export type PotonganTukinOptions = RuleOptionsOf<typeof potonganTukinRule>;
/** The value of {@link potonganTukin}'s decision. */
export type PotonganTukinOutput = RuleOutputOf<typeof potonganTukinRule>;
