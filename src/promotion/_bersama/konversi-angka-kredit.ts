import * as z from 'zod/mini';
import { Decimal } from '../../core/decimal.js';
import type { Citation } from '../../core/decision.js';
import { deepFreeze } from '../../core/freeze.js';
import type { RuleTable } from '../../core/rule.js';
import { recordTable } from '../../core/tables.js';
import type { Predikat } from '../../performance/types.js';
import type { JenjangJf } from '../types.js';
import { JENJANG_JABATAN_FUNGSIONAL } from './jenjang-jf.js';

// The conversion of a predikat into angka kredit, shared by promotion.angkaKreditKonversi and promotion.akumulasiAngkaKredit.

/**
 * The conversion: PermenPANRB 1/2023 Pasal 37 ayat (1) (predikat → share of the koefisien tahunan) and
 * ayat (4) (a part-year period counted proportionally); Peraturan BKN 3/2023 Pasal 12 ayat (3) (predikat
 * converted into AK) and Pasal 13 ayat (1) (annual, or periodic counted proportionally).
 */
export const CITATIONS_KONVERSI: Citation[] = deepFreeze([
  { regulation: 'PERMENPANRB_1_2023', article: 'Pasal 37 ayat (1) dan ayat (4)' },
  { regulation: 'PERBKN_3_2023', article: 'Pasal 12 ayat (3)' },
  { regulation: 'PERBKN_3_2023', article: 'Pasal 13 ayat (1)' },
]);

/** The shares 150/100/75/50/25 % themselves: PermenPANRB 1/2023 Pasal 37 ayat (1). */
export const CITATIONS_PERSENTASE: Citation[] = deepFreeze([{ regulation: 'PERMENPANRB_1_2023', article: 'Pasal 37 ayat (1)' }]);

/**
 * The AKK thresholds of each jenjang (PermenPANRB 1/2023 Lampiran) and the accumulation of converted AK
 * for kenaikan pangkat and kenaikan jenjang (Peraturan BKN 3/2023 Pasal 12 ayat (7)).
 */
export const CITATIONS_AKK: Citation[] = deepFreeze([
  { regulation: 'PERMENPANRB_1_2023', annex: 'Lampiran' },
  { regulation: 'PERBKN_3_2023', article: 'Pasal 12 ayat (7)' },
]);

/** AK pendidikan: +25 % of the KP AKK of the jenjang, once, for a higher formal ijazah (PermenPANRB 1/2023 Pasal 37 ayat (2)). */
export const CITATIONS_AK_PENDIDIKAN: Citation[] = deepFreeze([{ regulation: 'PERMENPANRB_1_2023', article: 'Pasal 37 ayat (2)' }]);

/** Kenaikan jenjang before kenaikan pangkat, and excess AKK carried within the jenjang: no article found. */
export const CITATIONS_MEKANISME_AKK: Citation[] = deepFreeze([
  {
    regulation: 'PERBKN_3_2023',
    unlocated:
      'KJ before KP when both AKK are met, and excess AKK carried to the next KP in the same jenjang, are read in BKN slides and a slide quoting PermenPANRB 1/2023; the article was not found (Pasal 12–13 and the perpindahan article read on pasal.id do not state them)',
  },
]);

/** Koefisien tahunan of the keahlian jenjang: the values are not in any article read. */
const KOEFISIEN_KEAHLIAN: Citation = {
  regulation: 'PERMENPANRB_1_2023',
  unlocated:
    'Pasal 37 ayat (1) applies the "koefisien Angka Kredit tahunan sesuai dengan jenjang JF" but the text read gives no values; 12.5/25/37.5/50 come from BKN slides, PAK examples and code, the table holding them was not read',
};

/** Koefisien tahunan of the keterampilan jenjang: the presets of the setting koefisienKeterampilan. */
const KOEFISIEN_KETERAMPILAN: Citation = {
  regulation: 'PERMENPANRB_1_2023',
  unlocated:
    'Koefisien keterampilan (Pemula 3.75, Terampil 5, Mahir 12.5, Penyelia 25) were seen only in public code (Pemula in one source); no regulation text giving them was read, so they are the presets of the setting koefisienKeterampilan',
};

