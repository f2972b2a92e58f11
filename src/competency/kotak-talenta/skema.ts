import * as z from 'zod/mini';
import { decimalSchema } from '../../core/decimal.js';
import { refineParsed } from '../../core/refine.js';
import { PREDIKAT } from '../../performance/types.js';
import {
  type Kotak,
  TINGKAT_KINERJA,
  TINGKAT_POTENSIAL,
  type TingkatKinerja,
  tingkatKinerjaSchema,
  type TingkatPotensial,
  tingkatPotensialSchema,
} from '../types.js';
import {
  AMBANG_SKOR_PRESET,
  PEMETAAN_PREDIKAT_PRESET,
  PENOMORAN_KOTAK,
  type PenomoranKotak,
  REKOMENDASI_TALENTA,
  type RekomendasiTalenta,
} from './tabel.js';

// The schemas of competency.kotakTalenta; its settings are flat fields of the options.

const ambang = (preset: number) => z.prefault(decimalSchema({ min: 0 }), preset);
const { kinerja: AK, potensial: AP } = AMBANG_SKOR_PRESET;

export const kotakTalentaOptions = z.object({
  ambangKinerja: z.prefault(z.object({ atas: ambang(AK.atas), sesuai: ambang(AK.sesuai) }), {}).check(
    refineParsed((a) => a.atas.greaterThan(a.sesuai), {
      text: { en: 'atas must be greater than sesuai', id: 'atas harus lebih besar daripada sesuai' },
    }),
    z.describe(
      `Setting: score thresholds of the kinerja axis: ≥ atas → di atas ekspektasi, ≥ sesuai → sesuai, else di bawah. Preset ${AK.atas}/${AK.sesuai} (agency-defined; no national thresholds).`,
    ),
  ),
  ambangPotensial: z.prefault(z.object({ tinggi: ambang(AP.tinggi), menengah: ambang(AP.menengah) }), {}).check(
    refineParsed((a) => a.tinggi.greaterThan(a.menengah), {
      text: { en: 'tinggi must be greater than menengah', id: 'tinggi harus lebih besar daripada menengah' },
    }),
    z.describe(
      `Setting: score thresholds of the potensial axis: ≥ tinggi → tinggi, ≥ menengah → menengah, else rendah. Preset ${AP.tinggi}/${AP.menengah} (agency-defined).`,
    ),
  ),
  penomoran: z
    ._default(z.enum(PENOMORAN_KOTAK), 'PERMENPANRB_3_2020')
    .check(z.describe("Setting: box numbering: 'PERMENPANRB_3_2020' (national, preset) or 'KEMENKEU' (Ministry of Finance variant)")),
  pemetaanPredikat: z
    .prefault(
      z.object({
        SANGAT_BAIK: z._default(z.enum(TINGKAT_KINERJA), PEMETAAN_PREDIKAT_PRESET.SANGAT_BAIK),
        BAIK: z._default(z.enum(TINGKAT_KINERJA), PEMETAAN_PREDIKAT_PRESET.BAIK),
        BUTUH_PERBAIKAN: z._default(z.enum(TINGKAT_KINERJA), PEMETAAN_PREDIKAT_PRESET.BUTUH_PERBAIKAN),
        KURANG: z._default(z.enum(TINGKAT_KINERJA), PEMETAAN_PREDIKAT_PRESET.KURANG),
        SANGAT_KURANG: z._default(z.enum(TINGKAT_KINERJA), PEMETAAN_PREDIKAT_PRESET.SANGAT_KURANG),
      }),
      {},
    )
    .check(
      z.describe(
        'Setting: predikat kinerja → kinerja axis. Preset Sangat Baik → di atas, Baik → sesuai, others → di bawah (implementation convention, unconfirmed).',
      ),
    ),
});
export type KotakTalentaOptions = z.input<typeof kotakTalentaOptions>;

const skorSchema = decimalSchema({ min: 0, description: 'Numeric score on the agency scale (e.g. 0–100)' });

export const kotakTalentaInput = z.object({
  kinerja: z
    .union([z.enum(TINGKAT_KINERJA), z.enum(PREDIKAT), skorSchema])
    .check(z.describe('Kinerja: a status (DI_ATAS_EKSPEKTASI …), a predikat kinerja (SANGAT_BAIK …) or a numeric score')),
  potensial: z
    .union([z.enum(TINGKAT_POTENSIAL), skorSchema])
    .check(z.describe('Potensial: a level (TINGGI, MENENGAH, RENDAH) or a numeric score')),
});
export type KotakTalentaInput = z.input<typeof kotakTalentaInput>;

/** {@link KotakTalenta} as JSON. */
export const kotakTalentaOutput = z.object({
  kotak: z.int().check(z.minimum(1), z.maximum(9), z.describe('Box number of the nine-box grid under penomoran, 1 (lowest) … 9 (highest)')),
  kinerja: tingkatKinerjaSchema.check(z.describe('Kinerja axis (row), after mapping a predikat or score')),
  potensial: tingkatPotensialSchema.check(z.describe('Potensial axis (column), after mapping a score')),
  penomoran: z.enum(PENOMORAN_KOTAK).check(z.describe('Box numbering used for kotak')),
  rekomendasi: z.array(z.enum(REKOMENDASI_TALENTA)).check(z.describe('Recommendations of the box, as codes')),
  kelompokRencanaSuksesi: z
    .boolean()
    .check(z.describe('The talent enters the kelompok rencana suksesi (national boxes 7, 8, 9, whatever the numbering)')),
});

// Kept as an interface: the schema's kotak is any whole number 1–9, the type names the box (Kotak).
export interface KotakTalenta {
  kotak: Kotak;
  kinerja: TingkatKinerja;
  potensial: TingkatPotensial;
  penomoran: PenomoranKotak;
  rekomendasi: RekomendasiTalenta[];
  kelompokRencanaSuksesi: boolean;
}
