/**
 * Reading the annual appraisals: rw-skp22 (PermenPANRB 6/2022, from 2022) by their codes, cross-checked
 * with the predikat matrix; rw-skp (PP 46/2011, up to 2021) by the sebutan of `nilaiPrestasiKerja`.
 */
import { findBand } from '../../core/bands.js';
import { type IsoDate, yearOf } from '../../core/calendar.js';
import { Decimal } from '../../core/decimal.js';
import { BANDS_SEBUTAN_PP46 } from '../../performance/_bersama/sebutan-pp46.js';
import { MATRIKS_PREDIKAT_KINERJA } from '../../performance/predikat-kinerja.js';
import type { PredikatPenilaian } from '../../promotion/_bersama/penilaian.js';
import type { SiasnPegawai } from '../pegawai.js';
import { REFERENSI_PREDIKAT_KINERJA, REFERENSI_RATING_KINERJA } from '../referensi/kinerja.js';
import { cariReferensi } from '../referensi/tabel.js';
import type { GapList } from './define.js';

export interface PenilaianTahunan {
  tahun: number;
  predikat: PredikatPenilaian;
}

/**
 * Setting of reading: PP 46/2011 sebutan bands read with the upper bound inclusive (the preset of
 * `nilaiPrestasiKerjaPp46`'s `tafsirBatas`): 90.5 is Sangat Baik.
 */
const BANDS_PP46 = BANDS_SEBUTAN_PP46.BATAS_ATAS_INKLUSIF;

interface Terbaca extends PenilaianTahunan {
  source: string;
}

function dariSkp22(p: SiasnPegawai, field: string, gaps: GapList): Terbaca[] {
  const out: Terbaca[] = [];
  p.riwayat.skp22.forEach((row, i) => {
    const at = (f: string) => `riwayat.skp22[${i}].${f}`;
    const path = (f: string) => ['riwayat', 'skp22', i, f];
    if (row.tahun === null || row.tahun === undefined) {
      gaps.add(field, [at('tahun')], 'missing', true, { en: 'an rw-skp22 row has no tahun', id: 'baris rw-skp22 tanpa tahun' });
      return;
    }
    const kuadranId = row.KuadranKinerjaNilai ?? row.kuadranKinerjaNilai;
    const perilakuId = row.PerilakuKerjaNilai ?? row.perilakuKerjaNilai;
    const kuadran = kuadranId ? cariReferensi(REFERENSI_PREDIKAT_KINERJA, kuadranId, path('KuadranKinerjaNilai')).nilai! : undefined;
    const hasil = row.hasilKinerjaNilai
      ? cariReferensi(REFERENSI_RATING_KINERJA, row.hasilKinerjaNilai, path('hasilKinerjaNilai')).nilai!
      : undefined;
    const perilaku = perilakuId ? cariReferensi(REFERENSI_RATING_KINERJA, perilakuId, path('PerilakuKerjaNilai')).nilai! : undefined;
    const matriks = hasil && perilaku ? MATRIKS_PREDIKAT_KINERJA[hasil][perilaku] : undefined;
    if (kuadran && matriks && kuadran !== matriks) {
      gaps.add(field, [at('KuadranKinerjaNilai'), at('hasilKinerjaNilai'), at('PerilakuKerjaNilai')], 'ambiguous', true, {
        en: `${row.tahun}: KuadranKinerjaNilai says ${kuadran}, the PermenPANRB 6/2022 matrix of hasil ${hasil} and perilaku ${perilaku} gives ${matriks}`,
        id: `${row.tahun}: KuadranKinerjaNilai menyebut ${kuadran}, matriks PermenPANRB 6/2022 atas hasil ${hasil} dan perilaku ${perilaku} memberi ${matriks}`,
      });
      return;
    }
    const predikat = kuadran ?? matriks;
    if (!predikat) {
      gaps.add(field, [at('KuadranKinerjaNilai'), at('hasilKinerjaNilai'), at('PerilakuKerjaNilai')], 'missing', true, {
        en: `${row.tahun}: no predikat (neither KuadranKinerjaNilai nor both hasil and perilaku codes)`,
        id: `${row.tahun}: tidak ada predikat (KuadranKinerjaNilai kosong, kode hasil dan perilaku tidak lengkap)`,
      });
      return;
    }
    out.push({ tahun: row.tahun, predikat, source: at(kuadran ? 'KuadranKinerjaNilai' : 'hasilKinerjaNilai') });
  });
  return out;
}

