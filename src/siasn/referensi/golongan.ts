import type { GolonganPns } from '../../promotion/types.js';
import { tabelReferensi } from './tabel.js';

// SIASN reference `golongan` (ws-siasn-php src/Data/Referensi/golonganPns.json.gz; the 2-digit ids every
// client uses): tens digit = golongan I–IV, units digit = ruang a–e. PPPK golongan ids are not covered.
const R = (id: string, g: GolonganPns, pangkat: string) => [id, `${g} ${pangkat}`, g, 'S'] as const;

/** SIASN golongan id ↔ golongan/ruang PNS (`golRuangAwalId`, `golRuangAkhirId`, rw-golongan `golonganId`). */
export const REFERENSI_GOLONGAN = tabelReferensi<GolonganPns>(
  'golongan',
  'golRuangAwalId, golRuangAkhirId, rw-golongan golonganId',
  { id: 'Golongan/ruang', en: 'Golongan/ruang' },
  [
    R('11', 'I/a', 'Juru Muda'),
    R('12', 'I/b', 'Juru Muda Tingkat I'),
    R('13', 'I/c', 'Juru'),
    R('14', 'I/d', 'Juru Tingkat I'),
    R('21', 'II/a', 'Pengatur Muda'),
    R('22', 'II/b', 'Pengatur Muda Tingkat I'),
    R('23', 'II/c', 'Pengatur'),
    R('24', 'II/d', 'Pengatur Tingkat I'),
    R('31', 'III/a', 'Penata Muda'),
    R('32', 'III/b', 'Penata Muda Tingkat I'),
    R('33', 'III/c', 'Penata'),
    R('34', 'III/d', 'Penata Tingkat I'),
    R('41', 'IV/a', 'Pembina'),
    R('42', 'IV/b', 'Pembina Tingkat I'),
    R('43', 'IV/c', 'Pembina Utama Muda'),
    R('44', 'IV/d', 'Pembina Utama Madya'),
    R('45', 'IV/e', 'Pembina Utama'),
  ],
);
