/**
 * `sistem-merit/siasn`: SIASN (BKN) records → rule inputs. Read an employee's data utama and riwayat as
 * SIASN serves them, map the reference ids, and get each rule's input with what is missing or ambiguous,
 * or the decision itself. Pure and framework-free: no network, no clock.
 */
export { formatTanggalSiasn, isKosong, parseTanggalSiasn, TANGGAL_KOSONG_SIASN } from './nilai.js';
export { siasnDataUtamaSchema, type SiasnDataUtama } from './data-utama.js';
export {
  MAKS_BARIS_RIWAYAT,
  rwAngkaKreditSchema,
  rwCltnSchema,
  rwDiklatSchema,
  rwGolonganSchema,
  rwHukdisSchema,
  rwJabatanSchema,
  rwPendidikanSchema,
  rwPenghargaanSchema,
  rwSkp22Schema,
  rwSkpSchema,
  siasnRiwayatSchema,
  type SiasnRiwayat,
} from './riwayat.js';
export { readSiasnPegawai, siasnPegawaiSchema, type SiasnPegawai } from './pegawai.js';
export { barisUntuk, cariReferensi, type BarisReferensi, type GradeSiasn, type TabelReferensi } from './referensi/tabel.js';
export { REFERENSI_GOLONGAN } from './referensi/golongan.js';
export { REFERENSI_TINGKAT_PENDIDIKAN } from './referensi/tingkat-pendidikan.js';
export { REFERENSI_JENIS_HUKUMAN, REFERENSI_TINGKAT_HUKUMAN } from './referensi/jenis-hukuman.js';
export {
  REFERENSI_ESELON,
  REFERENSI_JENIS_JABATAN,
  REFERENSI_JENJANG_JF,
  jenjangDariNamaJf,
  type JenisJabatanSiasn,
} from './referensi/jabatan.js';
export {
  REFERENSI_DIKLAT_STRUKTURAL,
  REFERENSI_PENGHARGAAN_SLKS,
  REFERENSI_PREDIKAT_KINERJA,
  REFERENSI_RATING_KINERJA,
} from './referensi/kinerja.js';
export { REFERENSI_SIASN, referensiMarkdown, semuaReferensiMarkdown } from './docs.js';
export {
  type AdapterResult,
  type SiasnAdapter,
  type SiasnContext,
  type SiasnDecision,
  type SiasnGap,
  type SiasnGapKind,
} from './adapter/define.js';
export { kenaikanPangkatFungsionalSiasn, kenaikanPangkatRegulerSiasn } from './adapter/kenaikan-pangkat.js';
export { batasUsiaPensiunSiasn, efekHukumanSiasn, kenaikanGajiBerkalaSiasn, satyalancanaKaryaSatyaSiasn } from './adapter/lainnya.js';
export { akumulasiAngkaKreditSiasn, syaratJabatanSiasn, TAHUN_AWAL_KONVERSI_PREDIKAT } from './adapter/jabatan-dan-angka-kredit.js';
export { fromSiasn, SIASN_ADAPTERS, siasnAdapterFor } from './registry.js';
