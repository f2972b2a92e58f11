import * as z from 'zod/mini';
import { Decimal, decimalSchema } from '../../core/decimal.js';
import { deepFreeze } from '../../core/freeze.js';
import type { GolonganPns, JenjangJf, KategoriJf } from '../types.js';

/** A jenjang of jabatan fungsional: its golongan range and angka-kredit parameters. */
export interface InfoJenjangJf {
  readonly kategori: KategoriJf;
  /** Golongan of the jenjang, lowest first. */
  readonly golongan: readonly GolonganPns[];
  /** Koefisien AK tahunan (keahlian; keterampilan values come from the settings). */
  readonly koefisien: string;
  /** AKK needed for each kenaikan pangkat inside the jenjang. */
  readonly akkKenaikanPangkat: number;
  /** AKK in the jenjang needed for kenaikan jenjang; `null` at the top jenjang of the kategori. */
  readonly akkKenaikanJenjang: number | null;
  readonly jenjangBerikutnya: JenjangJf | null;
}

/**
 * Jenjang JF under PermenPANRB 1/2023 and Peraturan BKN 3/2023 (model konversi): golongan per jenjang,
 * koefisien tahunan and minimum AKK for KP and KJ (BKN Direktorat Jabatan ASN slides; PermenPANRB 1/2023
 * Lampiran for the keterampilan KP values).
 */
export const JENJANG_JABATAN_FUNGSIONAL: Readonly<Record<JenjangJf, InfoJenjangJf>> = deepFreeze({
  PEMULA: {
    kategori: 'KETERAMPILAN',
    golongan: ['II/a'],
    koefisien: '3.75',
    akkKenaikanPangkat: 15,
    akkKenaikanJenjang: 15,
    jenjangBerikutnya: 'TERAMPIL',
  },
  TERAMPIL: {
    kategori: 'KETERAMPILAN',
    golongan: ['II/b', 'II/c', 'II/d'],
    koefisien: '5',
    akkKenaikanPangkat: 20,
    akkKenaikanJenjang: 60,
    jenjangBerikutnya: 'MAHIR',
  },
  MAHIR: {
    kategori: 'KETERAMPILAN',
    golongan: ['III/a', 'III/b'],
    koefisien: '12.5',
    akkKenaikanPangkat: 50,
    akkKenaikanJenjang: 100,
    jenjangBerikutnya: 'PENYELIA',
  },
  PENYELIA: {
    kategori: 'KETERAMPILAN',
    golongan: ['III/c', 'III/d'],
    koefisien: '25',
    akkKenaikanPangkat: 100,
    akkKenaikanJenjang: null,
    jenjangBerikutnya: null,
  },
  AHLI_PERTAMA: {
    kategori: 'KEAHLIAN',
    golongan: ['III/a', 'III/b'],
    koefisien: '12.5',
    akkKenaikanPangkat: 50,
    akkKenaikanJenjang: 100,
    jenjangBerikutnya: 'AHLI_MUDA',
  },
  AHLI_MUDA: {
    kategori: 'KEAHLIAN',
    golongan: ['III/c', 'III/d'],
    koefisien: '25',
    akkKenaikanPangkat: 100,
    akkKenaikanJenjang: 200,
    jenjangBerikutnya: 'AHLI_MADYA',
  },
  AHLI_MADYA: {
    kategori: 'KEAHLIAN',
    golongan: ['IV/a', 'IV/b', 'IV/c'],
    koefisien: '37.5',
    akkKenaikanPangkat: 150,
    akkKenaikanJenjang: 450,
    jenjangBerikutnya: 'AHLI_UTAMA',
  },
  AHLI_UTAMA: {
    kategori: 'KEAHLIAN',
    golongan: ['IV/d', 'IV/e'],
    koefisien: '50',
    akkKenaikanPangkat: 200,
    akkKenaikanJenjang: null,
    jenjangBerikutnya: null,
  },
});

/**
 * Setting: koefisien tahunan of the keterampilan jenjang, read only in code sources (Pemula 3.75 in one
 * source; Terampil 5, Mahir 12.5, Penyelia 25 in two) — not in the Lampiran text.
 */
export const koefisienKeterampilanSchema = z
  .prefault(
    z.object({
      PEMULA: z.prefault(decimalSchema({ min: 1 }), '3.75'),
      TERAMPIL: z.prefault(decimalSchema({ min: 1 }), '5'),
      MAHIR: z.prefault(decimalSchema({ min: 1 }), '12.5'),
      PENYELIA: z.prefault(decimalSchema({ min: 1 }), '25'),
    }),
    {},
  )
  .check(
    z.describe(
      'Setting: koefisien tahunan of the keterampilan jenjang, at least 1 (preset Pemula 3.75, Terampil 5, Mahir 12.5, Penyelia 25; code sources only)',
    ),
  );
export type KoefisienKeterampilan = z.output<typeof koefisienKeterampilanSchema>;

/** Koefisien tahunan of a jenjang: keterampilan from the setting, keahlian from the table. */
export function koefisienTahunan(jenjang: JenjangJf, keterampilan: KoefisienKeterampilan): Decimal {
  switch (jenjang) {
    case 'PEMULA':
    case 'TERAMPIL':
    case 'MAHIR':
    case 'PENYELIA':
      return keterampilan[jenjang];
    default:
      return new Decimal(JENJANG_JABATAN_FUNGSIONAL[jenjang].koefisien);
  }
}

/** The jenjang a golongan belongs to within a kategori, or `null`. */
export function jenjangUntukGolongan(kategori: KategoriJf, golongan: GolonganPns): JenjangJf | null {
  for (const [jenjang, info] of Object.entries(JENJANG_JABATAN_FUNGSIONAL) as [JenjangJf, InfoJenjangJf][]) {
    if (info.kategori === kategori && info.golongan.includes(golongan)) return jenjang;
  }
  return null;
}
