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

const pp11 = (article: string): Citation => ({ regulation: 'PP_11_2017', article });

/** PP 11/2017 Pasal 107 in the text PP 17/2020 gave it (ayat (1): requirements per JPT; ayat (2): presidential waiver). */
export const PASAL_107: Citation[] = deepFreeze([
  pp11('Pasal 107'),
  {
    regulation: 'PP_17_2020',
    unlocated:
      'PP 17/2020 gives PP 11/2017 Pasal 107 its current text (page 12 of its text read: ayat (1) huruf c JPT pratama, ayat (2) waiver); the item of its Pasal I that does so was not read',
  },
]);
export const PASAL_107_AYAT_2: Citation[] = deepFreeze([pp11('Pasal 107 ayat (2)')]);

/** The JPT conditions a rule checks, each with the item of Pasal 107 ayat (1) that sets it. */
export type SyaratJptDiperiksa = 'pendidikan' | 'pengalaman' | 'jabatanSebelumnya' | 'usia';
const HURUF_JPT: Readonly<Record<JabatanPimpinanTinggi, string>> = deepFreeze({ JPT_UTAMA: 'a', JPT_MADYA: 'b', JPT_PRATAMA: 'c' });
/** Angka of each condition in huruf a (utama, PP 11/2017 text read) and huruf c (pratama, PP 17/2020 text read). */
const ANGKA_JPT: Readonly<Record<SyaratJptDiperiksa, number>> = deepFreeze({ pendidikan: 1, pengalaman: 3, jabatanSebelumnya: 4, usia: 6 });
/** Huruf b (madya): only angka 1–3 were read, so the others cite the huruf. */
const ANGKA_JPT_MADYA_DIBACA: readonly SyaratJptDiperiksa[] = deepFreeze(['pendidikan', 'pengalaman']);

const citationJptDari = (jabatan: JabatanPimpinanTinggi, syarat: SyaratJptDiperiksa): Citation[] => {
  const huruf = `Pasal 107 ayat (1) huruf ${HURUF_JPT[jabatan]}`;
  const dibaca = jabatan !== 'JPT_MADYA' || ANGKA_JPT_MADYA_DIBACA.includes(syarat);
  return [pp11(dibaca ? `${huruf} angka ${ANGKA_JPT[syarat]}` : huruf)];
};
const SYARAT_JPT_DIPERIKSA = Object.keys(ANGKA_JPT) as SyaratJptDiperiksa[];
/** The citation of each JPT condition: PP 11/2017 Pasal 107 ayat (1) huruf a/b/c, with its angka where read. */
export const CITATIONS_JPT: Readonly<Record<JabatanPimpinanTinggi, Readonly<Record<SyaratJptDiperiksa, Citation[]>>>> = deepFreeze(
  Object.fromEntries(
    (Object.keys(HURUF_JPT) as JabatanPimpinanTinggi[]).map((j) => [
      j,
      Object.fromEntries(SYARAT_JPT_DIPERIKSA.map((syarat) => [syarat, citationJptDari(j, syarat)])),
    ]),
  ) as Record<JabatanPimpinanTinggi, Record<SyaratJptDiperiksa, Citation[]>>,
);

/** Jabatan administrasi: PP 11/2017, whose requirements were read without their Pasal number. */
export const PASAL_JA: Citation[] = deepFreeze([
  {
    regulation: 'PP_11_2017',
    unlocated:
      'Administrator (S1/D-IV, 3 years as pengawas or an equivalent JF, appraisal at least baik for 2 years) and pengawas (D-III, 4 years as pelaksana or an equivalent JF): read verbatim in a transcription of PP 11/2017 without its Pasal (aturanasn.id places them after Pasal 53, number cut off)',
  },
]);
/** Perpindahan into a JF: PermenPANRB 1/2023, article not found. */
export const CITE_JF: Citation[] = deepFreeze([
  {
    regulation: 'PERMENPANRB_1_2023',
    unlocated:
      'Perpindahan into a JF (ijazah, uji kompetensi, 2 years of experience, predikat at least baik for 2 years, age at most 53/55/60): listed by the SIASN FAQ (BKN) and by jpnn on PermenPANRB 1/2023; the Pasal was not found',
  },
]);

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
 * years needed there (PP 11/2017 as transcribed, its Pasal not located: docs/sources/jabatan-dan-pensiun.md).
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
    (_s, jabatan) => [pp11(`Pasal 107 ayat (1) huruf ${HURUF_JPT[jabatan]}`)],
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
