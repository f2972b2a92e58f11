import * as z from 'zod/mini';
import { isoDateSchema } from '../../core/calendar.js';
import { refineParsed } from '../../core/refine.js';
import { JENIS_JABATAN, jenisJabatanSchema } from '../batas-usia-pensiun.js';
import { MAKS_RIWAYAT_JABATAN } from '../_bersama/invariants.js';
import { minPredikatSchema, riwayatPenilaianSchema } from '../_bersama/penilaian.js';
import { ijazahSchema } from '../types.js';
import { JABATAN_TUJUAN } from './data.js';

/** The largest number of years a record may state (more than any working life). */
const TAHUN_TERBANYAK = 60;

/** A number of years as a record states it: 0–60, with at most two decimals (`2.5`; never `5e-324`). */
const jumlahTahun = () =>
  z.number().check(
    z.minimum(0),
    z.maximum(TAHUN_TERBANYAK),
    refineParsed((v: number) => /^\d+(\.\d{1,2})?$/.test(String(v)), {
      text: {
        en: 'must be a number of years with at most 2 decimals, e.g. 2.5',
        id: 'harus berupa jumlah tahun dengan paling banyak 2 desimal, mis. 2,5',
      },
    }),
  );

export const syaratJabatanInput = z.object({
  jabatanTujuan: z.enum(JABATAN_TUJUAN),
  tanggalLahir: isoDateSchema,
  ijazah: ijazahSchema,
  tahunPengalaman: z._default(jumlahTahun(), 0).check(z.describe('Years of experience in the related field (cumulative)')),
  riwayatJabatan: z
    ._default(z.array(z.object({ jabatan: jenisJabatanSchema, tahun: jumlahTahun() })).check(z.maxLength(MAKS_RIWAYAT_JABATAN)), [])
    .check(
      z.describe(
        `Jabatan held (now or before) with the years in each, one after another (at most ${MAKS_RIWAYAT_JABATAN}, more than any career holds)`,
      ),
    ),
  riwayatPenilaian: z._default(riwayatPenilaianSchema, []),
  lulusUjiKompetensi: z._default(z.boolean(), false).check(z.describe('Passed the uji kompetensi (JF perpindahan)')),
  persetujuanPresiden: z
    ._default(z.boolean(), false)
    .check(z.describe('Prior approval of the President to waive JPT requirements (Pasal 107 ayat (2))')),
});
export type SyaratJabatanInput = z.input<typeof syaratJabatanInput>;

export const syaratJabatanOptions = z.object({
  asOf: isoDateSchema.check(z.describe('Date of appointment: age is counted on it')),
  minPredikat: z._default(minPredikatSchema, 'BAIK').check(z.describe('Setting: lowest predikat for "bernilai baik" (preset BAIK)')),
  ijazahMinimalAdministrator: z
    ._default(ijazahSchema, 'S1')
    .check(
      z.describe(
        'Setting: minimum ijazah for administrator (preset S1/D-IV: "paling rendah sarjana atau diploma IV" in a transcription of PP 11/2017, Pasal not located)',
      ),
    ),
  ijazahMinimalPengawas: z
    ._default(ijazahSchema, 'D_III')
    .check(
      z.describe(
        'Setting: minimum ijazah for pengawas (preset D-III: "paling rendah diploma III atau yang setara" in a transcription of PP 11/2017, Pasal not located)',
      ),
    ),
  jfSetingkatPengawas: z
    ._default(z.array(jenisJabatanSchema).check(z.maxLength(JENIS_JABATAN.length)), ['JF_AHLI_MUDA'])
    .check(
      z.describe(
        'Setting: JF counted as equivalent to pengawas experience for administrator (preset Ahli Muda: PermenPANRB 17/2021 sets pengawas equal to ahli muda, secondary source)',
      ),
    ),
  jfSetingkatPelaksana: z
    ._default(z.array(jenisJabatanSchema).check(z.maxLength(JENIS_JABATAN.length)), ['JF_KETERAMPILAN'])
    .check(z.describe('Setting: JF counted as equivalent to pelaksana experience for pengawas (preset keterampilan; unconfirmed)')),
});

/** Schema of {@link SyaratJabatan} as JSON. */
export const syaratJabatanOutput = z.object({
  memenuhiSyarat: z.boolean().check(z.describe('Every requirement is met, or the JPT requirements are waived by the President')),
  usia: z.int().check(z.describe('Whole years of age on asOf')),
  dikecualikanPresiden: z.boolean().check(z.describe("JPT requirements not met but waived with the President's approval")),
});
/** Outcome of {@link syaratJabatan}. */
export type SyaratJabatan = z.output<typeof syaratJabatanOutput>;
