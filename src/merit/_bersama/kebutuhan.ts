import * as z from 'zod/mini';
import { KELOMPOK_KOMPETENSI } from '../../competency/types.js';
import type { Citation } from '../../core/decision.js';
import { deepFreeze } from '../../core/freeze.js';

// Shapes and data of merit.kebutuhanPengembangan.

/** Talent-box recommendations that ask for competency development (competency.kotakTalenta's codes). */
export const REKOMENDASI_PENGEMBANGAN = deepFreeze(['PENGEMBANGAN_KOMPETENSI', 'TUGAS_BELAJAR'] as const);

/** The nine-box recommendations, as competency.kotakTalenta cites them. */
export const CITE_KOTAK_PENGEMBANGAN: Citation = deepFreeze({
  regulation: 'PERMENPANRB_3_2020',
  unlocated:
    'The recommendations per box come from consistent implementations (grade I) and a BKN study of 2020 (S); the Lampiran of PermenPANRB 3/2020 was not read.',
});

/** One development need: what triggers it and, for a competency, its levels (Pasal 207 huruf a). */
export const KEBUTUHAN_OUTPUT = z.object({
  dasar: z
    .enum(['KESENJANGAN_KOMPETENSI', 'KESENJANGAN_KINERJA', 'REKOMENDASI_KOTAK_TALENTA'])
    .check(z.describe('What triggered the need')),
  jabatan: z.enum(['DIDUDUKI', 'AKAN_DIDUDUKI']).check(z.describe('The post whose standard or target it is measured against')),
  kompetensi: z.nullable(z.string()).check(z.describe('Competency code (Pasal 207 huruf a); null for a performance or talent-box need')),
  kelompok: z.nullable(z.enum(KELOMPOK_KOMPETENSI)).check(z.describe('Its group; null when no competency')),
  levelSaatIni: z.nullable(z.int()).check(z.describe('Achieved level; null when no competency')),
  levelTarget: z.nullable(z.int()).check(z.describe('Standard level to reach; null when no competency')),
  selisih: z.nullable(z.int()).check(z.describe('aktual − standar (negative); null when no competency')),
});
