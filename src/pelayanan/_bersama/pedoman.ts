import type { Citation } from '../../core/decision.js';
import { deepFreeze } from '../../core/freeze.js';
import { type Interval, scale, type ScaleBand } from '../../core/tables.js';
import type { RuleVersion } from '../../core/versions.js';
import { type MutuPelayanan, type PedomanSkm, UNSUR_IKM_2004, UNSUR_SKM_2014, UNSUR_SKM_2017, type UnsurPelayanan } from '../types.js';

/** One row of a conversion table: mutu, nilai persepsi, nilai interval (1–4) and nilai interval konversi (25–100), as printed. */
export interface IntervalMutu {
  mutu: MutuPelayanan;
  nilaiPersepsi: 1 | 2 | 3 | 4;
  /** Nilai interval (NI), on the 1–4 scale, as printed: [from, to]. */
  ni: readonly [string, string];
  /** Nilai interval konversi (NIK), on the 25–100 scale, as printed: [from, to]. */
  nik: readonly [string, string];
}

/**
 * PermenPANRB 14/2017, Lampiran (conversion table), as agencies publish it (Tulang Bawang Barat e-SMILE portal;
 * RSD Nganjuk dataset 2024). NI is exactly NIK ÷ 25. Best first.
 */
export const INTERVAL_MUTU_2017: readonly IntervalMutu[] = deepFreeze([
  { mutu: 'A', nilaiPersepsi: 4, ni: ['3.5324', '4.00'], nik: ['88.31', '100.00'] },
  { mutu: 'B', nilaiPersepsi: 3, ni: ['3.0644', '3.532'], nik: ['76.61', '88.30'] },
  { mutu: 'C', nilaiPersepsi: 2, ni: ['2.60', '3.064'], nik: ['65.00', '76.60'] },
  { mutu: 'D', nilaiPersepsi: 1, ni: ['1.00', '2.5996'], nik: ['25.00', '64.99'] },
]);

/**
 * KepmenPAN 25/M.PAN/2/2004, Lampiran (conversion table), quoted by UPT BPSMB Disperindag Provinsi Bali (2013);
 * row A completed from secondary copies. Its NI column is not NIK ÷ 25 (1,76 against 43,76 ÷ 25 = 1,7504):
 * the library classifies on the NIK (published IKM) scale. Best first.
 */
export const INTERVAL_MUTU_2004: readonly IntervalMutu[] = deepFreeze([
  { mutu: 'A', nilaiPersepsi: 4, ni: ['3.26', '4.00'], nik: ['81.26', '100.00'] },
  { mutu: 'B', nilaiPersepsi: 3, ni: ['2.51', '3.25'], nik: ['62.51', '81.25'] },
  { mutu: 'C', nilaiPersepsi: 2, ni: ['1.76', '2.50'], nik: ['43.76', '62.50'] },
  { mutu: 'D', nilaiPersepsi: 1, ni: ['1.00', '1.75'], nik: ['25.00', '43.75'] },
]);

/** Citations of the conversion table and the computation of each pedoman. */
export const LAMPIRAN: Readonly<Record<PedomanSkm, Citation[]>> = deepFreeze({
  KEPMENPAN_25_2004: [{ regulation: 'KEPMENPAN_25_2004', annex: 'Lampiran' }],
  PERMENPANRB_16_2014: [{ regulation: 'PERMENPANRB_16_2014', annex: 'Lampiran' }],
  PERMENPANRB_14_2017: [{ regulation: 'PERMENPANRB_14_2017', annex: 'Lampiran' }],
});

/**
 * The printed closed intervals leave gaps of 0,01 (88,30 < x < 88,31). Read as lower-bound thresholds they
 * become a gapless scale on the IKM scale, one row per mutu, lowest first: `[25.00, 65.00) D`, …,
 * `[88.31, 100.00] A`. Both settings of `tafsirCelah` classify with it (on the IKM rounded to 2 decimals,
 * or on the exact IKM); `dasar` is the Lampiran that prints the table.
 */
export function bandsIkm(interval: readonly IntervalMutu[], dasar: readonly Citation[] = []): readonly ScaleBand<MutuPelayanan>[] {
  const ascending = [...interval].reverse();
  return scale(
    ascending.map((row, i) => {
      const next = ascending[i + 1];
      const range: Interval = next ? `[${row.nik[0]}, ${next.nik[0]})` : `[${row.nik[0]}, ${row.nik[1]}]`;
      return [range, row.mutu, dasar] as const;
    }),
  );
}

/** The two conversion tables a survey may be classified with: as printed, and as the scale the code reads. */
export const TABEL_MUTU = deepFreeze({
  PERMENPANRB_14_2017: { interval: INTERVAL_MUTU_2017, bands: bandsIkm(INTERVAL_MUTU_2017, LAMPIRAN.PERMENPANRB_14_2017) },
  KEPMENPAN_25_2004: { interval: INTERVAL_MUTU_2004, bands: bandsIkm(INTERVAL_MUTU_2004, LAMPIRAN.KEPMENPAN_25_2004) },
});
export type TabelMutu = keyof typeof TABEL_MUTU;

/** What a pedoman fixes for the computation. */
export interface Pedoman {
  pedoman: PedomanSkm;
  unsur: readonly UnsurPelayanan[];
  /** The weight as printed in the pedoman or its agency copies (1/n rounded to 3 decimals). */
  bobotTercetak: string;
  /** The conversion table (for PermenPANRB 16/2014: the setting `intervalMutu2014` chooses). */
  interval: readonly IntervalMutu[];
}

/**
 * The pedoman a survey follows, by a date inside its survey period. The day each regulation took effect was
 * not read: each is taken from 1 January of its year (unconfirmed); in that first year a survey run under the
 * previous pedoman is accepted with `options.pedoman`.
 */
export const VERSI_SKM: readonly RuleVersion<Pedoman>[] = deepFreeze([
  {
    id: 'KEPMENPAN_25_2004',
    from: '2004-01-01',
    to: '2014-01-01',
    citations: [{ regulation: 'KEPMENPAN_25_2004', annex: 'Lampiran' }],
    value: { pedoman: 'KEPMENPAN_25_2004', unsur: UNSUR_IKM_2004, bobotTercetak: '0.071', interval: INTERVAL_MUTU_2004 },
  },
  {
    id: 'PERMENPANRB_16_2014',
    from: '2014-01-01',
    to: '2017-01-01',
    citations: [{ regulation: 'PERMENPANRB_16_2014', annex: 'Lampiran' }],
    value: { pedoman: 'PERMENPANRB_16_2014', unsur: UNSUR_SKM_2014, bobotTercetak: '0.111', interval: INTERVAL_MUTU_2004 },
  },
  {
    id: 'PERMENPANRB_14_2017',
    from: '2017-01-01',
    citations: [
      { regulation: 'PERMENPANRB_14_2017', article: 'Pasal 1 ayat (1)' },
      { regulation: 'PERMENPANRB_14_2017', annex: 'Lampiran' },
    ],
    value: { pedoman: 'PERMENPANRB_14_2017', unsur: UNSUR_SKM_2017, bobotTercetak: '0.111', interval: INTERVAL_MUTU_2017 },
  },
]);
