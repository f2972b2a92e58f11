import type { JenisHukuman, TingkatHukuman } from '../../discipline/types.js';
import { tabelReferensi } from './tabel.js';

// SIASN reference `jenisHukuman` (ws-siasn-php src/Data/Referensi/jenisHukuman.json.gz) read against
// PP 94/2021 Pasal 8 and PP 53/2010 Pasal 7. `null`: no PP 94/2021 kind of ours (a legacy PP 53/2010 or
// PP 30/1980 kind, a kode etik sanction, or an id whose meaning is unconfirmed): such a row needs review.
const LEGACY_53 = 'PP 53/2010 kind with no PP 94/2021 counterpart; review by hand';

/** SIASN jenis hukuman id ↔ {@link JenisHukuman} (rw-hukdis `jenisHukuman`). */
export const REFERENSI_JENIS_HUKUMAN = tabelReferensi<JenisHukuman>(
  'jenisHukuman',
  'rw-hukdis jenisHukuman',
  { id: 'Jenis hukuman disiplin', en: 'Jenis hukuman disiplin' },
  [
    ['1', 'TEGURAN LISAN', 'TEGURAN_LISAN', 'S'],
    ['2', 'TEGURAN TERTULIS', 'TEGURAN_TERTULIS', 'S'],
    ['3', 'PERNYATAAN TIDAK PUAS SECARA TERTULIS', 'PERNYATAAN_TIDAK_PUAS_TERTULIS', 'S'],
    ['4', 'PENUNDAAN KGB SELAMA 1 THN', null, 'S', LEGACY_53],
    ['5', 'PENURUNAN GAJI MAX 1 TH', null, 'U', 'PP 30/1980 kind; review by hand'],
    ['6', 'PENUNDAAN GAJI MAX 1 THN', null, 'U', 'PP 30/1980 kind (meaning unconfirmed); review by hand'],
    ['7', 'PENUNDAAN KP SELAMA 1 THN', null, 'S', LEGACY_53],
    ['8', 'PENURUNAN PANGKAT 1 TINGKAT 1 THN', null, 'S', LEGACY_53],
    ['9', 'PEMBEBASAN DARI JABATAN', null, 'S', LEGACY_53],
    ['10', 'PEMBERHENTIAN DENGAN HORMAT TIDAK ATAS PERMINTAAN SENDIRI', 'PDHTAPS', 'S'],
    ['11', 'PEMBERHENTIAN TIDAK DENGAN HORMAT SEBAGAI PNS', null, 'S', 'PTDH is not a hukuman disiplin of PP 94/2021; review by hand'],
    ['12', 'PENGAKTIFAN HUKUMAN DISIPLIN', null, 'U', 'meaning unconfirmed; review by hand'],
    ['13', 'PEMINDAHAN DLM RANGKA PENURUNAN JABATAN 1 TINGKAT', null, 'S', LEGACY_53],
    ['14', 'PENURUNAN PANGKAT 1 TINGKAT 3 THN', null, 'S', LEGACY_53],
    ['21', 'SANKSI MORAL TERBUKA', null, 'U', 'kode etik sanction, not a hukuman disiplin; review by hand'],
    ['22', 'SANKSI MORAL TERTUTUP', null, 'U', 'kode etik sanction, not a hukuman disiplin; review by hand'],
    ['23', 'PEMOTONGAN TUNKIN 25% 6 BLN', 'POTONGAN_TUKIN_6_BULAN', 'S'],
    ['24', 'PEMOTONGAN TUNKIN 25% 9 BLN', 'POTONGAN_TUKIN_9_BULAN', 'S'],
    ['25', 'PEMOTONGAN TUNKIN 25% 12 BLN', 'POTONGAN_TUKIN_12_BULAN', 'S'],
    ['27', 'PENURUNAN DARI JABATAN SETINGKAT LEBIH RENDAH SELAMA 12 BLN', 'PENURUNAN_JABATAN', 'S'],
    ['28', 'PEMBEBASAN DARI JABATAN MENJADI PELAKSANA SELAMA 12 BLN', 'PEMBEBASAN_DARI_JABATAN', 'S'],
  ],
);

/** SIASN `jenisTingkatHukumanId` ↔ {@link TingkatHukuman}. */
export const REFERENSI_TINGKAT_HUKUMAN = tabelReferensi<TingkatHukuman>(
  'tingkatHukuman',
  'rw-hukdis jenisTingkatHukumanId',
  { id: 'Tingkat hukuman disiplin', en: 'Tingkat hukuman disiplin' },
  [
    ['R', 'Ringan', 'RINGAN', 'S'],
    ['S', 'Sedang', 'SEDANG', 'S'],
    ['B', 'Berat', 'BERAT', 'S'],
  ],
);