function dariSkp(p: SiasnPegawai, field: string, gaps: GapList): Terbaca[] {
  const out: Terbaca[] = [];
  p.riwayat.skp.forEach((row, i) => {
    const at = (f: string) => `riwayat.skp[${i}].${f}`;
    if (row.tahun === null || row.tahun === undefined || !row.nilaiPrestasiKerja) {
      gaps.add(field, [at('tahun'), at('nilaiPrestasiKerja')], 'missing', true, {
        en: `an rw-skp row (tahun ${row.tahun ?? '?'}) has no tahun or no nilaiPrestasiKerja`,
        id: `baris rw-skp (tahun ${row.tahun ?? '?'}) tanpa tahun atau nilaiPrestasiKerja`,
      });
      return;
    }
    const predikat = findBand(BANDS_PP46, new Decimal(row.nilaiPrestasiKerja))!.value;
    out.push({ tahun: row.tahun, predikat, source: at('nilaiPrestasiKerja') });
  });
  return out;
}

/**
 * One appraisal per year up to the year of `asOf`, oldest first. Two rows of one year that agree are read
 * once; rows that disagree are blocking. Rows of later years are left out (listed).
 */
export function riwayatPenilaian(p: SiasnPegawai, asOf: IsoDate, gaps: GapList, field = 'riwayatPenilaian'): PenilaianTahunan[] {
  const byYear = new Map<number, Terbaca>();
  for (const row of [...dariSkp(p, field, gaps), ...dariSkp22(p, field, gaps)]) {
    if (row.tahun > yearOf(asOf)) {
      gaps.add(field, [row.source], 'ignored', false, {
        en: `${row.tahun} is after the decision date; not read`,
        id: `${row.tahun} setelah tanggal keputusan; tidak dibaca`,
      });
      continue;
    }
    const seen = byYear.get(row.tahun);
    if (seen && seen.predikat !== row.predikat) {
      gaps.add(field, [seen.source, row.source], 'ambiguous', true, {
        en: `${row.tahun} appears twice: ${seen.predikat} and ${row.predikat}`,
        id: `${row.tahun} tercatat dua kali: ${seen.predikat} dan ${row.predikat}`,
      });
    }
    if (!seen) byYear.set(row.tahun, row);
  }
  return [...byYear.values()].sort((a, b) => a.tahun - b.tahun).map(({ tahun, predikat }) => ({ tahun, predikat }));
}

/** The two years before `asOf`'s, which the KP and jabatan rules read ("2 tahun terakhir"). */
export const TAHUN_PENILAIAN_TERAKHIR = 2;

/**
 * {@link riwayatPenilaian}, with a blocking gap for each of the last {@link TAHUN_PENILAIAN_TERAKHIR} years
 * before `asOf`'s that the record lacks: an appraisal missing from SIASN is not an appraisal failed.
 */
export function riwayatPenilaianTerakhir(p: SiasnPegawai, asOf: IsoDate, gaps: GapList): PenilaianTahunan[] {
  const all = riwayatPenilaian(p, asOf, gaps);
  for (let k = TAHUN_PENILAIAN_TERAKHIR; k >= 1; k--) {
    const tahun = yearOf(asOf) - k;
    if (!all.some((r) => r.tahun === tahun)) {
      gaps.add('riwayatPenilaian', ['riwayat.skp22', 'riwayat.skp'], 'missing', true, {
        en: `no appraisal for ${tahun} in rw-skp22 or rw-skp`,
        id: `tidak ada penilaian tahun ${tahun} di rw-skp22 atau rw-skp`,
      });
    }
  }
  return all;
}

/** The latest appraisal up to `asOf`'s year, or a blocking gap. */
export function penilaianTerakhir(p: SiasnPegawai, asOf: IsoDate, gaps: GapList): PenilaianTahunan | undefined {
  const all = riwayatPenilaian(p, asOf, gaps, 'predikat');
  const last = all[all.length - 1];
  if (!last) {
    gaps.add('predikat', ['riwayat.skp22', 'riwayat.skp'], 'missing', true, {
      en: 'no annual appraisal in rw-skp22 or rw-skp',
      id: 'tidak ada penilaian tahunan di rw-skp22 atau rw-skp',
    });
  }
  return last;
}
