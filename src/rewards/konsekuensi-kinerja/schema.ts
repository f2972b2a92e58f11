import * as z from 'zod/mini';
import { isoDateSchema } from '../../core/calendar.js';
import { dateOutputSchema } from '../../core/output.js';
import { contradiction, superRefineParsed } from '../../core/refine.js';
import { PREDIKAT } from '../../performance/types.js';
import { BULAN_PENEMPATAN, BULAN_PENEMPATAN_MAKS, BULAN_PERBAIKAN, BULAN_PERBAIKAN_MAKS, TAHAP_KONSEKUENSI_KINERJA } from './tahapan.js';

export const konsekuensiKinerjaInput = z
  .object({
    statusPegawai: z._default(z.enum(['PNS', 'PPPK']), 'PNS'),
    jenisJabatan: z.enum(['JPT', 'ADMINISTRASI', 'FUNGSIONAL']),
    predikatTahunan: z.enum(PREDIKAT).check(z.describe('Annual predikat kinerja')),
    tanggalPenetapan: isoDateSchema.check(z.describe('Day the annual predikat was set: the improvement period starts here')),
    hasilPerbaikan: z
      .optional(z.enum(['MEMENUHI_TARGET', 'TIDAK_MEMENUHI_TARGET']))
      .check(z.describe('Outcome after the improvement period, when known')),
    lowonganSesuaiTersedia: z
      .optional(z.boolean())
      .check(z.describe('Administrasi/fungsional: whether a post matching the competence was found within the placement period')),
  })
  .check(
    // Each stage is reached only through the one before (PP 30/2019 Pasal 57–58; a PPPK's contract ends at once).
    superRefineParsed((v, ctx) => {
      if (v.statusPegawai === 'PPPK' && v.hasilPerbaikan !== undefined) {
        ctx.addIssue(
          contradiction(
            {
              en: 'a PPPK who misses the target has the contract ended; there is no improvement period to have an outcome',
              id: 'PPPK yang tidak memenuhi target diputus perjanjian kerjanya; tidak ada masa perbaikan yang mempunyai hasil',
            },
            ['hasilPerbaikan'],
          ),
        );
      }
      if (v.lowonganSesuaiTersedia === undefined) return;
      if (v.statusPegawai === 'PPPK' || v.jenisJabatan === 'JPT') {
        ctx.addIssue(
          contradiction(
            {
              en: 'applies only to a PNS in a jabatan administrasi or fungsional (a JPT retakes a competency test; a PPPK has the contract ended)',
              id: 'hanya berlaku bagi PNS dalam jabatan administrasi atau fungsional (JPT mengikuti uji kompetensi kembali; PPPK diputus perjanjian kerjanya)',
            },
            ['lowonganSesuaiTersedia'],
          ),
        );
      } else if (v.hasilPerbaikan !== 'TIDAK_MEMENUHI_TARGET') {
        ctx.addIssue(
          contradiction(
            {
              en: 'a matching post is sought only after the improvement period failed (hasilPerbaikan TIDAK_MEMENUHI_TARGET)',
              id: 'jabatan yang sesuai baru dicari setelah masa perbaikan gagal (hasilPerbaikan TIDAK_MEMENUHI_TARGET)',
            },
            ['lowonganSesuaiTersedia'],
          ),
        );
      }
    }),
  );

export const konsekuensiKinerjaOptions = z.object({
  asOf: z.optional(isoDateSchema).check(z.describe('Reference date; needed to decide a dismissal after the placement period')),
  predikatTidakMemenuhiTarget: z
    ._default(z.array(z.enum(PREDIKAT)).check(z.minLength(1), z.maxLength(PREDIKAT.length)), ['BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG'])
    .check(z.describe('Setting [U]: predikat that mean "tidak memenuhi target kinerja" (preset as in Peraturan BRIN 4/2025 Pasal 38A)')),
  bulanPerbaikan: z
    ._default(z.int().check(z.minimum(1), z.maximum(BULAN_PERBAIKAN_MAKS)), BULAN_PERBAIKAN)
    .check(z.describe('PP 30/2019 Pasal 57: 6 months to improve')),
  bulanPenempatan: z
    ._default(z.int().check(z.minimum(1), z.maximum(BULAN_PENEMPATAN_MAKS)), BULAN_PENEMPATAN)
    .check(z.describe('PP 30/2019 Pasal 58 ayat (5): placement for at most 1 year')),
});

/** Outcome of {@link konsekuensiKinerja}, as JSON. */
export const konsekuensiKinerjaOutput = z.object({
  tahap: z.enum(TAHAP_KONSEKUENSI_KINERJA).check(z.describe('The stage reached: the consequence that applies now')),
  batasPerbaikan: z
    .nullable(dateOutputSchema)
    .check(z.describe('End of the improvement period (tanggalPenetapan + bulanPerbaikan); null when it does not apply')),
  batasPenempatan: z
    .nullable(dateOutputSchema)
    .check(z.describe('End of the placement period (batasPerbaikan + bulanPenempatan); null when it does not apply')),
});
/** Outcome of {@link konsekuensiKinerja}: the stage reached and the ends of the periods that apply. */
export type KonsekuensiKinerja = z.output<typeof konsekuensiKinerjaOutput>;
