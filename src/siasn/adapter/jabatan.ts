/** Reading the current jabatan (its kind, the JF jenjang) and the ijazah. */
import type { Ijazah } from '../../core/ijazah.js';
import type { JenisJabatan } from '../../promotion/batas-usia-pensiun.js';
import type { JenjangJf } from '../../promotion/types.js';
import type { SiasnPegawai } from '../pegawai.js';
import { REFERENSI_ESELON, REFERENSI_JENIS_JABATAN, REFERENSI_JENJANG_JF, jenjangDariNamaJf } from '../referensi/jabatan.js';
import { barisUntuk, cariReferensi } from '../referensi/tabel.js';
import { REFERENSI_TINGKAT_PENDIDIKAN } from '../referensi/tingkat-pendidikan.js';
import type { GapList, SiasnContext } from './define.js';

/** The jenjang of the current JF: the `jenjang` code when it is one, else the end of the JF name; disagreement is blocking. */
export function jenjangJf(p: SiasnPegawai, field: string, gaps: GapList): JenjangJf | undefined {
  const du = p.dataUtama;
  const dariKode = du.jenjang ? (barisUntuk(REFERENSI_JENJANG_JF, du.jenjang.toUpperCase())?.nilai ?? undefined) : undefined;
  const nama = du.jabatanFungsionalNama ?? du.jabatanNama;
  const dariNama = nama ? (jenjangDariNamaJf(nama) ?? undefined) : undefined;
  if (dariKode && dariNama && dariKode !== dariNama) {
    gaps.add(field, ['dataUtama.jenjang', 'dataUtama.jabatanFungsionalNama'], 'ambiguous', true, {
      en: `jenjang code ${du.jenjang} reads ${dariKode}, the JF name "${nama}" ${dariNama}`,
      id: `kode jenjang ${du.jenjang} terbaca ${dariKode}, nama JF "${nama}" ${dariNama}`,
    });
    return undefined;
  }
  const jenjang = dariKode ?? dariNama;
  if (!jenjang) {
    gaps.add(field, ['dataUtama.jenjang', 'dataUtama.jabatanFungsionalNama'], 'missing', true, {
      en: `no JF jenjang: jenjang ${du.jenjang ?? 'empty'}, JF name ${nama ? `"${nama}"` : 'empty'}`,
      id: `jenjang JF tidak terbaca: jenjang ${du.jenjang ?? 'kosong'}, nama JF ${nama ? `"${nama}"` : 'kosong'}`,
    });
  }
  return jenjang;
}

const KETERAMPILAN: readonly JenjangJf[] = ['PEMULA', 'TERAMPIL', 'MAHIR', 'PENYELIA'];

/** Guru and dosen are JF with their own BUP (UU 14/2005): recognised by the JF name, a reading [U] listed as such. */
function guruAtauDosen(nama: string | null | undefined): JenisJabatan | undefined {
  const n = (nama ?? '').trim().toUpperCase();
  return n.startsWith('GURU') ? 'GURU' : n.startsWith('DOSEN') ? 'DOSEN' : undefined;
}

/** The kind of the current jabatan (BUP, syarat jabatan): by `jenisJabatanId`, with `eselonId` or the JF jenjang. */
export function jabatanSekarang(p: SiasnPegawai, field: string, gaps: GapList): JenisJabatan | undefined {
  const du = p.dataUtama;
  if (!du.jenisJabatanId) {
    gaps.add(field, ['dataUtama.jenisJabatanId'], 'missing', true, { en: 'jenisJabatanId is empty', id: 'jenisJabatanId kosong' });
    return undefined;
  }
  const jenis = cariReferensi(REFERENSI_JENIS_JABATAN, du.jenisJabatanId, ['dataUtama', 'jenisJabatanId']).nilai!;
  if (jenis === 'PELAKSANA') return 'PELAKSANA';
  if (jenis === 'RANGKAP') {
    gaps.add(field, ['dataUtama.jenisJabatanId'], 'ambiguous', true, {
      en: 'jabatan rangkap (struktural and fungsional): say which one decides',
      id: 'jabatan rangkap (struktural dan fungsional): sebutkan mana yang menentukan',
    });
    return undefined;
  }
  if (jenis === 'STRUKTURAL') {
    const eselon = du.eselonId ? cariReferensi(REFERENSI_ESELON, du.eselonId, ['dataUtama', 'eselonId']) : undefined;
    if (!eselon?.nilai) {
      gaps.add(field, ['dataUtama.eselonId'], eselon ? 'needs-review' : 'missing', true, {
        en: `jabatan struktural with eselon ${eselon ? `${eselon.id} (${eselon.nama})` : 'empty'}: no jabatan class`,
        id: `jabatan struktural dengan eselon ${eselon ? `${eselon.id} (${eselon.nama})` : 'kosong'}: kelas jabatan tidak terbaca`,
      });
      return undefined;
    }
    return eselon.nilai;
  }
  const guru = guruAtauDosen(du.jabatanFungsionalNama ?? du.jabatanNama);
  if (guru) {
    gaps.add(field, ['dataUtama.jabatanFungsionalNama'], 'ambiguous', false, {
      en: `read as ${guru} from the JF name (a reading: SIASN has no guru/dosen flag)`,
      id: `dibaca sebagai ${guru} dari nama JF (tafsiran: SIASN tidak punya penanda guru/dosen)`,
    });
    return guru;
  }
  const jenjang = jenjangJf(p, field, gaps);
  if (!jenjang) return undefined;
  return KETERAMPILAN.includes(jenjang) ? 'JF_KETERAMPILAN' : (`JF_${jenjang}` as JenisJabatan);
}

