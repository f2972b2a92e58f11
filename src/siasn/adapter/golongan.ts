/** Reading the pangkat history: the current golongan and its TMT, the golongan at appointment. */
import type { IsoDate } from '../../core/calendar.js';
import type { GolonganPns } from '../../promotion/types.js';
import { REFERENSI_GOLONGAN } from '../referensi/golongan.js';
import { cariReferensi } from '../referensi/tabel.js';
import type { SiasnPegawai } from '../pegawai.js';
import type { GapList } from './define.js';

export interface PangkatTerbaca {
  golongan?: GolonganPns;
  tmtPangkat?: IsoDate;
  /** Rows of riwayat golongan with a TMT, oldest first. */
  jumlahRiwayat: number;
}

const golonganOf = (id: string, path: (string | number)[]) => cariReferensi(REFERENSI_GOLONGAN, id, path).nilai!;

/**
 * The current golongan and TMT: the latest riwayat golongan row, cross-checked with the data utama
 * (`golRuangAkhirId`, `tmtGolAkhir`). A disagreement, or two rows on the same latest TMT, is blocking.
 */
export function pangkatSekarang(p: SiasnPegawai, gaps: GapList): PangkatTerbaca {
  const du = p.dataUtama;
  const rows = p.riwayat.golongan
    .map((row, i) => ({ row, i }))
    .filter(({ row, i }) => {
      if (row.tmtGolongan && row.golonganId) return true;
      gaps.add('riwayatGolongan', [`riwayat.golongan[${i}]`], 'ignored', false, {
        en: 'riwayat golongan row without golonganId or tmtGolongan left out',
        id: 'baris riwayat golongan tanpa golonganId atau tmtGolongan tidak dibaca',
      });
      return false;
    })
    .sort((a, b) => (a.row.tmtGolongan! < b.row.tmtGolongan! ? -1 : a.row.tmtGolongan! > b.row.tmtGolongan! ? 1 : 0));
  const fromUtama = {
    golongan: du.golRuangAkhirId ? golonganOf(du.golRuangAkhirId, ['dataUtama', 'golRuangAkhirId']) : undefined,
    tmt: du.tmtGolAkhir ?? undefined,
  };
  const last = rows[rows.length - 1];
  if (!last) {
    if (!fromUtama.golongan) {
      gaps.add('golongan', ['dataUtama.golRuangAkhirId', 'riwayat.golongan'], 'missing', true, {
        en: 'no current golongan: golRuangAkhirId is empty and there is no riwayat golongan',
        id: 'golongan sekarang tidak ada: golRuangAkhirId kosong dan riwayat golongan tidak ada',
      });
    }
    if (!fromUtama.tmt) {
      gaps.add('tmtPangkat', ['dataUtama.tmtGolAkhir', 'riwayat.golongan'], 'missing', true, {
        en: 'no TMT of the current pangkat: tmtGolAkhir is empty and there is no riwayat golongan',
        id: 'TMT pangkat sekarang tidak ada: tmtGolAkhir kosong dan riwayat golongan tidak ada',
      });
    }
    return {
      ...(fromUtama.golongan ? { golongan: fromUtama.golongan } : {}),
      ...(fromUtama.tmt ? { tmtPangkat: fromUtama.tmt } : {}),
      jumlahRiwayat: 0,
    };
  }
  const golongan = golonganOf(last.row.golonganId!, ['riwayat', 'golongan', last.i, 'golonganId']);
  const tmtPangkat = last.row.tmtGolongan!;
  const sameTmt = rows.filter(({ row }) => row.tmtGolongan === tmtPangkat && row.golonganId !== last.row.golonganId);
  if (sameTmt.length > 0) {
    gaps.add('golongan', sameTmt.map(({ i }) => `riwayat.golongan[${i}]`).concat(`riwayat.golongan[${last.i}]`), 'ambiguous', true, {
      en: `two riwayat golongan rows share the latest TMT ${tmtPangkat} with different golongan`,
      id: `dua baris riwayat golongan ber-TMT terakhir ${tmtPangkat} dengan golongan berbeda`,
    });
  }
  if (fromUtama.golongan && fromUtama.golongan !== golongan) {
    gaps.add('golongan', ['dataUtama.golRuangAkhirId', `riwayat.golongan[${last.i}].golonganId`], 'ambiguous', true, {
      en: `data utama says ${fromUtama.golongan}, the latest riwayat golongan ${golongan}`,
      id: `data utama menyebut ${fromUtama.golongan}, riwayat golongan terakhir ${golongan}`,
    });
  }
  if (fromUtama.tmt && fromUtama.tmt !== tmtPangkat) {
    gaps.add('tmtPangkat', ['dataUtama.tmtGolAkhir', `riwayat.golongan[${last.i}].tmtGolongan`], 'ambiguous', true, {
      en: `data utama says TMT ${fromUtama.tmt}, the latest riwayat golongan ${tmtPangkat}`,
      id: `data utama menyebut TMT ${fromUtama.tmt}, riwayat golongan terakhir ${tmtPangkat}`,
    });
  }
  return { golongan, tmtPangkat, jumlahRiwayat: rows.length };
}

