import type { Ijazah } from '../../core/ijazah.js';
import { tabelReferensi } from './tabel.js';

/**
 * SIASN tingkat pendidikan id ↔ {@link Ijazah} (`tkPendidikanTerakhirId`, rw-pendidikan `tkPendidikanId`).
 * Where one SIASN level covers several of ours, the row names the preset and the note the others: an app
 * whose records mean another one overrides it with the adapters' `ijazahTingkatPendidikan` setting.
 */
export const REFERENSI_TINGKAT_PENDIDIKAN = tabelReferensi<Ijazah>(
  'tingkatPendidikan',
  'tkPendidikanTerakhirId, rw-pendidikan tkPendidikanId',
  { id: 'Tingkat pendidikan → ijazah', en: 'Tingkat pendidikan → ijazah' },
  [
    ['05', 'Sekolah Dasar', 'SD', 'I'],
    ['10', 'SLTP', 'SLTP', 'I'],
    ['12', 'SLTP Kejuruan', 'SLTP_KEJURUAN', 'I'],
    ['15', 'SLTA', 'SLTA', 'I'],
    ['17', 'SLTA Kejuruan', 'SLTA_KEJURUAN', 'I'],
    ['18', 'SLTA Keguruan', 'SLTA_KEJURUAN', 'U', 'SLTA-level teacher school; SGPLB (a higher KP ceiling) is also SLTA Keguruan'],
    ['20', 'Diploma I', 'D_I', 'I'],
    ['25', 'Diploma II', 'D_II', 'I'],
    ['30', 'Diploma III / Sarjana Muda', 'D_III', 'I', 'also Sarjana Muda and Akademi (same KP ceiling III/c)'],
    ['35', 'Diploma IV', 'D_IV', 'I'],
    ['40', 'S-1 / Sarjana', 'S1', 'I'],
    [
      '42',
      'Profesi (inferred)',
      null,
      'U',
      'name inferred from the pendidikan reference (profesi dokter/apoteker…); set ijazahTingkatPendidikan',
    ],
    ['45', 'S-2', 'S2', 'I'],
    ['47', 'Spesialis-1 (inferred)', null, 'U', 'name inferred (dokter spesialis); set ijazahTingkatPendidikan'],
    ['49', 'Spesialis-2 / Subspesialis (inferred)', null, 'U', 'name inferred (subspesialis); set ijazahTingkatPendidikan'],
    ['50', 'S-3 / Doktor', 'S3', 'I'],
  ],
);
