/** Adapters of the two KP rules read from SIASN: reguler and fungsional. */
import { golonganBerikutnya } from '../../promotion/types.js';
import { ujianDinasDiperlukan, dasarPembebasanUjianDinas } from '../../promotion/_bersama/ujian-dinas.js';
import { kenaikanPangkatFungsionalRule } from '../../promotion/kenaikan-pangkat-fungsional.js';
import { kenaikanPangkatRegulerRule } from '../../promotion/kenaikan-pangkat-reguler/index.js';
import type { DiklatKepemimpinan } from '../../promotion/types.js';
import type { SiasnPegawai } from '../pegawai.js';
import { REFERENSI_DIKLAT_STRUKTURAL } from '../referensi/kinerja.js';
import { barisUntuk, cariReferensi } from '../referensi/tabel.js';
import { defineAdapter, type GapList } from './define.js';
import { catatKedudukan, golonganAwal, pangkatSekarang, tmtCpns } from './golongan.js';
import { riwayatHukuman } from './hukuman.js';
import { ijazah, jenjangJf } from './jabatan.js';
import { riwayatPenilaianTerakhir } from './penilaian.js';
import { REFERENSI_JENIS_JABATAN } from '../referensi/jabatan.js';

/** Diklat kepemimpinan passed, from rw-diklat `latihanStrukturalId`. */
function diklatKepemimpinan(p: SiasnPegawai): DiklatKepemimpinan[] {
  const found = new Set<DiklatKepemimpinan>();
  p.riwayat.diklat.forEach((row, i) => {
    if (!row.latihanStrukturalId) return;
    const nilai = cariReferensi(REFERENSI_DIKLAT_STRUKTURAL, row.latihanStrukturalId, [
      'riwayat',
      'diklat',
      i,
      'latihanStrukturalId',
    ]).nilai;
    if (nilai) found.add(nilai);
  });
  return [...found].sort();
}

/** `true` for the first KP since appointment: the current golongan is the one of appointment. */
function kpPertama(p: SiasnPegawai, golongan: string | undefined, jumlahRiwayat: number, gaps: GapList): boolean | undefined {
  const awal = p.dataUtama.golRuangAwalId ? golonganAwal(p, gaps) : undefined;
  if (awal && golongan) return awal === golongan;
  if (jumlahRiwayat > 1) return false;
  gaps.add('kenaikanPangkatPertama', ['dataUtama.golRuangAwalId', 'riwayat.golongan'], 'missing', true, {
    en: 'whether this is the first KP is unknown: golRuangAwalId is empty and riwayat golongan has at most one row',
    id: 'apakah ini KP pertama tidak diketahui: golRuangAwalId kosong dan riwayat golongan paling banyak satu baris',
  });
  return undefined;
}

function notJfNote(p: SiasnPegawai, expect: 'PELAKSANA' | 'FUNGSIONAL_TERTENTU', gaps: GapList): void {
  const id = p.dataUtama.jenisJabatanId;
  const jenis = id ? barisUntuk(REFERENSI_JENIS_JABATAN, id)?.nilai : undefined;
  if (jenis && jenis !== expect) {
    gaps.add('golongan', ['dataUtama.jenisJabatanId'], 'ambiguous', false, {
      en: `jenisJabatanId ${id} (${jenis}): this KP route may not be the one that applies`,
      id: `jenisJabatanId ${id} (${jenis}): jalur KP ini mungkin bukan yang berlaku`,
    });
  }
}

