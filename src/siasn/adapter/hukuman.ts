/**
 * Reading rw-hukdis into hukuman disiplin of PP 94/2021: the kind by the SIASN id (its tingkat checked
 * against `jenisTingkatHukumanId`), the TMT from `hukumanTanggal`, the length and the end date checked
 * against the kind. Annulled rows are left out; rows with no PP 94/2021 kind need review.
 */
import { addDays, addMonths } from '../../core/calendar.js';
import { HUKUMAN, type JenisHukuman } from '../../discipline/types.js';
import type { SiasnPegawai } from '../pegawai.js';
import { REFERENSI_JENIS_HUKUMAN, REFERENSI_TINGKAT_HUKUMAN } from '../referensi/jenis-hukuman.js';
import { cariReferensi } from '../referensi/tabel.js';
import type { GapList } from './define.js';

export interface HukumanTerbaca {
  jenis: JenisHukuman;
  tmt: string;
}

/** The hukuman disiplin of the record, in SIASN's order, under the input field `field`. */
export function riwayatHukuman(p: SiasnPegawai, field: string, gaps: GapList): HukumanTerbaca[] {
  const out: HukumanTerbaca[] = [];
  p.riwayat.hukdis.forEach((row, i) => {
    const at = (f: string) => `riwayat.hukdis[${i}].${f}`;
    const path = (f: string) => ['riwayat', 'hukdis', i, f];
    if (row.skPembatalanNomor || row.skPembatalanTanggal) {
      gaps.add(field, [at('skPembatalanNomor'), at('skPembatalanTanggal')], 'ignored', false, {
        en: `hukuman ${row.jenisHukumanNama ?? row.jenisHukuman ?? ''} annulled (SK ${row.skPembatalanNomor ?? '?'}): left out; SIASN does not say how it was annulled`,
        id: `hukuman ${row.jenisHukumanNama ?? row.jenisHukuman ?? ''} dibatalkan (SK ${row.skPembatalanNomor ?? '?'}): tidak dibaca; SIASN tidak mencatat dasar pembatalannya`,
      });
      return;
    }
    if (!row.jenisHukuman) {
      gaps.add(field, [at('jenisHukuman')], 'missing', true, {
        en: 'a hukdis row has no jenisHukuman',
        id: 'baris hukdis tanpa jenisHukuman',
      });
      return;
    }
    const ref = cariReferensi(REFERENSI_JENIS_HUKUMAN, row.jenisHukuman, path('jenisHukuman'));
    if (ref.nilai === null) {
      gaps.add(field, [at('jenisHukuman')], 'needs-review', true, {
        en: `jenis hukuman ${ref.id} "${ref.nama}" has no PP 94/2021 counterpart (${ref.catatan ?? 'review by hand'})`,
        id: `jenis hukuman ${ref.id} "${ref.nama}" tidak ada padanannya dalam PP 94/2021 (${ref.catatan ?? 'tinjau manual'})`,
      });
      return;
    }
    const jenis = ref.nilai;
    const kind = HUKUMAN[jenis];
    if (row.jenisTingkatHukumanId) {
      const tingkat = cariReferensi(REFERENSI_TINGKAT_HUKUMAN, row.jenisTingkatHukumanId, path('jenisTingkatHukumanId')).nilai!;
      if (tingkat !== kind.tingkat) {
        gaps.add(field, [at('jenisHukuman'), at('jenisTingkatHukumanId')], 'ambiguous', true, {
          en: `jenis hukuman ${ref.id} is ${kind.tingkat} but jenisTingkatHukumanId says ${tingkat}`,
          id: `jenis hukuman ${ref.id} bertingkat ${kind.tingkat} tetapi jenisTingkatHukumanId menyebut ${tingkat}`,
        });
        return;
      }
    }
    if (!row.hukumanTanggal) {
      gaps.add(field, [at('hukumanTanggal')], 'missing', true, {
        en: `hukuman ${jenis} has no hukumanTanggal (TMT)`,
        id: `hukuman ${jenis} tanpa hukumanTanggal (TMT)`,
      });
      return;
    }
    const tmt = row.hukumanTanggal;
    const bulan = row.masaTahun === null && row.masaBulan === null ? null : (row.masaTahun ?? 0) * 12 + (row.masaBulan ?? 0);
    if (bulan !== null && bulan !== (kind.durasiBulan ?? 0)) {
      gaps.add(field, [at('masaTahun'), at('masaBulan')], 'ambiguous', true, {
        en: `hukuman ${jenis} lasts ${kind.durasiBulan ?? 0} months, the row says ${bulan}`,
        id: `hukuman ${jenis} berlangsung ${kind.durasiBulan ?? 0} bulan, baris menyebut ${bulan}`,
      });
      return;
    }
    if (row.akhirHukumTanggal && kind.durasiBulan !== null) {
      // Whether akhirHukumTanggal is the last day served or the first day after is unconfirmed: both are read.
      const hariBebas = addMonths(tmt, kind.durasiBulan);
      if (row.akhirHukumTanggal !== hariBebas && row.akhirHukumTanggal !== addDays(hariBebas, -1)) {
        gaps.add(field, [at('hukumanTanggal'), at('akhirHukumTanggal')], 'ambiguous', true, {
          en: `hukuman ${jenis} from ${tmt} ends ${hariBebas} (or the day before), the row says ${row.akhirHukumTanggal}`,
          id: `hukuman ${jenis} sejak ${tmt} berakhir ${hariBebas} (atau sehari sebelumnya), baris menyebut ${row.akhirHukumTanggal}`,
        });
        return;
      }
    }
    out.push({ jenis, tmt });
  });
  return out;
}
