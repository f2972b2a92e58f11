/**
 * Pangkat, kenaikan pangkat (reguler and pilihan), angka kredit jabatan fungsional, jabatan requirements,
 * kenaikan gaji berkala and batas usia pensiun.
 * @module sistem-merit/promotion
 */
export * from './types.js';
export * from './ijazah.js';
export {
  PREDIKAT_PENILAIAN,
  type PredikatPenilaian,
  predikatPenilaianSchema,
  predikatPenilaianAtLeast,
  penilaianTahunanSchema,
  type PenilaianTahunan,
  riwayatPenilaianSchema,
} from './penilaian.js';
export * from './periode-kenaikan-pangkat.js';
export { type KenaikanPangkatPilihan, kenaikanPangkatPilihanOutput } from './kp-bersama.js';
export * from './kenaikan-pangkat-reguler.js';
export * from './kenaikan-pangkat-fungsional.js';
export * from './kenaikan-pangkat-struktural.js';
export * from './kenaikan-pangkat-ijazah-prestasi.js';
// ---- Angka kredit, KGB, BUP and syarat jabatan (promotion-ak): explicit public names.
export { JENJANG_JABATAN_FUNGSIONAL, type InfoJenjangJf, type KoefisienKeterampilan } from './_bersama/jenjang-jf.js';
export { DESIMAL_TAMPILAN_AK, PERSENTASE_PREDIKAT_AK } from './_bersama/konversi-angka-kredit.js';
export {
  ANGKA_KREDIT_KONVERSI_RULE_ID,
  angkaKreditKonversi,
  angkaKreditKonversiRule,
  angkaKreditKonversiInput,
  angkaKreditKonversiOptions,
  angkaKreditKonversiOutput,
  type AngkaKreditKonversiInput,
  type AngkaKreditKonversiOptions,
  type AngkaKreditKonversiOutput,
  type NilaiAngkaKredit,
} from './angka-kredit-konversi.js';
export {
  AKUMULASI_ANGKA_KREDIT_RULE_ID,
  akumulasiAngkaKredit,
  akumulasiAngkaKreditRule,
  akumulasiAngkaKreditInput,
  akumulasiAngkaKreditOptions,
  akumulasiAngkaKreditOutput,
  type AkumulasiAngkaKredit,
  type AkumulasiAngkaKreditInput,
  type AkumulasiAngkaKreditOptions,
  type AkumulasiAngkaKreditOutput,
  KENAIKAN_DIDAHULUKAN,
  type KenaikanDidahulukan,
  periodeAngkaKreditSchema,
  type PeriodeAngkaKredit,
} from './akumulasi-angka-kredit/index.js';
export {
  ANGKA_KREDIT_INTEGRASI_RULE_ID,
  angkaKreditIntegrasi,
  angkaKreditIntegrasiRule,
  angkaKreditIntegrasiInput,
  angkaKreditIntegrasiOutput,
  type AngkaKreditIntegrasi,
  type AngkaKreditIntegrasiInput,
  type AngkaKreditIntegrasiOptions,
  type AngkaKreditIntegrasiOutput,
  NILAI_DASAR_INTEGRASI,
} from './angka-kredit-integrasi.js';
export {
  KENAIKAN_GAJI_BERKALA_RULE_ID,
  kenaikanGajiBerkala,
  kenaikanGajiBerkalaRule,
  pegawaiKenaikanGajiBerkalaSchema,
  kenaikanGajiBerkalaOptions,
  kenaikanGajiBerkalaOutput,
  type KenaikanGajiBerkala,
  type KenaikanGajiBerkalaInput,
  type KenaikanGajiBerkalaOptions,
  type KenaikanGajiBerkalaOutput,
  type PegawaiKenaikanGajiBerkala,
  INTERVAL_KGB_TAHUN,
  KGB_PERTAMA_II_A_TAHUN,
  PEMBERITAHUAN_KGB_BULAN,
  PENUNDAAN_KGB_TAHUN,
} from './kenaikan-gaji-berkala.js';
export {
  BATAS_USIA_PENSIUN_RULE_ID,
  batasUsiaPensiun,
  batasUsiaPensiunRule,
  batasUsiaPensiunInput,
  batasUsiaPensiunOptions,
  batasUsiaPensiunOutput,
  type BatasUsiaPensiun,
  type BatasUsiaPensiunInput,
  type BatasUsiaPensiunOptions,
  type BatasUsiaPensiunOutput,
  BUP_JABATAN,
  JENIS_JABATAN,
  type JenisJabatan,
  jenisJabatanSchema,
  KONVENSI_TMT_PENSIUN,
  type KonvensiTmtPensiun,
} from './batas-usia-pensiun.js';
export {
  SYARAT_JABATAN_RULE_ID,
  syaratJabatan,
  syaratJabatanRule,
  syaratJabatanInput,
  syaratJabatanOptions,
  syaratJabatanOutput,
  type SyaratJabatan,
  type SyaratJabatanInput,
  type SyaratJabatanOptions,
  type SyaratJabatanOutput,
  JABATAN_TUJUAN,
  type JabatanTujuan,
  SYARAT_JPT,
  TAHUN_JABATAN_SEBELUMNYA_JPT,
  USIA_MAKSIMAL_PERPINDAHAN_JF,
} from './syarat-jabatan/index.js';
// ---- end promotion-ak
export {
  CITATION_USIA_MINIMAL_PENGANGKATAN,
  MAKS_PERIODE_ANGKA_KREDIT,
  MAKS_RIWAYAT_JABATAN,
  MAKS_RIWAYAT_PENILAIAN,
  TANGGAL_TERAKHIR,
} from './invariants.js';
export * from './regulations.js';
export * from './messages.js';
export * from './rules.js';
export * from './explain.js';
