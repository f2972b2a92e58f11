import * as z from 'zod/mini';
import { Decimal } from '../../core/decimal.js';
import type { Citation } from '../../core/decision.js';
import { deepFreeze } from '../../core/freeze.js';
import type { RuleTable } from '../../core/rule.js';
import { recordTable } from '../../core/tables.js';
import type { Predikat } from '../../performance/types.js';
import { JENJANG_JABATAN_FUNGSIONAL } from './jenjang-jf.js';

// The conversion of a predikat into angka kredit, shared by promotion.angkaKreditKonversi and promotion.akumulasiAngkaKredit.

/** PermenPANRB 1/2023 Pasal 36–37 (conversion article, exact ayat unconfirmed) and Peraturan BKN 3/2023 Lampiran I. */
export const CITATIONS_KONVERSI: Citation[] = deepFreeze([
  { regulation: 'PERMENPANRB_1_2023', article: 'Pasal 36–37' },
  { regulation: 'PERBKN_3_2023', annex: 'Lampiran I' },
]);

/** PermenPANRB 1/2023 Lampiran and Peraturan BKN 3/2023: the AKK thresholds of each jenjang. */
export const CITATIONS_AKK: Citation[] = deepFreeze([
  { regulation: 'PERMENPANRB_1_2023', annex: 'Lampiran' },
  { regulation: 'PERBKN_3_2023' },
]);

/** Share of the koefisien tahunan earned per predikat kinerja, in percent (PermenPANRB 1/2023; Peraturan BKN 3/2023). */
export const PERSENTASE_PREDIKAT_AK: Readonly<Record<Predikat, number>> = deepFreeze({
  SANGAT_BAIK: 150,
  BAIK: 100,
  BUTUH_PERBAIKAN: 75,
  KURANG: 50,
  SANGAT_KURANG: 25,
});

/** Decimals shown for angka kredit (the BKN example shows 2/12 × 12.5 as 2,08). */
export const DESIMAL_TAMPILAN_AK = 2;

/** Months in a year: the conversion gives `bulan/12` of the annual koefisien. */
export const BULAN_SETAHUN = 12;

/** The percentages of {@link PERSENTASE_PREDIKAT_AK} are out of this. */
const SERATUS_PERSEN = 100;

export const pembulatanPerPeriodeSchema = z
  ._default(z.boolean(), false)
  .check(z.describe("Setting: round each period's AK to 2 decimals before adding (preset false: full precision, 2 decimals shown only)"));

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
    () => CITATIONS_KONVERSI,
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
    () => CITATIONS_KONVERSI,
  );
