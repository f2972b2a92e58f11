/** The numbers of the SKP formulas (Perka BKN 1/2013 Lampiran) and the preset added values, with their tables. */
import { Decimal } from '../../core/decimal.js';
import type { Citation } from '../../core/decision.js';
import { deepFreeze } from '../../core/freeze.js';
import { formulaTable, recordTable, scale, scaleTable } from '../../core/tables.js';

export const CITE_RUMUS: readonly Citation[] = deepFreeze([{ regulation: 'PERKA_BKN_1_2013', annex: 'Lampiran (penilaian SKP)' }]);

/** A kegiatan not carried out scores 0 on every aspect: the Lampiran's own formula for it was not read. */
export const CITE_TIDAK_TERLAKSANA: readonly Citation[] = deepFreeze([
  {
    regulation: 'PERKA_BKN_1_2013',
    unlocated:
      'A 2014 blog on the SKP waktu formulas (denganbasmalahakubisa.blogspot.com) says "Dalam hal kegiatan atau target tidak terlaksana, maka digunakan rumus" of its own but shows it only as an image; a public implementation scores every aspect 0 (I); the Lampiran text was not read',
  },
]);

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

/** The preset added values: attributed to Perka BKN 1/2013 by practice, stated by no source found. */
const CITE_NILAI_TAMBAHAN: readonly Citation[] = deepFreeze([
  {
    regulation: 'PERKA_BKN_1_2013',
    unlocated:
      'The values added for tugas tambahan (1/2/3) and kreativitas (3/6/12) are the common practice under Perka BKN 1/2013, but no source found states them (U); pages on "tugas tambahan dan kreativitas" show only an unrelated local scheme; they are the settings nilaiTugasTambahan and nilaiKreativitas',
  },
]);

/** Preset value added for tugas tambahan by the number of tasks (common practice; no source found, U). */
export const PRESET_NILAI_TUGAS_TAMBAHAN = scale<string>([
  ['[1, 4)', '1', CITE_NILAI_TAMBAHAN],
  ['[4, 7)', '2', CITE_NILAI_TAMBAHAN],
  ['[7, ∞)', '3', CITE_NILAI_TAMBAHAN],
]);

/** Preset value added for kreativitas by who benefits (common practice; no source found, U). */
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
    [
      'kegiatan tidak terlaksana (realisasi kuantitas 0)',
      'setiap aspek 0, termasuk waktu dan biaya (pengaturan kegiatanTidakTerlaksanaNol, preset true)',
      CITE_TIDAK_TERLAKSANA,
    ],
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
    () => CITE_NILAI_TAMBAHAN,
  ),
]);
