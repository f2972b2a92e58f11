import * as z from 'zod/mini';
import { deepFreeze } from '../core/freeze.js';

/** The eight aspects of the merit-system assessment under PermenPANRB 40/2018 (KASN self-assessment), in its order. */
export const ASPEK_SISTEM_MERIT_2018 = deepFreeze([
  'PERENCANAAN_KEBUTUHAN',
  'PENGADAAN',
  'PENGEMBANGAN_KARIER',
  'PROMOSI_DAN_MUTASI',
  'MANAJEMEN_KINERJA',
  'PENGGAJIAN_PENGHARGAAN_DISIPLIN',
  'PERLINDUNGAN_DAN_PELAYANAN',
  'SISTEM_INFORMASI',
] as const);
export type AspekSistemMerit2018 = (typeof ASPEK_SISTEM_MERIT_2018)[number];
export const aspekSistemMerit2018Schema = z.enum(ASPEK_SISTEM_MERIT_2018);

/** The categories of PermenPANRB 40/2018 as KASN stated them: I Buruk, II Kurang, III Baik, IV Sangat Baik. */
export const KATEGORI_SISTEM_MERIT = deepFreeze(['BURUK', 'KURANG', 'BAIK', 'SANGAT_BAIK'] as const);
export type KategoriSistemMerit = (typeof KATEGORI_SISTEM_MERIT)[number];
export const kategoriSistemMeritSchema = z.enum(KATEGORI_SISTEM_MERIT);

/** The two components of the PermenPANRB 19/2025 index as KemenPANRB presented it (S-weak): maturity and employee satisfaction. */
export const KOMPONEN_SISTEM_MERIT_2025 = deepFreeze(['MATURITAS', 'KEPUASAN_PEGAWAI'] as const);
export type KomponenSistemMerit2025 = (typeof KOMPONEN_SISTEM_MERIT_2025)[number];

/** NISM categories as KemenPANRB presented them for PermenPANRB 19/2025 (S-weak). */
export const KATEGORI_NISM = deepFreeze(['DASAR', 'LANJUTAN', 'MENENGAH', 'TINGGI', 'MAJU'] as const);
export type KategoriNism = (typeof KATEGORI_NISM)[number];

/** Whose score: the agency's own self-assessment, or the score after verification (they may differ). */
export const JENIS_NILAI = deepFreeze(['MANDIRI', 'VERIFIKASI'] as const);
export type JenisNilai = (typeof JENIS_NILAI)[number];

/** Learning paths of competency development (PerLAN 10/2018 as listed by BKN): education, classical and non-classical training. */
export const JALUR_PENGEMBANGAN = deepFreeze(['PENDIDIKAN', 'KLASIKAL', 'NONKLASIKAL'] as const);
export type JalurPengembangan = (typeof JALUR_PENGEMBANGAN)[number];

/** Forms of competency development per path (PerLAN 10/2018 as listed in the SE Kepala BKN 3/2022 deck; LAN's page). */
export const BENTUK_PENGEMBANGAN = deepFreeze({
  PENDIDIKAN: ['TUGAS_BELAJAR', 'IZIN_BELAJAR'],
  KLASIKAL: [
    'PELATIHAN_STRUKTURAL_KEPEMIMPINAN',
    'PELATIHAN_MANAJERIAL',
    'PELATIHAN_TEKNIS',
    'PELATIHAN_FUNGSIONAL',
    'PELATIHAN_SOSIAL_KULTURAL',
    'SEMINAR',
    'WORKSHOP',
    'KURSUS',
    'PENATARAN',
    'BIMBINGAN_TEKNIS',
    'SOSIALISASI',
    'KLASIKAL_LAINNYA',
  ],
  NONKLASIKAL: [
    'COACHING',
    'MENTORING',
    'E_LEARNING',
    'PELATIHAN_JARAK_JAUH',
    'DETASERING',
    'PEMBELAJARAN_ALAM_TERBUKA',
    'PATOK_BANDING',
    'PERTUKARAN_PEGAWAI',
    'BELAJAR_MANDIRI',
    'KOMUNITAS_BELAJAR',
    'BIMBINGAN_DI_TEMPAT_KERJA',
    'MAGANG',
    'PENUGASAN_PROGRAM_PRIORITAS',
    'TEAM_BUILDING',
    'NONKLASIKAL_LAINNYA',
  ],
} as const);
export type BentukPengembangan = (typeof BENTUK_PENGEMBANGAN)[JalurPengembangan][number];
/** Every form, in path order. */
export const SEMUA_BENTUK_PENGEMBANGAN: readonly BentukPengembangan[] = deepFreeze([
  ...BENTUK_PENGEMBANGAN.PENDIDIKAN,
  ...BENTUK_PENGEMBANGAN.KLASIKAL,
  ...BENTUK_PENGEMBANGAN.NONKLASIKAL,
]);

/** Where an activity took place, for the conversion table's columns. */
export const CAKUPAN_KEGIATAN = deepFreeze(['NASIONAL', 'INTERNASIONAL'] as const);
export type CakupanKegiatan = (typeof CAKUPAN_KEGIATAN)[number];
