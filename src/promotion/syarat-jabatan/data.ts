import type { Citation } from '../../core/decision.js';
import { deepFreeze } from '../../core/freeze.js';
import type { RuleTable } from '../../core/rule.js';
import { recordTable } from '../../core/tables.js';
import type { JenisJabatan } from '../batas-usia-pensiun.js';
import type { Ijazah } from '../types.js';

// The requirements of promotion.syaratJabatan, as the regulations (and the settings' presets) state them.

/** Jabatan a PNS can be appointed to under this rule. */
export const JABATAN_TUJUAN = deepFreeze([
  'JPT_UTAMA',
  'JPT_MADYA',
  'JPT_PRATAMA',
  'ADMINISTRATOR',
  'PENGAWAS',
  'JF_KETERAMPILAN',
  'JF_AHLI_PERTAMA',
  'JF_AHLI_MUDA',
  'JF_AHLI_MADYA',
  'JF_AHLI_UTAMA',
] as const);
export type JabatanTujuan = (typeof JABATAN_TUJUAN)[number];
export type JabatanPimpinanTinggi = Extract<JabatanTujuan, `JPT_${string}`>;
export type JabatanAdministrasi = Extract<JabatanTujuan, 'ADMINISTRATOR' | 'PENGAWAS'>;
export type JabatanFungsionalTujuan = Extract<JabatanTujuan, `JF_${string}`>;

export const PASAL_107: Citation[] = deepFreeze([{ regulation: 'PP_11_2017', article: 'Pasal 107' }, { regulation: 'PP_17_2020' }]);
export const PASAL_107_AYAT_2: Citation[] = deepFreeze([{ regulation: 'PP_11_2017', article: 'Pasal 107 ayat (2)' }]);
/** Jabatan administrasi: PP 11/2017 (the articles were not read; the rows are the settings' presets). */
export const PASAL_JA: Citation[] = deepFreeze([{ regulation: 'PP_11_2017' }]);
export const CITE_JF: Citation[] = deepFreeze([{ regulation: 'PERMENPANRB_1_2023' }, { regulation: 'PERBKN_3_2023' }]);

/** JPT requirements (PP 11/2017 Pasal 107 as amended by PP 17/2020). */
export const SYARAT_JPT: Readonly<
  Record<JabatanPimpinanTinggi, { pengalamanTahun: number; jabatanSebelumnya: readonly JenisJabatan[]; usiaMaksimal: number }>
> = deepFreeze({
  JPT_UTAMA: { pengalamanTahun: 10, jabatanSebelumnya: ['JPT_MADYA', 'JF_AHLI_UTAMA'], usiaMaksimal: 58 },
  JPT_MADYA: { pengalamanTahun: 7, jabatanSebelumnya: ['JPT_PRATAMA', 'JF_AHLI_UTAMA'], usiaMaksimal: 58 },
  JPT_PRATAMA: { pengalamanTahun: 5, jabatanSebelumnya: ['ADMINISTRATOR', 'JF_AHLI_MADYA'], usiaMaksimal: 56 },
});
/** Years in the prior jabatan required for JPT. */
export const TAHUN_JABATAN_SEBELUMNYA_JPT = 2;
/** Lowest ijazah for JPT: S1 or D-IV (PP 11/2017 Pasal 107). */
export const IJAZAH_MINIMAL_JPT: Ijazah = 'S1';

/**
 * Jabatan administrasi: the jabatan whose years count (besides the JF set as equivalent by a setting) and the
 * years needed there (the digest's reading of PP 11/2017; unconfirmed).
 */
export const SYARAT_JA: Readonly<Record<JabatanAdministrasi, { jabatanAsal: JenisJabatan; tahun: number }>> = deepFreeze({
  ADMINISTRATOR: { jabatanAsal: 'PENGAWAS', tahun: 3 },
  PENGAWAS: { jabatanAsal: 'PELAKSANA', tahun: 4 },
});
/** "paling sedikit dalam 2 tahun terakhir setiap unsur penilaian prestasi kerja bernilai baik": the appraisal years checked. */
export const TAHUN_PENILAIAN_DIPERIKSA = 2;

