/**
 * Pangkat, kenaikan pangkat (reguler and pilihan), angka kredit jabatan fungsional, jabatan requirements,
 * kenaikan gaji berkala and batas usia pensiun.
 * @module sistem-merit/promotion
 */

// Pangkat, golongan, ijazah and the other values the rules read.
export {
  compareGolongan,
  DIKLAT_KEPEMIMPINAN,
  type DiklatKepemimpinan,
  diklatKepemimpinanSchema,
  GOLONGAN_PNS,
  GOLONGAN_PPPK,
  golonganBerikutnya,
  type GolonganPns,
  type GolonganPppk,
  golonganPppkSchema,
  golonganSchema,
  golonganSebelumnya,
  IJAZAH,
  type Ijazah,
  ijazahSchema,
  JENJANG_JF,
  type JenjangJf,
  jenjangJfSchema,
  type KategoriJf,
  namaPangkat,
  PANGKAT,
  type PangkatPns,
  UJIAN_DINAS,
  type UjianDinas,
  ujianDinasSchema,
  urutanGolongan,
} from './types.js';
export { GOLONGAN_AWAL_IJAZAH, IJAZAH_PASCASARJANA, IJAZAH_SARJANA_KE_ATAS, PLAFON_KP_REGULER } from './_bersama/ijazah.js';
export {
  PREDIKAT_PENILAIAN,
  type PredikatPenilaian,
  predikatPenilaianSchema,
  predikatPenilaianAtLeast,
  penilaianTahunanSchema,
  type PenilaianTahunan,
  riwayatPenilaianSchema,
} from './_bersama/penilaian.js';
export { type KenaikanPangkatPilihan, kenaikanPangkatPilihanOutput } from './_bersama/kp-bersama.js';
export {
  CITATION_USIA_MINIMAL_PENGANGKATAN,
  MAKS_PERIODE_ANGKA_KREDIT,
  MAKS_RIWAYAT_JABATAN,
  MAKS_RIWAYAT_PENILAIAN,
  TANGGAL_TERAKHIR,
} from './_bersama/invariants.js';

// promotion.periodeKenaikanPangkat
export {
  daftarPeriodeKenaikanPangkat,
  isPeriodeKenaikanPangkat,
  type MasaUsulKenaikanPangkat,
  masaUsulKenaikanPangkat,
  PERIODE_KENAIKAN_PANGKAT_RULE_ID,
  type PeriodeKenaikanPangkat,
  periodeKenaikanPangkat,
  type PeriodeKenaikanPangkatInput,
  periodeKenaikanPangkatInput,
  type PeriodeKenaikanPangkatOptions,
  type PeriodeKenaikanPangkatOutput,
  periodeKenaikanPangkatOutput,
  periodeKenaikanPangkatRule,
  rezimPeriodeKenaikanPangkat,
  type RezimPeriodeKp,
  tanggalPeriodeKenaikanPangkat,
  VERSI_PERIODE_KENAIKAN_PANGKAT,
} from './periode-kenaikan-pangkat.js';

// promotion.kenaikanPangkatReguler
export {
  batasAtasanBerlaku,
  KENAIKAN_PANGKAT_REGULER_RULE_ID,
  type KenaikanPangkatReguler,
  kenaikanPangkatReguler,
  type KenaikanPangkatRegulerInput,
  type KenaikanPangkatRegulerOptions,
  kenaikanPangkatRegulerOptions,
  type KenaikanPangkatRegulerOutput,
  kenaikanPangkatRegulerOutput,
  kenaikanPangkatRegulerRule,
  MIN_TAHUN_KP_REGULER,
  type PegawaiKenaikanPangkatReguler,
  pegawaiKenaikanPangkatRegulerSchema,
  TAHUN_PENILAIAN_KP_REGULER,
  TANGGAL_BATAS_ATASAN_DICABUT,
  VERSI_KENAIKAN_PANGKAT_REGULER,
} from './kenaikan-pangkat-reguler/index.js';