/** The golongan at first appointment: `golRuangAwalId`, else the oldest riwayat golongan row. */
export function golonganAwal(p: SiasnPegawai, gaps: GapList): GolonganPns | undefined {
  const id = p.dataUtama.golRuangAwalId;
  if (id) return golonganOf(id, ['dataUtama', 'golRuangAwalId']);
  const rows = p.riwayat.golongan.map((row, i) => ({ row, i })).filter(({ row }) => row.tmtGolongan && row.golonganId);
  rows.sort((a, b) => (a.row.tmtGolongan! < b.row.tmtGolongan! ? -1 : 1));
  const first = rows[0];
  if (first && first.row.tmtGolongan === p.dataUtama.tmtCpns) {
    return golonganOf(first.row.golonganId!, ['riwayat', 'golongan', first.i, 'golonganId']);
  }
  gaps.add('golonganPengangkatan', ['dataUtama.golRuangAwalId', 'riwayat.golongan'], 'missing', true, {
    en: 'golongan at appointment unknown: golRuangAwalId is empty and no riwayat golongan row starts on tmtCpns',
    id: 'golongan pengangkatan tidak diketahui: golRuangAwalId kosong dan tidak ada riwayat golongan ber-TMT tmtCpns',
  });
  return undefined;
}

/** TMT CPNS from the data utama, or a blocking gap. */
export function tmtCpns(p: SiasnPegawai, gaps: GapList): IsoDate | undefined {
  if (p.dataUtama.tmtCpns) return p.dataUtama.tmtCpns;
  gaps.add('tmtCpns', ['dataUtama.tmtCpns'], 'missing', true, { en: 'tmtCpns is empty', id: 'tmtCpns kosong' });
  return undefined;
}

/** Birth date from the data utama, or a blocking gap. */
export function tanggalLahir(p: SiasnPegawai, gaps: GapList): IsoDate | undefined {
  if (p.dataUtama.tglLahir) return p.dataUtama.tglLahir;
  gaps.add('tanggalLahir', ['dataUtama.tglLahir'], 'missing', true, { en: 'tglLahir is empty', id: 'tglLahir kosong' });
  return undefined;
}

/** Kedudukan hukum "Aktif" (SIASN `kedudukanPnsId` 01): any other (CLTN, pemberhentian sementara, pensiun…) is listed for review. */
export const KEDUDUKAN_AKTIF = '01';

/** Lists a kedudukan other than active service: KP and KGB assume a PNS in active service. */
export function catatKedudukan(p: SiasnPegawai, field: string, gaps: GapList): void {
  const k = p.dataUtama.kedudukanPnsId;
  if (k && Number(k) !== Number(KEDUDUKAN_AKTIF)) {
    gaps.add(field, ['dataUtama.kedudukanPnsId'], 'needs-review', false, {
      en: `kedudukanPnsId ${k}${p.dataUtama['kedudukanPnsNama'] ? ` (${String(p.dataUtama['kedudukanPnsNama'])})` : ''} is not active service (01): check that the decision applies`,
      id: `kedudukanPnsId ${k}${p.dataUtama['kedudukanPnsNama'] ? ` (${String(p.dataUtama['kedudukanPnsNama'])})` : ''} bukan aktif (01): periksa apakah keputusan ini berlaku`,
    });
  }
}
