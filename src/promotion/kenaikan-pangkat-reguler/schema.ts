import * as z from 'zod/mini';
import { syaratTidakTerpenuhiOutput } from '../_bersama/tmt-paling-cepat.js';
import { isoDateSchema } from '../../core/calendar.js';
import { dateOutputSchema } from '../../core/output.js';
import { contradiction, superRefineParsed } from '../../core/refine.js';
import { riwayatHukumanPegawaiSchema, tingkatHukumanMenghalangiSchema } from '../_bersama/hukuman.js';
import { pemeriksaanDisiplinMenghalangiSchema, pemeriksaanDisiplinSchema } from '../_bersama/pemeriksaan-disiplin.js';
import { minPredikatSchema, riwayatPenilaianSchema } from '../_bersama/penilaian.js';
import { DIKLAT_KEPEMIMPINAN, diklatKepemimpinanSchema, golonganSchema, ijazahSchema, UJIAN_DINAS, ujianDinasSchema } from '../types.js';
import { TANGGAL_BATAS_ATASAN_DICABUT } from './data.js';

export const pegawaiKenaikanPangkatRegulerSchema = z
  .object({
    golongan: golonganSchema.check(z.describe('Current golongan/ruang')),
    tmtPangkat: isoDateSchema.check(z.describe('TMT of the current pangkat')),
    kenaikanPangkatPertama: z
      ._default(z.boolean(), false)
      .check(z.describe('First KP since appointment: the 4 years count from TMT CPNS instead of TMT pangkat')),
    tmtCpns: z.optional(isoDateSchema).check(z.describe('TMT CPNS; required for the first KP')),
    ijazah: ijazahSchema.check(z.describe('Highest ijazah recognised for the pangkat')),
    riwayatPenilaian: z._default(riwayatPenilaianSchema, []),
    golonganAtasan: z
      .optional(golonganSchema)
      .check(z.describe('Golongan of the atasan langsung (checked only before Peraturan BKN 2/2025)')),
    ujianDinas: z
      ._default(z.array(ujianDinasSchema).check(z.maxLength(UJIAN_DINAS.length)), [])
      .check(z.describe('Ujian dinas passed (each at most once)')),
    diklatKepemimpinan: z
      ._default(z.array(diklatKepemimpinanSchema).check(z.maxLength(DIKLAT_KEPEMIMPINAN.length)), [])
      .check(z.describe('Leadership training passed (each at most once)')),
    riwayatHukuman: riwayatHukumanPegawaiSchema,
    pemeriksaanDisiplin: pemeriksaanDisiplinSchema,
  })
  .check(
    superRefineParsed((p, ctx) => {
      if (p.kenaikanPangkatPertama && !p.tmtCpns) {
        ctx.addIssue(
          contradiction({ en: 'is required for the first kenaikan pangkat', id: 'wajib diisi untuk kenaikan pangkat pertama' }, [
            'tmtCpns',
          ]),
        );
      }
    }),
  );
export type PegawaiKenaikanPangkatReguler = z.input<typeof pegawaiKenaikanPangkatRegulerSchema>;

export const kenaikanPangkatRegulerOptions = z.object({
  asOf: isoDateSchema.check(z.describe('Decision date: the KP period evaluated is the first one on or after it')),
  minPredikat: z
    ._default(minPredikatSchema, 'BAIK')
    .check(z.describe('Setting: lowest predikat that counts as "bernilai baik" (preset BAIK: Baik or Sangat Baik, agency practice)')),
  tanggalBatasAtasanDicabut: z
    ._default(isoDateSchema, TANGGAL_BATAS_ATASAN_DICABUT)
    .check(
      z.describe(
        `Setting: first KP period date without the atasan-langsung limit (preset ${TANGGAL_BATAS_ATASAN_DICABUT}, Peraturan BKN 2/2025; exact effective day unconfirmed)`,
      ),
    ),
  tingkatHukumanMenghalangi: tingkatHukumanMenghalangiSchema,
  pemeriksaanDisiplinMenghalangi: pemeriksaanDisiplinMenghalangiSchema,
});
export type KenaikanPangkatRegulerOptions = z.input<typeof kenaikanPangkatRegulerOptions>;

/** Schema of {@link KenaikanPangkatReguler} as JSON. */
export const kenaikanPangkatRegulerOutput = z.object({
  memenuhiSyarat: z.boolean().check(z.describe('Every condition is met for the KP period evaluated')),
  golonganBaru: z.nullable(golonganSchema).check(z.describe('The golongan the PNS rises to; null when not eligible')),
  tmt: z.nullable(dateOutputSchema).check(z.describe('TMT of the new pangkat (the KP period); null when not eligible')),
  periode: dateOutputSchema.check(z.describe('The KP period evaluated: the first on or after asOf')),
  golonganTujuan: z.nullable(golonganSchema).check(z.describe('The golongan one level higher, given even when not eligible; null at IV/e')),
  tmtPalingCepat: z
    .nullable(dateOutputSchema)
    .check(
      z.describe(
        'Earliest KP period (on or after periode) on which the conditions that time alone cures are met (years in pangkat, the atasan limit, a running hukuman), each period judged as if asked on its own date (so it can equal a periode refused only for a hukuman running on asOf that ends by then). Given only when time alone meets every condition of syaratTidakTerpenuhi: null while an appraisal, the ujian dinas or the ijazah ceiling is missing, at IV/e and for a permanent hukuman',
      ),
    ),
  syaratTidakTerpenuhi: syaratTidakTerpenuhiOutput,
});

/** Outcome of {@link kenaikanPangkatReguler}: the fields and their meaning are those of the output schema. */
export type KenaikanPangkatReguler = z.output<typeof kenaikanPangkatRegulerOutput>;
