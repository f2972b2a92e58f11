import type { JenisJabatan } from '../../promotion/batas-usia-pensiun.js';
import type { JenjangJf } from '../../promotion/types.js';
import { tabelReferensi } from './tabel.js';

/** The SIASN jabatan kinds: struktural, fungsional tertentu, both (rangkap), fungsional umum (pelaksana). */
export type JenisJabatanSiasn = 'STRUKTURAL' | 'FUNGSIONAL_TERTENTU' | 'RANGKAP' | 'PELAKSANA';

/** SIASN `jenisJabatanId` (data utama) and rw-jabatan `jenisJabatan`. Local apps may renumber these: never assume theirs. */
export const REFERENSI_JENIS_JABATAN = tabelReferensi<JenisJabatanSiasn>(
  'jenisJabatan',
  'jenisJabatanId, rw-jabatan jenisJabatan',
  { id: 'Jenis jabatan', en: 'Jenis jabatan' },
  [
    ['1', 'Jabatan Struktural', 'STRUKTURAL', 'S'],
    ['2', 'Jabatan Fungsional Tertentu', 'FUNGSIONAL_TERTENTU', 'S'],
    ['3', 'Jabatan Rangkap (Struktural dan Fungsional)', 'RANGKAP', 'S', 'two kinds at once: the adapters ask which one decides'],
    ['4', 'Jabatan Fungsional Umum (pelaksana)', 'PELAKSANA', 'S'],
  ],
);

/** SIASN `eselonId` ↔ the jabatan kind of a struktural position (UU ASN classes). */
export const REFERENSI_ESELON = tabelReferensi<JenisJabatan>('eselon', 'eselonId', { id: 'Eselon → jabatan', en: 'Eselon → jabatan' }, [
  ['10', 'I.a (JPT Utama)', 'JPT_UTAMA', 'S'],
  ['11', 'I.a (JPT Madya)', 'JPT_MADYA', 'S'],
  ['12', 'I.b (JPT Madya)', 'JPT_MADYA', 'S'],
  ['21', 'II.a', 'JPT_PRATAMA', 'S'],
  ['22', 'II.b', 'JPT_PRATAMA', 'S'],
  ['31', 'III.a', 'ADMINISTRATOR', 'S'],
  ['32', 'III.b', 'ADMINISTRATOR', 'S'],
  ['41', 'IV.a', 'PENGAWAS', 'S'],
  ['42', 'IV.b', 'PENGAWAS', 'S'],
  ['51', 'V.a', null, 'U', 'eselon V has no UU ASN class of its own; review by hand'],
  ['52', 'V.b', null, 'U', 'eselon V has no UU ASN class of its own; review by hand'],
  ['99', 'NON', null, 'S', 'no eselon: not a struktural position'],
  ['00', 'none', null, 'S', 'no eselon: not a struktural position'],
]);

/** Jenjang codes of the SIASN jabatan fungsional reference (`jenjang`) ↔ {@link JenjangJf}. */
export const REFERENSI_JENJANG_JF = tabelReferensi<JenjangJf>(
  'jenjangJf',
  'jenjang (jabatan fungsional reference)',
  { id: 'Jenjang jabatan fungsional', en: 'Jenjang jabatan fungsional' },
  [
    ['PM', 'Pemula', 'PEMULA', 'S'],
    ['TR', 'Terampil', 'TERAMPIL', 'S'],
    ['MH', 'Mahir', 'MAHIR', 'S'],
    ['PY', 'Penyelia', 'PENYELIA', 'S'],
    ['PT', 'Ahli Pertama', 'AHLI_PERTAMA', 'S'],
    ['MU', 'Ahli Muda', 'AHLI_MUDA', 'S'],
    ['MA', 'Ahli Madya', 'AHLI_MADYA', 'S'],
    ['UT', 'Ahli Utama', 'AHLI_UTAMA', 'S'],
  ],
);

/**
 * The jenjang named at the end of a JF name (`"Analis Kepegawaian Ahli Muda"`), the way every JF of
 * PermenPANRB 1/2023 is named; `null` when the name ends in none. Used only when no jenjang code is sent.
 */
export function jenjangDariNamaJf(nama: string): JenjangJf | null {
  const text = nama.trim().toUpperCase().replace(/\s+/g, ' ');
  for (const row of REFERENSI_JENJANG_JF.baris) {
    if (row.nilai && text.endsWith(` ${row.nama.toUpperCase()}`)) return row.nilai;
  }
  return null;
}
