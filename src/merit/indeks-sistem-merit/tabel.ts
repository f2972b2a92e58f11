import type { IsoDate } from '../../core/calendar.js';
import { deepFreeze } from '../../core/freeze.js';
import { scale, type ScaleBand } from '../../core/tables.js';
import type { RuleVersion } from '../../core/versions.js';
import { CITE_ASPEK_2018, CITE_INSTRUMEN, CITE_KATEGORI_2018, CITE_SKEMA_2025 } from '../_bersama/kutipan.js';
import type { AspekSistemMerit2018, KategoriNism, KategoriSistemMerit } from '../types.js';

// The data of merit.indeksSistemMerit: its two dated schemes, their bands and the preset instrument.

/** The schemes of the assessment, oldest first. */
export const SKEMA_SISTEM_MERIT = deepFreeze(['PERMENPANRB_40_2018', 'PERMENPANRB_19_2025'] as const);
export type SkemaSistemMerit = (typeof SKEMA_SISTEM_MERIT)[number];

/**
 * First day of the PermenPANRB 19/2025 scheme: its ditetapkan date (JDIH Kemenko Infrastruktur, S). Its
 * diundangkan date and any transitional rule were not read; written once, here.
 */
export const TANGGAL_PERMENPANRB_19_2025: IsoDate = '2025-12-31';

/**
 * The schemes by the date of the assessment. PermenPANRB 40/2018's own date was not read: its version starts
 * on 1 January 2018 so that every KASN round it governed (2018–2024) falls inside it.
 */
export const VERSI_INDEKS_SISTEM_MERIT: readonly RuleVersion<SkemaSistemMerit>[] = deepFreeze([
  {
    id: 'PERMENPANRB_40_2018',
    from: '2018-01-01',
    to: TANGGAL_PERMENPANRB_19_2025,
    citations: [CITE_ASPEK_2018, CITE_KATEGORI_2018],
    value: 'PERMENPANRB_40_2018',
  },
  {
    id: 'PERMENPANRB_19_2025',
    from: TANGGAL_PERMENPANRB_19_2025,
    citations: [CITE_SKEMA_2025],
    value: 'PERMENPANRB_19_2025',
  },
]);

/** Lowest and highest total of the PermenPANRB 40/2018 scale, as the KASN bands state it. */
export const SKOR_MINIMUM_2018 = 100;
export const SKOR_MAKSIMUM_2018 = 400;

/**
 * Categories of PermenPANRB 40/2018 on the continuous scale: each band runs from its printed lower bound to
 * the next one, so a half-point total between printed bands (174.5) takes the lower category. That is the
 * preset of setting `skorAntaraPita` (BATAS_BAWAH); the printed ranges are in {@link RENTANG_TERCETAK_2018}.
 */
export const BAND_KATEGORI_2018: readonly ScaleBand<KategoriSistemMerit>[] = scale<KategoriSistemMerit>([
  ['[100, 175)', 'BURUK', CITE_KATEGORI_2018],
  ['[175, 250)', 'KURANG', CITE_KATEGORI_2018],
  ['[250, 325)', 'BAIK', CITE_KATEGORI_2018],
  ['[325, 400]', 'SANGAT_BAIK', CITE_KATEGORI_2018],
]);

/** The ranges as KASN printed them (whole points), with the category number. */
export const RENTANG_TERCETAK_2018: Readonly<Record<KategoriSistemMerit, { kelas: string; rentang: string }>> = deepFreeze({
  BURUK: { kelas: 'I', rentang: '100–174' },
  KURANG: { kelas: 'II', rentang: '175–249' },
  BAIK: { kelas: 'III', rentang: '250–324' },
  SANGAT_BAIK: { kelas: 'IV', rentang: '325–400' },
});

/**
 * NISM categories of PermenPANRB 19/2025 as presented (S-weak: DASAR 0–0,40; LANJUTAN 0,41–0,60; MENENGAH
 * 0,61–0,80; TINGGI 0,81–1; MAJU "> 1"), on the continuous scale. MAJU cannot be reached while both
 * components are at most 1: it is kept as printed.
 */
export const BAND_NISM_2025: readonly ScaleBand<KategoriNism>[] = scale<KategoriNism>([
  ['[0, 0.41)', 'DASAR', CITE_SKEMA_2025],
  ['[0.41, 0.61)', 'LANJUTAN', CITE_SKEMA_2025],
  ['[0.61, 0.81)', 'MENENGAH', CITE_SKEMA_2025],
  ['[0.81, 1]', 'TINGGI', CITE_SKEMA_2025],
  ['(1, ∞)', 'MAJU', CITE_SKEMA_2025],
]);

/** One indicator of an instrument: its code, its aspect and its weight (points per answer level). */
export interface IndikatorInstrumen {
  readonly kode: string;
  readonly aspek: AspekSistemMerit2018;
  readonly bobot: number | string;
}

/** An instrument: answer levels (lowest, highest) and indicators. A total is Σ bobot × level. */
export interface InstrumenSistemMerit {
  readonly levelMinimum: number;
  readonly levelMaksimum: number;
  readonly indikator: readonly IndikatorInstrumen[];
}

/**
 * The preset instrument: one indicator per aspect, weights 6/6/20/10/20/15/4/19 (Σ 100) over answer levels
 * 1–4, so each aspect runs from its weight to four times it and the total from 100 to 400. Read from one
 * unofficial dashboard (grade I-weak): NOT the Lampiran. An agency passes its own instrument (setting `instrumen`).
 */
export const INSTRUMEN_PRESET: InstrumenSistemMerit = deepFreeze({
  levelMinimum: 1,
  levelMaksimum: 4,
  indikator: [
    { kode: 'PERENCANAAN_KEBUTUHAN', aspek: 'PERENCANAAN_KEBUTUHAN', bobot: 6 },
    { kode: 'PENGADAAN', aspek: 'PENGADAAN', bobot: 6 },
    { kode: 'PENGEMBANGAN_KARIER', aspek: 'PENGEMBANGAN_KARIER', bobot: 20 },
    { kode: 'PROMOSI_DAN_MUTASI', aspek: 'PROMOSI_DAN_MUTASI', bobot: 10 },
    { kode: 'MANAJEMEN_KINERJA', aspek: 'MANAJEMEN_KINERJA', bobot: 20 },
    { kode: 'PENGGAJIAN_PENGHARGAAN_DISIPLIN', aspek: 'PENGGAJIAN_PENGHARGAAN_DISIPLIN', bobot: 15 },
    { kode: 'PERLINDUNGAN_DAN_PELAYANAN', aspek: 'PERLINDUNGAN_DAN_PELAYANAN', bobot: 4 },
    { kode: 'SISTEM_INFORMASI', aspek: 'SISTEM_INFORMASI', bobot: 19 },
  ],
});

/** Where the preset instrument comes from, for its table rows. */
export const DASAR_INSTRUMEN = CITE_INSTRUMEN;

/** Preset weight of the maturity component in the PermenPANRB 19/2025 index, in percent (S-weak); satisfaction takes the rest. */
export const BOBOT_MATURITAS_PRESET = 75;