// promotion.kenaikanPangkatFungsional
export {
  KENAIKAN_PANGKAT_FUNGSIONAL_RULE_ID,
  type KenaikanPangkatFungsional,
  kenaikanPangkatFungsional,
  type KenaikanPangkatFungsionalInput,
  type KenaikanPangkatFungsionalOptions,
  kenaikanPangkatFungsionalOptions,
  type KenaikanPangkatFungsionalOutput,
  kenaikanPangkatFungsionalOutput,
  kenaikanPangkatFungsionalRule,
  MIN_TAHUN_KP_FUNGSIONAL,
  type PegawaiKenaikanPangkatFungsional,
  pegawaiKenaikanPangkatFungsionalSchema,
  TAHUN_PENILAIAN_KP_FUNGSIONAL,
} from './kenaikan-pangkat-fungsional.js';

// promotion.kenaikanPangkatStruktural
export {
  ESELON,
  type Eselon,
  eselonSchema,
  JENJANG_PANGKAT_ESELON,
  KENAIKAN_PANGKAT_STRUKTURAL_RULE_ID,
  type KenaikanPangkatStruktural,
  kenaikanPangkatStruktural,
  type KenaikanPangkatStrukturalInput,
  type KenaikanPangkatStrukturalOptions,
  kenaikanPangkatStrukturalOptions,
  type KenaikanPangkatStrukturalOutput,
  kenaikanPangkatStrukturalOutput,
  kenaikanPangkatStrukturalRule,
  MIN_TAHUN_KP_STRUKTURAL,
  MIN_TAHUN_SATU_TINGKAT_DI_BAWAH,
  type PegawaiKenaikanPangkatStruktural,
  pegawaiKenaikanPangkatStrukturalSchema,
  TAHUN_PENILAIAN_KP_STRUKTURAL,
} from './kenaikan-pangkat-struktural.js';

// promotion.kenaikanPangkatPenyesuaianIjazah
export {
  KENAIKAN_PANGKAT_PENYESUAIAN_IJAZAH_RULE_ID,
  kenaikanPangkatPenyesuaianIjazah,
  type KenaikanPangkatPenyesuaianIjazahInput,
  type KenaikanPangkatPenyesuaianIjazahOptions,
  type KenaikanPangkatPenyesuaianIjazahOutput,
  kenaikanPangkatPenyesuaianIjazahOutput,
  kenaikanPangkatPenyesuaianIjazahRule,
  MIN_TAHUN_KP_PENYESUAIAN_IJAZAH,
  type PegawaiPenyesuaianIjazah,
  pegawaiPenyesuaianIjazahSchema,
  TAHUN_PENILAIAN_KP_PENYESUAIAN_IJAZAH,
} from './kenaikan-pangkat-penyesuaian-ijazah.js';

// promotion.kenaikanPangkatPrestasiLuarBiasa
export {
  KENAIKAN_PANGKAT_PRESTASI_LUAR_BIASA_RULE_ID,
  kenaikanPangkatPrestasiLuarBiasa,
  type KenaikanPangkatPrestasiLuarBiasaInput,
  type KenaikanPangkatPrestasiLuarBiasaOptions,
  type KenaikanPangkatPrestasiLuarBiasaOutput,
  kenaikanPangkatPrestasiLuarBiasaOutput,
  kenaikanPangkatPrestasiLuarBiasaRule,
  MIN_TAHUN_KP_PRESTASI_LUAR_BIASA,
  type PegawaiPrestasiLuarBiasa,
  pegawaiPrestasiLuarBiasaSchema,
  TAHUN_PENILAIAN_KP_PRESTASI_LUAR_BIASA,
} from './kenaikan-pangkat-prestasi-luar-biasa.js';

// Angka kredit, KGB, batas usia pensiun and syarat jabatan.
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

// The domain: its rules, regulations, texts and explainer.
export { PROMOTION_RULES } from './rules.js';
export { PROMOTION_REGULATIONS } from './regulations.js';
export { promotionMessages } from './messages.js';
export { describePromotion, explainPromotion } from './explain.js';