/** Maximum age for moving into a JF by perpindahan (SIASN FAQ, BKN). */
export const USIA_MAKSIMAL_PERPINDAHAN_JF: Readonly<Record<JabatanFungsionalTujuan, number>> = deepFreeze({
  JF_KETERAMPILAN: 53,
  JF_AHLI_PERTAMA: 53,
  JF_AHLI_MUDA: 53,
  JF_AHLI_MADYA: 55,
  JF_AHLI_UTAMA: 60,
});
/** Lowest ijazah for moving into a JF: SLTA for keterampilan, S1 for keahlian. */
export const IJAZAH_MINIMAL_PERPINDAHAN_JF: Readonly<Record<JabatanFungsionalTujuan, Ijazah>> = deepFreeze({
  JF_KETERAMPILAN: 'SLTA',
  JF_AHLI_PERTAMA: 'S1',
  JF_AHLI_MUDA: 'S1',
  JF_AHLI_MADYA: 'S1',
  JF_AHLI_UTAMA: 'S1',
});
/** Years of experience in the related field needed to move into a JF. */
export const PENGALAMAN_MINIMAL_PERPINDAHAN_JF_TAHUN = 2;

/** The appraisal years checked on `tahunAsOf`: the {@link TAHUN_PENILAIAN_DIPERIKSA} years before it, oldest first. */
export const tahunPenilaianDiperiksa = (tahunAsOf: number): number[] =>
  Array.from({ length: TAHUN_PENILAIAN_DIPERIKSA }, (_, i) => tahunAsOf - TAHUN_PENILAIAN_DIPERIKSA + i);

/** The three requirement tables, for the rule's page. */
export const tabelSyaratJabatan = (): RuleTable[] => [
  recordTable(
    { id: 'Syarat JPT (PP 11/2017 Pasal 107 jo. PP 17/2020)', en: 'Senior executive requirements (PP 11/2017 Article 107, PP 17/2020)' },
    SYARAT_JPT,
    [
      'jabatan tujuan',
      'ijazah minimal',
      'pengalaman (tahun)',
      'jabatan sebelumnya',
      'tahun dalam jabatan sebelumnya',
      'usia paling tinggi',
    ],
    (s) => [IJAZAH_MINIMAL_JPT, s.pengalamanTahun, s.jabatanSebelumnya.join(' / '), TAHUN_JABATAN_SEBELUMNYA_JPT, s.usiaMaksimal],
    () => PASAL_107,
  ),
  recordTable(
    { id: 'Syarat jabatan administrasi (preset pengaturan)', en: 'Administrative post requirements (setting presets)' },
    SYARAT_JA,
    ['jabatan tujuan', 'jabatan asal (atau JF setingkat)', 'tahun minimal', 'penilaian'],
    (s) => [s.jabatanAsal, s.tahun, `${TAHUN_PENILAIAN_DIPERIKSA} tahun terakhir ≥ minPredikat`],
    () => PASAL_JA,
  ),
  recordTable(
    { id: 'Syarat perpindahan ke JF', en: 'Requirements for moving into a functional post' },
    USIA_MAKSIMAL_PERPINDAHAN_JF,
    ['jabatan tujuan', 'usia paling tinggi', 'ijazah minimal', 'pengalaman (tahun)', 'uji kompetensi', 'penilaian'],
    (usia, jabatan) => [
      usia,
      IJAZAH_MINIMAL_PERPINDAHAN_JF[jabatan],
      PENGALAMAN_MINIMAL_PERPINDAHAN_JF_TAHUN,
      'lulus',
      `${TAHUN_PENILAIAN_DIPERIKSA} tahun terakhir ≥ minPredikat`,
    ],
    () => CITE_JF,
  ),
];
