/**
 * Merit: the agency merit-system assessment (PermenPANRB 40/2018 → 19/2025), what its category allows, and every
 * ASN's competency-development right (20 JP a year for a PNS, the PPPK cap, gap → development need). The public
 * names are listed one by one; shared parts (`_bersama/`) are internal.
 * @module sistem-merit/merit
 */

export {
  ASPEK_SISTEM_MERIT_2018,
  type AspekSistemMerit2018,
  BENTUK_PENGEMBANGAN,
  type BentukPengembangan,
  CAKUPAN_KEGIATAN,
  type CakupanKegiatan,
  JALUR_PENGEMBANGAN,
  type JalurPengembangan,
  JENIS_NILAI,
  type JenisNilai,
  KATEGORI_NISM,
  KATEGORI_SISTEM_MERIT,
  type KategoriNism,
  type KategoriSistemMerit,
  KOMPONEN_SISTEM_MERIT_2025,
  type KomponenSistemMerit2025,
  SEMUA_BENTUK_PENGEMBANGAN,
} from './types.js';

export {
  BAND_KATEGORI_2018,
  BAND_NISM_2025,
  INDEKS_SISTEM_MERIT_RULE_ID,
  indeksSistemMerit,
  type IndeksSistemMeritInput,
  indeksSistemMeritInput,
  type IndeksSistemMeritOptions,
  indeksSistemMeritOptions,
  indeksSistemMeritOutput,
  type IndeksSistemMeritOutput,
  indeksSistemMeritRule,
  type IndikatorInstrumen,
  INSTRUMEN_PRESET,
  type InstrumenSistemMerit,
  RENTANG_TERCETAK_2018,
  SKEMA_SISTEM_MERIT,
  type SkemaSistemMerit,
  TANGGAL_PERMENPANRB_19_2025,
  VERSI_INDEKS_SISTEM_MERIT,
} from './indeks-sistem-merit/index.js';

export {
  MANFAAT_KATEGORI_MERIT_RULE_ID,
  manfaatKategoriMerit,
  type ManfaatKategoriMeritInput,
  manfaatKategoriMeritInput,
  type ManfaatKategoriMeritOptions,
  manfaatKategoriMeritOptions,
  manfaatKategoriMeritOutput,
  type ManfaatKategoriMeritOutput,
  manfaatKategoriMeritRule,
  SIKLUS_EVALUASI_ULANG_PRESET,
  SYARAT_JPT_TANPA_SELEKSI,
} from './manfaat-kategori-merit.js';

export { type BarisKonversi, jpDariMenit, KONVERSI_JP_PRESET, MENIT_PER_JP } from './_bersama/jam-pelajaran.js';

export {
  JAM_PELAJARAN_PNS_RULE_ID,
  jamPelajaranPns,
  type JamPelajaranPnsInput,
  jamPelajaranPnsInput,
  type JamPelajaranPnsOptions,
  jamPelajaranPnsOptions,
  jamPelajaranPnsOutput,
  type JamPelajaranPnsOutput,
  jamPelajaranPnsRule,
  MINIMUM_JP_PNS,
} from './jam-pelajaran-pns.js';

export {
  BATAS_JP_PPPK,
  JABATAN_PPPK,
  JAM_PELAJARAN_PPPK_RULE_ID,
  jamPelajaranPppk,
  type JamPelajaranPppkInput,
  jamPelajaranPppkInput,
  type JamPelajaranPppkOptions,
  jamPelajaranPppkOptions,
  jamPelajaranPppkOutput,
  type JamPelajaranPppkOutput,
  jamPelajaranPppkRule,
} from './jam-pelajaran-pppk.js';

export {
  ISI_RENCANA_PASAL_207,
  ISIAN_RENCANA_INSTANSI,
  KEBUTUHAN_PENGEMBANGAN_RULE_ID,
  kebutuhanPengembangan,
  type KebutuhanPengembanganInput,
  kebutuhanPengembanganInput,
  type KebutuhanPengembanganOptions,
  kebutuhanPengembanganOptions,
  kebutuhanPengembanganOutput,
  type KebutuhanPengembanganOutput,
  kebutuhanPengembanganRule,
  PREDIKAT_KESENJANGAN_KINERJA_PRESET,
} from './kebutuhan-pengembangan.js';

export { MERIT_RULES } from './rules.js';
export { MERIT_REGULATIONS } from './regulations.js';
export { meritMessages } from './messages.js';
export { describeMerit, explainMerit } from './explain.js';
