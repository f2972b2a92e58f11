/**
 * Published tukin deduction schedules, as presets of `rewards.potonganTukin`. This file is data an auditor
 * checks against the sources alone: docs/sources/tukin.md gives, for each preset, the regulation, the Pasal,
 * the document read, the quote, the grade (P/B/S/I/U), what it covers and its status.
 *
 * `cakupan` lists the causes each preset covers, with the article or Lampiran that sets them (or, where the source
 * read does not locate it, why: `unlocated`); every other cause is
 * outside the preset (its regulation has another pasal for it that was not read, or no rule at all), and
 * the rule refuses it or applies its fallback by the setting `sebabDiLuarCakupan`, with a reason.
 */
import type { Citation } from '../../core/decision.js';
import { deepFreeze } from '../../core/freeze.js';
import type { JadwalPotonganInput } from './jadwal.js';

const PP94_SEDANG = { regulation: 'PP_94_2021', article: 'Pasal 8 ayat (3)' } as const;
/**
 * Permentan 68/2012's deduction table, whose place in the regulation is not known: the reproduction read names
 * neither article nor Lampiran.
 */
export const PERMENTAN_68_2012_TABEL = {
  regulation: 'PERMENTAN_68_2012',
  unlocated:
    'The deduction table is known from Balai Litbang Pertanian Banten’s reproduction ("Sumber: Permentan 68 tahun 2012"), which names ' +
    'neither article nor Lampiran; the text on pasal.id puts the allowance per kelas jabatan in Lampiran 3 (Pasal 8 ayat (2)), and ' +
    'the article or Lampiran holding the deduction table was not found.',
} as const satisfies Citation;
const PERMENTAN = PERMENTAN_68_2012_TABEL;
/** Permentan 45/2014, named as Permentan 68/2012's successor; its text was not read. */
export const PERMENTAN_45_2014_PENGGANTI = {
  regulation: 'PERMENTAN_45_2014',
  unlocated:
    'Named as Kementan’s successor tukin guideline by gajibaru.com (2015); its text, and any article revoking Permentan 68/2012, were not read.',
} as const satisfies Citation;
/** KMK 5/KMK.01/2022: the pedoman's cuts for a PNS given a hukuman disiplin (transcription of the pedoman, S). */
export const KMK_5_2022_HUKUMAN = {
  regulation: 'KMK_5_2022',
  annex: 'Lampiran (pemotongan tunjangan kinerja bagi PNS yang dijatuhi hukuman disiplin)',
} as const satisfies Citation;
const KMK_HUKUMAN = KMK_5_2022_HUKUMAN;