/**
 * The ijazah recognised in SIASN: `tkPendidikanTerakhirId`, else the highest `tkPendidikanId` of
 * rw-pendidikan (listed). An id mapped to nothing (42, 47, 49) is blocking unless the setting names it.
 */
export function ijazah(p: SiasnPegawai, context: SiasnContext, gaps: GapList): Ijazah | undefined {
  let id = p.dataUtama.tkPendidikanTerakhirId;
  let path: (string | number)[] = ['dataUtama', 'tkPendidikanTerakhirId'];
  if (!id) {
    const rows = p.riwayat.pendidikan
      .map((row, i) => ({ row, i }))
      .filter(({ row }) => row.tkPendidikanId && /^\d+$/.test(row.tkPendidikanId));
    rows.sort((a, b) => Number(b.row.tkPendidikanId) - Number(a.row.tkPendidikanId));
    const top = rows[0];
    if (!top) {
      gaps.add('ijazah', ['dataUtama.tkPendidikanTerakhirId', 'riwayat.pendidikan'], 'missing', true, {
        en: 'no tingkat pendidikan: tkPendidikanTerakhirId is empty and rw-pendidikan has none',
        id: 'tingkat pendidikan tidak ada: tkPendidikanTerakhirId kosong dan rw-pendidikan tidak memuatnya',
      });
      return undefined;
    }
    id = top.row.tkPendidikanId!;
    path = ['riwayat', 'pendidikan', top.i, 'tkPendidikanId'];
    gaps.add('ijazah', ['dataUtama.tkPendidikanTerakhirId', path.join('.')], 'ambiguous', false, {
      en: `tkPendidikanTerakhirId is empty: the highest level in rw-pendidikan (${id}) is read; whether it is recognised for the pangkat is not in SIASN`,
      id: `tkPendidikanTerakhirId kosong: tingkat tertinggi di rw-pendidikan (${id}) dibaca; apakah diakui untuk pangkat tidak tercatat di SIASN`,
    });
  }
  const row = cariReferensi(REFERENSI_TINGKAT_PENDIDIKAN, id, path);
  const setting = Object.entries(context.ijazahTingkatPendidikan ?? {}).find(
    ([k]) => barisUntuk(REFERENSI_TINGKAT_PENDIDIKAN, k)?.id === row.id,
  );
  if (setting) return setting[1];
  if (row.nilai === null) {
    gaps.add('ijazah', [path.join('.')], 'needs-review', true, {
      en: `tingkat pendidikan ${row.id} (${row.nama}) has no ijazah of ours (${row.catatan ?? ''})`,
      id: `tingkat pendidikan ${row.id} (${row.nama}) tidak ada padanan ijazahnya (${row.catatan ?? ''})`,
    });
    return undefined;
  }
  if (row.grade === 'U') {
    gaps.add('ijazah', [path.join('.')], 'ambiguous', false, {
      en: `tingkat pendidikan ${row.id} (${row.nama}) read as ${row.nilai} (${row.catatan ?? ''}); set ijazahTingkatPendidikan to change`,
      id: `tingkat pendidikan ${row.id} (${row.nama}) dibaca ${row.nilai} (${row.catatan ?? ''}); ubah lewat ijazahTingkatPendidikan`,
    });
  }
  return row.nilai;
}
