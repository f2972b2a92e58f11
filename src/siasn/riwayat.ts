/**
 * The SIASN *riwayat* rows the adapters read (`pns/rw-{kind}/{nip}` → `data`, an array). Fields not listed
 * pass through unchecked; every field listed is validated. Field names, including SIASN's own spellings
 * (`bulanSelesaiPenailan`, the capitalised `PerilakuKerjaNilai`), are in docs/sources/siasn.md.
 */
import * as z from 'zod/mini';
import {
  bilanganLonggarSiasn,
  bilanganSiasn,
  bulanSiasn,
  desimalSiasn,
  flagSiasn,
  idSiasn,
  tahunSiasn,
  tanggalSiasn,
  teksSiasn,
} from './nilai.js';

export const rwGolonganSchema = z.looseObject({
  id: idSiasn,
  golonganId: idSiasn,
  tmtGolongan: tanggalSiasn,
  skTanggal: tanggalSiasn,
  jenisKPId: idSiasn,
  masaKerjaGolonganTahun: bilanganLonggarSiasn,
  masaKerjaGolonganBulan: bilanganLonggarSiasn,
  jumlahKreditUtama: desimalSiasn,
  jumlahKreditTambahan: desimalSiasn,
});

export const rwJabatanSchema = z.looseObject({
  id: idSiasn,
  jenisJabatan: idSiasn,
  eselonId: idSiasn,
  jabatanStrukturalId: idSiasn,
  jabatanFungsionalId: idSiasn,
  jabatanFungsionalNama: teksSiasn,
  jabatanFungsionalUmumId: idSiasn,
  namaJabatan: teksSiasn,
  tmtJabatan: tanggalSiasn,
});

export const rwPendidikanSchema = z.looseObject({
  id: idSiasn,
  tkPendidikanId: idSiasn,
  tahunLulus: tahunSiasn,
  tglLulus: tanggalSiasn,
  isPendidikanPertama: flagSiasn,
});

/** PP 46/2011-era SKP (years up to 2021): no predikat string, only the values. */
export const rwSkpSchema = z.looseObject({
  id: idSiasn,
  tahun: tahunSiasn,
  nilaiPrestasiKerja: desimalSiasn,
});

/** PermenPANRB 6/2022 annual kinerja. Responses capitalise two keys; the write payload does not: both are read. */
export const rwSkp22Schema = z.looseObject({
  id: idSiasn,
  tahun: tahunSiasn,
  hasilKinerjaNilai: idSiasn,
  PerilakuKerjaNilai: idSiasn,
  perilakuKerjaNilai: idSiasn,
  KuadranKinerjaNilai: idSiasn,
  kuadranKinerjaNilai: idSiasn,
});

export const rwHukdisSchema = z.looseObject({
  id: idSiasn,
  jenisHukuman: idSiasn,
  jenisHukumanNama: teksSiasn,
  jenisTingkatHukumanId: idSiasn,
  hukumanTanggal: tanggalSiasn,
  masaTahun: bilanganSiasn,
  masaBulan: bilanganSiasn,
  akhirHukumTanggal: tanggalSiasn,
  skPembatalanNomor: teksSiasn,
  skPembatalanTanggal: tanggalSiasn,
});

/** PAK rows (rw-angkakredit), with BKN's spelling "Penailan". */
export const rwAngkaKreditSchema = z.looseObject({
  id: idSiasn,
  tanggalSk: tanggalSiasn,
  bulanSelesaiPenailan: bulanSiasn,
  tahunSelesaiPenailan: tahunSiasn,
  kreditUtamaBaru: desimalSiasn,
  kreditPenunjangBaru: desimalSiasn,
  kreditBaruTotal: desimalSiasn,
  isAngkaKreditPertama: flagSiasn,
});

export const rwDiklatSchema = z.looseObject({
  id: idSiasn,
  latihanStrukturalId: idSiasn,
  tanggal: tanggalSiasn,
});

export const rwPenghargaanSchema = z.looseObject({
  id: idSiasn,
  hargaId: idSiasn,
  tahun: tahunSiasn,
});

/** Cuti di luar tanggungan negara (rw-cltn). */
export const rwCltnSchema = z.looseObject({
  id: idSiasn,
  tanggalAwal: tanggalSiasn,
  tanggalAkhir: tanggalSiasn,
  tanggalAktif: tanggalSiasn,
});

/** At most this many rows per riwayat: far more than a working life holds (58 years of monthly rows would be 696). */
export const MAKS_BARIS_RIWAYAT = 1_000;

const list = <S extends z.ZodMiniType>(row: S) => z._default(z.array(row).check(z.maxLength(MAKS_BARIS_RIWAYAT)), []);

export const siasnRiwayatSchema = z.looseObject({
  golongan: list(rwGolonganSchema),
  jabatan: list(rwJabatanSchema),
  pendidikan: list(rwPendidikanSchema),
  skp: list(rwSkpSchema),
  skp22: list(rwSkp22Schema),
  hukdis: list(rwHukdisSchema),
  angkakredit: list(rwAngkaKreditSchema),
  diklat: list(rwDiklatSchema),
  penghargaan: list(rwPenghargaanSchema),
  cltn: list(rwCltnSchema),
});
export type SiasnRiwayat = z.output<typeof siasnRiwayatSchema>;
export type RwGolongan = SiasnRiwayat['golongan'][number];
export type RwJabatan = SiasnRiwayat['jabatan'][number];
export type RwPendidikan = SiasnRiwayat['pendidikan'][number];
export type RwSkp = SiasnRiwayat['skp'][number];
export type RwSkp22 = SiasnRiwayat['skp22'][number];
export type RwHukdis = SiasnRiwayat['hukdis'][number];
export type RwAngkaKredit = SiasnRiwayat['angkakredit'][number];
export type RwDiklat = SiasnRiwayat['diklat'][number];
export type RwPenghargaan = SiasnRiwayat['penghargaan'][number];
export type RwCltn = SiasnRiwayat['cltn'][number];
