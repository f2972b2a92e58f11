/** Adapters of syaratJabatan (history of positions) and akumulasiAngkaKredit (annual kinerja since the last PAK). */
import { addMonths, type IsoDate, isoDate, startOfMonth, wholeMonthsBetween, yearOf } from '../../core/calendar.js';
import type { Predikat } from '../../performance/types.js';
import { akumulasiAngkaKreditRule } from '../../promotion/akumulasi-angka-kredit/index.js';
import type { JenisJabatan } from '../../promotion/batas-usia-pensiun.js';
import { syaratJabatanRule } from '../../promotion/syarat-jabatan/index.js';
import type { SiasnPegawai } from '../pegawai.js';
import { REFERENSI_ESELON, REFERENSI_JENIS_JABATAN, jenjangDariNamaJf } from '../referensi/jabatan.js';
import { cariReferensi } from '../referensi/tabel.js';
import { defineAdapter, type GapList } from './define.js';
import { pangkatSekarang, tanggalLahir } from './golongan.js';
import { ijazah, jenjangJf } from './jabatan.js';
import { riwayatPenilaian, riwayatPenilaianTerakhir } from './penilaian.js';

/** The kind of one rw-jabatan row, or `undefined` (listed) when it cannot be read. */
function jenisBaris(p: SiasnPegawai, i: number, gaps: GapList): JenisJabatan | undefined {
  const row = p.riwayat.jabatan[i]!;
  const at = `riwayat.jabatan[${i}]`;
  const jenis = row.jenisJabatan
    ? cariReferensi(REFERENSI_JENIS_JABATAN, row.jenisJabatan, ['riwayat', 'jabatan', i, 'jenisJabatan']).nilai
    : null;
  if (jenis === 'PELAKSANA') return 'PELAKSANA';
  if (jenis === 'STRUKTURAL' && row.eselonId) {
    const nilai = cariReferensi(REFERENSI_ESELON, row.eselonId, ['riwayat', 'jabatan', i, 'eselonId']).nilai;
    if (nilai) return nilai;
  }
  if (jenis === 'FUNGSIONAL_TERTENTU') {
    const jenjang = jenjangDariNamaJf(row.jabatanFungsionalNama ?? row.namaJabatan ?? '');
    if (jenjang)
      return ['PEMULA', 'TERAMPIL', 'MAHIR', 'PENYELIA'].includes(jenjang) ? 'JF_KETERAMPILAN' : (`JF_${jenjang}` as JenisJabatan);
  }
  gaps.add(
    'riwayatJabatan',
    [`${at}.jenisJabatan`, `${at}.eselonId`, `${at}.jabatanFungsionalNama`],
    jenis ? 'needs-review' : 'missing',
    true,
    {
      en: `jabatan "${row.namaJabatan ?? '?'}" from ${row.tmtJabatan ?? '?'}: its class cannot be read (jenisJabatan ${row.jenisJabatan ?? 'empty'}, eselon ${row.eselonId ?? 'empty'})`,
      id: `jabatan "${row.namaJabatan ?? '?'}" sejak ${row.tmtJabatan ?? '?'}: kelasnya tidak terbaca (jenisJabatan ${row.jenisJabatan ?? 'kosong'}, eselon ${row.eselonId ?? 'kosong'})`,
    },
  );
  return undefined;
}

/** Positions held, oldest first, each until the next one's TMT (the last until `asOf`), in years of whole months. */
function riwayatJabatan(p: SiasnPegawai, asOf: IsoDate, gaps: GapList): { jabatan: JenisJabatan; tahun: number }[] {
  const rows = p.riwayat.jabatan
    .map((row, i) => ({ row, i }))
    .filter(({ row, i }) => {
      if (row.tmtJabatan) return true;
      gaps.add('riwayatJabatan', [`riwayat.jabatan[${i}].tmtJabatan`], 'missing', true, {
        en: 'a riwayat jabatan row has no tmtJabatan',
        id: 'baris riwayat jabatan tanpa tmtJabatan',
      });
      return false;
    })
    .sort((a, b) => (a.row.tmtJabatan! < b.row.tmtJabatan! ? -1 : 1))
    .filter(({ row }) => row.tmtJabatan! <= asOf);
  const out: { jabatan: JenisJabatan; tahun: number }[] = [];
  rows.forEach(({ row, i }, k) => {
    const jabatan = jenisBaris(p, i, gaps);
    const sampai = rows[k + 1]?.row.tmtJabatan ?? asOf;
    // Years with 2 decimals (what the rule takes), rounded down: never more than was served.
    if (jabatan) out.push({ jabatan, tahun: Math.floor((wholeMonthsBetween(row.tmtJabatan!, sampai) * 100) / 12) / 100 });
  });
  return out;
}