/** Koefisien tahunan of each jenjang, per row: keahlian as above (Ahli Muda also in a Peraturan BKN 3/2023 example), keterampilan from the setting. */
const CITATIONS_KOEFISIEN: Readonly<Record<JenjangJf, Citation[]>> = deepFreeze({
  PEMULA: [KOEFISIEN_KETERAMPILAN],
  TERAMPIL: [KOEFISIEN_KETERAMPILAN],
  MAHIR: [KOEFISIEN_KETERAMPILAN],
  PENYELIA: [KOEFISIEN_KETERAMPILAN],
  AHLI_PERTAMA: [KOEFISIEN_KEAHLIAN],
  // Lampiran I angka 2 huruf b (perpindahan into Ahli Muda): "100% x 25 = 25".
  AHLI_MUDA: [KOEFISIEN_KEAHLIAN, { regulation: 'PERBKN_3_2023', annex: 'Lampiran I angka 2 huruf b' }],
  AHLI_MADYA: [KOEFISIEN_KEAHLIAN],
  AHLI_UTAMA: [KOEFISIEN_KEAHLIAN],
});

/** Share of the koefisien tahunan earned per predikat kinerja, in percent (PermenPANRB 1/2023; Peraturan BKN 3/2023). */
export const PERSENTASE_PREDIKAT_AK: Readonly<Record<Predikat, number>> = deepFreeze({
  SANGAT_BAIK: 150,
  BAIK: 100,
  BUTUH_PERBAIKAN: 75,
  KURANG: 50,
  SANGAT_KURANG: 25,
});

/**
 * Decimals shown for angka kredit (the BKN example shows 2/12 × 12.5 as 2,08). Display only: no rounding of
 * the value was located in PermenPANRB 1/2023 or Peraturan BKN 3/2023, so values stay exact.
 */
export const DESIMAL_TAMPILAN_AK = 2;

/** Months in a year: the conversion gives `bulan/12` of the annual koefisien. */
export const BULAN_SETAHUN = 12;

/** The percentages of {@link PERSENTASE_PREDIKAT_AK} are out of this. */
const SERATUS_PERSEN = 100;

export const pembulatanPerPeriodeSchema = z
  ._default(z.boolean(), false)
  .check(
    z.describe(
      "Setting: round each period's AK to 2 decimals before adding (preset false: no rounding located in PermenPANRB 1/2023 Pasal 37 or Peraturan BKN 3/2023 Pasal 13, so full precision, 2 decimals shown only)",
    ),
  );

/** AK of one period as a multiple of 1/12: bulan × persentase × koefisien / 100 (exact). */
export function akPerDuaBelas(bulan: number, predikat: Predikat, koefisien: Decimal): Decimal {
  return new Decimal(bulan).times(PERSENTASE_PREDIKAT_AK[predikat]).times(koefisien).dividedBy(SERATUS_PERSEN);
}

/** {@link PERSENTASE_PREDIKAT_AK} as a rule page's table. */
export const tabelPersentasePredikat = (): RuleTable =>
  recordTable(
    { id: 'Persentase koefisien tahunan per predikat kinerja', en: 'Share of the annual coefficient per performance rating' },
    PERSENTASE_PREDIKAT_AK,
    ['predikat', 'persentase (%)'],
    (persen) => [persen],
    () => CITATIONS_PERSENTASE,
  );

/** Koefisien tahunan of each jenjang (keterampilan: the setting's preset). */
export const tabelKoefisienTahunan = (): RuleTable =>
  recordTable(
    {
      id: 'Koefisien tahunan per jenjang (keterampilan: preset pengaturan)',
      en: 'Annual coefficient per grade (keterampilan: the setting preset)',
    },
    JENJANG_JABATAN_FUNGSIONAL,
    ['jenjang', 'kategori', 'koefisien'],
    (info) => [info.kategori, info.koefisien],
    (_info, jenjang) => CITATIONS_KOEFISIEN[jenjang],
  );
