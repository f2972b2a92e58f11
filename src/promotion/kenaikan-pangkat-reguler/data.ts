import type { IsoDate } from '../../core/calendar.js';
import type { Citation } from '../../core/decision.js';
import { deepFreeze } from '../../core/freeze.js';
import type { RuleTable } from '../../core/rule.js';
import { formulaTable, recordTable } from '../../core/tables.js';
import type { RuleVersion } from '../../core/versions.js';
import {
  DASAR_KP_PERTAMA,
  DASAR_KP_REGULER_ATASAN,
  DASAR_KP_REGULER_ATASAN_DICABUT,
  DASAR_KP_REGULER_PLAFON,
  DASAR_KP_REGULER_SYARAT,
  DASAR_SUSUNAN_PANGKAT,
} from '../_bersama/dasar-kp.js';
import { LANGKAH_HUKUMAN } from '../_bersama/hukuman.js';
import { PLAFON_KP_REGULER } from '../_bersama/ijazah.js';
import { LANGKAH_PEMERIKSAAN_DISIPLIN } from '../_bersama/pemeriksaan-disiplin.js';
import { CITATION_UJIAN_DINAS } from '../_bersama/ujian-dinas.js';
import { VERSI_PERIODE_KENAIKAN_PANGKAT } from '../periode-kenaikan-pangkat.js';
import { namaPangkat } from '../types.js';

/** Minimum whole years in the current pangkat for KP reguler ("sekurang-kurangnya telah 4 (empat) tahun"). */
export const MIN_TAHUN_KP_REGULER = 4;
/** Number of annual appraisals (the years before the KP period) that must be at least the minimum predikat. */
export const TAHUN_PENILAIAN_KP_REGULER = 2;
/**
 * First KP period date without the atasan-langsung limit (Peraturan BKN 2/2025 Pasal 2 ayat (2); the exact
 * effective day is unconfirmed): the split of {@link VERSI_KENAIKAN_PANGKAT_REGULER} and the preset of the
 * setting `tanggalBatasAtasanDicabut`.
 */
export const TANGGAL_BATAS_ATASAN_DICABUT: IsoDate = '2025-05-20';

/** 4 years in pangkat and 2 years rated baik (PP 99/2000, the article after Pasal 6). */
export const CITE_SYARAT: Citation[] = DASAR_KP_REGULER_SYARAT;
/** The first KP: the 4 years count from TMT CPNS. */
export const CITE_MASA_KERJA_PERTAMA: Citation[] = deepFreeze([...DASAR_KP_REGULER_SYARAT, ...DASAR_KP_PERTAMA]);
/** IV/e is the highest pangkat (PP 99/2000 Lampiran). */
export const CITE_PANGKAT_PUNCAK: Citation[] = DASAR_SUSUNAN_PANGKAT;
export const CITE_PLAFON: Citation[] = DASAR_KP_REGULER_PLAFON;
const CITE_ATASAN: Citation[] = DASAR_KP_REGULER_ATASAN;
const CITE_ATASAN_DICABUT: Citation[] = DASAR_KP_REGULER_ATASAN_DICABUT;
/** The legal basis the rule page opens with. */
export const CITE_KP_REGULER: Citation[] = deepFreeze([...CITE_SYARAT, ...CITE_PLAFON, ...CITE_ATASAN, ...CITE_ATASAN_DICABUT]);

/** What a version of KP reguler changes: whether the golongan tujuan may not exceed the atasan langsung's. */
export interface VersiKpReguler {
  batasAtasan: boolean;
}

/**
 * The versions of KP reguler, split on the day the atasan-langsung limit is revoked (a setting): PP 99/2000
 * jo. PP 12/2002 with the limit, then Peraturan BKN 2/2025 without it. Half-open; the first starts with the
 * KP period table (the year of PP 99/2000).
 */
export function versiKenaikanPangkatReguler(tanggalDicabut: IsoDate): RuleVersion<VersiKpReguler>[] {
  return [
    {
      id: 'BATAS_ATASAN',
      from: VERSI_PERIODE_KENAIKAN_PANGKAT[0]!.from,
      to: tanggalDicabut,
      citations: CITE_ATASAN,
      value: { batasAtasan: true },
    },
    { id: 'TANPA_BATAS_ATASAN', from: tanggalDicabut, citations: CITE_ATASAN_DICABUT, value: { batasAtasan: false } },
  ];
}

/** The versions of KP reguler with the preset repeal date {@link TANGGAL_BATAS_ATASAN_DICABUT}. */
export const VERSI_KENAIKAN_PANGKAT_REGULER: readonly RuleVersion<VersiKpReguler>[] = deepFreeze(
  versiKenaikanPangkatReguler(TANGGAL_BATAS_ATASAN_DICABUT),
);

/** `true` while the atasan-langsung limit applies to a KP with this TMT (the version BATAS_ATASAN). */
export function batasAtasanBerlaku(tmt: IsoDate, tanggalDicabut: IsoDate = TANGGAL_BATAS_ATASAN_DICABUT): boolean {
  return tmt < tanggalDicabut;
}

/** The conditions, one per line, with their dasar, as the rule page shows them. */
export const TABEL_KENAIKAN_PANGKAT_REGULER: readonly RuleTable[] = deepFreeze([
  formulaTable({ id: 'Syarat kenaikan pangkat reguler pada periode', en: 'Conditions of a regular promotion on the period' }, [
    ['masaKerja', `periode ≥ mulai + ${MIN_TAHUN_KP_REGULER} tahun; mulai = TMT pangkat (KP pertama: TMT CPNS)`, CITE_MASA_KERJA_PERTAMA],
    [
      'penilaian',
      `${TAHUN_PENILAIAN_KP_REGULER} tahun kalender sebelum tahun periode, masing-masing ≥ minPredikat (preset BAIK)`,
      CITE_SYARAT,
    ],
    ['plafonIjazah', 'golongan tujuan ≤ PLAFON_KP_REGULER[ijazah] (tabel berikut)', CITE_PLAFON],
    ['atasan', `golongan tujuan ≤ golongan atasan langsung, hanya untuk periode sebelum ${TANGGAL_BATAS_ATASAN_DICABUT}`, CITE_ATASAN],
    [
      'ujianDinas',
      'II/d → III/a: Tingkat I; III/d → IV/a: Tingkat II; lulus atau dibebaskan (ijazah, diklat kepemimpinan)',
      CITATION_UJIAN_DINAS,
    ],
    LANGKAH_HUKUMAN,
    ...LANGKAH_PEMERIKSAAN_DISIPLIN,
  ]),
  recordTable(
    { id: 'Pangkat tertinggi kenaikan pangkat reguler menurut ijazah', en: 'Highest regular-promotion rank by diploma' },
    PLAFON_KP_REGULER,
    ['ijazah', 'golongan', 'pangkat'],
    (g) => [g, namaPangkat(g)],
    () => CITE_PLAFON,
  ),
]);