/** syaratJabatan: the target jabatan comes from the caller; experience, uji kompetensi and presidential approval are not in SIASN. */
export const syaratJabatanSiasn = /* @__PURE__ */ defineAdapter({
  rule: syaratJabatanRule,
  riwayat: ['jabatan'],
  asOfOption: true,
  derive(p, context, gaps) {
    const tujuan = context.supplement?.jabatanTujuan;
    if (!tujuan) {
      gaps.add('jabatanTujuan', [], 'not-in-siasn', true, {
        en: 'the target jabatan is the caller’s: supply jabatanTujuan',
        id: 'jabatan tujuan ditentukan pemanggil: isi jabatanTujuan',
      });
    }
    const jpt = tujuan?.startsWith('JPT_') ?? false;
    const jf = tujuan?.startsWith('JF_') ?? false;
    if (jpt || jf) {
      gaps.add('tahunPengalaman', [], 'not-in-siasn', true, {
        en: 'years of experience in the field are not in SIASN: supply tahunPengalaman',
        id: 'lama pengalaman di bidangnya tidak ada di SIASN: isi tahunPengalaman',
      });
    }
    if (jf) {
      gaps.add('lulusUjiKompetensi', [], 'not-in-siasn', true, {
        en: 'uji kompetensi results are not in SIASN: supply lulusUjiKompetensi',
        id: 'hasil uji kompetensi tidak ada di SIASN: isi lulusUjiKompetensi',
      });
    }
    const lahir = tanggalLahir(p, gaps);
    const ij = ijazah(p, context, gaps);
    if (p.riwayat.jabatan.length === 0 && !jf) {
      gaps.add('riwayatJabatan', ['riwayat.jabatan'], 'missing', true, { en: 'rw-jabatan is empty', id: 'rw-jabatan kosong' });
    }
    return {
      ...(lahir ? { tanggalLahir: lahir } : {}),
      ...(ij ? { ijazah: ij } : {}),
      riwayatJabatan: riwayatJabatan(p, context.asOf, gaps),
      riwayatPenilaian: riwayatPenilaianTerakhir(p, context.asOf, gaps),
    };
  },
});

/** The first year whose annual predikat converts to angka kredit (PermenPANRB 1/2023, in force from 2023); earlier AK comes from the integrated PAK. */
export const TAHUN_AWAL_KONVERSI_PREDIKAT = 2023;

/** akumulasiAngkaKredit: jenjang, golongan, and one period per completed year of rw-skp22 since the last PAK (or the current TMT pangkat). */
export const akumulasiAngkaKreditSiasn = /* @__PURE__ */ defineAdapter({
  rule: akumulasiAngkaKreditRule,
  riwayat: ['angkakredit'],
  asOfOption: false,
  derive(p, context, gaps) {
    const pangkat = pangkatSekarang(p, gaps);
    const jenjang = jenjangJf(p, 'jenjang', gaps);
    const pak = p.riwayat.angkakredit
      .map((row, i) => ({ row, i }))
      .filter(({ row }) => row.tahunSelesaiPenailan && row.bulanSelesaiPenailan)
      .sort(
        (a, b) =>
          a.row.tahunSelesaiPenailan! * 12 + a.row.bulanSelesaiPenailan! - (b.row.tahunSelesaiPenailan! * 12 + b.row.bulanSelesaiPenailan!),
      )
      .pop();
    let mulai: IsoDate | undefined;
    if (pak) {
      // The month after the last PAK's appraisal period.
      mulai = addMonths(isoDate(pak.row.tahunSelesaiPenailan!, pak.row.bulanSelesaiPenailan!, 1), 1);
    } else if (pangkat.tmtPangkat) {
      mulai = startOfMonth(pangkat.tmtPangkat);
      gaps.add('periode', ['riwayat.angkakredit'], 'ambiguous', false, {
        en: `no PAK in rw-angkakredit: periods counted from the current TMT pangkat ${pangkat.tmtPangkat}`,
        id: `tidak ada PAK di rw-angkakredit: periode dihitung sejak TMT pangkat sekarang ${pangkat.tmtPangkat}`,
      });
    }
    const tahunan = riwayatPenilaian(p, context.asOf, gaps, 'periode');
    const periode: { dari: IsoDate; sampai: IsoDate; predikat: Predikat }[] = [];
    if (mulai) {
      for (let tahun = Math.max(yearOf(mulai), TAHUN_AWAL_KONVERSI_PREDIKAT); isoDate(tahun, 12, 31) < context.asOf; tahun++) {
        const dari = tahun === yearOf(mulai) ? mulai : isoDate(tahun, 1, 1);
        const row = tahunan.find((t) => t.tahun === tahun);
        if (!row || row.predikat === 'CUKUP' || row.predikat === 'BURUK') {
          gaps.add('periode', ['riwayat.skp22'], 'missing', true, {
            en: `no PermenPANRB 6/2022 predikat for ${tahun}`,
            id: `tidak ada predikat PermenPANRB 6/2022 untuk ${tahun}`,
          });
          continue;
        }
        if (dari !== isoDate(tahun, 1, 1)) {
          gaps.add('periode', ['riwayat.skp22'], 'ambiguous', false, {
            en: `${tahun} counts from ${dari} with that year’s annual predikat ${row.predikat}`,
            id: `${tahun} dihitung sejak ${dari} dengan predikat tahunan ${row.predikat}`,
          });
        }
        periode.push({ dari, sampai: isoDate(tahun, 12, 31), predikat: row.predikat });
      }
    }
    gaps.add('akDasar', [], 'not-in-siasn', false, {
      en: 'akDasar, akJfLama, akPenyesuaian, akKelebihan and peningkatanPendidikan are not read: supply those that apply (0 / false otherwise)',
      id: 'akDasar, akJfLama, akPenyesuaian, akKelebihan dan peningkatanPendidikan tidak dibaca: isi yang berlaku (selain itu 0 / false)',
    });
    return { ...(jenjang ? { jenjang } : {}), ...(pangkat.golongan ? { golongan: pangkat.golongan } : {}), periode };
  },
});