/** Published schedules, as presets (sources: docs/sources/tukin.md). */
export const PRESET_JADWAL_POTONGAN = deepFreeze({
  /**
   * PP 94/2021 Pasal 8 alone [S]: the sedang hukuman are a 25 % tukin cut for 6/9/12 months (ayat (3)); ringan
   * and berat hukuman are no tukin cut (ayat (2), (4)). No lateness or absence table: each instansi sets its own.
   */
  PP_94_2021: {
    nama: 'PP 94/2021 Pasal 8 (hukuman disiplin saja)',
    sumber: [PP94_SEDANG],
    masaBerlaku: { status: 'BERLAKU', mulai: '2021-08-31' },
    cakupan: {
      HUKUMAN_RINGAN: { regulation: 'PP_94_2021', article: 'Pasal 8 ayat (2)' },
      HUKUMAN_SEDANG: PP94_SEDANG,
      HUKUMAN_BERAT: { regulation: 'PP_94_2021', article: 'Pasal 8 ayat (4)' },
    },
    hukumanSedangPp94: true,
  },
  /**
   * Permentan 68/2012 — HISTORICAL: a PP 53/2010-era schedule, re-issued as Permentan 45/Permentan/OT.140/4/2014
   * [S]. Complete table as reproduced by Balai Litbang Pertanian Banten ("Sumber: Permentan 68 tahun 2012") [B];
   * kept for past months and audits, not as Kementan's current schedule.
   */
  PERMENTAN_68_2012: {
    nama: 'Permentan 68/2012 (historis: era PP 53/2010, diganti Permentan 45/2014)',
    sumber: [PERMENTAN],
    masaBerlaku: { status: 'HISTORIS', mulai: '2012', sampai: '2014', pengganti: PERMENTAN_45_2014_PENGGANTI },
    cakupan: {
      TERLAMBAT: PERMENTAN,
      PULANG_CEPAT: PERMENTAN,
      TANPA_REKAM_MASUK: PERMENTAN,
      TANPA_REKAM_PULANG: PERMENTAN,
      TIDAK_MASUK: PERMENTAN,
      HUKUMAN_RINGAN: PERMENTAN,
      HUKUMAN_SEDANG: PERMENTAN,
      HUKUMAN_BERAT: PERMENTAN,
    },
    // TL1–TL4 "1 menit sd < 31 menit 0,5; 31 sd < 61: 1; 61 sd < 91: 1,5; > 91 dan atau tidak mengisi daftar hadir: 2".
    terlambat: [
      { lebihDariMenit: 0, persen: '0.5' },
      { lebihDariMenit: 30, persen: 1 },
      { lebihDariMenit: 60, persen: '1.5' },
      { lebihDariMenit: 90, persen: 2 },
    ],
    // PSW1–PSW4, the same steps; "tidak mengisi daftar pulang" = PSW4.
    pulangCepat: [
      { lebihDariMenit: 0, persen: '0.5' },
      { lebihDariMenit: 30, persen: 1 },
      { lebihDariMenit: 60, persen: '1.5' },
      { lebihDariMenit: 90, persen: 2 },
    ],
    tanpaRekamMasuk: 2,
    tanpaRekamPulang: 2,
    tidakMasukPerHari: 4,
    // Old PP 53/2010 types; sedang mapped to the PP 94 sedang jenis by the interim order 6 ↔ KGB, 9 ↔ KP, 12 ↔ pangkat [U].
    hukuman: {
      TEGURAN_LISAN: { persen: 20, bulan: 1 },
      TEGURAN_TERTULIS: { persen: 30, bulan: 2 },
      PERNYATAAN_TIDAK_PUAS_TERTULIS: { persen: 40, bulan: 3 },
      POTONGAN_TUKIN_6_BULAN: { persen: 40, bulan: 6 },
      POTONGAN_TUKIN_9_BULAN: { persen: 50, bulan: 8 },
      POTONGAN_TUKIN_12_BULAN: { persen: 60, bulan: 10 },
      PENURUNAN_JABATAN: { persen: 70, bulan: 12 },
      PEMBEBASAN_DARI_JABATAN: { persen: 80, bulan: 12 },
      PDHTAPS: { persen: 100, bulan: null },
    },
  },
  /**
   * Permendikdasmen 14/2025 Pasal 19 only [P]: 2.5 % per day; ≥ 10 consecutive working days → 100 %. Not encoded:
   * lateness/early leave, the quarterly predikat cut (Pasal 12), cuti (Pasal 28–29), the instansi's own hukuman cuts.
   */
  PERMENDIKDASMEN_14_2025: {
    nama: 'Permendikdasmen 14/2025 (Pasal 19 saja)',
    sumber: [{ regulation: 'PERMENDIKDASMEN_14_2025', article: 'Pasal 19' }],
    masaBerlaku: { status: 'BERLAKU', mulai: '2025' },
    cakupan: {
      TIDAK_MASUK: { regulation: 'PERMENDIKDASMEN_14_2025', article: 'Pasal 19 ayat (1)' },
      BERTURUT_TURUT: { regulation: 'PERMENDIKDASMEN_14_2025', article: 'Pasal 19 ayat (2)' },
      HUKUMAN_SEDANG: PP94_SEDANG,
    },
    tidakMasukPerHari: '2.5',
    berturutTurut: { minimalHari: 10, persen: 100 },
    hukumanSedangPp94: true,
  },
  /**
   * Peraturan BGN 4/2025 Pasal 15 only [P]: late "lebih 1 menit s.d. 60 menit" 0.5 %, "lebih dari 60 menit" 1 %.
   * Not encoded: the other grounds of Pasal 13, early leave, no record, absence, hukuman. A day without an arrival
   * record is outside the preset; the fallback cuts it as the top late step (1 %), a library default [U].
   */
  PERBAN_BGN_4_2025: {
    nama: 'Peraturan BGN 4/2025 (Pasal 15 saja)',
    sumber: [{ regulation: 'PERBAN_BGN_4_2025', article: 'Pasal 15' }],
    masaBerlaku: { status: 'BERLAKU', mulai: '2025' },
    cakupan: {
      TERLAMBAT: { regulation: 'PERBAN_BGN_4_2025', article: 'Pasal 15' },
      HUKUMAN_SEDANG: PP94_SEDANG,
    },
    terlambat: [
      { lebihDariMenit: 1, persen: '0.5' },
      { lebihDariMenit: 60, persen: 1 },
    ],
    hukumanSedangPp94: true,
  },
  /**
   * KMK 5/KMK.01/2022 (Kemenkeu) cuts tied to a hukuman [S: transcription of the pedoman], for non-administrative
   * violations and administrative ones with inisiatif pribadi, kesengajaan and/or pengulangan only.
   */
  KMK_5_2022: {
    nama: 'KMK 5/KMK.01/2022 (hukuman disiplin saja)',
    sumber: [KMK_HUKUMAN],
    masaBerlaku: { status: 'BERLAKU', mulai: '2022' },
    cakupan: { HUKUMAN_RINGAN: KMK_HUKUMAN, HUKUMAN_SEDANG: KMK_HUKUMAN, HUKUMAN_BERAT: KMK_HUKUMAN },
    hukuman: {
      TEGURAN_LISAN: { persen: 25, bulan: 2 },
      TEGURAN_TERTULIS: { persen: 25, bulan: 3 },
      PERNYATAAN_TIDAK_PUAS_TERTULIS: { persen: 25, bulan: 6 },
      POTONGAN_TUKIN_6_BULAN: { persen: 50, bulan: 6 },
      POTONGAN_TUKIN_9_BULAN: { persen: 50, bulan: 9 },
      POTONGAN_TUKIN_12_BULAN: { persen: 50, bulan: 12 },
      PENURUNAN_JABATAN: { persen: 85, bulan: 12 },
      PEMBEBASAN_DARI_JABATAN: { persen: 95, bulan: 12 },
      PDHTAPS: { persen: 100, bulan: null },
    },
    hukumanMenurutSifat: true,
  },
  /** Peraturan Bakamla 1/2023 Pasal 11 only [P]: monthly predikat sangat kurang 2 %, kurang 1 %, others 0 %. */
  PERBAN_BAKAMLA_1_2023: {
    nama: 'Peraturan Bakamla 1/2023 (Pasal 11 saja)',
    sumber: [{ regulation: 'PERBAN_BAKAMLA_1_2023', article: 'Pasal 11' }],
    masaBerlaku: { status: 'BERLAKU', mulai: '2023' },
    cakupan: {
      PREDIKAT: { regulation: 'PERBAN_BAKAMLA_1_2023', article: 'Pasal 11' },
      HUKUMAN_SEDANG: PP94_SEDANG,
    },
    predikat: { SANGAT_KURANG: 2, KURANG: 1 },
    hukumanSedangPp94: true,
  },
} as const satisfies Record<string, JadwalPotonganInput>);

export type NamaPresetJadwal = keyof typeof PRESET_JADWAL_POTONGAN;
export const NAMA_PRESET_JADWAL: readonly NamaPresetJadwal[] = deepFreeze(Object.keys(PRESET_JADWAL_POTONGAN) as NamaPresetJadwal[]);
