/** The numbers of the SKP formulas (Perka BKN 1/2013 Lampiran) and the preset added values, with their tables. */
import { Decimal } from '../../core/decimal.js';
import type { Citation } from '../../core/decision.js';
import { deepFreeze } from '../../core/freeze.js';
import { formulaTable, recordTable, scale, scaleTable } from '../../core/tables.js';

export const CITE_RUMUS: readonly Citation[] = deepFreeze([{ regulation: 'PERKA_BKN_1_2013', annex: 'Lampiran (penilaian SKP)' }]);

/** Factor of the waktu/biaya formula: realisasi = 76 % of target scores 100, so NT = 1.76 (Perka BKN 1/2013). */
export const FAKTOR_EFISIENSI = new Decimal('1.76');
/** Efficiency threshold (%) of the waktu/biaya formula: up to and including 24 % the plain formula applies. */
export const BATAS_EFISIENSI_PERSEN = 24;
/** Start of the formula above the threshold, 76 − (nilai − 100): the score of a realisation equal to its target. */
export const NILAI_EFISIENSI_TINGGI = new Decimal(76);

/** Most kegiatan on one SKP: a year's activities of one PNS are a few dozen; 1,000 is far above any real form. */
export const MAKS_KEGIATAN_SKP = 1000;

/** Levels of kreativitas recognised in the SKP (Perka BKN 1/2013): who benefits from the new work. */
export const KREATIVITAS = deepFreeze(['TIDAK_ADA', 'UNIT_KERJA', 'ORGANISASI', 'NEGARA'] as const);
export type Kreativitas = (typeof KREATIVITAS)[number];

/** Preset value added for tugas tambahan by the number of tasks (secondary sources on Perka BKN 1/2013). */
export const PRESET_NILAI_TUGAS_TAMBAHAN = scale<string>([
  ['[1, 4)', '1', CITE_RUMUS],
  ['[4, 7)', '2', CITE_RUMUS],
  ['[7, ∞)', '3', CITE_RUMUS],
]);

/** Preset value added for kreativitas by who benefits (secondary sources on Perka BKN 1/2013). */
export const PRESET_NILAI_KREATIVITAS = deepFreeze({ UNIT_KERJA: 3, ORGANISASI: 6, NEGARA: 12 });

const T = 'T';
const R = 'R';
const rumusDasar = `(${FAKTOR_EFISIENSI.toString()} × ${T} − ${R}) / ${T} × 100`;

export const CAPAIAN_SKP_TABLES = deepFreeze([
  formulaTable({ id: 'Rumus per aspek (T = target, R = realisasi)', en: 'Formula per aspect (T = target, R = realisation)' }, [
    ['kuantitas', `${R} / ${T} × 100`, CITE_RUMUS],
    ['kualitas', `${R} / ${T} × 100`, CITE_RUMUS],
    ['efisiensi (waktu, biaya)', `e = 100 − ${R} / ${T} × 100`, CITE_RUMUS],
    [`waktu, biaya bila e ≤ ${BATAS_EFISIENSI_PERSEN}`, rumusDasar, CITE_RUMUS],
    [`waktu, biaya bila e > ${BATAS_EFISIENSI_PERSEN}`, `${NILAI_EFISIENSI_TINGGI.toString()} − (${rumusDasar} − 100)`, CITE_RUMUS],
    [`waktu, biaya bila ${R} > ${FAKTOR_EFISIENSI.toString()} × ${T}`, '0 (nilai aspek tidak pernah di bawah 0)', CITE_RUMUS],
    ['nilai capaian kegiatan', 'jumlah nilai aspek / jumlah aspek (3, atau 4 dengan biaya)', CITE_RUMUS],
    ['nilai capaian SKP', 'rata-rata kegiatan + nilai tugas tambahan + nilai kreativitas (preset di bawah)', CITE_RUMUS],
  ]),
  scaleTable({ id: 'Nilai tugas tambahan (preset)', en: 'Value added for additional tasks (preset)' }, PRESET_NILAI_TUGAS_TAMBAHAN, {
    range: 'jumlah tugas tambahan',
    values: ['nilai'],
  }),
  recordTable(
    { id: 'Nilai kreativitas (preset)', en: 'Value added for creativity (preset)' },
    PRESET_NILAI_KREATIVITAS,
    ['kreativitas', 'nilai'],
    (nilai) => [nilai],
    () => CITE_RUMUS,
  ),
]);