/** KP reguler: golongan and TMT, ijazah, appraisals, hukuman, diklat; ujian dinas and the atasan's golongan are not in SIASN. */
export const kenaikanPangkatRegulerSiasn = /* @__PURE__ */ defineAdapter({
  rule: kenaikanPangkatRegulerRule,
  riwayat: ['golongan', 'hukdis'],
  asOfOption: true,
  derive(p, context, gaps) {
    const pangkat = pangkatSekarang(p, gaps);
    const pertama = kpPertama(p, pangkat.golongan, pangkat.jumlahRiwayat, gaps);
    const cpns = pertama ? tmtCpns(p, gaps) : p.dataUtama.tmtCpns;
    const ij = ijazah(p, context, gaps);
    const diklat = diklatKepemimpinan(p);
    notJfNote(p, 'PELAKSANA', gaps);
    catatKedudukan(p, 'golongan', gaps);
    const ke = pangkat.golongan ? golonganBerikutnya(pangkat.golongan) : null;
    const ujian = pangkat.golongan && ke ? ujianDinasDiperlukan(pangkat.golongan, ke) : null;
    if (ujian && !(ij && dasarPembebasanUjianDinas(ujian, ij, diklat))) {
      gaps.add('ujianDinas', [], 'not-in-siasn', true, {
        en: `${pangkat.golongan} → ${ke} needs ujian dinas ${ujian}, which SIASN does not record: supply ujianDinas`,
        id: `${pangkat.golongan} → ${ke} mensyaratkan ujian dinas ${ujian}, yang tidak tercatat di SIASN: isi ujianDinas`,
      });
    }
    gaps.add('golonganAtasan', [], 'not-in-siasn', false, {
      en: 'the atasan langsung’s golongan is not in the record; checked only for KP periods before the limit was lifted (tanggalBatasAtasanDicabut)',
      id: 'golongan atasan langsung tidak ada dalam rekaman; hanya diperiksa untuk periode KP sebelum batas itu dicabut (tanggalBatasAtasanDicabut)',
    });
    return {
      ...(pangkat.golongan ? { golongan: pangkat.golongan } : {}),
      ...(pangkat.tmtPangkat ? { tmtPangkat: pangkat.tmtPangkat } : {}),
      ...(pertama === undefined ? {} : { kenaikanPangkatPertama: pertama }),
      ...(cpns ? { tmtCpns: cpns } : {}),
      ...(ij ? { ijazah: ij } : {}),
      riwayatPenilaian: riwayatPenilaianTerakhir(p, context.asOf, gaps),
      riwayatHukuman: riwayatHukuman(p, 'riwayatHukuman', gaps),
      diklatKepemimpinan: diklat,
    };
  },
});

/** The AKK toward this KP: the latest PAK (rw-angkakredit) dated on or after the current TMT pangkat. */
function akkDariPak(p: SiasnPegawai, tmtPangkat: string | undefined, gaps: GapList): string | undefined {
  const rows = p.riwayat.angkakredit
    .map((row, i) => ({ row, i }))
    .filter(({ row }) => row.tanggalSk && row.kreditBaruTotal !== null && row.kreditBaruTotal !== undefined)
    .sort((a, b) => (a.row.tanggalSk! < b.row.tanggalSk! ? -1 : 1));
  const last = rows[rows.length - 1];
  if (!last || !tmtPangkat || last.row.tanggalSk! < tmtPangkat) {
    gaps.add('akk', ['riwayat.angkakredit'], 'missing', true, {
      en: 'no PAK dated on or after the current TMT pangkat: compute the AKK with akumulasiAngkaKredit and supply akk',
      id: 'tidak ada PAK bertanggal sejak TMT pangkat sekarang: hitung AKK dengan akumulasiAngkaKredit lalu isi akk',
    });
    return undefined;
  }
  gaps.add('akk', [`riwayat.angkakredit[${last.i}].kreditBaruTotal`], 'ambiguous', false, {
    en: `AKK ${last.row.kreditBaruTotal} read from the PAK of ${last.row.tanggalSk} (kreditBaruTotal); whether it counts only the AK toward this KP is unconfirmed`,
    id: `AKK ${last.row.kreditBaruTotal} dibaca dari PAK tanggal ${last.row.tanggalSk} (kreditBaruTotal); apakah hanya memuat AK untuk KP ini belum terkonfirmasi`,
  });
  return last.row.kreditBaruTotal!;
}

/** KP fungsional: jenjang, golongan and TMT, AKK from the latest PAK, appraisals, hukuman. */
export const kenaikanPangkatFungsionalSiasn = /* @__PURE__ */ defineAdapter({
  rule: kenaikanPangkatFungsionalRule,
  riwayat: ['golongan', 'angkakredit', 'hukdis'],
  asOfOption: true,
  derive(p, context, gaps) {
    const pangkat = pangkatSekarang(p, gaps);
    notJfNote(p, 'FUNGSIONAL_TERTENTU', gaps);
    catatKedudukan(p, 'golongan', gaps);
    const jenjang = jenjangJf(p, 'jenjang', gaps);
    const akk = akkDariPak(p, pangkat.tmtPangkat, gaps);
    return {
      ...(jenjang ? { jenjang } : {}),
      ...(pangkat.golongan ? { golongan: pangkat.golongan } : {}),
      ...(pangkat.tmtPangkat ? { tmtPangkat: pangkat.tmtPangkat } : {}),
      ...(akk === undefined ? {} : { akk }),
      riwayatPenilaian: riwayatPenilaianTerakhir(p, context.asOf, gaps),
      riwayatHukuman: riwayatHukuman(p, 'riwayatHukuman', gaps),
    };
  },
});
